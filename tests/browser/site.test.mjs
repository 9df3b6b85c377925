// Every page of a built site in a real browser: axe-core (WCAG 2.0/2.1 A
// and AA, best practices) finds no violation at 1280 and at 320 px wide,
// no page scrolls sideways, no request leaves the site, and each page's
// text is in its language's font. TANDEM_PROJECT is a copy of this
// repository's sample project (tests/it/browser.rs), built here as HTML.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { launch, axe } from "./lib.mjs";

const project = process.env.TANDEM_PROJECT;
const out = path.join(project, "output");
let server, base, browser;

/** Every HTML page below output/, as a path from its root. */
function pages(dir = out, prefix = "") {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix + e.name;
    if (e.isDirectory()) return pages(path.join(dir, e.name), rel + "/");
    return e.name.endsWith(".html") ? [rel] : [];
  });
}

const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".ttf": "font/ttf", ".pdf": "application/pdf", ".svg": "image/svg+xml", ".png": "image/png" };

before(async () => {
  const run = spawnSync(process.env.TANDEM_BIN, ["build", "--format", "html"], { cwd: project, encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  // A plain static server, as a web host would serve output/.
  server = http.createServer((req, res) => {
    const file = path.join(out, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(out) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("every page has no axe violation at 1280 and 320 px, no sideways scrolling, no other host", async () => {
  const all = pages();
  // The sample: 28 editions, the index and a home page per language.
  assert.ok(all.length >= 40, `${all.length} pages`);
  assert.ok(all.includes("index.ar.html") && all.includes("schulwechsel/prs.html"));
  const problems = [];
  const page = await browser.newPage();
  const foreign = new Set();
  await page.setRequestInterception(true);
  page.on("request", (r) => {
    if (!r.url().startsWith(base)) {
      foreign.add(r.url());
      r.abort();
    } else r.continue();
  });
  for (const width of [1280, 320]) {
    await page.setViewport({ width, height: width === 320 ? 640 : 900 });
    for (const rel of all) {
      await page.goto(base + rel, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      for (const v of await axe(page)) {
        problems.push(`${rel} @${width}px: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${rel} @${width}px scrolls sideways by ${overflow}px`);
    }
  }
  await page.close();
  assert.deepEqual([...foreign], [], "requests to other hosts");
  assert.deepEqual(problems, [], problems.join("\n"));
});

test("a scrollable table can be reached and read with the keyboard", async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 320, height: 640 });
  await page.goto(base + "schulwechsel/ar.html", { waitUntil: "load" });
  const wraps = await page.$$eval(".table-wrap", (els) =>
    els.map((e) => ({ tab: e.tabIndex, role: e.getAttribute("role"), label: e.getAttribute("aria-label"), lang: e.closest("[lang]").lang, scrolls: e.scrollWidth > e.clientWidth })),
  );
  assert.equal(wraps.length, 2, "the German and the Arabic table");
  for (const w of wraps) {
    assert.equal(w.tab, 0);
    assert.equal(w.role, "group");
    assert.ok(w.label && w.label.length > 3, `named: ${w.label}`);
  }
  assert.ok(wraps.some((w) => w.scrolls), "at 320 px a table scrolls (else this test proves nothing)");
  assert.match(wraps.find((w) => w.lang === "ar").label, /نوع المدرسة/);
  await page.close();
});

test("each language's text is set in its font, at its size", async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const check = async (rel, selector, family) => {
    await page.goto(base + rel, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    const used = await page.$eval(selector, (e) => getComputedStyle(e).fontFamily);
    assert.match(used, new RegExp(`^"?${family}`), `${rel} ${selector}`);
    const loaded = await page.evaluate((f) => [...document.fonts].some((x) => x.family.replace(/"/g, "") === f && x.status === "loaded"), family);
    assert.ok(loaded, `${family} loaded on ${rel}`);
  };
  await check("schulwechsel/ar.html", ".row .cell.target", "Noto Naskh Arabic");
  await check("veranstaltungen/faire-arbeit/ti.html", ".row .cell.target", "Noto Sans Ethiopic");
  await check("index.prs.html", "h1", "Noto Naskh Arabic");
  await page.close();
});
