// Where typing → preview spends its time, in the real app (release, Xvfb), phase by phase:
// from the `input` event to the page's main thread being free again (a `setTimeout(0)` fires),
// to `render_preview`'s answer, the preview's new generation, the page images loaded and the
// frame that paints them; medians over RUNS keystrokes. CSS="…" injects a style sheet first, to
// try a style change without a rebuild (this found the blurred card shadow that cost ~90 ms).
//
// Usage: bench/desktop/breakdown.sh (builds nothing; run bench/desktop/figures.sh first).

import { sleep } from "../../tests/e2e/webdriver.mjs";
import { median, openExample, startDriver } from "./app.mjs";

const [application, example] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 30);

const driver = await startDriver();
let session;
try {
  session = await driver.launch(application);
  await openExample(session, example);
  if (process.env.CSS) {
    await session.execute(`const s = document.createElement('style'); s.textContent = arguments[0]; document.head.appendChild(s);`, process.env.CSS);
  }
  // `fetch` is how the webview sends Tauri commands; wrapping it times render_preview's answer.
  await session.execute(`
    const fetch = window.fetch;
    window.__answers = [];
    window.fetch = function (url, init) {
      const answer = fetch.call(this, url, init);
      if (String(url).includes('render_preview')) answer.then(() => window.__answers.push(performance.now()));
      return answer;
    };`);

  const rows = [];
  for (let i = 0; i < RUNS; i++) {
    rows.push(await session.cmd("POST", "/execute/async", {
      script: `const done = arguments[arguments.length - 1];
        window.__answers = [];
        const input = document.querySelector('[data-field="basics.name"]');
        const preview = document.querySelector('[data-testid=preview]');
        const before = Number(preview.getAttribute('data-generation'));
        const t0 = performance.now();
        const at = {};
        const mark = (name) => { at[name] ??= performance.now() - t0; };
        const painted = () => {
          const imgs = [...preview.querySelectorAll('img')];
          if (imgs.every((img) => img.complete)) {
            mark('images loaded');
            requestAnimationFrame(() => requestAnimationFrame(() => {
              mark('painted');
              if (window.__answers.length) at['render_preview answered'] = window.__answers[0] - t0;
              done(at);
            }));
          } else Promise.all(imgs.map((img) => img.complete || new Promise((r) => { img.onload = img.onerror = r; }))).then(painted);
        };
        new MutationObserver((_, observer) => {
          if (Number(preview.getAttribute('data-generation')) > before) {
            observer.disconnect();
            mark('new generation shown');
            painted();
          }
        }).observe(preview, { attributes: true, subtree: true });
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        setter.call(input, input.value + String.fromCharCode(97 + (${i} % 26)));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => mark('main thread free'), 0);
        setTimeout(() => done(at), 5000);`,
      args: [],
    }));
    await sleep(150);
  }
  const phases = ["main thread free", "render_preview answered", "new generation shown", "images loaded", "painted"];
  console.log(JSON.stringify(Object.fromEntries(phases.map((p) => [p, Math.round(median(rows.map((r) => r[p] ?? Infinity)))])), null, 2));
} finally {
  await session?.quit();
  driver.stop();
}
