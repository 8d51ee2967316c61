// End-to-end test of the built desktop app in a real window (run under Xvfb by
// scripts/test-desktop-e2e.sh): launch, create a CV, type a name, see the preview change, export
// a PDF through the export command, and check the PDF's text. Saves a screenshot.
//
// Usage: node tests/e2e/desktop.mjs <app binary> <output dir>

import { spawn, execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Session, sleep } from "./webdriver.mjs";

const [application, out] = process.argv.slice(2);
const NAME = "Ada Lovelace-Byron";

const port = 20000 + Math.floor(Math.random() * 20000);
const driver = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", String(port), "--native-port", String(port + 1)], {
  stdio: ["ignore", "inherit", "inherit"],
});
let session;
try {
  session = await Session.start(port, application);
  await session.until("the page", () => session.execute("return document.readyState === 'complete'"));
  const hasEditor = await session
    .until("the UI", () => session.findAll("[data-testid=new-cv]").then((l) => l.length > 0), 10_000)
    .catch(() => false);
  const id = hasEditor ? await throughTheEditor(session) : await throughIpc(session);

  // Export: the UI would ask for the path with the native dialog; the test passes one.
  const stored = await session.invoke("get_cv", { id });
  const pdf = join(out, "e2e-export.pdf");
  const exported = await session.invoke("export_cv", {
    document: stored.document,
    id,
    format: "pdf",
    path: pdf,
  });
  const text = execFileSync("pdftotext", [pdf, "-"]).toString();
  check(text.includes(NAME), `the exported PDF's text has the name (${exported.bytes} bytes)`);
  const snapshots = await session.invoke("list_snapshots", { id });
  check(snapshots.some((s) => s.reason === "export"), "exporting took an 'export' snapshot");

  // The window draws without GL (src-tauri/src/linux.rs), so the app's own process must not have
  // loaded a GL driver: Mesa's links all of LLVM, about 20 MB of the app's memory.
  const gl = glLibrariesOf(application);
  check(gl.length === 0, `the app process loaded no GL driver${gl.length ? ` (it has ${gl.join(", ")})` : ""}`);

  writeFileSync(join(out, "e2e-window.png"), await session.screenshot());
  console.log(`e2e: passed (${hasEditor ? "through the editor" : "through IPC only: no editor UI"})`);
} finally {
  await session?.quit();
  driver.kill();
}

/** The real flow: the CV list's "new" button, the name field, the preview. */
async function throughTheEditor(session) {
  await session.click(await session.find("[data-testid=new-cv]"));
  const field = await session.until("the name field", () => session.find('[data-field="basics.name"]'));
  const before = await previewGeneration(session);
  await session.clear(field);
  await session.type(field, NAME);
  await session.until("a newer preview", async () => (await previewGeneration(session)) > before);
  // The pages come from the app's preview scheme: each must have loaded as a real image, drawn
  // as many pixels wide as it is shown (sharp, not scaled).
  await session.until("the preview's page images, as wide as shown", () =>
    session.execute(`const imgs = [...document.querySelectorAll('[data-testid=preview-page] img')];
      const shown = (i) => Math.round(i.getBoundingClientRect().width * devicePixelRatio);
      return imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 300 &&
        Math.abs(i.naturalWidth - shown(i)) <= 1 && i.src.includes('preview'));`));
  // Autosave is debounced (~1 s): wait until the store has the name.
  const cvs = await session.invoke("list_cvs");
  const id = cvs[0].id;
  await session.until("the autosave", async () => {
    const cv = await session.invoke("get_cv", { id });
    return cv.document.basics?.name === NAME;
  });
  return id;
}

/** Without the UI (this branch before the editor landed): the same steps through the commands. */
async function throughIpc(session) {
  const created = await session.invoke("create_cv", { title: "E2E", document: null });
  const empty = await session.invoke("render_preview", { document: created.document, generation: 1, pagePixels: 800 });
  const document = { ...created.document, basics: { ...created.document.basics, name: NAME } };
  await session.invoke("save_cv", { id: created.id, document });
  const named = await session.invoke("render_preview", { document, generation: 2, pagePixels: 800 });
  check(named.generation === 2 && named.pageCount >= 1, "the preview rendered");
  const tiles = (preview) => preview.pages[0].tiles.map((tile) => tile.url).join();
  check(tiles(named) !== tiles(empty), "the preview changed with the name");
  return created.id;
}

async function previewGeneration(session) {
  return Number(
    await session.execute(
      "const p = document.querySelector('[data-testid=preview]'); return p ? p.getAttribute('data-generation') : -1",
    ),
  );
}

/** The GL driver libraries mapped by the process running `binary` (none found: an empty list). */
function glLibrariesOf(binary) {
  const pids = execFileSync("ps", ["-eo", "pid=,args="]).toString().trim().split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, command]) => command === binary)
    .map(([pid]) => pid);
  check(pids.length === 1, `one app process runs ${binary}`);
  const libraries = readFileSync(`/proc/${pids[0]}/maps`, "utf8").split("\n").map((l) => l.split(/\s+/)[5] ?? "");
  return [...new Set(libraries.filter((path) => /libLLVM|_dri\.so|libGLX_mesa|libEGL_mesa/.test(path)))];
}

function check(ok, what) {
  if (!ok) throw new Error(`e2e: failed: ${what}`);
  console.log(`e2e: ok: ${what}`);
}

await sleep(0);
