//! The built-in templates: their Typst sources (compiled into the binary) and the defaults each
//! applies when the document's design leaves a setting open.

use crate::model::Margins;

/// A built-in CV template.
#[derive(Debug)]
pub struct Template {
    /// Name used in `design.template` and on the command line.
    pub name: &'static str,
    /// One line for `cvimprover templates`.
    pub description: &'static str,
    /// Default font family.
    pub font: &'static str,
    /// Default base font size in points.
    pub font_size: f64,
    /// Default accent colour.
    pub accent: &'static str,
    /// Default page margins in millimetres.
    pub margins: Margins,
    /// The template's Typst source.
    pub(crate) source: &'static str,
}

const fn margins(vertical: f64, horizontal: f64) -> Margins {
    Margins {
        top: vertical,
        right: horizontal,
        bottom: vertical,
        left: horizontal,
    }
}

/// Shared helpers every template imports as `lib.typ`.
pub(crate) const LIB_SOURCE: &str = include_str!("../../templates/lib.typ");

/// Every built-in template; the first is the default.
pub static TEMPLATES: [Template; 4] = [
    Template {
        name: "classic",
        description: "Single column, serif, quiet rules: a traditional CV for any field",
        font: "Libertinus Serif",
        font_size: 11.0,
        accent: "#2b3a55",
        margins: margins(18.0, 20.0),
        source: include_str!("../../templates/classic.typ"),
    },
    Template {
        name: "modern",
        description: "Single column, sans serif, accent-coloured headings and a date column",
        font: "Inter",
        font_size: 10.0,
        accent: "#1f5fae",
        margins: margins(16.0, 17.0),
        source: include_str!("../../templates/modern.typ"),
    },
    Template {
        name: "sidebar",
        description: "Two columns: a tinted sidebar with contact details and skills beside the main story",
        font: "Inter",
        font_size: 9.5,
        accent: "#0f766e",
        margins: margins(14.0, 14.0),
        source: include_str!("../../templates/sidebar.typ"),
    },
    Template {
        name: "compact",
        description: "Dense single column with inline dates, built to fit one page",
        font: "Inter",
        font_size: 9.0,
        accent: "#374151",
        margins: margins(12.0, 13.0),
        source: include_str!("../../templates/compact.typ"),
    },
];

/// The template named `name`, if there is one.
pub fn find(name: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.name == name)
}

/// Names of every template, for messages and the CLI.
pub fn template_names() -> Vec<&'static str> {
    TEMPLATES.iter().map(|t| t.name).collect()
}
