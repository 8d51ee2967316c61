// What the forms show for each section of cv-core's model: field names (the model's camelCase
// keys, so paths match validation), labels, input kinds, and how an entry is titled when its card
// is collapsed. Field lists follow crates/cv-core/src/model/sections.rs and settings.rs.
import type { Cv } from "../ipc";
import { getAt } from "./paths";

export type FieldKind = "text" | "textarea" | "date" | "url" | "email" | "list";

export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  placeholder?: string;
  /** Spans both grid columns. */
  wide?: boolean;
}

export interface SectionDef {
  /** Section key as in `cvimprover.sections.order`. */
  key: string;
  label: string;
  /** Singular noun for "Add …". */
  noun: string;
  fields: FieldDef[];
  /** Fields joined for the collapsed card's title. */
  titleKeys: string[];
}

const t = (key: string, label: string, placeholder?: string): FieldDef => ({ key, label, kind: "text", placeholder });
const date = (key: string, label: string): FieldDef => ({ key, label, kind: "date", placeholder: "YYYY-MM" });
const url = (key = "url", label = "Website"): FieldDef => ({ key, label, kind: "url", placeholder: "https://" });
const area = (key: string, label: string): FieldDef => ({ key, label, kind: "textarea", wide: true });
const list = (key: string, label: string, placeholder?: string): FieldDef => ({ key, label, kind: "list", wide: true, placeholder });

/** The JSON Resume list sections, in the renderer's default order. */
export const SECTIONS: SectionDef[] = [
  {
    key: "work", label: "Experience", noun: "position", titleKeys: ["position", "name"],
    fields: [t("position", "Job title", "Senior Engineer"), t("name", "Company"), t("location", "Location"), url("url", "Company website"),
      date("startDate", "Start"), date("endDate", "End (empty = present)"), t("description", "About the company"),
      area("summary", "Summary"), list("highlights", "Achievements", "Cut build times by 40%…")],
  },
  {
    key: "education", label: "Education", noun: "degree", titleKeys: ["studyType", "area", "institution"],
    fields: [t("institution", "Institution"), t("studyType", "Degree", "Bachelor"), t("area", "Field of study"), t("score", "Grade"),
      date("startDate", "Start"), date("endDate", "End"), url(), list("courses", "Courses")],
  },
  {
    key: "projects", label: "Projects", noun: "project", titleKeys: ["name"],
    fields: [t("name", "Name"), t("entity", "Organisation"), t("type", "Kind", "application"), url(),
      date("startDate", "Start"), date("endDate", "End"), area("description", "Description"),
      list("highlights", "Achievements"), list("keywords", "Keywords"), list("roles", "Roles")],
  },
  {
    key: "skills", label: "Skills", noun: "skill group", titleKeys: ["name"],
    fields: [t("name", "Group", "Web development"), t("level", "Level", "Expert"), list("keywords", "Skills", "TypeScript")],
  },
  {
    key: "certificates", label: "Certificates", noun: "certificate", titleKeys: ["name", "issuer"],
    fields: [t("name", "Name"), t("issuer", "Issuer"), date("date", "Date"), url("url", "Verification link")],
  },
  {
    key: "publications", label: "Publications", noun: "publication", titleKeys: ["name"],
    fields: [t("name", "Title"), t("publisher", "Publisher"), date("releaseDate", "Published"), url(), area("summary", "Summary")],
  },
  {
    key: "awards", label: "Awards", noun: "award", titleKeys: ["title", "awarder"],
    fields: [t("title", "Title"), t("awarder", "Awarded by"), date("date", "Date"), area("summary", "Summary")],
  },
  {
    key: "volunteer", label: "Volunteering", noun: "role", titleKeys: ["position", "organization"],
    fields: [t("position", "Role"), t("organization", "Organisation"), date("startDate", "Start"), date("endDate", "End"), url(),
      area("summary", "Summary"), list("highlights", "Achievements")],
  },
  {
    key: "languages", label: "Languages", noun: "language", titleKeys: ["language", "fluency"],
    fields: [t("language", "Language"), t("fluency", "Fluency", "Native speaker")],
  },
  {
    key: "interests", label: "Interests", noun: "interest", titleKeys: ["name"],
    fields: [t("name", "Interest"), list("keywords", "Details")],
  },
  {
    key: "references", label: "References", noun: "reference", titleKeys: ["name"],
    fields: [t("name", "Name"), area("reference", "Reference")],
  },
];

/** Fields of an entry of a custom section. */
export const CUSTOM_FIELDS: FieldDef[] = [
  t("title", "Title"), t("subtitle", "Subtitle"), t("location", "Location"), url(),
  date("date", "Date (single event)"), date("startDate", "Start"), date("endDate", "End"),
  area("summary", "Summary"), list("highlights", "Bullets"),
];

export const PROFILE_FIELDS: FieldDef[] = [t("network", "Network", "GitHub"), t("username", "User name"), url("url", "Profile URL")];

export const BASICS_FIELDS: FieldDef[] = [
  t("name", "Full name", "Ada Lovelace"), t("label", "Headline", "Senior Software Engineer"),
  { key: "email", label: "E-mail", kind: "email", placeholder: "ada@example.com" }, t("phone", "Phone", "+44 20 7946 0000"),
  url("url", "Website"), url("image", "Photo URL"),
];

export const LOCATION_FIELDS: FieldDef[] = [
  t("address", "Address"), t("postalCode", "Postal code"), t("city", "City"), t("region", "Region"), t("countryCode", "Country code", "GB"),
];

/** The renderer's default order (docs/cv-format.md). */
export const DEFAULT_ORDER = [
  "summary", "work", "education", "projects", "skills", "certificates", "publications", "awards",
  "volunteer", "languages", "interests", "references",
];

export const sectionDef = (key: string) => SECTIONS.find((s) => s.key === key);

/** Index of a custom section from its key `custom:<id>`, or -1. */
export function customIndex(cv: Cv, key: string): number {
  if (!key.startsWith("custom:")) return -1;
  const id = key.slice("custom:".length);
  return (cv.cvimprover.customSections ?? []).findIndex((s) => s.id === id);
}

/** Whether a section is part of the document (the summary always is). */
function present(cv: Cv, key: string): boolean {
  if (key === "summary") return true;
  if (key.startsWith("custom:")) return customIndex(cv, key) >= 0;
  return Array.isArray(getAt(cv, key));
}

/**
 * The sections the editor shows, in display order: the saved order first, then the rest in the
 * default order, then custom sections — the same rule the renderer applies.
 */
export function displayOrder(cv: Cv): string[] {
  const saved = cv.cvimprover.sections?.order ?? [];
  const custom = (cv.cvimprover.customSections ?? []).map((s) => `custom:${s.id}`);
  const all = [...saved, ...DEFAULT_ORDER, ...custom];
  return [...new Set(all)].filter((k) => (DEFAULT_ORDER.includes(k) || k.startsWith("custom:")) && present(cv, k));
}

/** The document path of a section's entry list. */
export function listPath(cv: Cv, key: string): string {
  const ci = customIndex(cv, key);
  return ci >= 0 ? `cvimprover.customSections[${ci}].entries` : key;
}

/** A short title for an entry card. */
export function entryTitle(entry: Record<string, unknown>, keys: string[]): string {
  const parts = keys.map((k) => entry[k]).filter((v): v is string => typeof v === "string" && v.trim() !== "");
  return parts.join(" · ");
}

let counter = 0;
/** A fresh entry id, unique in this document (the backend re-mints duplicates on load anyway). */
export function newId(cv: Cv): string {
  const used = JSON.stringify(cv);
  for (;;) {
    counter += 1;
    const id = `u${Date.now().toString(36)}${counter}`;
    if (!used.includes(`"${id}"`)) return id;
  }
}
