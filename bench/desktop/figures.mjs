// The desktop figures of issue 5, measured on the real app in a real window (Xvfb) through
// WebDriver: cold start to an interactive editor, typing → updated preview (end to end in the
// page, and the Rust side's renderMs), memory of all app processes, and the binary's size.
//
// Usage (bench/desktop/figures.sh sets it up): node bench/desktop/figures.mjs <app binary> <example.json>

import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { sleep } from "../../tests/e2e/webdriver.mjs";
import { median, openExample, startDriver } from "./app.mjs";

const [application, example] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 40);
// How long the app sits idle before memory is read "settled" (JavaScriptCore collects garbage and
// WebKit's allocator returns freed pages on timers of a few seconds).
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 5000);

const driver = await startDriver();
let session;
try {
  // Cold start: from asking for a session (which launches the app) to the editor answering.
  const started = performance.now();
  session = await driver.launch(application);
  const coldMs = performance.now() - started;

  const stored = await openExample(session, example);
  // Memory once the example is open and its preview shown (the figure): after a few
  // seconds, so that it counts what the app holds rather than the load's passing garbage.
  await sleep(SETTLE_MS);
  const memoryOpen = memoryOfAppProcesses(application);

  // Typing → updated preview, measured in the page: one character into the name field, then
  // wait until the preview shows a newer generation, its page images have loaded and a frame
  // has painted them.
  const typing = [];
  for (let i = 0; i < RUNS; i++) {
    const ms = await session.cmd("POST", "/execute/async", {
      script: `const done = arguments[arguments.length - 1];
        const input = document.querySelector('[data-field="basics.name"]');
        const preview = document.querySelector('[data-testid=preview]');
        const before = Number(preview.getAttribute('data-generation'));
        const t0 = performance.now();
        // Then wait for every page image to have loaded, and for the frame that paints them.
        const painted = () => {
          const imgs = [...preview.querySelectorAll('img')];
          if (imgs.every((img) => img.complete)) requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
          else Promise.all(imgs.map((img) => img.complete || new Promise((r) => { img.onload = img.onerror = r; }))).then(painted);
        };
        const observer = new MutationObserver(() => {
          if (Number(preview.getAttribute('data-generation')) > before) {
            observer.disconnect();
            painted();
          }
        });
        observer.observe(preview, { attributes: true, subtree: true });
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        setter.call(input, input.value + String.fromCharCode(97 + (${i} % 26)));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => done(-1), 5000);`,
      args: [],
    });
    if (ms >= 0) typing.push(ms);
    await sleep(150);
  }

  // The Rust side alone: render_preview's own timing for the same kind of edit.
  // At the width the UI asks for (the page's width on screen in device pixels).
  const document = (await session.invoke("get_cv", { id: stored.id })).document;
  const pagePixels = await session.execute("return document.querySelector('[data-testid=preview-page] img').naturalWidth");
  const rust = [];
  for (let i = 0; i < RUNS; i++) {
    document.basics.name = `Name ${i}`;
    const preview = await session.invoke("render_preview", { document, generation: 1_000_000 + i, pagePixels });
    rust.push(preview.renderMs);
  }

  // Right after the typing runs (80 renders), then settled again.
  const memoryTyped = memoryOfAppProcesses(application);
  await sleep(SETTLE_MS);
  const memoryTypedSettled = memoryOfAppProcesses(application);
  const sizeMb = statSync(application).size / 1024 / 1024;
  console.log(JSON.stringify({
    coldStartMs: Math.round(coldMs),
    typingToPreviewMedianMs: Math.round(median(typing) * 10) / 10,
    typingSamples: typing.length,
    rustRenderMedianMs: Math.round(median(rust) * 100) / 100,
    pagePixels,
    memoryAfterOpen: memorySummary(memoryOpen),
    memoryAfterTyping: memorySummary(memoryTyped),
    memoryAfterTypingSettled: memorySummary(memoryTypedSettled),
    binaryMb: Math.round(sizeMb * 10) / 10,
  }, null, 2));
} finally {
  await session?.quit();
  driver.stop();
}

/**
 * The JSON figures of one memory reading. PSS shares each page among the processes that map it
 * (WebKit's processes share libraries); the RSS sum counts shared pages once per process, so it
 * overstates what the app costs. Per process (name: PSS in MB), to see which one to work on.
 */
function memorySummary(memory) {
  return { pssMb: Math.round(memory.pss), rssSumMb: Math.round(memory.rss), processes: memory.count, byProcess: memory.byProcess };
}

/** Memory of the app and every process it started (WebKit's web and network processes), in MB. */
function memoryOfAppProcesses(binary) {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,rss=,args="]).toString().trim().split("\n")
    .map((l) => l.trim().split(/\s+/)).map(([pid, ppid, rss, ...args]) => ({ pid, ppid, rss: Number(rss), args: args.join(" ") }));
  const roots = rows.filter((r) => r.args.startsWith(binary));
  const ids = new Set(roots.map((r) => r.pid));
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of rows) if (ids.has(r.ppid) && !ids.has(r.pid)) { ids.add(r.pid); grew = true; }
  }
  const mine = rows.filter((r) => ids.has(r.pid));
  const pssKb = (pid) => {
    const line = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8").split("\n").find((l) => l.startsWith("Pss:"));
    return Number(line?.split(/\s+/)[1] ?? 0);
  };
  return {
    rss: mine.reduce((sum, r) => sum + r.rss, 0) / 1024,
    pss: mine.reduce((sum, r) => sum + pssKb(r.pid), 0) / 1024,
    count: mine.length,
    byProcess: Object.fromEntries(mine.map((r) => [`${r.args.split(" ")[0].split("/").pop()} ${r.pid}`, Math.round(pssKb(r.pid) / 1024)])),
  };
}

