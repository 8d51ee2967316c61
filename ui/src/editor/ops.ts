// Section-level edits as pure functions on a document: reorder, hide, add and remove sections,
// add custom sections and entries. Each returns a new document (or the same one for a no-op),
// so the undo history covers them like any other edit.
import type { Cv } from "../ipc";
import { getAt, moveAt, pushAt, removeAt, setAt } from "./paths";
import { customIndex, displayOrder, listPath, newId } from "./schema";

/** Moves section `key` to position `to` of the display order; the whole order is then saved. */
export function moveSection(cv: Cv, key: string, to: number): Cv {
  const order = displayOrder(cv);
  const from = order.indexOf(key);
  if (from < 0) return cv;
  const moved = moveAt({ order }, "order", from, to).order;
  if (moved === order) return cv;
  return setAt(cv, "cvimprover.sections.order", moved);
}

export function isHidden(cv: Cv, key: string): boolean {
  return (cv.cvimprover.sections?.hidden ?? []).includes(key);
}

export function toggleHidden(cv: Cv, key: string): Cv {
  const hidden = cv.cvimprover.sections?.hidden ?? [];
  const next = hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key];
  return setAt(cv, "cvimprover.sections.hidden", next.length ? next : undefined);
}

/** Adds an empty standard section with one blank entry, ready to fill in. */
export function addSection(cv: Cv, key: string): Cv {
  if (Array.isArray(getAt(cv, key))) return cv;
  return setAt(cv, key, [{ id: newId(cv) }]);
}

export function addCustomSection(cv: Cv, title: string): Cv {
  const id = newId(cv);
  const withSection = pushAt(cv, "cvimprover.customSections", { id, title, entries: [] });
  return pushAt(withSection, `cvimprover.customSections[${customCount(withSection) - 1}].entries`, { id: newId(withSection) });
}

function customCount(cv: Cv) {
  return cv.cvimprover.customSections?.length ?? 0;
}

/** Removes a section and everything in it (undo brings it back); the summary is just cleared. */
export function removeSection(cv: Cv, key: string): Cv {
  if (key === "summary") return setAt(cv, "basics.summary", undefined);
  const ci = customIndex(cv, key);
  let next = ci >= 0 ? removeAt(cv, "cvimprover.customSections", ci) : setAt(cv, key, undefined);
  if (next.cvimprover.customSections?.length === 0) next = setAt(next, "cvimprover.customSections", undefined);
  const layout = next.cvimprover.sections;
  if (layout) {
    const order = (layout.order ?? []).filter((k) => k !== key);
    const hidden = (layout.hidden ?? []).filter((k) => k !== key);
    next = setAt(next, "cvimprover.sections", { ...layout, order, hidden });
  }
  return next;
}

export function addEntry(cv: Cv, key: string): Cv {
  return pushAt(cv, listPath(cv, key), { id: newId(cv) });
}

export function entries(cv: Cv, key: string): Record<string, unknown>[] {
  const list = getAt(cv, listPath(cv, key));
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
}
