// Shared helpers of the browser tests (run by tests/it/browser.rs with
// `node --test`): Chromium through puppeteer-core, and axe-core.
//
// Environment (set by tests/it/browser.rs):
//   TANDEM_BIN      the tandem binary under test
//   CHROMIUM        the browser (default /usr/bin/chromium)
//   TANDEM_PROJECT  a fresh copy of a test project for this test file
import puppeteer from "puppeteer-core";
import { fileURLToPath } from "node:url";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { spawn } from "node:child_process";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Headless Chromium with the flags this machine needs. */
export async function launch() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    userDataDir,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${userDataDir}`,
    ],
  });
  browser.on("disconnected", () => {
    try {
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      // Chromium may still be writing its profile; it is in the temp folder.
    }
  });
  return browser;
}

/** Runs axe-core on the page (WCAG 2.0/2.1 A and AA, best practices);
 *  returns the violations. */
export async function axe(page) {
  // Evaluated through the DevTools protocol, which a page's
  // Content-Security-Policy does not restrict (a <script> tag would be).
  await page.evaluate(fs.readFileSync(path.join(here, "node_modules/axe-core/axe.min.js"), "utf8"));
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    }),
  );
  return result.violations;
}

/** Starts `tandem serve` with `args` in `project`; resolves to
 *  { url, child, log } once it serves. */
export function serve(project, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.env.TANDEM_BIN, ["serve", "--port", "0", ...args], {
      cwd: project,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let log = "";
    const timer = setTimeout(() => reject(new Error("tandem serve did not start:\n" + log)), 60000);
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      log += chunk;
      const m = log.match(/serving (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child, log: () => log });
      }
    });
    child.on("exit", (code) => reject(new Error(`tandem serve exited with ${code}:\n${log}`)));
  });
}

/** Polls `f` (async) until it returns a truthy value; fails after `ms`. */
export async function eventually(f, ms = 15000, what = "condition") {
  const until = Date.now() + ms;
  let last;
  while (Date.now() < until) {
    try {
      last = await f();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last})`);
}
