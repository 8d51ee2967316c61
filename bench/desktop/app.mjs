// What the desktop benchmarks share: tauri-driver on a random port, the app launched through it,
// the 2-page example opened in the editor, and the median.

import { spawn } from "node:child_process";
import { Session, sleep } from "../../tests/e2e/webdriver.mjs";

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Starts tauri-driver; `launch()` then starts the app (a WebDriver session) through it. */
export async function startDriver() {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const driver = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", String(port), "--native-port", String(port + 1)], {
    stdio: "ignore",
  });
  await sleep(500);
  return {
    /** Launches the app and waits for the CV list: it is interactive then. */
    async launch(application) {
      const session = await Session.start(port, application);
      await session.until("an interactive UI", () => session.findAll("[data-testid=new-cv]").then((l) => l.length > 0), 30_000);
      return session;
    },
    stop: () => driver.kill(),
  };
}

/** Opens `example` (a CV file) as a new CV, selects it and waits for its preview; the stored CV. */
export async function openExample(session, example) {
  const stored = await session.invoke("open_file", { path: example });
  await session.execute("location.reload()");
  await session.until("the CV list", () => session.findAll("[data-testid=cv-list-item]").then((l) => l.length > 0));
  await session.click((await session.findAll("[data-testid=cv-list-item]"))[0]);
  await session.until("the name field", () => session.find('[data-field="basics.name"]'));
  await session.until("a preview", () => session.execute("return document.querySelectorAll('[data-testid=preview-page]').length > 0"));
  return stored;
}
