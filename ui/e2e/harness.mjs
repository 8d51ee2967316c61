// Shared Playwright setup: builds nothing (run.mjs does), serves dist-e2e with `vite preview`,
// and launches Debian's Chromium through playwright-core (browser downloads do not work here).
import { chromium } from "playwright-core";
import { preview } from "vite";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";

const root = fileURLToPath(new URL("..", import.meta.url));
export const OUT = process.env.UI_E2E_OUT ?? "/tmp/cvimprover-ui-e2e";

const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);

export async function startServer() {
  // E2E_URL points the tests at a running dev server instead (readable React errors).
  if (process.env.E2E_URL) return { server: { close: async () => {} }, url: process.env.E2E_URL };
  const server = await preview({ root, mode: "e2e", build: { outDir: "dist-e2e" }, preview: { port: 0, host: "127.0.0.1" }, logLevel: "warn" });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  return { server, url };
}

export async function launch() {
  if (!CHROMIUM) throw new Error("Chromium not found: apt-get install chromium (or set CHROMIUM_PATH)");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** The text of every preview page (the fake backend's SVGs carry real <text>). */
export async function previewText(page) {
  return page.$$eval("[data-testid=preview-page] img", async (imgs) =>
    (await Promise.all(imgs.map((i) => fetch(i.src).then((r) => r.text(), () => "")))).join("\n"));
}

/** Calls recorded by the fake backend, optionally only one command. */
export async function calls(page, cmd) {
  return page.evaluate((c) => window.__fake.calls.filter((x) => !c || x.cmd === c), cmd);
}
