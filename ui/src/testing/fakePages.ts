// Draws a CV as simple SVG "pages" for the fake backend: real text (so tests can read it), the
// template's accent colour, and ~60 lines a page so a long CV really has two pages.
import type { Cv } from "../ipc/bindings";
import { displayOrder, entryTitle, sectionDef } from "../editor/schema";

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
type Line = { text: string; size: number; bold?: boolean; accent?: boolean; indent?: number; path?: string };

function lines(cv: Cv): Line[] {
  const out: Line[] = [];
  const b = cv.basics ?? {};
  out.push({ text: b.name || "Your name", size: 22, bold: true, path: "basics.name" });
  if (b.label) out.push({ text: b.label, size: 12, accent: true, path: "basics.label" });
  const contact = [b.email, b.phone, b.location?.city, b.url].filter(Boolean).join("  ·  ");
  if (contact) out.push({ text: contact, size: 9 });
  const hidden = cv.cvimprover.sections?.hidden ?? [];
  for (const key of displayOrder(cv)) {
    if (hidden.includes(key)) continue;
    if (key === "summary") {
      if (b.summary) out.push({ text: "SUMMARY", size: 11, bold: true, accent: true }, ...wrap(b.summary).map((text) => ({ text, size: 10 })));
      continue;
    }
    const def = sectionDef(key);
    const custom = cv.cvimprover.customSections?.find((c) => `custom:${c.id}` === key);
    const list = (custom ? custom.entries : (cv[key] as Record<string, unknown>[] | undefined)) ?? [];
    if (!list.length) continue;
    out.push({ text: (custom?.title ?? def?.label ?? key).toUpperCase(), size: 11, bold: true, accent: true });
    const base = custom ? `cvimprover.customSections[${cv.cvimprover.customSections?.indexOf(custom)}].entries` : key;
    (list as Record<string, unknown>[]).forEach((e, i) => {
      const keys = def?.titleKeys ?? ["title", "subtitle"];
      out.push({ text: entryTitle(e, keys) || "—", size: 10, bold: true, path: `${base}[${i}].${keys[0]}` });
      const words = [e.summary, e.description].filter((x): x is string => typeof x === "string");
      for (const w of words) for (const text of wrap(w)) out.push({ text, size: 10 });
      const bullets = [e.highlights, e.keywords, e.courses].find(Array.isArray) as string[] | undefined;
      for (const h of bullets ?? []) out.push({ text: `• ${h}`, size: 10, indent: 12 });
    });
  }
  return out;
}

function wrap(s: string, width = 100): string[] {
  const out: string[] = [];
  let cur = "";
  for (const w of s.split(/\s+/)) {
    if ((cur + " " + w).length > width && cur) { out.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

export type FakeRegion = { page: number; x: number; y: number; w: number; h: number; path: string };

export function fakePages(cv: Cv): { pages: string[]; regions: FakeRegion[] } {
  const design = cv.cvimprover.design ?? {};
  const accent = design.accentColor ?? (design.template === "modern" ? "#1f5fae" : "#333333");
  const font = design.template === "classic" || !design.template ? "Georgia, serif" : "Helvetica, Arial, sans-serif";
  const all = lines(cv);
  const perPage = 60;
  const pages: string[] = [];
  const regions: FakeRegion[] = [];
  for (let p = 0; p === 0 || p * perPage < all.length; p++) {
    all.slice(p * perPage, (p + 1) * perPage).forEach((l, i) => {
      if (l.path) regions.push({ page: p, x: 48, y: 60 + i * 12.6 - l.size, w: 500, h: l.size + 4, path: l.path });
    });
    const body = all.slice(p * perPage, (p + 1) * perPage).map((l, i) =>
      `<text x="${48 + (l.indent ?? 0)}" y="${60 + i * 12.6}" font-size="${l.size}" font-weight="${l.bold ? 700 : 400}" fill="${l.accent ? accent : "#1a1a1a"}">${esc(l.text)}</text>`).join("");
    const side = design.template === "sidebar" ? `<rect x="0" y="0" width="14" height="842" fill="${accent}"/>` : "";
    pages.push(`<svg xmlns="http://www.w3.org/2000/svg" width="595pt" height="842pt" viewBox="0 0 595 842" data-template="${esc(design.template ?? "classic")}"><rect width="595" height="842" fill="#fff"/>${side}<g font-family="${font}">${body}</g><text x="547" y="820" font-size="8" fill="#888">${p + 1}</text></svg>`);
  }
  return { pages, regions };
}
