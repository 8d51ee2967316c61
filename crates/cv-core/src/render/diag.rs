//! Typst diagnostics kept structured: message, hints and a position in the template, so the CLI
//! can print them and the desktop app can show them, instead of one flattened string.

use serde::Serialize;
use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};

use super::world::CvWorld;
use typst::World;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The output could not be made.
    Error,
    /// The output was made but may not look as intended.
    Warning,
}

/// A position in one of the template files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourcePosition {
    /// The virtual file, e.g. `/modern.typ`.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// A message from rendering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What happened.
    pub message: String,
    /// What might help.
    pub hints: Vec<String>,
    /// Where in the template, when Typst knows.
    pub position: Option<SourcePosition>,
}

impl Diagnostic {
    /// A warning of our own, not tied to a template position.
    pub fn warning(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            message: message.into(),
            hints: vec![hint.into()],
            position: None,
        }
    }

    pub(crate) fn from_typst(world: &CvWorld, diag: &SourceDiagnostic) -> Self {
        let position = diag.span.id().and_then(|id| {
            let range = world.range(diag.span)?;
            let source = world.source(id).ok()?;
            let (line, column) = source.lines().byte_to_line_column(range.start)?;
            Some(SourcePosition {
                file: id.vpath().get_with_slash().to_owned(),
                line: line + 1,
                column: column + 1,
            })
        });
        Diagnostic {
            position,
            ..from_detached(diag)
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}: ")?;
        if let Some(p) = &self.position {
            write!(f, "{}:{}:{}: ", p.file, p.line, p.column)?;
        }
        write!(f, "{}", self.message)?;
        for hint in &self.hints {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// One diagnostic per line, for error messages.
pub fn format_diagnostics(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| format!("  {d}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A diagnostic from a phase without a world (PDF export): no template position.
pub(crate) fn from_detached(diag: &SourceDiagnostic) -> Diagnostic {
    Diagnostic {
        severity: match diag.severity {
            TypstSeverity::Error => Severity::Error,
            TypstSeverity::Warning => Severity::Warning,
        },
        message: diag.message.to_string(),
        hints: diag.hints.iter().map(|h| h.v.to_string()).collect(),
        position: None,
    }
}
