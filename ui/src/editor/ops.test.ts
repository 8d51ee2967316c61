import { describe, expect, it } from "vitest";
import type { Cv } from "../ipc";
import { addCustomSection, isHidden, moveSection, removeSection, toggleHidden } from "./ops";
import { displayOrder } from "./schema";

const cv = (extra: Partial<Cv> = {}): Cv => ({ work: [], education: [], skills: [], cvimprover: { schemaVersion: 1 }, ...extra });

describe("section operations", () => {
  it("shows present sections in the renderer's default order, saved order first", () => {
    expect(displayOrder(cv())).toEqual(["summary", "work", "education", "skills"]);
    expect(displayOrder(cv({ cvimprover: { schemaVersion: 1, sections: { order: ["skills", "hobbies"] } } })))
      .toEqual(["skills", "summary", "work", "education"]);
  });

  it("moving a section saves the whole order", () => {
    const next = moveSection(cv(), "skills", 0);
    expect(next.cvimprover.sections?.order).toEqual(["skills", "summary", "work", "education"]);
    expect(displayOrder(next)[0]).toBe("skills");
  });

  it("hides and shows a section", () => {
    const hidden = toggleHidden(cv(), "work");
    expect(isHidden(hidden, "work")).toBe(true);
    expect(isHidden(toggleHidden(hidden, "work"), "work")).toBe(false);
  });

  it("adds a custom section with an entry, and removes it from order and hidden lists", () => {
    let doc = addCustomSection(cv(), "Talks");
    const key = `custom:${doc.cvimprover.customSections?.[0].id}`;
    expect(displayOrder(doc)).toContain(key);
    expect(doc.cvimprover.customSections?.[0].entries).toHaveLength(1);
    doc = toggleHidden(moveSection(doc, key, 0), key);
    doc = removeSection(doc, key);
    expect(doc.cvimprover.customSections).toBeUndefined();
    expect(doc.cvimprover.sections?.order).not.toContain(key);
    expect(doc.cvimprover.sections?.hidden).not.toContain(key);
  });
});
