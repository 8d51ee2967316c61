import { describe, expect, it } from "vitest";
import { HISTORY_LIMIT, commit, initHistory, redo, seal, undo } from "./history";

describe("undo history", () => {
  it("collapses consecutive edits of one field into one step", () => {
    let h = initHistory("");
    for (const v of ["A", "Ad", "Ada"]) h = commit(h, v, "field:basics.name");
    expect(h.past).toEqual([""]);
    expect(undo(h).present).toBe("");
  });

  it("starts a new step when the field changes, after a seal, or for keyless edits", () => {
    let h = initHistory("0");
    h = commit(h, "1", "field:a");
    h = commit(h, "2", "field:b");
    h = commit(seal(h), "3", "field:b");
    h = commit(h, "4", null);
    h = commit(h, "5", null);
    expect(h.past).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("undo then typing again does not merge into the undone step", () => {
    let h = commit(initHistory("x"), "xy", "field:a");
    h = undo(h);
    h = commit(h, "xz", "field:a");
    expect(h.past).toEqual(["x"]);
    expect(h.future).toEqual([]);
    expect(undo(h).present).toBe("x");
  });

  it("redo replays undone steps and a new edit drops them", () => {
    let h = initHistory(0);
    for (let i = 1; i <= 3; i++) h = commit(h, i);
    h = undo(undo(h));
    expect(h.present).toBe(1);
    expect(redo(h).present).toBe(2);
    expect(commit(h, 9).future).toEqual([]);
  });

  it("keeps at least 100 steps and at most the limit", () => {
    let h = initHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) h = commit(h, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    for (let i = 0; i < 100; i++) h = undo(h);
    expect(h.present).toBe(HISTORY_LIMIT + 50 - 100);
  });

  it("ignores edits that change nothing", () => {
    const h = initHistory("a");
    expect(commit(h, "a")).toBe(h);
  });
});
