// Generated from Rust by crates/cv-client (src/ipc.rs): do not edit by hand.
// Regenerate: cargo test -p cv-client --test bindings (it rewrites this file).
// Every command's promise rejects with a `CommandError`.

import { invoke } from "@tauri-apps/api/core";

/** Unknown fields of a model object, kept as they were: spread objects you edit. */
export type Extra = { [key: string]: unknown };

/**
 * A CV: every JSON Resume section plus the `cvimprover` block and any unknown fields.
 */
export type Cv = { 
/**
 * Name, headline, contact details, summary.
 */
basics?: Basics, 
/**
 * Jobs.
 */
work?: Array<Work>, 
/**
 * Volunteer work.
 */
volunteer?: Array<Volunteer>, 
/**
 * Degrees and schools.
 */
education?: Array<Education>, 
/**
 * Awards and grants.
 */
awards?: Array<Award>, 
/**
 * Certificates.
 */
certificates?: Array<Certificate>, 
/**
 * Publications.
 */
publications?: Array<Publication>, 
/**
 * Skill groups.
 */
skills?: Array<Skill>, 
/**
 * Spoken languages.
 */
languages?: Array<Language>, 
/**
 * Interests.
 */
interests?: Array<Interest>, 
/**
 * References.
 */
references?: Array<Reference>, 
/**
 * Projects.
 */
projects?: Array<Project>, 
/**
 * JSON Resume metadata.
 */
meta?: Meta, 
/**
 * Our additions.
 */
cvimprover: Settings, } & Extra;

/**
 * Who the CV is about: name, headline, contact details and a summary.
 */
export type Basics = { 
/**
 * Full name, the first thing on the CV.
 */
name?: string, 
/**
 * Headline such as "Senior Software Engineer".
 */
label?: string, 
/**
 * URL or data URI of a photo.
 */
image?: string, 
/**
 * E-mail address.
 */
email?: string, 
/**
 * Phone number, ideally in international format.
 */
phone?: string, 
/**
 * Personal website.
 */
url?: string, 
/**
 * A short professional summary.
 */
summary?: string, 
/**
 * Where the person lives.
 */
location?: Location, 
/**
 * Social and professional profiles.
 */
profiles?: Array<Profile>, } & Extra;

/**
 * A postal location.
 */
export type Location = { 
/**
 * Street address.
 */
address?: string, 
/**
 * Postal code.
 */
postalCode?: string, 
/**
 * City.
 */
city?: string, 
/**
 * ISO-3166-1 ALPHA-2 country code, e.g. "DE".
 */
countryCode?: string, 
/**
 * Region, state or province.
 */
region?: string, } & Extra;

/**
 * A profile on a network such as LinkedIn or GitHub.
 */
export type Profile = { 
/**
 * Stable entry id (see `docs/cv-format.md`).
 */
id: string, 
/**
 * Network name, e.g. "GitHub".
 */
network?: string, 
/**
 * User name on that network.
 */
username?: string, 
/**
 * Profile URL.
 */
url?: string, } & Extra;

/**
 * A job.
 */
export type Work = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * Company name.
 */
name?: string, 
/**
 * Job title.
 */
position?: string, 
/**
 * Where the job was.
 */
location?: string, 
/**
 * A one-line description of the company.
 */
description?: string, 
/**
 * Company website.
 */
url?: string, 
/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
startDate?: string, 
/**
 * Same format; absent means "until now".
 */
endDate?: string, 
/**
 * What the job was about.
 */
summary?: string, 
/**
 * Achievements, one bullet each.
 */
highlights?: Array<string>, } & Extra;

/**
 * Volunteer work.
 */
export type Volunteer = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * Organisation name.
 */
organization?: string, 
/**
 * Role.
 */
position?: string, 
/**
 * Organisation website.
 */
url?: string, 
/**
 * Start date.
 */
startDate?: string, 
/**
 * End date; absent means "until now".
 */
endDate?: string, 
/**
 * What the work was about.
 */
summary?: string, 
/**
 * Achievements.
 */
highlights?: Array<string>, } & Extra;

/**
 * A degree, course or school.
 */
export type Education = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * School or university.
 */
institution?: string, 
/**
 * Institution website.
 */
url?: string, 
/**
 * Field of study, e.g. "Computer Science".
 */
area?: string, 
/**
 * Degree, e.g. "Bachelor".
 */
studyType?: string, 
/**
 * Start date.
 */
startDate?: string, 
/**
 * End date; absent means "until now".
 */
endDate?: string, 
/**
 * Grade, e.g. "3.8 GPA".
 */
score?: string, 
/**
 * Notable courses.
 */
courses?: Array<string>, } & Extra;

/**
 * An award or grant.
 */
export type Award = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * Name of the award.
 */
title?: string, 
/**
 * When it was given.
 */
date?: string, 
/**
 * Who gave it.
 */
awarder?: string, 
/**
 * What it was for.
 */
summary?: string, } & Extra;

/**
 * A certificate.
 */
export type Certificate = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * Certificate name.
 */
name?: string, 
/**
 * When it was obtained.
 */
date?: string, 
/**
 * Issuing body.
 */
issuer?: string, 
/**
 * Verification URL.
 */
url?: string, } & Extra;

/**
 * A publication.
 */
export type Publication = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * Title of the publication.
 */
name?: string, 
/**
 * Journal, conference or publisher.
 */
publisher?: string, 
/**
 * Publication date.
 */
releaseDate?: string, 
/**
 * Where to read it.
 */
url?: string, 
/**
 * Abstract or note.
 */
summary?: string, } & Extra;

/**
 * A group of skills.
 */
export type Skill = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * Name of the group or skill, e.g. "Web Development".
 */
name?: string, 
/**
 * Level, e.g. "Master".
 */
level?: string, 
/**
 * The skills themselves, e.g. "HTML", "CSS".
 */
keywords?: Array<string>, } & Extra;

/**
 * A spoken language.
 */
export type Language = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * Language name.
 */
language?: string, 
/**
 * Fluency, e.g. "Native speaker".
 */
fluency?: string, } & Extra;

/**
 * An interest.
 */
export type Interest = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * Name of the interest.
 */
name?: string, 
/**
 * Details.
 */
keywords?: Array<string>, } & Extra;

/**
 * A reference.
 */
export type Reference = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * Who gives the reference.
 */
name?: string, 
/**
 * What they say.
 */
reference?: string, } & Extra;

/**
 * A project.
 */
export type Project = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * Project name.
 */
name?: string, 
/**
 * What it is.
 */
description?: string, 
/**
 * Achievements.
 */
highlights?: Array<string>, 
/**
 * Technologies and topics.
 */
keywords?: Array<string>, 
/**
 * Start date.
 */
startDate?: string, 
/**
 * End date; absent means "ongoing".
 */
endDate?: string, 
/**
 * Where to see it.
 */
url?: string, 
/**
 * The person's roles in it.
 */
roles?: Array<string>, 
/**
 * Organisation behind it.
 */
entity?: string, 
/**
 * Kind of project, e.g. "application".
 */
type?: string, } & Extra;

/**
 * JSON Resume's own metadata block.
 */
export type Meta = { 
/**
 * URL of the canonical version.
 */
canonical?: string, 
/**
 * Version of the CV.
 */
version?: string, 
/**
 * When it was last changed.
 */
lastModified?: string, } & Extra;

/**
 * Everything CV Improver stores beside the JSON Resume fields.
 */
export type Settings = { 
/**
 * Format version of the document.
 */
schemaVersion: number, 
/**
 * Content locale code (`en`, `de`, …): section titles, month names, text direction.
 */
locale?: string, 
/**
 * Section order and visibility.
 */
sections?: SectionLayout, 
/**
 * Sections beyond JSON Resume's, each with a title and generic entries.
 */
customSections?: Array<CustomSection>, 
/**
 * How the CV looks.
 */
design?: Design, } & Extra;

/**
 * Which sections show, in which order.
 */
export type SectionLayout = { 
/**
 * Section keys in display order (see [`super::SectionKey`]); missing ones follow in the
 * default order.
 */
order?: Array<string>, 
/**
 * Keys of hidden sections.
 */
hidden?: Array<string>, } & Extra;

/**
 * A section the user made: a title and entries of a generic shape.
 */
export type CustomSection = { 
/**
 * Stable id; the section's key is `custom:<id>`.
 */
id: string, 
/**
 * Heading shown on the CV.
 */
title?: string, 
/**
 * The entries.
 */
entries?: Array<CustomEntry>, } & Extra;

/**
 * One entry of a custom section.
 */
export type CustomEntry = { 
/**
 * Stable entry id.
 */
id: string, 
/**
 * Main line, e.g. a talk's title.
 */
title?: string, 
/**
 * Second line, e.g. the conference.
 */
subtitle?: string, 
/**
 * Where.
 */
location?: string, 
/**
 * A single date (an event); use `start_date`/`end_date` for a period.
 */
date?: string, 
/**
 * Start of a period.
 */
startDate?: string, 
/**
 * End of a period; absent with a start date means "until now".
 */
endDate?: string, 
/**
 * Link.
 */
url?: string, 
/**
 * Paragraph.
 */
summary?: string, 
/**
 * Bullets.
 */
highlights?: Array<string>, } & Extra;

/**
 * How the CV looks; every field falls back to the template's choice.
 */
export type Design = { 
/**
 * Template name (`cvimprover templates`).
 */
template?: string, 
/**
 * Page size.
 */
pageSize?: PageSize, 
/**
 * Accent colour as `#rrggbb`.
 */
accentColor?: string, 
/**
 * Font family name.
 */
fontFamily?: string, 
/**
 * Base font size in points.
 */
fontSize?: number, 
/**
 * Page margins in millimetres.
 */
margins?: Margins, 
/**
 * How dates are written.
 */
dateFormat?: DateFormat, } & Extra;

/**
 * Page size.
 */
export type PageSize = "a4" | "letter";

/**
 * How dates are written.
 */
export type DateFormat = "short" | "long" | "numeric" | "iso" | "year";

/**
 * Page margins in millimetres.
 */
export type Margins = { 
/**
 * Top margin.
 */
top: number, 
/**
 * Right margin.
 */
right: number, 
/**
 * Bottom margin.
 */
bottom: number, 
/**
 * Left margin.
 */
left: number, };

/**
 * A CV in the list: enough to show and pick it.
 */
export type CvSummary = { 
/**
 * Stable id.
 */
id: string, 
/**
 * The name the user gave it.
 */
title: string, 
/**
 * Last save, RFC 3339.
 */
updatedAt: string, 
/**
 * The template its design uses.
 */
template: string, };

/**
 * A CV with its document.
 */
export type StoredCv = { 
/**
 * Stable id.
 */
id: string, 
/**
 * The name the user gave it.
 */
title: string, 
/**
 * How many times it was saved; grows by one per save.
 */
revision: number, 
/**
 * Last save, RFC 3339.
 */
updatedAt: string, 
/**
 * The document.
 */
document: Cv, };

/**
 * The result of a save.
 */
export type Saved = { 
/**
 * The CV's revision after the save.
 */
revision: number, 
/**
 * When, RFC 3339.
 */
savedAt: string, };

/**
 * A CV in the trash.
 */
export type TrashedCv = { 
/**
 * Stable id.
 */
id: string, 
/**
 * The name the user gave it.
 */
title: string, 
/**
 * When it was deleted, RFC 3339.
 */
deletedAt: string, 
/**
 * When it will be removed for good, RFC 3339.
 */
purgeAt: string, };

/**
 * Why a snapshot was taken.
 */
export type SnapshotReason = "manual" | "export" | "auto" | "restore";

/**
 * A point in a CV's history.
 */
export type Snapshot = { 
/**
 * Stable id.
 */
id: string, 
/**
 * The CV it belongs to.
 */
cvId: string, 
/**
 * Why it was taken.
 */
reason: SnapshotReason, 
/**
 * When, RFC 3339.
 */
createdAt: string, };

/**
 * How serious a [`Diagnostic`] is.
 */
export type Severity = "error" | "warning";

/**
 * A validation message located at a field, e.g. `work[2].startDate`.
 */
export type Diagnostic = { 
/**
 * cv-core's field path, the same as the editor's `data-field`.
 */
path: string, 
/**
 * Error or warning.
 */
severity: Severity, 
/**
 * What is wrong, for the person who wrote the CV.
 */
message: string, };

/**
 * A position in a template file.
 */
export type SourcePosition = { 
/**
 * The virtual file, e.g. `/modern.typ`.
 */
file: string, 
/**
 * 1-based line.
 */
line: number, 
/**
 * 1-based column.
 */
column: number, };

/**
 * A message from rendering (Typst or our font check).
 */
export type RenderDiagnostic = { 
/**
 * Error or warning.
 */
severity: Severity, 
/**
 * What happened.
 */
message: string, 
/**
 * What might help.
 */
hints: Array<string>, 
/**
 * Where in the template, when known.
 */
position: SourcePosition | null, };

/**
 * Rendered preview pages.
 */
export type Preview = { 
/**
 * The generation the UI asked for; the UI shows only the newest.
 */
generation: number, 
/**
 * The pages the PDF will have, each drawn as wide in pixels as the UI asked for.
 */
pages: Array<PreviewPage>, 
/**
 * Number of pages.
 */
pageCount: number, 
/**
 * The width of a page in points (1/72 in), to map a click on a page image to the page.
 */
pageWidthPt: number, 
/**
 * Time spent in Rust laying out and drawing, in milliseconds.
 */
renderMs: number, 
/**
 * Warnings from rendering.
 */
diagnostics: Array<RenderDiagnostic>, };

/**
 * One page of a preview, as a stack of tile images: an edit redraws only the tiles it changed.
 */
export type PreviewPage = { 
/**
 * The page's tiles, top to bottom, each as wide as the page.
 */
tiles: Array<PreviewTile>, 
/**
 * The page's width in pixels as drawn.
 */
widthPx: number, 
/**
 * The page's height in pixels as drawn (the tiles' heights added up).
 */
heightPx: number, };

/**
 * A band of a preview page's rows.
 */
export type PreviewTile = { 
/**
 * The address of the tile's image (`preview://localhost/<fingerprint>.png`, served by the
 * app). A tile an edit did not change keeps its address, so the UI does not load it again.
 */
url: string, 
/**
 * The tile's height in pixels.
 */
heightPx: number, };

/**
 * A file format to export to.
 */
export type ExportFormat = "pdf" | "json" | "json-resume" | "markdown" | "text" | "docx";

/**
 * The result of an export.
 */
export type Exported = { 
/**
 * Where the file was written.
 */
path: string, 
/**
 * Its size.
 */
bytes: number, };

/**
 * A built-in template.
 */
export type TemplateInfo = { 
/**
 * Value for `design.template`.
 */
id: string, 
/**
 * Display name.
 */
name: string, 
/**
 * One line about it.
 */
description: string, };

/**
 * A content locale (the CV's language).
 */
export type LocaleInfo = { 
/**
 * Value for `cvimprover.locale`.
 */
code: string, 
/**
 * English name of the language.
 */
name: string, 
/**
 * Whether text runs right to left.
 */
rtl: boolean, };

/**
 * What kind of failure an [`CommandError`] is.
 */
export type ErrorKind = "not_found" | "invalid" | "io" | "import" | "render" | "store";

/**
 * Every command's error, as the UI receives it (the rejected promise's value).
 */
export type CommandError = { 
/**
 * The category to branch on.
 */
kind: ErrorKind, 
/**
 * A message for the person using the app.
 */
message: string, };

/** Every CV not in the trash, most recently saved first. */
export function listCvs(): Promise<Array<CvSummary>> {
  return invoke("list_cvs");
}

/** Creates a CV; a null document gives a starter CV with empty sections. */
export function createCv(title: string, document: Cv | null): Promise<StoredCv> {
  return invoke("create_cv", { title, document });
}

/** One CV with its document. */
export function getCv(id: string): Promise<StoredCv> {
  return invoke("get_cv", { id });
}

/** Saves a new version of the document in one transaction. */
export function saveCv(id: string, document: Cv): Promise<Saved> {
  return invoke("save_cv", { id, document });
}

/** Gives a CV a new title. */
export function renameCv(id: string, title: string): Promise<null> {
  return invoke("rename_cv", { id, title });
}

/** Copies a CV (without its history). */
export function duplicateCv(id: string): Promise<CvSummary> {
  return invoke("duplicate_cv", { id });
}

/** Moves a CV to the trash (restorable for 30 days). */
export function deleteCv(id: string): Promise<null> {
  return invoke("delete_cv", { id });
}

/** CVs in the trash. */
export function listTrash(): Promise<Array<TrashedCv>> {
  return invoke("list_trash");
}

/** Takes a CV out of the trash. */
export function restoreCv(id: string): Promise<null> {
  return invoke("restore_cv", { id });
}

/** A CV's snapshots, newest first. */
export function listSnapshots(id: string): Promise<Array<Snapshot>> {
  return invoke("list_snapshots", { id });
}

/** Snapshots the CV as saved (explicit save, Ctrl+S). */
export function createSnapshot(id: string): Promise<Snapshot> {
  return invoke("create_snapshot", { id });
}

/** Restores a snapshot, snapshotting the current state first (reason "restore"). */
export function restoreSnapshot(snapshotId: string): Promise<StoredCv> {
  return invoke("restore_snapshot", { snapshotId });
}

/** cv-core's validation messages, located at fields. */
export function validateCv(document: Cv): Promise<Array<Diagnostic>> {
  return invoke("validate_cv", { document });
}

/** Lays out the CV and gives the address of each page's image, `pagePixels` wide; null when a newer generation was requested meanwhile. */
export function renderPreview(document: Cv, generation: number, pagePixels: number): Promise<Preview | null> {
  return invoke("render_preview", { document, generation, pagePixels });
}

/** Writes the CV to `path` in `format` and takes an "export" snapshot of CV `id`. */
export function exportCv(document: Cv, id: string, format: ExportFormat, path: string): Promise<Exported> {
  return invoke("export_cv", { document, id, format, path });
}

/** Imports a file (our JSON, JSON Resume as JSON or YAML, a PDF) as a new CV. */
export function openFile(path: string): Promise<StoredCv> {
  return invoke("open_file", { path });
}

/** The built-in templates. */
export function listTemplates(): Promise<Array<TemplateInfo>> {
  return invoke("list_templates");
}

/** The content locales. */
export function listLocales(): Promise<Array<LocaleInfo>> {
  return invoke("list_locales");
}

/** Every command, for mocking in tests. */
export const commands = {
  listCvs,
  createCv,
  getCv,
  saveCv,
  renameCv,
  duplicateCv,
  deleteCv,
  listTrash,
  restoreCv,
  listSnapshots,
  createSnapshot,
  restoreSnapshot,
  validateCv,
  renderPreview,
  exportCv,
  openFile,
  listTemplates,
  listLocales,
};
