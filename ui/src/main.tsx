// Entry point. In the `e2e` build mode (Playwright, or `npm run dev -- --mode e2e` in a plain
// browser) an in-memory fake backend answers the IPC calls; the normal build never includes it.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./styles.css";

async function start() {
  if (import.meta.env.MODE === "e2e") {
    const { installFakeBackend } = await import("./testing/fakeBackend");
    installFakeBackend();
  }
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
}

void start();
