// The entries of one list section (or a custom section, or basics.profiles) as sortable cards.
import { memo, useState } from "react";
import { useFocusRequests } from "../editor/focus";
import { getAt, moveAt, pushAt, removeAt } from "../editor/paths";
import { entryTitle, newId, type FieldDef } from "../editor/schema";
import { useDiagnostics, useDocSelector, useEditor } from "../editor/useEditor";
import { Field, Messages } from "./Fields";
import { MoveButtons, SortableList, moveKeys, type HandleProps } from "./Sortable";
import { Icon } from "./Icons";

const NO_ENTRY: Record<string, unknown> = {};

interface Props {
  /** Document path of the entry array, e.g. "work" or "cvimprover.customSections[0].entries". */
  path: string;
  noun: string;
  fields: FieldDef[];
  titleKeys: string[];
}

export function Entries({ path, noun, fields, titleKeys }: Props) {
  const { apply } = useEditor();
  // Only the list's shape (ids and which entries have a title) re-renders this; typing in an
  // entry re-renders that entry's card alone.
  const shape = useDocSelector((cv) => {
    const raw = getAt(cv, path);
    const list = (Array.isArray(raw) ? raw : []) as Record<string, unknown>[];
    return list.map((e, i) => `${typeof e.id === "string" && e.id ? e.id : `#${i}`}\t${entryTitle(e, titleKeys) ? 1 : 0}`).join("\n");
  });
  const rows = shape ? shape.split("\n").map((r) => r.split("\t")) : [];
  const ids = rows.map((r) => r[0]);
  const add = () => apply((cv) => pushAt(cv, path, { id: newId(cv) }));
  return (
    <div className="entries">
      {ids.length === 0 && <p className="hint">No {noun}s yet.</p>}
      <SortableList ids={ids} onMove={(from, to) => apply((cv) => moveAt(cv, path, from, to))}>
        {(id, i, h) => (
          <EntryCard
            key={id}
            path={`${path}[${i}]`}
            noun={noun}
            fields={fields}
            titleKeys={titleKeys}
            h={h}
            startOpen={ids.length <= 2 || rows[i][1] === "0"}
            onRemove={() => apply((cv) => removeAt(cv, path, i))}
          />
        )}
      </SortableList>
      <button type="button" className="add-btn" onClick={add}>+ Add {noun}</button>
    </div>
  );
}

interface CardProps {
  path: string;
  noun: string;
  fields: FieldDef[];
  titleKeys: string[];
  h: HandleProps;
  startOpen: boolean;
  onRemove: () => void;
}

function EntryCard({ path, noun, fields, titleKeys, h, startOpen, onRemove }: CardProps) {
  const diagnostics = useDiagnostics();
  const entry = useDocSelector((cv) => (getAt(cv, path) ?? NO_ENTRY) as Record<string, unknown>);
  const [open, setOpen] = useState(startOpen);
  useFocusRequests(path, () => setOpen(true));
  const title = entryTitle(entry, titleKeys);
  const errors = diagnostics.errorCount(path);
  const own = diagnostics.at(path);
  const dates = [entry.startDate ?? entry.date ?? entry.releaseDate, entry.endDate].filter(Boolean).join(" – ");
  return (
    <div className={`entry-card${open ? " open" : ""}`} onKeyDown={moveKeys(h)} data-testid="entry-card">
      <div className="entry-head">
        <MoveButtons h={h} what={noun} />
        <button type="button" className="entry-title" aria-expanded={open} onClick={() => setOpen(!open)}>
          <span className={title ? "" : "muted"}>{title || `Untitled ${noun}`}</span>
          {dates && <span className="muted small">{String(dates)}</span>}
          {errors > 0 && <span className="badge error" title={`${errors} problem(s)`}>{errors}</span>}
        </button>
        <button type="button" className="icon-btn danger" title={`Remove this ${noun}`} aria-label={`Remove ${noun}`} onClick={onRemove}><Icon name="trash" /></button>
        <button type="button" className="icon-btn chevron" aria-label={open ? "Collapse" : "Expand"} onClick={() => setOpen(!open)}><Icon name={open ? "chevronDown" : "chevronRight"} /></button>
      </div>
      <Messages items={own} />
      {open && <EntryFields path={path} fields={fields} />}
    </div>
  );
}

/** The inputs of an open card; memoised so a new title in the header does not re-render them. */
const EntryFields = memo(function EntryFields({ path, fields }: { path: string; fields: FieldDef[] }) {
  return (
    <div className="grid">
      {fields.map((f) => (
        <Field key={f.key} path={`${path}.${f.key}`} def={f} />
      ))}
    </div>
  );
});
