// The editor's document state: the undo history in a small external store, so each input can
// subscribe to its own value (`useDocSelector`) and typing re-renders that input and its card,
// not the whole form. Actions live in a stable context; diagnostics in their own context.
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from "react";
import type { Cv } from "../ipc";
import { commit, initHistory, redo, seal, undo, type History } from "./history";
import { setAt } from "./paths";
import { EMPTY_DIAGNOSTICS, type DiagnosticIndex } from "./diagnostics";

/** An emptied field is saved as absent; an emptied list item stays (it is a bullet being typed). */
function emptyToAbsent(path: string, value: unknown): unknown {
  return value === "" && !path.endsWith("]") ? undefined : value;
}

/** The document and its undo history; components subscribe to slices of it. */
export class DocStore {
  private h: History<Cv>;
  private listeners = new Set<() => void>();

  constructor(doc: Cv) {
    this.h = initHistory(doc);
  }

  get history(): History<Cv> {
    return this.h;
  }

  get doc(): Cv {
    return this.h.present;
  }

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  };

  private set(next: History<Cv>) {
    if (next === this.h) return;
    this.h = next;
    this.listeners.forEach((l) => l());
  }

  /** Sets one field; consecutive calls for the same path collapse into one undo step. */
  setField = (path: string, value: unknown) =>
    this.set(commit(this.h, setAt(this.h.present, path, emptyToAbsent(path, value)), `field:${path}`));

  /** Any other edit (reorder, add, remove, design): always its own undo step. */
  apply = (fn: (cv: Cv) => Cv) => this.set(commit(this.h, fn(this.h.present), null));

  /** Replaces the document (after restoring a version), keeping it undoable. */
  replace = (doc: Cv) => this.set(commit(this.h, doc, null));

  undo = () => this.set(undo(this.h));
  redo = () => this.set(redo(this.h));
  /** Ends a typing burst (on blur), so the next keystroke starts a new undo step. */
  seal = () => this.set(seal(this.h));
}

export function useEditorState(initial: Cv): DocStore {
  const [store] = useState(() => new DocStore(initial));
  return store;
}

/** The undo history; re-renders on every change (for the top bar and the preview). */
export function useHistory(store: DocStore): History<Cv> {
  return useSyncExternalStore(store.subscribe, () => store.history);
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere in the editor. */
export function useUndoShortcuts(store: DocStore) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === "z" && !e.shiftKey) store.undo();
      else if ((k === "z" && e.shiftKey) || k === "y") store.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
}

export const EditorContext = createContext<DocStore | null>(null);
export const DiagnosticsContext = createContext<DiagnosticIndex>(EMPTY_DIAGNOSTICS);

/** The store's actions (stable: using them never re-renders). */
export function useEditor(): DocStore {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error("useEditor outside EditorContext");
  return ctx;
}

/**
 * A slice of the document; the component re-renders only when the slice changes. Selectors must
 * return values from the document (shared between versions) or primitives, never new objects.
 */
export function useDocSelector<T>(select: (cv: Cv) => T): T {
  const store = useEditor();
  return useSyncExternalStore(store.subscribe, () => select(store.doc));
}

/** The whole document (re-renders on every change). */
export const useDoc = () => useDocSelector((cv) => cv);

export const useDiagnostics = () => useContext(DiagnosticsContext);

export { EMPTY_DIAGNOSTICS };
