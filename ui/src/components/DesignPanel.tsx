// The design panel: template, page, accent, font, size, margins, locale and date format. Each
// change is one undo step and re-renders the preview at once.
import { memo, useEffect, useState } from "react";
import { api, type LocaleInfo, type TemplateInfo } from "../ipc";
import { getAt, setAt } from "../editor/paths";
import { useDiagnostics, useDocSelector, useEditor } from "../editor/useEditor";
import { Messages } from "./Fields";

const FONTS = ["Inter", "Libertinus Serif", "DejaVu Sans Mono"];
const DATE_FORMATS = [
  ["short", "Jan 2020"], ["long", "January 2020"], ["numeric", "01/2020"], ["iso", "2020-01"], ["year", "2020"],
] as const;
const SIDES = ["top", "right", "bottom", "left"] as const;
const D = "cvimprover.design";

export const DesignPanel = memo(function DesignPanel() {
  const { apply } = useEditor();
  const diagnostics = useDiagnostics();
  const locale = useDocSelector((cv) => cv.cvimprover.locale);
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [locales, setLocales] = useState<LocaleInfo[]>([]);
  useEffect(() => {
    api.listTemplates().then(setTemplates, () => undefined);
    api.listLocales().then(setLocales, () => undefined);
  }, []);
  const design = useDocSelector((cv) => cv.cvimprover.design) ?? {};
  const set = (path: string, value: unknown) => apply((cv) => setAt(cv, path, value === "" ? undefined : value));
  const template = design.template ?? "classic";
  const margins = design.margins;
  return (
    <div className="design-panel">
      <section className="card">
        <h2>Template</h2>
        <div className="template-grid" role="radiogroup" aria-label="Template">
          {templates.map((t) => (
            <button key={t.id} type="button" role="radio" aria-checked={t.id === template} className={`template-card${t.id === template ? " selected" : ""}`} onClick={() => set(`${D}.template`, t.id)}>
              <span className={`template-thumb t-${t.id}`} aria-hidden />
              <strong>{t.name}</strong>
              <span className="muted small">{t.description}</span>
            </button>
          ))}
        </div>
        <label className="field">
          <span className="label">Template</span>
          <select className="input" data-testid="template-select" data-field={`${D}.template`} value={template} onChange={(e) => set(`${D}.template`, e.target.value)}>
            {templates.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </label>
        <Messages items={diagnostics.at(`${D}.template`)} />
      </section>
      <section className="card">
        <h2>Page and type</h2>
        <div className="grid">
          <label className="field">
            <span className="label">Page size</span>
            <select className="input" data-field={`${D}.pageSize`} value={design.pageSize ?? "a4"} onChange={(e) => set(`${D}.pageSize`, e.target.value)}>
              <option value="a4">A4 (210 × 297 mm)</option>
              <option value="letter">US Letter (8.5 × 11 in)</option>
            </select>
          </label>
          <label className="field">
            <span className="label">Font</span>
            <select className="input" data-field={`${D}.fontFamily`} value={design.fontFamily ?? ""} onChange={(e) => set(`${D}.fontFamily`, e.target.value)}>
              <option value="">Template default</option>
              {FONTS.map((f) => <option key={f} value={f}>{f}</option>)}
            </select>
          </label>
          <div className="field">
            <label className="label" htmlFor="accent">Accent colour</label>
            <div className="row">
              <input id="accent" type="color" className="swatch" value={design.accentColor ?? "#1f5fae"} onChange={(e) => set(`${D}.accentColor`, e.target.value)} />
              <input className="input" data-field={`${D}.accentColor`} value={design.accentColor ?? ""} placeholder="Template default" onChange={(e) => set(`${D}.accentColor`, e.target.value)} />
            </div>
            <Messages items={diagnostics.at(`${D}.accentColor`)} />
          </div>
          <div className="field">
            <label className="label" htmlFor="font-size">Base size: {design.fontSize ?? "default"}{design.fontSize ? " pt" : ""}</label>
            <input id="font-size" type="range" min={8} max={14} step={0.5} data-field={`${D}.fontSize`} value={design.fontSize ?? 10.5} onChange={(e) => set(`${D}.fontSize`, Number(e.target.value))} />
            <Messages items={diagnostics.at(`${D}.fontSize`)} />
          </div>
        </div>
        <h3 className="sub">Margins (mm)</h3>
        <div className="grid four">
          {SIDES.map((side) => (
            <label className="field" key={side}>
              <span className="label">{side[0].toUpperCase() + side.slice(1)}</span>
              <input className="input" type="number" min={5} max={40} data-field={`${D}.margins.${side}`} value={margins?.[side] ?? ""} placeholder="auto"
                onChange={(e) => apply((cv) => setMargin(cv, side, e.target.value))} />
              <Messages items={diagnostics.at(`${D}.margins.${side}`)} />
            </label>
          ))}
        </div>
      </section>
      <section className="card">
        <h2>Language and dates</h2>
        <div className="grid">
          <label className="field">
            <span className="label">Language of headings</span>
            <select className="input" data-field="cvimprover.locale" value={locale ?? "en"} onChange={(e) => set("cvimprover.locale", e.target.value)}>
              {locales.map((l) => <option key={l.code} value={l.code}>{l.name}{l.rtl ? " (right to left)" : ""}</option>)}
            </select>
          </label>
          <label className="field">
            <span className="label">Date format</span>
            <select className="input" data-field={`${D}.dateFormat`} value={design.dateFormat ?? "short"} onChange={(e) => set(`${D}.dateFormat`, e.target.value)}>
              {DATE_FORMATS.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            </select>
          </label>
        </div>
      </section>
    </div>
  );
});

/** Margins are all-or-nothing in the model: setting one side fills the others with 16 mm. */
function setMargin<T>(cv: T, side: (typeof SIDES)[number], raw: string): T {
  const cur = getAt(cv, `${D}.margins`) as Record<string, number> | undefined;
  const base = cur ?? { top: 16, right: 16, bottom: 16, left: 16 };
  const n = Number(raw);
  if (raw === "" || !Number.isFinite(n)) return cv;
  return setAt(cv, `${D}.margins`, { ...base, [side]: n });
}
