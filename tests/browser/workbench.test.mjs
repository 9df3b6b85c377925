// The translation workbench in a real browser: `tandem serve --translate`
// on a copy of tests/fixtures/basic (TANDEM_PROJECT), driven with
// puppeteer-core in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, axe, serve, eventually } from "./lib.mjs";

const project = process.env.TANDEM_PROJECT;
const ar = path.join(project, "locales/ar/elternabend.ftl");
const read = () => fs.readFileSync(ar, "utf8");
let server, browser, page;

before(async () => {
  // The German of one list item changed (its translation is outdated) and
  // one segment is untranslated.
  const md = path.join(project, "content/elternabend.md");
  fs.writeFileSync(md, fs.readFileSync(md, "utf8").replace("Zweitens: Fragen mitbringen.", "Zweitens: Fragen und Ideen mitbringen."));
  fs.writeFileSync(ar, read().replace(/# de: Erstens[^\n]*\neinladung-3-1 = [^\n]*\n/, ""));
  server = await serve(project, ["--translate", "--format", "html"]);
  browser = await launch();
  page = await browser.newPage();
  // Leaving a page with unsaved text asks first; the tests leave it.
  page.on("dialog", (d) => d.accept());
  await page.setViewport({ width: 1280, height: 900 });
  // The workbench speaks the browser's language (German or English); these
  // tests read its English texts.
  await page.setExtraHTTPHeaders({ "Accept-Language": "en-GB,en;q=0.9" });
});

after(async () => {
  await browser?.close();
  server?.child.kill();
});

async function open() {
  await page.goto(`${server.url}/__tandem/translate/ar/elternabend`, { waitUntil: "load" });
  await page.waitForSelector("#t-title");
}

const status = () => page.$eval("#wb-status", (e) => e.textContent);
const rowStatus = (id) => page.$eval(`#row-${id}`, (e) => e.getAttribute("data-status"));

/** Text of the preview frame's document (it reloads itself after builds). */
async function previewText() {
  const frame = await (await page.$("#wb-preview")).contentFrame();
  return frame.evaluate(() => document.body.textContent);
}

async function replace(id, text) {
  await page.click(`#t-${id}`, { count: 3 });
  await page.$eval(`#t-${id}`, (e) => { e.value = ""; });
  await page.type(`#t-${id}`, text);
}

test("the page shows every German segment beside its translation, in Arabic", async () => {
  await open();
  const area = await page.$eval("#t-title", (e) => ({ lang: e.lang, dir: e.dir, font: getComputedStyle(e).fontFamily }));
  assert.deepEqual([area.lang, area.dir], ["ar", "rtl"]);
  assert.match(area.font, /Noto Naskh Arabic/);
  assert.equal(await rowStatus("einladung-3-1"), "missing");
  assert.equal(await rowStatus("einladung-3-2"), "outdated");
  assert.equal(await rowStatus("title"), "translated");
  // Placeables and terms are protected tokens, not text to translate.
  const tokens = await page.$$eval("#de-einladung-1 .wb-token", (t) => t.map((e) => e.textContent));
  assert.deepEqual(tokens, ["{ $date }", "{ $time }", "{ $place }"]);
  // The outdated row shows what changed in the German.
  const ins = await page.$$eval("#row-einladung-3-2 ins", (t) => t.map((e) => e.textContent.trim()));
  assert.deepEqual(ins, ["und Ideen"]);
  const progress = await page.$eval("#wb-progress", (e) => e.textContent);
  assert.match(progress, /outdated/);
});

test("an Arabic translation typed and saved is in the file and the preview", async () => {
  await open();
  const text = "اجتماع الآباء والأمهات";
  await replace("title", text);
  await page.keyboard.down("Control");
  await page.keyboard.press("s");
  await page.keyboard.up("Control");
  await eventually(async () => (await status()).startsWith("Saved"), 10000, "saved");
  assert.match(read(), new RegExp(`# de: Elternabend\ntitle = ${text}\n`));
  await eventually(async () => (await previewText()).includes(text), 15000, "the preview shows the new title");
});

test("{ $undefined } shows its error at the row and writes nothing", async () => {
  await open();
  const before = read();
  await replace("einladung-1", "يُعقد الاجتماع يوم { $undefined }");
  await page.click("#wb-save");
  await eventually(async () => (await status()).startsWith("Not saved"), 10000, "refused");
  const problem = await page.$eval("#p-einladung-1", (e) => e.textContent);
  assert.match(problem, /\$undefined/);
  assert.match(problem, /How to fix:/);
  assert.equal(await page.$eval("#t-einladung-1", (e) => e.getAttribute("aria-invalid")), "true");
  assert.equal(read(), before, "nothing written");
});

test("an outdated row is revised and becomes current", async () => {
  await open();
  await replace("einladung-3-2", "ثانياً: أحضروا أسئلتكم وأفكاركم.");
  await page.click("#wb-save");
  await eventually(async () => (await status()).startsWith("Saved"), 10000, "saved");
  assert.equal(await rowStatus("einladung-3-2"), "translated");
  assert.match(read(), /# de: Zweitens: Fragen und Ideen mitbringen\.\neinladung-3-2 = ثانياً: أحضروا أسئلتكم وأفكاركم\.\n/);
  assert.equal(await page.$("#row-einladung-3-2 ins"), null, "no diff any more");
});

test("hostile translation text is shown as text", async () => {
  await open();
  const hostile = "<img src=x onerror=\"window.__pwned=1\"> نص";
  await replace("subtitle", hostile);
  await page.click("#wb-save");
  await eventually(async () => (await status()).startsWith("Saved"), 10000, "saved");
  await open();
  assert.equal(await page.$eval("#t-subtitle", (e) => e.value), hostile);
  assert.equal(await page.$("#wb-main img"), null);
  await eventually(async () => (await previewText()).includes("<img src=x"), 15000, "shown as text in the preview");
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const frame = await (await page.$("#wb-preview")).contentFrame();
  assert.equal(await frame.evaluate(() => window.__pwned), undefined);
});

test("a change on disk since the page loaded is reported and not overwritten", async () => {
  await open();
  // Another editor (or git) changes the file.
  const theirs = read().replace(/^subtitle = .*$/m, "subtitle = دعوة من محرر آخر");
  fs.writeFileSync(ar, theirs);
  await eventually(async () => (await page.$eval("#wb-alert", (e) => e.textContent)).includes("changed on disk"), 10000, "the page says so");
  assert.ok(await page.$("#wb-reload"), "the page offers to reload");
  await replace("title", "عنوان لن يُحفظ");
  await page.click("#wb-save");
  await eventually(async () => (await status()).startsWith("Not saved"), 10000, "refused");
  assert.match(await page.$eval("#wb-alert", (e) => e.textContent), /Nothing was saved/);
  assert.equal(read(), theirs, "the other change is kept");
});

test("keyboard only: next untranslated, type, save, next outdated", async () => {
  // Make one row outdated again and one missing.
  const md = path.join(project, "content/elternabend.md");
  fs.writeFileSync(md, fs.readFileSync(md, "utf8").replace("Schulform", "Schulart"));
  await eventually(async () => {
    await open();
    return (await rowStatus("einladung-4-1-1")) === "outdated";
  }, 15000, "the German change is seen");
  await page.keyboard.down("Alt");
  await page.keyboard.press("n");
  await page.keyboard.up("Alt");
  assert.equal(await page.evaluate(() => document.activeElement.id), "t-einladung-3-1");
  await page.keyboard.type("أولاً: الحضور في الموعد.");
  await page.keyboard.down("Control");
  await page.keyboard.press("s");
  await page.keyboard.up("Control");
  await eventually(async () => (await status()).startsWith("Saved"), 10000, "saved");
  assert.match(read(), /einladung-3-1 = أولاً: الحضور في الموعد\./);
  assert.equal(await rowStatus("einladung-3-1"), "translated");
  await page.keyboard.down("Alt");
  await page.keyboard.press("o");
  await page.keyboard.up("Alt");
  assert.equal(await page.evaluate(() => document.activeElement.id), "t-einladung-4-1-1");
  // Tab reaches the next field through the row's button.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // "Translation still fits: mark as current"
  await page.keyboard.down("Control");
  await page.keyboard.press("s");
  await page.keyboard.up("Control");
  await eventually(async () => (await rowStatus("einladung-4-1-1")) === "translated", 10000, "current again");
  assert.match(read(), /# de: Schulart\neinladung-4-1-1 = /);
  // Every control has a visible focus indicator (outline).
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
});

for (const width of [1280, 320]) {
  test(`axe-core finds no violation at ${width} px`, async () => {
    await page.setViewport({ width, height: 800 });
    await open();
    const violations = await axe(page);
    const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    assert.deepEqual(summary, []);
    // Save is on screen wherever the translator is in the page.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const save = await page.$eval("#wb-save", (e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    assert.equal(save, true, "Save is visible at the end of the page");
  });
}

test("a browser asking for German gets the workbench in German", async (t) => {
  const de = await browser.newPage();
  de.on("dialog", (d) => d.accept());
  t.after(() => de.close());
  await de.setExtraHTTPHeaders({ "Accept-Language": "de-DE,de;q=0.9,en;q=0.8" });
  await de.setViewport({ width: 1280, height: 800 });
  await de.goto(`${server.url}/__tandem/translate/ar/elternabend`, { waitUntil: "load" });
  await de.waitForSelector("#t-title");
  assert.equal(await de.$eval("html", (e) => e.lang), "de");
  assert.equal(await de.$eval("#wb-save", (e) => e.textContent), "Speichern");
  assert.match(await de.$eval(".wb-keys", (e) => e.textContent), /^Tasten: Strg\+S speichern/);
  assert.match(await de.$eval("#wb-progress", (e) => e.textContent), /von \d+ übersetzt und aktuell/);
  assert.equal(await de.$eval("#row-title .wb-state", (e) => e.textContent), "(übersetzt)");
  // A problem: the workbench's words in German, tandem's message in English.
  await de.$eval("#t-einladung-1", (e) => { e.value = ""; });
  await de.type("#t-einladung-1", "يُعقد الاجتماع يوم { $undefined }");
  await de.click("#wb-save");
  await eventually(async () => (await de.$eval("#wb-status", (e) => e.textContent)).startsWith("Nicht gespeichert"), 10000, "refused");
  // A problem: what it means and how to fix it in German, tandem's own
  // message (which names the placeable) in English below.
  const boxes = await de.$$eval("#p-einladung-1 .wb-problem", (bs) => bs.map((b) =>
    [...b.querySelectorAll("p")].map((e) => [e.className, e.textContent, e.lastElementChild?.lang || ""])));
  const problem = boxes.find((b) => b.some((p) => p[1].includes("$undefined")));
  assert.deepEqual(problem.map((p) => p[0]), ["wb-message", "wb-help", "wb-detail"]);
  assert.equal(problem[0][1], "Fehler: Diesen Platzhalter gibt es nicht.");
  assert.match(problem[1][1], /^So beheben Sie es: Übernehmen Sie nur die Platzhalter/);
  assert.match(problem[2][1], /^Genauer \(auf Englisch\): .*\$undefined/);
  assert.equal(problem[2][2], "en");
  assert.deepEqual((await axe(de)).map((v) => v.id), []);
  const index = await (await de.goto(`${server.url}/__tandem/translate/`)).text();
  assert.match(index, /<h1>Übersetzungs-Werkbank<\/h1>/);
});

test("the workbench index lists the editions", async () => {
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${server.url}/__tandem/translate/`);
  const links = await page.$$eval("a", (a) => a.map((e) => e.getAttribute("href")));
  assert.ok(links.includes("/__tandem/translate/ar/elternabend"), links.join(" "));
  const violations = await axe(page);
  assert.deepEqual(violations.map((v) => v.id), []);
});

test("the preview changes in place: only what was saved is replaced, a new German paragraph appears without a reload", async () => {
  await open();
  const frame = async () => (await page.$("#wb-preview")).contentFrame();
  await eventually(async () => (await (await frame()).$("#einladung-1")) !== null, 10000, "the preview is loaded");
  // Marks that a reload or a replaced element would lose.
  await (await frame()).evaluate(() => {
    window.__kept = true;
    document.querySelector("#title .target h1").__mark = true;
    document.querySelector("#title .source").__mark = true;
    document.getElementById("einladung-1").__mark = true;
    // The reader chose to see only the translation.
    document.getElementById("view-target").click();
  });
  const text = "أمسية الأهل";
  await replace("title", text);
  await page.click("#wb-save");
  await eventually(async () => (await previewText()).includes(text), 15000, "the preview shows the new title");
  const marks = () => frame().then((f) => f.evaluate(() => [
    window.__kept === true,
    document.querySelector("#title .target h1").__mark === true,
    document.querySelector("#title .source").__mark === true,
    document.getElementById("einladung-1").__mark === true,
  ]));
  assert.deepEqual(await marks(), [true, false, true, true], "no reload; the saved title replaced, its German and the other rows kept");
  assert.equal(await (await frame()).$eval("#view-target", (e) => e.checked), true, "the reader's view stays");
  // A paragraph added to the German changes the page's shape.
  const md = path.join(project, "content/elternabend.md");
  fs.writeFileSync(md, fs.readFileSync(md, "utf8").replace("## Einladung {#einladung}\n", "## Einladung {#einladung}\n\nEin neuer Absatz für die Vorschau.\n"));
  await eventually(async () => (await previewText()).includes("Ein neuer Absatz für die Vorschau."), 15000, "the new paragraph in the preview");
  assert.equal((await marks())[0], true, "no reload");
});

test("a changed stylesheet is shown in the open page", async () => {
  await page.goto(`${server.url}/elternabend/ar.html`, { waitUntil: "load" });
  const outline = () => page.$eval("#einladung-1", (e) => getComputedStyle(e).outlineColor).catch(() => "");
  assert.notEqual(await outline(), "rgb(1, 2, 3)");
  const css = path.join(project, "layouts/common/tandem.css");
  fs.appendFileSync(css, "\n.row { outline: 3px solid rgb(1, 2, 3); }\n");
  await eventually(async () => (await outline()) === "rgb(1, 2, 3)", 15000, "the new style in the page");
});

// The flyer's record (none before anything was signed off or saved).
const flyerRecord = () => {
  const file = path.join(project, "locales/.record/ar/flyer.json");
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")).entries : {};
};

test("a reviewer signs off one row by keyboard and the rest with one button, under their name", async () => {
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/__tandem/translate/ar/flyer`, { waitUntil: "load" });
  await page.waitForSelector("#t-title");
  await page.evaluate(() => localStorage.removeItem("tandem-reviewer"));
  assert.equal(await page.$eval("#row-title", (e) => e.getAttribute("data-reviewed")), "no");
  assert.match(await page.$eval("#row-title .wb-who", (e) => e.textContent), /not checked yet/);
  // Without a name, a save asks for it and records nothing.
  await page.$eval("#wb-reviewer", (e) => { e.value = ""; });
  await page.focus("#t-title");
  await page.keyboard.down("Alt");
  await page.keyboard.press("r");
  await page.keyboard.up("Alt");
  assert.equal(await page.$eval("#row-title", (e) => e.getAttribute("data-reviewed")), "pending");
  await page.click("#wb-save");
  await eventually(async () => (await status()).includes("Please enter your name"), 5000, "asks for a name");
  assert.equal(await page.evaluate(() => document.activeElement.id), "wb-reviewer");
  assert.equal(flyerRecord().title?.review, undefined, "nothing signed off without a name");
  await page.type("#wb-reviewer", "Amal Haddad");
  await page.click("#wb-save");
  await eventually(async () => (await status()).includes("1 segment(s) signed off as checked"), 10000, "signed off");
  assert.equal(flyerRecord().title.review.by, "Amal Haddad");
  assert.equal(await page.$eval("#row-title", (e) => e.getAttribute("data-reviewed")), "yes");
  assert.match(await page.$eval("#row-title .wb-who", (e) => e.textContent), /checked by Amal Haddad on \d{4}-\d\d-\d\d/);
  // Alt+U goes to the next unchecked row.
  await page.focus("#t-title");
  await page.keyboard.down("Alt");
  await page.keyboard.press("u");
  await page.keyboard.up("Alt");
  assert.equal(await page.evaluate(() => document.activeElement.id), "t-subtitle");
  // The rest at once.
  await page.click("#wb-review-all");
  assert.match(await status(), /7 segments marked for sign-off/);
  await page.click("#wb-save");
  await eventually(async () => (await status()).includes("7 segment(s) signed off as checked"), 10000, "all signed off");
  const record = flyerRecord();
  assert.deepEqual(Object.keys(record).filter((id) => record[id].review?.by !== "Amal Haddad"), []);
  assert.match(await page.$eval("#wb-progress", (e) => e.textContent), /8 checked/);
  // The name is remembered for the next page.
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector("#t-title");
  assert.equal(await page.$eval("#wb-reviewer", (e) => e.value), "Amal Haddad");
  assert.deepEqual((await axe(page)).map((v) => v.id), []);
});

test("the memory offers the same and similar German beside an empty row, with a word diff, taken over with a click", async () => {
  // A new flyer: its subtitle is the flyer's, its paragraph differs in one word.
  fs.writeFileSync(path.join(project, "content/neu.md"), [
    "---", "title: Ein neuer Abend", "subtitle: Informationsabend", "layout: flyer", "languages: [ar]", "---", "",
    "Mietvertrag, Kaution und Nebenkosten: Fachleute erklären, was Sie wissen sollten. Code wie `#read(\"/etc/passwd\")` oder $x^2$ und #set text(red) bleibt Text.", "",
  ].join("\n"));
  await eventually(async () => {
    await page.goto(`${server.url}/__tandem/translate/ar/neu`, { waitUntil: "load" });
    return (await page.$("#t-subtitle")) !== null;
  }, 15000, "the new document is in the workbench");
  assert.equal(await rowStatus("subtitle"), "missing");
  const same = await page.$eval("#row-subtitle .wb-suggestions", (e) => e.textContent);
  assert.match(same, /from flyer#subtitle · 100 % the same German/);
  assert.match(same, /checked/, "the flyer's Arabic was signed off above");
  assert.match(same, /أمسية إعلامية/);
  const similar = await page.$eval("#row-intro-1 .wb-suggestions", (e) => e.textContent);
  assert.match(similar, /from flyer#themen-1 · \d\d % the same German/);
  const ins = await page.$$eval("#row-intro-1 .wb-suggestion ins", (t) => t.map((e) => e.textContent.trim()));
  const del = await page.$$eval("#row-intro-1 .wb-suggestion del", (t) => t.map((e) => e.textContent.trim()));
  assert.ok(ins.join(" ").includes("sollten") || del.join(" ").includes("sollten"), `the diff shows the changed word: +${ins} -${del}`);
  assert.ok(ins.join(" ").includes("müssen") || del.join(" ").includes("müssen"), `the diff shows the changed word: +${ins} -${del}`);
  // Nothing is written until the translator takes it over and saves.
  assert.equal(fs.existsSync(path.join(project, "locales/ar/neu.ftl")), false);
  await page.click("#row-subtitle summary");
  await page.click("#row-subtitle .wb-use");
  assert.equal(await page.$eval("#t-subtitle", (e) => e.value), "أمسية إعلامية");
  assert.equal(await page.evaluate(() => document.activeElement.id), "t-subtitle");
  await page.click("#wb-save");
  await eventually(async () => (await status()).startsWith("Saved"), 10000, "saved");
  assert.match(fs.readFileSync(path.join(project, "locales/ar/neu.ftl"), "utf8"), /subtitle = أمسية إعلامية\n/);
  assert.equal(await rowStatus("subtitle"), "translated");
  assert.equal(await page.$eval("#row-subtitle", (e) => e.getAttribute("data-reviewed")), "no", "taken over is not checked");
});
