// The undo model: a bounded stack of whole documents (structurally shared, so cheap). Every edit
// carries a key; consecutive edits with the same non-null key (typing in one field) replace the
// newest step instead of adding one, so one undo removes a whole burst of typing. Reorders,
// design changes, adds and removes carry null keys and are always their own step.

/** Steps kept; older ones fall off. */
export const HISTORY_LIMIT = 200;

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Key of the newest step, while it can still absorb edits. */
  lastKey: string | null;
}

export function initHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null };
}

/** Records `next` as the new present. Same-key edits in a row collapse into one step. */
export function commit<T>(h: History<T>, next: T, key: string | null = null): History<T> {
  if (next === h.present) return h;
  if (key !== null && key === h.lastKey && h.past.length > 0) {
    return { ...h, present: next, future: [] };
  }
  const past = [...h.past, h.present];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, present: next, future: [], lastKey: key };
}

/** Ends the current typing burst (e.g. on blur), so the next edit starts a new step. */
export function seal<T>(h: History<T>): History<T> {
  return h.lastKey === null ? h : { ...h, lastKey: null };
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  const present = h.past[h.past.length - 1];
  return { past: h.past.slice(0, -1), present, future: [h.present, ...h.future], lastKey: null };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  const [present, ...future] = h.future;
  return { past: [...h.past, h.present], present, future, lastKey: null };
}
