// An in-memory stand-in for the Rust backend, for Playwright and for running the UI in a plain
// browser (`npm run dev -- --mode e2e`). It answers every command of the desktop contract
// plausibly: a store with trash and snapshots, simple validation, and "preview pages" drawn as
// SVG text from the document (name, headings, entries; ~60 lines a page) so tests can see the
// preview follow edits. Every call is recorded on `window.__fake.calls`.
import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import type { Cv, Diagnostic, Snapshot, StoredCv, TrashedCv } from "../ipc/bindings";
import { fakePages } from "./fakePages";

interface Row { id: string; title: string; revision: number; updatedAt: string; document: Cv }
interface Call { cmd: string; args: Record<string, unknown> }

export interface FakeState {
  cvs: Map<string, Row>;
  trash: Map<string, Row & { deletedAt: string }>;
  snapshots: (Snapshot & { document: Cv })[];
  calls: Call[];
  /** What the next save/open dialog returns (null = the user cancelled). */
  dialogPath: string | null;
  /** Extra milliseconds each render takes, to test stale results. */
  renderDelayMs: number;
  /** Sends an app-menu click, as src-tauri's menu does. */
  emitMenu?: (id: string) => void;
}

declare global {
  interface Window { __fake: FakeState; __E2E_SEED?: { title: string; document: Cv }[] }
}

let seq = 0;
const nextId = (p: string) => `${p}${++seq}`;
const now = () => new Date().toISOString();
const clone = <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function starterCv(): Cv {
  return {
    basics: { profiles: [] }, work: [], education: [], skills: [],
    cvimprover: { schemaVersion: 1, locale: "en", design: { template: "classic" } },
  };
}

const notFound = (what: string) => ({ kind: "not_found", message: `${what} not found` });

function validate(doc: Cv): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dateRe = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  const check = (path: string, v: unknown) => {
    if (typeof v === "string" && v && !dateRe.test(v)) out.push({ path, severity: "error", message: `expected YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"` });
  };
  for (const key of ["work", "volunteer", "education", "projects"] as const) {
    (doc[key] ?? []).forEach((e, i) => { check(`${key}[${i}].startDate`, e.startDate); check(`${key}[${i}].endDate`, e.endDate); });
  }
  const email = doc.basics?.email;
  if (email && !email.includes("@")) out.push({ path: "basics.email", severity: "error", message: `"${email}" is not an e-mail address` });
  const accent = doc.cvimprover.design?.accentColor;
  if (accent && !/^#[0-9a-fA-F]{6}$/.test(accent)) out.push({ path: "cvimprover.design.accentColor", severity: "error", message: `expected a colour as #rrggbb, got "${accent}"` });
  return out;
}

function handlers(s: FakeState): Record<string, (a: Record<string, unknown>) => unknown> {
  const get = (id: unknown) => { const r = s.cvs.get(String(id)); if (!r) throw notFound("CV"); return r; };
  const stored = (r: Row): StoredCv => clone(r);
  const snap = (cvId: string, reason: Snapshot["reason"]) => {
    const item = { id: nextId("s"), cvId, reason, createdAt: now(), document: clone(get(cvId).document) };
    s.snapshots.unshift(item);
    const { document: _d, ...meta } = item;
    return meta;
  };
  const create = (title: string, document: Cv | null) => {
    const row: Row = { id: nextId("cv"), title, revision: 1, updatedAt: now(), document: clone(document ?? starterCv()) };
    s.cvs.set(row.id, row);
    return stored(row);
  };
  return {
    list_cvs: () => [...s.cvs.values()].reverse().map((r) => ({ id: r.id, title: r.title, updatedAt: r.updatedAt, template: r.document.cvimprover.design?.template ?? "classic" })),
    create_cv: (a) => create(String(a.title), (a.document as Cv | null) ?? null),
    get_cv: (a) => stored(get(a.id)),
    save_cv: (a) => { const r = get(a.id); r.document = clone(a.document as Cv); r.revision += 1; r.updatedAt = now(); return { revision: r.revision, savedAt: r.updatedAt }; },
    rename_cv: (a) => { get(a.id).title = String(a.title); return null; },
    duplicate_cv: (a) => { const r = get(a.id); const c = create(`${r.title} (copy)`, r.document); return { id: c.id, title: c.title, updatedAt: c.updatedAt, template: "classic" }; },
    delete_cv: (a) => { const r = get(a.id); s.cvs.delete(r.id); s.trash.set(r.id, { ...r, deletedAt: now() }); return null; },
    list_trash: () => [...s.trash.values()].map((r): TrashedCv => ({ id: r.id, title: r.title, deletedAt: r.deletedAt, purgeAt: new Date(Date.now() + 30 * 864e5).toISOString() })),
    restore_cv: (a) => { const r = s.trash.get(String(a.id)); if (!r) throw notFound("Trashed CV"); s.trash.delete(r.id); s.cvs.set(r.id, r); return null; },
    list_snapshots: (a) => s.snapshots.filter((x) => x.cvId === a.id).map(({ document: _d, ...m }) => m),
    create_snapshot: (a) => snap(String(a.id), "manual"),
    restore_snapshot: (a) => {
      const item = s.snapshots.find((x) => x.id === a.snapshotId);
      if (!item) throw notFound("Snapshot");
      snap(item.cvId, "restore");
      const r = get(item.cvId);
      r.document = clone(item.document);
      return stored(r);
    },
    validate_cv: (a) => validate(a.document as Cv),
    export_cv: (a) => { snap(String(a.id), "export"); return { path: a.path, bytes: JSON.stringify(a.document).length }; },
    open_file: (a) => create(String(a.path).split("/").pop()?.replace(/\.\w+$/, "") ?? "Imported", null),
    list_templates: () => [
      { id: "classic", name: "Classic", description: "Serif, calm, one column" },
      { id: "modern", name: "Modern", description: "Sans serif with an accent colour" },
      { id: "sidebar", name: "Sidebar", description: "Two columns, contact details on the side" },
      { id: "compact", name: "Compact", description: "Dense, fits more on a page" },
    ],
    list_locales: () => [["en", "English"], ["de", "Deutsch"], ["fr", "Français"], ["es", "Español"], ["it", "Italiano"], ["pt", "Português"], ["nl", "Nederlands"], ["pl", "Polski"], ["ar", "العربية"], ["he", "עברית"]]
      .map(([code, name]) => ({ code, name, rtl: code === "ar" || code === "he" })),
    "plugin:dialog|save": () => s.dialogPath,
    "plugin:dialog|open": () => s.dialogPath,
  };
}

let latestGeneration = 0;

async function renderPreview(s: FakeState, a: Record<string, unknown>) {
  const generation = Number(a.generation);
  latestGeneration = Math.max(latestGeneration, generation);
  const t0 = performance.now();
  if (s.renderDelayMs) await new Promise((r) => setTimeout(r, s.renderDelayMs));
  if (generation < latestGeneration) return null;
  const { pages, regions } = fakePages(a.document as Cv);
  // One tile per page, an A4 page as wide as asked for (the app cuts pages into many tiles).
  const widthPx = Number(a.pagePixels) || 794;
  const heightPx = Math.round((widthPx * 842) / 595);
  const addresses = pageAddresses(pages).map((url) => ({ tiles: [{ url, heightPx }], widthPx, heightPx }));
  return { generation, pages: addresses, pageCount: pages.length, pageWidthPt: 595, renderMs: performance.now() - t0 + 3.2, diagnostics: [], regions };
}

/**
 * Like the app's `preview` scheme: one address per page content, the same address while a page
 * is unchanged, and the pages of the last few renders kept.
 */
const pageUrls = new Map<string, string>();
const recentRenders: string[][] = [];
function pageAddresses(svgs: string[]): string[] {
  const urls = svgs.map((svg) => {
    const url = pageUrls.get(svg) ?? URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    pageUrls.set(svg, url);
    return url;
  });
  recentRenders.push(svgs);
  if (recentRenders.length > 4) recentRenders.shift();
  const live = new Set(recentRenders.flat());
  for (const [svg, url] of pageUrls) {
    if (!live.has(svg)) {
      URL.revokeObjectURL(url);
      pageUrls.delete(svg);
    }
  }
  return urls;
}

export function installFakeBackend(): FakeState {
  const s: FakeState = { cvs: new Map(), trash: new Map(), snapshots: [], calls: [], dialogPath: "/home/user/Documents/cv.pdf", renderDelayMs: 0 };
  window.__fake = s;
  const table = handlers(s);
  for (const seed of window.__E2E_SEED ?? []) table.create_cv(seed);
  s.emitMenu = (id: string) => void emit("menu", id);
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    s.calls.push({ cmd, args: clone(args) });
    if (cmd === "render_preview") return renderPreview(s, args);
    const h = table[cmd];
    if (!h) throw { kind: "invalid", message: `unknown command ${cmd}` };
    return h(args);
  }, { shouldMockEvents: true });
  return s;
}
