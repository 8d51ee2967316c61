// Form inputs bound to a document path: each carries `data-field` (the contract's DOM hook) and
// shows the validation messages for exactly that path under it.
import { memo, useId, useLayoutEffect, useRef, type KeyboardEvent } from "react";
import { getAt, setAt } from "../editor/paths";
import type { FieldDef } from "../editor/schema";
import { useDiagnostics, useDocSelector, useEditor } from "../editor/useEditor";
import type { Diagnostic } from "../ipc";
import { Icon } from "./Icons";

export function Messages({ items }: { items: Diagnostic[] }) {
  if (!items.length) return null;
  return (
    <ul className="messages">
      {items.map((d, i) => (
        <li key={i} className={`message ${d.severity}`} role={d.severity === "error" ? "alert" : undefined}>
          {d.message}
        </li>
      ))}
    </ul>
  );
}

/** One field from its definition; memoised, so it re-renders only when its own value changes. */
export const Field = memo(function Field({ path, def }: { path: string; def: FieldDef }) {
  if (def.kind === "list") return <ListField path={path} label={def.label} placeholder={def.placeholder} />;
  return <TextField path={path} label={def.label} kind={def.kind} placeholder={def.placeholder} wide={def.wide} />;
});

interface TextFieldProps {
  path: string;
  label: string;
  kind?: FieldDef["kind"];
  placeholder?: string;
  wide?: boolean;
}

export function TextField({ path, label, kind = "text", placeholder, wide }: TextFieldProps) {
  const { setField, seal } = useEditor();
  const diagnostics = useDiagnostics();
  const id = useId();
  const raw = useDocSelector((cv) => getAt(cv, path));
  const value = typeof raw === "string" || typeof raw === "number" ? String(raw) : "";
  const messages = diagnostics.at(path);
  const invalid = messages.some((m) => m.severity === "error");
  const common = {
    id,
    value,
    placeholder,
    "data-field": path,
    "aria-invalid": invalid || undefined,
    className: messages.length ? `input has-${invalid ? "error" : "warning"}` : "input",
    onBlur: seal,
    dir: "auto", // Arabic and Hebrew CVs type right to left
  };
  return (
    <div className={`field${wide || kind === "textarea" ? " wide" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {kind === "textarea" ? (
        <textarea {...common} rows={3} onChange={(e) => setField(path, e.target.value)} />
      ) : (
        <input
          {...common}
          type={kind === "email" ? "email" : kind === "url" ? "url" : "text"}
          inputMode={kind === "date" ? "numeric" : undefined}
          onChange={(e) => setField(path, e.target.value)}
        />
      )}
      <Messages items={messages} />
    </div>
  );
}

/** An editable list of strings (bullets, keywords): Enter adds an item, Backspace on empty removes. */
export function ListField({ path, label, placeholder }: { path: string; label: string; placeholder?: string }) {
  const { setField, apply, seal } = useEditor();
  const diagnostics = useDiagnostics();
  const raw = useDocSelector((cv) => getAt(cv, path));
  const items = Array.isArray(raw) ? (raw as string[]) : [];
  // Focus moves right after the list re-renders (a layout effect), before the next keystroke, so
  // "First⏎Second" typed quickly lands in two bullets.
  const pendingFocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null; // before focus(): the blur it causes re-renders this list
    document.querySelector<HTMLInputElement>(`[data-field="${path}[${target}]"]`)?.focus();
  });
  const focusItem = (i: number) => {
    pendingFocus.current = i;
  };
  const add = (at: number) => {
    apply((cv) => {
      const cur = getAt(cv, path);
      const next = Array.isArray(cur) ? [...(cur as string[])] : [];
      next.splice(at, 0, "");
      return setListAt(cv, path, next);
    });
    focusItem(at);
  };
  const remove = (i: number) => {
    apply((cv) => setListAt(cv, path, items.filter((_, j) => j !== i)));
    focusItem(Math.max(0, i - 1));
  };
  const move = (i: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    const next = items.slice();
    const [it] = next.splice(i, 1);
    next.splice(to, 0, it);
    apply((cv) => setListAt(cv, path, next));
    focusItem(to);
  };
  const onKey = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      add(i + 1);
    } else if (e.key === "Backspace" && items[i] === "" && items.length > 0) {
      e.preventDefault();
      remove(i);
    } else if (e.altKey && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
      e.preventDefault();
      e.stopPropagation();
      move(i, e.key === "ArrowUp" ? i - 1 : i + 1);
    }
  };
  return (
    <div className="field wide">
      <span className="label">{label}</span>
      <ul className="bullets">
        {items.map((item, i) => {
          const itemPath = `${path}[${i}]`;
          const messages = diagnostics.at(itemPath);
          return (
            <li key={i}>
              <div className="bullet-row">
                <span className="bullet-dot" aria-hidden>•</span>
                <input
                  className="input"
                  dir="auto"
                  value={item}
                  data-field={itemPath}
                  aria-label={`${label} ${i + 1}`}
                  placeholder={placeholder}
                  onChange={(e) => setField(itemPath, e.target.value)}
                  onBlur={seal}
                  onKeyDown={onKey(i)}
                />
                <button type="button" className="icon-btn" title="Move up (Alt+↑)" aria-label="Move up" disabled={i === 0} onClick={() => move(i, i - 1)}><Icon name="up" size={14} /></button>
                <button type="button" className="icon-btn" title="Move down (Alt+↓)" aria-label="Move down" disabled={i === items.length - 1} onClick={() => move(i, i + 1)}><Icon name="down" size={14} /></button>
                <button type="button" className="icon-btn danger" title="Remove" aria-label={`Remove ${label} ${i + 1}`} onClick={() => remove(i)}><Icon name="close" size={14} /></button>
              </div>
              <Messages items={messages} />
            </li>
          );
        })}
      </ul>
      <button type="button" className="link-btn" onClick={() => add(items.length)}>+ Add {label.toLowerCase()}</button>
    </div>
  );
}

/** Lists keep empty strings while being edited (a new bullet), so this bypasses "empty → absent". */
function setListAt<T>(cv: T, path: string, list: string[]): T {
  return setAt(cv, path, list.length ? list : undefined);
}
