// The entries of one list section (or a custom section, or basics.profiles) as sortable cards.
import { useState } from "react";
import { useFocusRequests } from "../editor/focus";
import { getAt, moveAt, pushAt, removeAt } from "../editor/paths";
import { entryTitle, newId, type FieldDef } from "../editor/schema";
import { useEditor } from "../editor/useEditor";
import { Field, Messages } from "./Fields";
import { MoveButtons, SortableList, moveKeys, type HandleProps } from "./Sortable";
import { Icon } from "./Icons";

interface Props {
  /** Document path of the entry array, e.g. "work" or "cvimprover.customSections[0].entries". */
  path: string;
  noun: string;
  fields: FieldDef[];
  titleKeys: string[];
}

export function Entries({ path, noun, fields, titleKeys }: Props) {
  const { doc, apply } = useEditor();
  const raw = getAt(doc, path);
  const list = (Array.isArray(raw) ? raw : []) as Record<string, unknown>[];
  const ids = list.map((e, i) => (typeof e.id === "string" && e.id ? e.id : `#${i}`));
  const add = () => apply((cv) => pushAt(cv, path, { id: newId(cv) }));
  return (
    <div className="entries">
      {list.length === 0 && <p className="hint">No {noun}s yet.</p>}
      <SortableList ids={ids} onMove={(from, to) => apply((cv) => moveAt(cv, path, from, to))}>
        {(id, i, h) => (
          <EntryCard
            key={id}
            path={`${path}[${i}]`}
            entry={list[i]}
            noun={noun}
            fields={fields}
            titleKeys={titleKeys}
            h={h}
            startOpen={list.length <= 2 || !entryTitle(list[i], titleKeys)}
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
  entry: Record<string, unknown>;
  noun: string;
  fields: FieldDef[];
  titleKeys: string[];
  h: HandleProps;
  startOpen: boolean;
  onRemove: () => void;
}

function EntryCard({ path, entry, noun, fields, titleKeys, h, startOpen, onRemove }: CardProps) {
  const { diagnostics } = useEditor();
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
      {open && (
        <div className="grid">
          {fields.map((f) => (
            <Field key={f.key} path={`${path}.${f.key}`} def={f} />
          ))}
        </div>
      )}
    </div>
  );
}
