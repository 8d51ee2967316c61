import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// `--mode e2e` builds into dist-e2e with the fake backend (see src/main.tsx); the app build goes
// to dist, which tauri.conf.json serves.
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: { outDir: mode === "e2e" ? "dist-e2e" : "dist", target: "es2022" },
  test: {
    environment: "jsdom",
    globals: true,
    include: ["src/**/*.test.{ts,tsx}"],
  },
}));
