// The content form: personal details first, then every section in display order as a sortable
// card (drag, buttons or Alt+↑/↓), each hideable and removable, plus "Add section".
import { memo, useState } from "react";
import { addCustomSection, addSection, isHidden, moveSection, removeSection, toggleHidden } from "../editor/ops";
import { BASICS_FIELDS, CUSTOM_FIELDS, DEFAULT_ORDER, LOCATION_FIELDS, PROFILE_FIELDS, SECTIONS, customIndex, displayOrder, sectionDef } from "../editor/schema";
import { useDiagnostics, useDocSelector, useEditor } from "../editor/useEditor";
import { Entries } from "./Entries";
import { Field, TextField } from "./Fields";
import { MoveButtons, SortableList, moveKeys, type HandleProps } from "./Sortable";
import { Icon } from "./Icons";

/** Re-renders only when sections are added, removed or reordered. */
export const ContentForm = memo(function ContentForm() {
  const { apply } = useEditor();
  const order = useDocSelector((cv) => displayOrder(cv).join("\n")).split("\n");
  return (
    <div className="content-form">
      <BasicsCard />
      <SortableList ids={order} onMove={(from, to) => apply((cv) => moveSection(cv, order[from], to))}>
        {(key, _i, h) => <SectionCard key={key} sectionKey={key} h={h} />}
      </SortableList>
      <AddSection present={order} />
    </div>
  );
});

function BasicsCard() {
  const [open, setOpen] = useState(true);
  return (
    <section className="card" aria-label="Personal details">
      <header className="card-head">
        <button type="button" className="card-title" aria-expanded={open} onClick={() => setOpen(!open)}>
          <h2>Personal details</h2>
        </button>
      </header>
      {open && (
        <>
          <div className="grid">
            {BASICS_FIELDS.map((f) => <Field key={f.key} path={`basics.${f.key}`} def={f} />)}
          </div>
          <h3 className="sub">Location</h3>
          <div className="grid">
            {LOCATION_FIELDS.map((f) => <Field key={f.key} path={`basics.location.${f.key}`} def={f} />)}
          </div>
          <h3 className="sub">Profiles</h3>
          <Entries path="basics.profiles" noun="profile" fields={PROFILE_FIELDS} titleKeys={["network", "username"]} />
        </>
      )}
    </section>
  );
}

function SectionCard({ sectionKey, h }: { sectionKey: string; h: HandleProps }) {
  const { apply } = useEditor();
  const diagnostics = useDiagnostics();
  const [open, setOpen] = useState(true);
  const ci = useDocSelector((cv) => customIndex(cv, sectionKey));
  const def = sectionDef(sectionKey);
  const hidden = useDocSelector((cv) => isHidden(cv, sectionKey));
  const customTitle = useDocSelector((cv) => (ci >= 0 ? cv.cvimprover.customSections?.[ci]?.title ?? "" : null));
  const custom = customTitle !== null;
  const label = sectionKey === "summary" ? "Summary" : custom ? customTitle || "Untitled section" : def?.label ?? sectionKey;
  const listPath = custom ? `cvimprover.customSections[${ci}].entries` : sectionKey;
  const errors = sectionKey === "summary" ? diagnostics.errorCount("basics.summary") : diagnostics.errorCount(custom ? `cvimprover.customSections[${ci}]` : sectionKey);
  return (
    <section className={`card${hidden ? " is-hidden" : ""}`} aria-label={label} data-section={sectionKey} onKeyDown={moveKeys(h)}>
      <header className="card-head">
        <MoveButtons h={h} what={`section ${label}`} />
        <button type="button" className="card-title" aria-expanded={open} onClick={() => setOpen(!open)}>
          <h2>{label}</h2>
          {hidden && <span className="pill">Hidden</span>}
          {errors > 0 && <span className="badge error">{errors}</span>}
        </button>
        <button type="button" className="icon-btn" aria-pressed={hidden} title={hidden ? "Show on the CV" : "Hide from the CV"} aria-label={hidden ? `Show ${label}` : `Hide ${label}`} onClick={() => apply((cv) => toggleHidden(cv, sectionKey))}>
          <Icon name={hidden ? "eyeOff" : "eye"} />
        </button>
        {sectionKey !== "summary" && <button type="button" className="icon-btn danger" title="Remove section" aria-label={`Remove section ${label}`} onClick={() => apply((cv) => removeSection(cv, sectionKey))}><Icon name="trash" /></button>}
      </header>
      {open && sectionKey === "summary" && (
        <div className="grid">
          <TextField path="basics.summary" label="Professional summary" kind="textarea" placeholder="Two or three sentences on what you do best." />
        </div>
      )}
      {open && custom && (
        <>
          <div className="grid">
            <TextField path={`cvimprover.customSections[${ci}].title`} label="Section title" wide />
          </div>
          <Entries path={listPath} noun="entry" fields={CUSTOM_FIELDS} titleKeys={["title", "subtitle"]} />
        </>
      )}
      {open && def && <Entries path={listPath} noun={def.noun} fields={def.fields} titleKeys={def.titleKeys} />}
    </section>
  );
}

function AddSection({ present }: { present: string[] }) {
  const { apply } = useEditor();
  const missing = DEFAULT_ORDER.filter((k) => k !== "summary" && !present.includes(k));
  return (
    <div className="add-section">
      <span className="muted">Add a section</span>
      <div className="chips">
        {missing.map((k) => (
          <button type="button" key={k} className="chip" onClick={() => apply((cv) => addSection(cv, k))}>
            + {SECTIONS.find((s) => s.key === k)?.label}
          </button>
        ))}
        <button type="button" className="chip accent" onClick={() => apply((cv) => addCustomSection(cv, "New section"))}>
          + Custom section
        </button>
      </div>
    </div>
  );
}
