// PROVISIONAL, hand-written from /work/brief/desktop-contract.md until the desktop-rust branch
// commits the generated file (ts-rs types + command wrappers). Do not edit by hand once replaced.
import { invoke } from "@tauri-apps/api/core";

/** Unknown fields are kept by the backend; the UI passes them through untouched. */
type Extra = { [key: string]: unknown };

export type Location = { address?: string; postalCode?: string; city?: string; countryCode?: string; region?: string } & Extra;
export type Profile = { id?: string; network?: string; username?: string; url?: string } & Extra;
export type Basics = {
  name?: string; label?: string; image?: string; email?: string; phone?: string; url?: string;
  summary?: string; location?: Location; profiles?: Profile[];
} & Extra;
export type Work = {
  id?: string; name?: string; position?: string; location?: string; description?: string; url?: string;
  startDate?: string; endDate?: string; summary?: string; highlights?: string[];
} & Extra;
export type Volunteer = {
  id?: string; organization?: string; position?: string; url?: string; startDate?: string; endDate?: string;
  summary?: string; highlights?: string[];
} & Extra;
export type Education = {
  id?: string; institution?: string; url?: string; area?: string; studyType?: string; startDate?: string;
  endDate?: string; score?: string; courses?: string[];
} & Extra;
export type Award = { id?: string; title?: string; date?: string; awarder?: string; summary?: string } & Extra;
export type Certificate = { id?: string; name?: string; date?: string; issuer?: string; url?: string } & Extra;
export type Publication = { id?: string; name?: string; publisher?: string; releaseDate?: string; url?: string; summary?: string } & Extra;
export type Skill = { id?: string; name?: string; level?: string; keywords?: string[] } & Extra;
export type Language = { id?: string; language?: string; fluency?: string } & Extra;
export type Interest = { id?: string; name?: string; keywords?: string[] } & Extra;
export type Reference = { id?: string; name?: string; reference?: string } & Extra;
export type Project = {
  id?: string; name?: string; description?: string; highlights?: string[]; keywords?: string[]; startDate?: string;
  endDate?: string; url?: string; roles?: string[]; entity?: string; type?: string;
} & Extra;
export type CustomEntry = {
  id?: string; title?: string; subtitle?: string; location?: string; date?: string; startDate?: string;
  endDate?: string; url?: string; summary?: string; highlights?: string[];
} & Extra;
export type CustomSection = { id?: string; title?: string; entries?: CustomEntry[] } & Extra;
export type SectionLayout = { order?: string[]; hidden?: string[] } & Extra;
export type Margins = { top: number; right: number; bottom: number; left: number };
export type PageSize = "a4" | "letter";
export type DateFormat = "short" | "long" | "numeric" | "iso" | "year";
export type Design = {
  template?: string; pageSize?: PageSize; accentColor?: string; fontFamily?: string; fontSize?: number;
  margins?: Margins; dateFormat?: DateFormat;
} & Extra;
export type Settings = {
  schemaVersion: number; locale?: string; sections?: SectionLayout; customSections?: CustomSection[]; design?: Design;
} & Extra;
export type Cv = {
  basics?: Basics; work?: Work[]; volunteer?: Volunteer[]; education?: Education[]; awards?: Award[];
  certificates?: Certificate[]; publications?: Publication[]; skills?: Skill[]; languages?: Language[];
  interests?: Interest[]; references?: Reference[]; projects?: Project[]; meta?: Extra; cvimprover: Settings;
} & Extra;

export type CommandError = { kind: string; message: string };
export type CvSummary = { id: string; title: string; updatedAt: string; template: string };
export type StoredCv = { id: string; title: string; revision: number; updatedAt: string; document: Cv };
export type Saved = { revision: number; savedAt: string };
export type TrashedCv = { id: string; title: string; deletedAt: string; purgeAt: string };
export type SnapshotReason = "manual" | "export" | "auto" | "restore";
export type Snapshot = { id: string; cvId: string; reason: SnapshotReason; createdAt: string };
export type Diagnostic = { path: string; severity: "error" | "warning"; message: string };
export type RenderDiagnostic = { severity: "error" | "warning"; message: string; hints?: string[] } & Extra;
export type Preview = {
  generation: number; pages: string[]; pageCount: number; renderMs: number;
  diagnostics: RenderDiagnostic[];
};
export type ExportFormat = "pdf" | "json" | "json-resume" | "markdown" | "text" | "docx";
export type Exported = { path: string; bytes: number };
export type TemplateInfo = { id: string; name: string; description: string };
export type LocaleInfo = { code: string; name: string; rtl: boolean };

/** One function per backend command; they reject with a {@link CommandError}. */
export const commands = {
  listCvs: () => invoke<CvSummary[]>("list_cvs"),
  createCv: (title: string, document: Cv | null) => invoke<StoredCv>("create_cv", { title, document }),
  getCv: (id: string) => invoke<StoredCv>("get_cv", { id }),
  saveCv: (id: string, document: Cv) => invoke<Saved>("save_cv", { id, document }),
  renameCv: (id: string, title: string) => invoke<null>("rename_cv", { id, title }),
  duplicateCv: (id: string) => invoke<CvSummary>("duplicate_cv", { id }),
  deleteCv: (id: string) => invoke<null>("delete_cv", { id }),
  listTrash: () => invoke<TrashedCv[]>("list_trash"),
  restoreCv: (id: string) => invoke<null>("restore_cv", { id }),
  listSnapshots: (id: string) => invoke<Snapshot[]>("list_snapshots", { id }),
  createSnapshot: (id: string) => invoke<Snapshot>("create_snapshot", { id }),
  restoreSnapshot: (snapshotId: string) => invoke<StoredCv>("restore_snapshot", { snapshotId }),
  validateCv: (document: Cv) => invoke<Diagnostic[]>("validate_cv", { document }),
  renderPreview: (document: Cv, generation: number) =>
    invoke<Preview | null>("render_preview", { document, generation }),
  exportCv: (document: Cv, id: string, format: ExportFormat, path: string) =>
    invoke<Exported>("export_cv", { document, id, format, path }),
  openFile: (path: string) => invoke<StoredCv>("open_file", { path }),
  listTemplates: () => invoke<TemplateInfo[]>("list_templates"),
  listLocales: () => invoke<LocaleInfo[]>("list_locales"),
};
