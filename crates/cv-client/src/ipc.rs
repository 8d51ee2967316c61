//! The generated TypeScript of the desktop app's IPC contract: every type of [`crate::api`] and
//! of cv-core's model, and one typed wrapper per Tauri command. The result is committed as
//! `ui/src/ipc/bindings.ts`; `tests/bindings.rs` regenerates it and fails when it drifted, so CI
//! catches a Rust change the UI has not seen.
//!
//! The command list below is the contract's; `src-tauri` registers commands with these names and
//! argument names (its test checks the list against its handlers).

use ts_rs::{Config, TS};

use crate::api::*;
use cv_core::model::*;

/// One command as the UI sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    /// The Rust name, as `invoke` takes it.
    pub name: &'static str,
    /// What it does (the wrapper's JSDoc).
    pub doc: &'static str,
    /// Arguments in order: Rust name and TypeScript type.
    pub args: Vec<(&'static str, String)>,
    /// TypeScript type of the resolved value.
    pub returns: String,
}

macro_rules! commands {
    ($( #[doc = $doc:literal] fn $name:ident( $($arg:ident : $ty:ty),* ) -> $ret:ty; )*) => {
        /// Every command of the desktop app, in the contract's order.
        pub fn commands(cfg: &Config) -> Vec<Command> {
            vec![$(Command {
                name: stringify!($name),
                doc: $doc.trim(),
                args: vec![$((stringify!($arg), <$ty as TS>::name(cfg))),*],
                returns: <$ret as TS>::name(cfg),
            }),*]
        }
    };
}

commands! {
    /// Every CV not in the trash, most recently saved first.
    fn list_cvs() -> Vec<CvSummary>;
    /// Creates a CV; a null document gives a starter CV with empty sections.
    fn create_cv(title: String, document: Option<Cv>) -> StoredCv;
    /// One CV with its document.
    fn get_cv(id: String) -> StoredCv;
    /// Saves a new version of the document in one transaction.
    fn save_cv(id: String, document: Cv) -> Saved;
    /// Gives a CV a new title.
    fn rename_cv(id: String, title: String) -> ();
    /// Copies a CV (without its history).
    fn duplicate_cv(id: String) -> CvSummary;
    /// Moves a CV to the trash (restorable for 30 days).
    fn delete_cv(id: String) -> ();
    /// CVs in the trash.
    fn list_trash() -> Vec<TrashedCv>;
    /// Takes a CV out of the trash.
    fn restore_cv(id: String) -> ();
    /// A CV's snapshots, newest first.
    fn list_snapshots(id: String) -> Vec<Snapshot>;
    /// Snapshots the CV as saved (explicit save, Ctrl+S).
    fn create_snapshot(id: String) -> Snapshot;
    /// Restores a snapshot, snapshotting the current state first (reason "restore").
    fn restore_snapshot(snapshot_id: String) -> StoredCv;
    /// cv-core's validation messages, located at fields.
    fn validate_cv(document: Cv) -> Vec<Diagnostic>;
    /// Lays out the CV and gives the address of each page's image, `pagePixels` wide; null when a newer generation was requested meanwhile.
    fn render_preview(document: Cv, generation: u32, page_pixels: u32) -> Option<Preview>;
    /// Writes the CV to `path` in `format` and takes an "export" snapshot of CV `id`.
    fn export_cv(document: Cv, id: String, format: ExportFormat, path: String) -> Exported;
    /// Imports a file (our JSON, JSON Resume as JSON or YAML, a PDF) as a new CV.
    fn open_file(path: String) -> StoredCv;
    /// The built-in templates.
    fn list_templates() -> Vec<TemplateInfo>;
    /// The content locales.
    fn list_locales() -> Vec<LocaleInfo>;
}

/// Appends `T`'s declaration, with its doc comment, as an exported TypeScript type. Model
/// objects keep unknown fields (`extra`, flattened in JSON): they get `& Extra`.
fn declare<T: TS + ?Sized>(out: &mut String, cfg: &Config, open: bool) {
    if let Some(docs) = T::docs() {
        out.push_str(&docs);
    }
    out.push_str("export ");
    let decl = T::decl(cfg);
    match decl.strip_suffix(';') {
        Some(body) if open => {
            out.push_str(body);
            out.push_str(" & Extra;");
        }
        _ => out.push_str(&decl),
    }
    out.push_str("\n\n");
}

macro_rules! declare_all {
    ($out:expr, $cfg:expr, $names:expr, $open:expr; $($ty:ty),* $(,)?) => {
        $( declare::<$ty>($out, $cfg, $open); $names.push(<$ty as TS>::name($cfg)); )*
    };
}

/// The names of every declared type, for the completeness check in the tests.
pub fn declared_types(cfg: &Config) -> Vec<String> {
    let mut names = Vec::new();
    let mut sink = String::new();
    declare_types(&mut sink, cfg, &mut names);
    names
}

fn declare_types(out: &mut String, cfg: &Config, names: &mut Vec<String>) {
    out.push_str(
        "/** Unknown fields of a model object, kept as they were: spread objects you edit. */\n\
         export type Extra = { [key: string]: unknown };\n\n",
    );
    names.push("Extra".to_owned());
    // cv-core's model (docs/cv-format.md); every object keeps unknown fields.
    declare_all!(out, cfg, names, true;
        Cv, Basics, Location, Profile, Work, Volunteer, Education, Award, Certificate,
        Publication, Skill, Language, Interest, Reference, Project, Meta, Settings,
        SectionLayout, CustomSection, CustomEntry, Design,
    );
    // Closed types: enums and margins, and the commands' own types.
    declare_all!(out, cfg, names, false;
        PageSize, DateFormat, Margins, CvSummary, StoredCv, Saved, TrashedCv, SnapshotReason, Snapshot, Severity, Diagnostic,
        SourcePosition, RenderDiagnostic, Preview, PreviewPage, PreviewTile, ExportFormat, Exported, TemplateInfo,
        LocaleInfo, ErrorKind, CommandError,
    );
}

/// `snake_case` → `camelCase`, as Tauri converts command argument names.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The whole `ui/src/ipc/bindings.ts`.
pub fn bindings() -> String {
    let cfg = Config::default();
    let mut out = String::from(
        "// Generated from Rust by crates/cv-client (src/ipc.rs): do not edit by hand.\n\
         // Regenerate: cargo test -p cv-client --test bindings (it rewrites this file).\n\
         // Every command's promise rejects with a `CommandError`.\n\n\
         import { invoke } from \"@tauri-apps/api/core\";\n\n",
    );
    declare_types(&mut out, &cfg, &mut Vec::new());
    let commands = commands(&cfg);
    for command in &commands {
        let params: Vec<String> = command
            .args
            .iter()
            .map(|(name, ty)| format!("{}: {ty}", camel(name)))
            .collect();
        let payload = if command.args.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = command.args.iter().map(|(n, _)| camel(n)).collect();
            format!(", {{ {} }}", names.join(", "))
        };
        out.push_str(&format!(
            "/** {} */\nexport function {}({}): Promise<{}> {{\n  return invoke(\"{}\"{payload});\n}}\n\n",
            command.doc,
            camel(command.name),
            params.join(", "),
            command.returns,
            command.name,
        ));
    }
    let names: Vec<String> = commands.iter().map(|c| camel(c.name)).collect();
    out.push_str(&format!(
        "/** Every command, for mocking in tests. */\nexport const commands = {{\n  {},\n}};\n",
        names.join(",\n  ")
    ));
    out
}
