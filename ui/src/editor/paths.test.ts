import { describe, expect, it } from "vitest";
import { formatPath, getAt, moveAt, parsePath, setAt } from "./paths";

describe("paths", () => {
  it.each([
    ["basics.name", ["basics", "name"]],
    ["work[2].highlights[0]", ["work", 2, "highlights", 0]],
    ["cvimprover.customSections[1].entries[3].title", ["cvimprover", "customSections", 1, "entries", 3, "title"]],
  ])("parses and formats %s", (path, segs) => {
    expect(parsePath(path)).toEqual(segs);
    expect(formatPath(segs)).toBe(path);
  });

  it("sets deep values without touching other branches, creating missing ones", () => {
    const doc = { basics: { name: "A" }, work: [{ id: "w1" }] };
    const next = setAt(doc, "work[0].highlights[0]", "x");
    expect(next.work[0]).toEqual({ id: "w1", highlights: ["x"] });
    expect(next.basics).toBe(doc.basics);
    expect(doc.work[0]).toEqual({ id: "w1" });
    expect(getAt(setAt({}, "basics.location.city", "Oslo"), "basics.location.city")).toBe("Oslo");
  });

  it("removes a key when set to undefined, so an emptied field is saved as absent", () => {
    expect(setAt({ basics: { name: "A", label: "B" } }, "basics.label", undefined)).toEqual({ basics: { name: "A" } });
  });

  it("moves array items and clamps the target", () => {
    const doc = { work: ["a", "b", "c"] };
    expect(moveAt(doc, "work", 0, 2).work).toEqual(["b", "c", "a"]);
    expect(moveAt(doc, "work", 2, -5).work).toEqual(["c", "a", "b"]);
    expect(moveAt(doc, "work", 1, 1)).toBe(doc);
  });
});
