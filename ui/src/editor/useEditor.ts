// The editor's document state: the undo history as a reducer, plus the keyboard shortcuts for it.
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer } from "react";
import type { Cv } from "../ipc";
import { commit, initHistory, redo, seal, undo, type History } from "./history";
import { setAt } from "./paths";
import { EMPTY_DIAGNOSTICS, type DiagnosticIndex } from "./diagnostics";

type Action =
  | { type: "apply"; fn: (cv: Cv) => Cv; key: string | null }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "seal" }
  | { type: "reset"; doc: Cv };

function reducer(h: History<Cv>, a: Action): History<Cv> {
  switch (a.type) {
    case "apply":
      return commit(h, a.fn(h.present), a.key);
    case "undo":
      return undo(h);
    case "redo":
      return redo(h);
    case "seal":
      return seal(h);
    case "reset":
      return initHistory(a.doc);
  }
}

/** An emptied field is saved as absent; an emptied list item stays (it is a bullet being typed). */
function emptyToAbsent(path: string, value: unknown): unknown {
  return value === "" && !path.endsWith("]") ? undefined : value;
}

export interface EditorApi {
  doc: Cv;
  canUndo: boolean;
  canRedo: boolean;
  /** Sets one field; consecutive calls for the same path collapse into one undo step. */
  setField: (path: string, value: unknown) => void;
  /** Any other edit (reorder, add, remove, design): always its own undo step. */
  apply: (fn: (cv: Cv) => Cv) => void;
  undo: () => void;
  redo: () => void;
  seal: () => void;
  /** Replaces the document after a restore, keeping it undoable. */
  replace: (doc: Cv) => void;
  diagnostics: DiagnosticIndex;
}

export function useEditorState(initial: Cv) {
  const [h, dispatch] = useReducer(reducer, initial, initHistory);
  const setField = useCallback(
    (path: string, value: unknown) =>
      dispatch({ type: "apply", fn: (cv) => setAt(cv, path, emptyToAbsent(path, value)), key: `field:${path}` }),
    [],
  );
  const apply = useCallback((fn: (cv: Cv) => Cv) => dispatch({ type: "apply", fn, key: null }), []);
  const api = useMemo(
    () => ({
      doc: h.present,
      canUndo: h.past.length > 0,
      canRedo: h.future.length > 0,
      setField,
      apply,
      undo: () => dispatch({ type: "undo" }),
      redo: () => dispatch({ type: "redo" }),
      seal: () => dispatch({ type: "seal" }),
      replace: (doc: Cv) => dispatch({ type: "apply", fn: () => doc, key: null }),
    }),
    [h, setField, apply],
  );
  return api;
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere in the editor. */
export function useUndoShortcuts(api: Pick<EditorApi, "undo" | "redo">) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === "z" && !e.shiftKey) api.undo();
      else if ((k === "z" && e.shiftKey) || k === "y") api.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [api]);
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error("useEditor outside EditorContext");
  return ctx;
}

export { EMPTY_DIAGNOSTICS };
