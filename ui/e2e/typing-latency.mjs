// Measures, in Chromium against the e2e build, the UI's share of "keystroke → preview on screen"
// with the 2-page example: from a key press until the preview shows the new generation
// (the fake backend answers at once, so this is the React + image side only). Prints the median.
// Run after `npx vite build --mode e2e`: node e2e/typing-latency.mjs
import { readFileSync } from "node:fs";
import { launch, startServer } from "./harness.mjs";

const example = JSON.parse(readFileSync(new URL("../../examples/software-engineer.json", import.meta.url), "utf8"));
const srv = await startServer();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript((doc) => { window.__E2E_SEED = [{ title: "Software engineer", document: doc }]; }, example);
await page.goto(srv.url);
await page.getByRole("button", { name: "Open Software engineer" }).click();
await page.locator("[data-testid=preview][data-page-count='2']").waitFor();
await page.locator('[data-field="basics.name"]').click();
await page.keyboard.press("End");
const times = [];
for (let i = 0; i < 30; i++) {
  const ms = await page.evaluate(async (ch) => {
    const preview = document.querySelector("[data-testid=preview]");
    const before = Number(preview.getAttribute("data-generation"));
    const input = document.activeElement;
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent("keydown", { key: ch, bubbles: true }));
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    setter.call(input, input.value + ch);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((resolve) => {
      const check = () => (Number(preview.getAttribute("data-generation")) > before ? resolve() : requestAnimationFrame(check));
      check();
    });
    await Promise.all([...document.querySelectorAll("[data-testid=preview-page] img")].map((img) => img.decode().catch(() => {})));
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - t0;
  }, "abcdefghij"[i % 10]);
  times.push(ms);
}
times.sort((a, b) => a - b);
console.log(`keystroke → preview painted (UI side, fake backend), 2-page example: median ${times[15].toFixed(1)} ms, p90 ${times[27].toFixed(1)} ms over ${times.length}`);
await browser.close();
await srv.server.close();
