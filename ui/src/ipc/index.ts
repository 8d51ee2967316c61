//! The only door from the UI to the backend: re-exports the generated types and wraps the
//! generated command functions so every failure becomes an `IpcError` with a kind and a message.
import { listen } from "@tauri-apps/api/event";
import { open, save } from "@tauri-apps/plugin-dialog";
import { commands } from "./bindings";
import type { CommandError, Cv, ExportFormat } from "./bindings";

export type * from "./bindings";

/**
 * A block of a preview page and the field it shows, in points from the page's top left. Optional
 * in the contract: a backend that sends `regions` with its preview enables click-to-focus.
 */
export type Region = { page: number; x: number; y: number; w: number; h: number; path: string };

/** The regions of a preview, if the backend sent any. */
export function previewRegions(preview: unknown): Region[] {
  const regions = (preview as { regions?: unknown } | null)?.regions;
  return Array.isArray(regions) ? (regions as Region[]) : [];
}

/** A failed backend call: `kind` is the backend's error kind ("not_found", "invalid", …). */
export class IpcError extends Error {
  constructor(readonly kind: string, message: string) {
    super(message);
  }
}

function toIpcError(e: unknown): IpcError {
  if (e instanceof IpcError) return e;
  if (e && typeof e === "object" && "message" in e) {
    const err = e as Partial<CommandError>;
    return new IpcError(err.kind ?? "unknown", String(err.message));
  }
  return new IpcError("unknown", String(e));
}

type Fn = (...args: never[]) => Promise<unknown>;
type Wrapped<T extends Record<string, Fn>> = { [K in keyof T]: T[K] };

function wrap<T extends Record<string, Fn>>(raw: T): Wrapped<T> {
  const out: Record<string, Fn> = {};
  for (const [name, fn] of Object.entries(raw)) {
    out[name] = (...args: never[]) => fn(...args).catch((e: unknown) => Promise.reject(toIpcError(e)));
  }
  return out as Wrapped<T>;
}

const wrapped = wrap(commands);

/** Backend commands; each rejects with an {@link IpcError}. */
export const api = {
  ...wrapped,
};

/** File extension and dialog filter for each export format. */
export const EXPORT_FORMATS: { format: ExportFormat; label: string; ext: string }[] = [
  { format: "pdf", label: "PDF", ext: "pdf" },
  { format: "docx", label: "Word (DOCX)", ext: "docx" },
  { format: "json", label: "CV Improver JSON", ext: "json" },
  { format: "json-resume", label: "JSON Resume", ext: "json" },
  { format: "markdown", label: "Markdown", ext: "md" },
  { format: "text", label: "Plain text", ext: "txt" },
];

/** Asks where to save, then exports; resolves to null when the user cancels the dialog. */
export async function exportWithDialog(document: Cv, id: string, title: string, format: ExportFormat) {
  const info = EXPORT_FORMATS.find((f) => f.format === format) ?? EXPORT_FORMATS[0];
  const safe = title.replace(/[\\/:*?"<>|]+/g, " ").trim() || "CV";
  const suffix = format === "json-resume" ? ".resume" : "";
  const path = await save({
    defaultPath: `${safe}${suffix}.${info.ext}`,
    filters: [{ name: info.label, extensions: [info.ext] }],
  });
  if (!path) return null;
  return api.exportCv(document, id, format, path);
}

/** Asks for a CV file (JSON, JSON Resume, YAML or PDF) and imports it as a new CV; null on cancel. */
export async function openWithDialog() {
  const path = await open({
    multiple: false,
    directory: false,
    filters: [{ name: "CV files", extensions: ["json", "yaml", "yml", "pdf"] }],
  });
  if (!path || Array.isArray(path)) return null;
  return api.openFile(path);
}

/** Ids of the app menu's own items, sent by the backend as a `menu` event (src-tauri/src/menu.rs). */
export type MenuItem = "new-cv" | "open" | "export-pdf" | "save-snapshot";

/** Calls `handler` for each click on one of our menu items; returns the unsubscribe function. */
export function onMenu(handler: (id: MenuItem) => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  listen<string>("menu", (e) => handler(e.payload as MenuItem)).then(
    (unlisten) => (stopped ? unlisten() : (stop = unlisten)),
    () => undefined, // no menu (plain browser): nothing to listen to
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
