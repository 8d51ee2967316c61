// Field paths in cv-core's notation ("basics.name", "work[2].highlights[0]") and immutable
// get/set/move on a document by path. Paths are what `data-field`, diagnostics and preview
// regions share, so they are the one way the editor addresses a field.

export type Segment = string | number;

/** "work[2].highlights[0]" → ["work", 2, "highlights", 0]. */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const part of path.split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`bad path ${path}`);
    if (m[1]) out.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/** The inverse of {@link parsePath}. */
export function formatPath(segments: Segment[]): string {
  return segments
    .map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join("");
}

type Container = Record<string, unknown> | unknown[];

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: unknown, path: string | Segment[]): unknown {
  const segs = typeof path === "string" ? parsePath(path) : path;
  let cur: unknown = root;
  for (const s of segs) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[s];
  }
  return cur;
}

function cloneShallow(value: unknown, nextIsIndex: boolean): Container {
  if (Array.isArray(value)) return value.slice();
  if (value && typeof value === "object") return { ...(value as Record<string, unknown>) };
  return nextIsIndex ? [] : {};
}

/**
 * A copy of `root` with `value` at `path`, sharing every untouched branch. `undefined` removes an
 * object key (an emptied field is saved as absent, as the format asks) or an array item.
 */
export function setAt<T>(root: T, path: string | Segment[], value: unknown): T {
  const segs = typeof path === "string" ? parsePath(path) : path;
  if (segs.length === 0) return value as T;
  const [head, ...rest] = segs;
  const copy = cloneShallow(root, typeof head === "number");
  const child = (copy as Record<string | number, unknown>)[head];
  const next = rest.length ? setAt(child, rest, value) : value;
  if (next === undefined) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete (copy as Record<string, unknown>)[head as string];
  } else {
    (copy as Record<string | number, unknown>)[head] = next;
  }
  return copy as T;
}

/** Moves item `from` of the array at `path` to index `to` (clamped); same document if no-op. */
export function moveAt<T>(root: T, path: string, from: number, to: number): T {
  const list = getAt(root, path);
  if (!Array.isArray(list)) return root;
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from === target || from < 0 || from >= list.length) return root;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item);
  return setAt(root, path, next);
}

/** Appends `item` to the array at `path`, creating the array if absent. */
export function pushAt<T>(root: T, path: string, item: unknown): T {
  const list = getAt(root, path);
  return setAt(root, path, [...(Array.isArray(list) ? list : []), item]);
}

/** Removes item `index` of the array at `path`. */
export function removeAt<T>(root: T, path: string, index: number): T {
  return setAt(root, `${path}[${index}]`, undefined);
}
