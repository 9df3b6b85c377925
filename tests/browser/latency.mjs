// Used by `cargo bench --bench serve` (not a test): in headless Chromium,
// the time from Ctrl+S in the workbench to the new text in its preview
// frame (in its document, and painted: the first frame after it), and to
// the event that the PDF was typeset. Prints one line per
// measure. Env: TANDEM_BIN, TANDEM_PROJECT, BENCH_RUNS.
import { launch, serve, eventually } from "./lib.mjs";

const DOC = "schulwechsel", LANG = "ar", SEGMENT = "schulformen-1";
const runs = Number(process.env.BENCH_RUNS || 7);
const server = await serve(process.env.TANDEM_PROJECT, ["--translate"]);
const browser = await launch();
const page = await browser.newPage();
page.on("dialog", (d) => d.accept());
await page.setViewport({ width: 1280, height: 900 });
const preview = [], painted = [], pdf = [];
try {
  for (let i = 0; i < runs; i++) {
    await page.goto(`${server.url}/__tandem/translate/${LANG}/${DOC}`, { waitUntil: "load" });
    await page.evaluate((doc) => {
      const es = new EventSource("/__tandem/events");
      es.addEventListener("build", (e) => {
        const s = JSON.parse(e.data);
        if (s.stage === "pdf" && s.edition && s.edition.doc === doc && window.__t0) window.__pdf = window.__pdf || performance.now();
      });
      // Ctrl+S, as the page sees it.
      document.addEventListener("keydown", (e) => { if (e.ctrlKey && e.key === "s") window.__t0 = performance.now(); }, true);
    }, DOC);
    await new Promise((r) => setTimeout(r, 1500)); // the builds of the last save are done
    const text = `نص تجريبي للمعاينة رقم ${i} ${Date.now()}`;
    await page.$eval(`#t-${SEGMENT}`, (e) => { e.value = ""; e.focus(); });
    await page.keyboard.type(text);
    // The preview frame's page says when it was refreshed; the time is
    // taken on this page's clock, when it holds the new text.
    await page.evaluate((t) => {
      window.__t0 = 0; window.__pdf = 0; window.__seen = 0; window.__painted = 0;
      const frame = document.getElementById("wb-preview");
      frame.contentDocument.addEventListener("tandem:refreshed", () => {
        if (!window.__seen && frame.contentDocument.body.textContent.includes(t)) {
          window.__seen = performance.now();
          // A task queued from the next animation frame runs once that
          // frame has been drawn.
          requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }, 0));
        }
      });
    }, text);
    await page.keyboard.down("Control");
    await page.keyboard.press("s");
    await page.keyboard.up("Control");
    const seen = await eventually(() => page.evaluate(() => window.__seen && window.__seen - window.__t0), 10000, "the preview");
    preview.push(seen);
    painted.push(await eventually(() => page.evaluate(() => window.__painted && window.__painted - window.__t0), 10000, "the painted preview"));
    const typeset = await eventually(() => page.evaluate(() => window.__pdf && window.__pdf - window.__t0), 10000, "the PDF event");
    pdf.push(typeset);
  }
} finally {
  await browser.close();
  server.child.kill();
}
const stats = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const f = (x) => `${Math.round(x)}`.padStart(6);
  return `min ${f(s[0])} ms   median ${f(s[Math.floor(s.length / 2)])} ms   max ${f(s[s.length - 1])} ms`;
};
console.log(`preview frame  ${stats(preview)}`);
console.log(`  painted      ${stats(painted)}`);
console.log(`PDF event      ${stats(pdf)}`);
