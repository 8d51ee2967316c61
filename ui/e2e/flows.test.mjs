// The main flows against the built UI with the fake backend: create a CV, fill it, reorder
// entries, undo/redo, validation at the field, change template, export, versions, list actions.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { launch, startServer, previewText, calls, OUT } from "./harness.mjs";

let browser, srv, page;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  srv = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("pageerror", (e) => console.error("page error:", e));
  await page.goto(srv.url);
});
after(async () => {
  await browser?.close();
  await srv?.server.close();
});

const field = (path) => page.locator(`[data-field="${path}"]`);
const waitPreviewMatch = (source) => page.waitForFunction(async (src) => {
  const imgs = [...document.querySelectorAll("[data-testid=preview-page] img")];
  const svgs = await Promise.all(imgs.map((i) => fetch(i.src).then((r) => r.text(), () => "")));
  return new RegExp(src).test(svgs.join("\n"));
}, source, { polling: 50 });
const waitPreview = (text) => page.waitForFunction(async (t) => {
  const imgs = [...document.querySelectorAll("[data-testid=preview-page] img")];
  // A page's object URL is revoked when the next render replaces it: retry on the next poll.
  const svgs = await Promise.all(imgs.map((i) => fetch(i.src).then((r) => r.text(), () => "")));
  return svgs.some((svg) => svg.includes(t));
}, text, { polling: 50 });

test("the empty list invites to create a CV, which opens in the editor", async () => {
  await page.getByText("Start your first CV").waitFor();
  await page.getByTestId("new-cv").click();
  await page.locator("[data-testid=preview][data-page-count='1']").waitFor();
  assert.equal(await page.getByTestId("save-status").textContent(), "Saved");
});

test("typing updates the preview and autosaves about a second later", async () => {
  const gen0 = Number(await page.getByTestId("preview").getAttribute("data-generation"));
  await field("basics.name").click();
  await page.keyboard.type("Ada Lovelace");
  await waitPreview("Ada Lovelace");
  assert.ok(Number(await page.getByTestId("preview").getAttribute("data-generation")) > gen0);
  assert.equal(await page.getByTestId("save-status").textContent(), "Saving…");
  await page.getByTestId("save-status").filter({ hasText: "Saved" }).waitFor({ timeout: 3000 });
  const saves = await calls(page, "save_cv");
  assert.equal(saves.at(-1).args.document.basics.name, "Ada Lovelace");
  assert.ok(saves.length <= 2, `typing 12 characters saved ${saves.length} times, expected one debounced save`);
});

test("one undo removes a whole burst of typing; redo brings it back", async () => {
  await page.getByTestId("undo").click();
  assert.equal(await field("basics.name").inputValue(), "");
  await page.keyboard.press("Control+Shift+Z");
  assert.equal(await field("basics.name").inputValue(), "Ada Lovelace");
});

test("entries are added, filled, reordered by button and keyboard, and reorders undo", async () => {
  await page.getByRole("button", { name: "+ Add position" }).click();
  await field("work[0].position").fill("Engineer");
  await page.getByRole("button", { name: "+ Add position" }).click();
  await field("work[1].position").fill("Manager");
  await page.getByRole("button", { name: "Move position down" }).first().click();
  assert.equal(await field("work[0].position").inputValue(), "Manager");
  await waitPreview("Manager");
  const text = await previewText(page);
  assert.ok(text.indexOf("Manager") < text.indexOf("Engineer"), "preview follows the new order");
  await page.getByTestId("undo").click();
  assert.equal(await field("work[0].position").inputValue(), "Engineer");
  await page.getByTestId("redo").click();
  assert.equal(await field("work[0].position").inputValue(), "Manager");
  await field("work[0].position").focus();
  await page.keyboard.press("Alt+ArrowDown");
  assert.equal(await field("work[0].position").inputValue(), "Engineer");
});

test("bullets are a list: Enter adds the next one", async () => {
  await page.getByRole("button", { name: "+ Add achievements" }).first().click();
  await page.keyboard.type("Shipped the analytical engine");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Wrote the first program");
  assert.equal(await field("work[0].highlights[1]").inputValue(), "Wrote the first program");
  await waitPreview("Wrote the first program");
});

test("a validation message shows at its field", async () => {
  await field("work[0].startDate").fill("March 2020");
  const msg = page.locator(".field", { has: field("work[0].startDate") }).locator(".message.error");
  await msg.waitFor();
  assert.match(await msg.textContent(), /expected YYYY/);
  await page.screenshot({ path: `${OUT}/validation-light.png` });
  await field("work[0].startDate").fill("2020-03");
  await msg.waitFor({ state: "detached" });
});

test("custom sections: add, title, reorder among sections, hide, undo", async () => {
  await page.getByRole("button", { name: "+ Custom section" }).click();
  await field("cvimprover.customSections[0].title").fill("Talks");
  await field("cvimprover.customSections[0].entries[0].title").fill("Zero-copy parsing");
  await waitPreview("TALKS");
  // Sections: summary, work, education, skills, Talks: three steps up puts Talks before work,
  // one by button and two by Alt+↑ from inside the section.
  await page.getByRole("button", { name: "Move section Talks up" }).click();
  await field("cvimprover.customSections[0].title").focus();
  await page.keyboard.press("Alt+ArrowUp");
  await page.keyboard.press("Alt+ArrowUp");
  const order = await page.evaluate(() => [...document.querySelectorAll("[data-section]")].map((e) => e.getAttribute("data-section")));
  assert.deepEqual(order.slice(0, 3), ["summary", order[1], "work"]);
  assert.ok(order[1].startsWith("custom:"));
  await waitPreviewMatch("TALKS[\\s\\S]*EXPERIENCE"); // the preview follows the new order
  await page.getByRole("button", { name: "Hide Talks" }).click();
  await page.waitForFunction(async () => {
    const imgs = [...document.querySelectorAll("[data-testid=preview-page] img")];
    const svgs = await Promise.all(imgs.map((i) => fetch(i.src).then((r) => r.text(), () => "TALKS")));
    return !svgs.join("").includes("TALKS");
  }, null, { polling: 50 });
  await page.getByTestId("undo").click();
  await waitPreview("TALKS");
});

test("changing the template re-renders the preview, and undo reverts it", async () => {
  await page.getByRole("tab", { name: "Design" }).click();
  await page.getByTestId("template-select").selectOption("modern");
  await waitPreview('data-template="modern"');
  const last = (await calls(page, "render_preview")).at(-1);
  assert.equal(last.args.document.cvimprover.design.template, "modern");
  await page.keyboard.press("Control+z");
  await waitPreview('data-template="classic"');
  await page.keyboard.press("Control+Shift+z");
  assert.equal(await page.getByTestId("template-select").inputValue(), "modern");
});

test("clicking a block in the preview focuses its field", async () => {
  await page.getByRole("tab", { name: "Content" }).click();
  const first = page.locator("[data-testid=preview-page]").first();
  const { width } = await first.boundingBox();
  // The fake draws the name's baseline at y = 60 pt; aim inside it (page width = 595 pt).
  await first.click({ position: { x: (120 * width) / 595, y: (52 * width) / 595 } });
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-field") === "basics.name");
  await page.getByRole("tab", { name: "Design" }).click();
});

test("export asks for a path and sends the document in the chosen format", async () => {
  await page.evaluate(() => { window.__fake.dialogPath = "/home/ada/Documents/ada.pdf"; });
  await page.getByTestId("export-button").click();
  await page.getByRole("menuitem", { name: /PDF/ }).click();
  await page.getByText("Exported to /home/ada/Documents/ada.pdf").waitFor();
  const exp = (await calls(page, "export_cv")).at(-1);
  assert.equal(exp.args.format, "pdf");
  assert.equal(exp.args.path, "/home/ada/Documents/ada.pdf");
  assert.equal(exp.args.document.basics.name, "Ada Lovelace");
  assert.equal(exp.args.document.cvimprover.design.template, "modern");
  const dialog = (await calls(page, "plugin:dialog|save")).at(-1);
  assert.deepEqual(dialog.args.options.filters[0].extensions, ["pdf"]);

  await page.getByTestId("export-button").click();
  await page.getByRole("menuitem", { name: /Word/ }).click();
  await page.getByText("Exported to").first().waitFor();
  assert.equal((await calls(page, "export_cv")).at(-1).args.format, "docx");
});

test("Ctrl+S keeps a version that the history lists and can restore", async () => {
  await page.keyboard.press("Control+s");
  await page.getByText("Version saved to history").waitFor();
  await page.getByRole("tab", { name: "History" }).click();
  await page.getByText("Saved version").waitFor();
  assert.ok((await page.getByTestId("snapshot").count()) >= 2, "manual and export versions are listed");
});

test("restoring a version replaces the document, and undo brings the edit back", async () => {
  await page.getByRole("tab", { name: "Content" }).click();
  await field("basics.label").fill("Countess of Lovelace");
  await page.getByRole("tab", { name: "History" }).click();
  await page.getByTestId("snapshot").filter({ hasText: "Saved version" }).getByRole("button", { name: "Restore" }).click();
  await page.getByText("Version restored").waitFor();
  await page.getByRole("tab", { name: "Content" }).click();
  assert.equal(await field("basics.label").inputValue(), "");
  await page.getByTestId("undo").click();
  assert.equal(await field("basics.label").inputValue(), "Countess of Lovelace");
  await page.getByRole("tab", { name: "History" }).click();
});

test("the app menu's Save Snapshot and Export PDF act on the open CV", async () => {
  const count = async (cmd) => (await calls(page, cmd)).length;
  const [snaps, exports] = [await count("create_snapshot"), await count("export_cv")];
  await page.waitForTimeout(600); // one Ctrl+S arrives twice in the app (menu + key): 500 ms dedupe
  await page.evaluate(() => window.__fake.emitMenu("save-snapshot"));
  await page.waitForFunction((n) => window.__fake.calls.filter((c) => c.cmd === "create_snapshot").length === n + 1, snaps);
  await page.evaluate(() => window.__fake.emitMenu("export-pdf"));
  await page.waitForFunction((n) => window.__fake.calls.filter((c) => c.cmd === "export_cv").length === n + 1, exports);
  assert.equal((await calls(page, "export_cv")).at(-1).args.format, "pdf");
  await page.screenshot({ path: `${OUT}/history-light.png` });
});

test("the list renames, duplicates, deletes to trash and restores", async () => {
  await page.getByRole("button", { name: "Back to all CVs" }).click();
  await page.getByTestId("cv-list-item").first().waitFor();
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New title").fill("Ada — research");
  await page.keyboard.press("Enter");
  await page.getByText("Ada — research").waitFor();
  await page.getByRole("button", { name: "Duplicate" }).click();
  await page.getByText("Ada — research (copy)").waitFor();
  assert.equal(await page.getByTestId("cv-list-item").count(), 2);
  await page.getByRole("button", { name: "Delete" }).first().click();
  await page.getByTestId("trash-toggle").filter({ hasText: "Trash (1)" }).waitFor();
  assert.equal(await page.getByTestId("cv-list-item").count(), 1);
  await page.getByTestId("trash-toggle").click();
  await page.getByRole("button", { name: "Restore" }).click();
  await page.getByText("The trash is empty.").waitFor();
  await page.getByTestId("trash-toggle").click();
  await page.getByTestId("trash-toggle").filter({ hasText: "Trash (0)" }).waitFor();
  assert.equal(await page.getByTestId("cv-list-item").count(), 2);
});

test("Open asks for a file and opens what the backend imported", async () => {
  await page.evaluate(() => { window.__fake.dialogPath = "/home/ada/old-cv.pdf"; });
  await page.getByRole("button", { name: "Open file…" }).click();
  await page.getByLabel("CV title").waitFor();
  assert.equal(await page.getByLabel("CV title").inputValue(), "old-cv");
  assert.equal((await calls(page, "open_file")).at(-1).args.path, "/home/ada/old-cv.pdf");
  const dialog = (await calls(page, "plugin:dialog|open")).at(-1);
  assert.deepEqual(dialog.args.options.filters[0].extensions, ["json", "yaml", "yml", "pdf"]);
});
