//! The heading vocabulary: which printed titles mean which section, in English, German, French,
//! Spanish, Italian, Portuguese and Dutch (and every other language we render, through the
//! locale tables), plus the usual synonyms ("Work History", "Berufserfahrung", "Formation").

use crate::locale;
use crate::model::SectionKey;

/// What a heading announces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heading {
    /// A JSON Resume section.
    Section(SectionKey),
    /// The contact block (sidebars).
    Contact,
}

/// Synonyms beyond the locale tables, lowercase.
const SYNONYMS: &[(&str, &[&str])] = &[
    (
        "summary",
        &[
            "profile",
            "about me",
            "about",
            "professional summary",
            "personal profile",
            "objective",
            "career objective",
            "profil",
            "kurzprofil",
            "über mich",
            "zusammenfassung",
            "résumé",
            "à propos",
            "perfil",
            "resumen",
            "sobre mí",
            "profilo",
            "sommario",
            "chi sono",
            "resumo",
            "sobre mim",
            "profiel",
            "samenvatting",
            "over mij",
            "ملخص",
            "نبذة",
        ],
    ),
    (
        "work",
        &[
            "work experience",
            "professional experience",
            "employment",
            "employment history",
            "work history",
            "career",
            "experience",
            "berufserfahrung",
            "berufliche erfahrung",
            "berufspraxis",
            "werdegang",
            "beruflicher werdegang",
            "expérience professionnelle",
            "expériences professionnelles",
            "expérience",
            "expériences",
            "experiencia laboral",
            "experiencia profesional",
            "experiencia",
            "esperienza lavorativa",
            "esperienze lavorative",
            "esperienza professionale",
            "esperienza",
            "experiência profissional",
            "experiência",
            "werkervaring",
            "ervaring",
            "loopbaan",
            "الخبرة",
            "الخبرات",
            "الخبرة المهنية",
        ],
    ),
    (
        "education",
        &[
            "education",
            "academic background",
            "qualifications",
            "ausbildung",
            "bildung",
            "bildungsweg",
            "studium",
            "formation",
            "formations",
            "éducation",
            "études",
            "educación",
            "formación",
            "formación académica",
            "istruzione",
            "formazione",
            "educação",
            "formação",
            "opleiding",
            "opleidingen",
            "onderwijs",
            "التعليم",
        ],
    ),
    (
        "projects",
        &[
            "projects",
            "selected projects",
            "side projects",
            "projekte",
            "projets",
            "proyectos",
            "progetti",
            "projetos",
            "projecten",
            "المشاريع",
        ],
    ),
    (
        "skills",
        &[
            "skills",
            "technical skills",
            "core skills",
            "competencies",
            "kenntnisse",
            "fähigkeiten",
            "kompetenzen",
            "fachkenntnisse",
            "compétences",
            "habilidades",
            "competencias",
            "competenze",
            "competências",
            "vaardigheden",
            "المهارات",
        ],
    ),
    (
        "certificates",
        &[
            "certifications",
            "certificates",
            "licenses",
            "zertifikate",
            "zertifizierungen",
            "certificats",
            "certificaciones",
            "certificazioni",
            "certificações",
            "certificaten",
            "الشهادات",
        ],
    ),
    (
        "publications",
        &[
            "publications",
            "papers",
            "veröffentlichungen",
            "publikationen",
            "publicaciones",
            "pubblicazioni",
            "publicações",
            "publicaties",
            "المنشورات",
        ],
    ),
    (
        "awards",
        &[
            "awards",
            "honors",
            "honours",
            "achievements",
            "auszeichnungen",
            "prix",
            "distinctions",
            "premios",
            "premi",
            "prémios",
            "prêmios",
            "prijzen",
            "الجوائز",
        ],
    ),
    (
        "volunteer",
        &[
            "volunteering",
            "volunteer",
            "volunteer experience",
            "ehrenamt",
            "engagement",
            "bénévolat",
            "voluntariado",
            "volontariato",
            "vrijwilligerswerk",
            "التطوع",
        ],
    ),
    (
        "languages",
        &[
            "languages",
            "sprachen",
            "sprachkenntnisse",
            "langues",
            "idiomas",
            "lingue",
            "talen",
            "اللغات",
        ],
    ),
    (
        "interests",
        &[
            "interests",
            "hobbies",
            "interessen",
            "centres d'intérêt",
            "centres d’intérêt",
            "loisirs",
            "intereses",
            "interessi",
            "interesses",
            "interesses",
            "hobby's",
            "الاهتمامات",
        ],
    ),
    (
        "references",
        &[
            "references",
            "referenzen",
            "références",
            "referencias",
            "referenze",
            "referências",
            "referenties",
            "المراجع",
        ],
    ),
];

/// Normalises a printed title for lookup: lowercase, without a trailing colon or numbering.
pub fn normalise(text: &str) -> String {
    text.trim()
        .trim_end_matches([':', '：'])
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
        .trim()
        .to_lowercase()
}

/// The locales whose own section titles (or contact heading) include this printed title.
fn locales_of(title: &str) -> Vec<&'static str> {
    let t = normalise(title);
    locale::all()
        .iter()
        .filter(|l| {
            t == l.contact.to_lowercase()
                || SectionKey::BUILT_IN
                    .iter()
                    .any(|k| t == l.section_title(k).to_lowercase())
        })
        .map(|l| l.code)
        .collect()
}

/// The language the headings are written in, when they clearly say: at least two titles that
/// belong to one locale's table alone, and no more than a third of such titles to any other.
pub fn language(titles: &[String]) -> Option<&'static str> {
    let mut votes: Vec<(&'static str, usize)> = Vec::new();
    for title in titles {
        if let [code] = locales_of(title)[..] {
            match votes.iter_mut().find(|(c, _)| *c == code) {
                Some((_, n)) => *n += 1,
                None => votes.push((code, 1)),
            }
        }
    }
    let total: usize = votes.iter().map(|(_, n)| n).sum();
    let (code, n) = votes.into_iter().max_by_key(|(_, n)| *n)?;
    (n >= 2 && n * 3 >= total * 2).then_some(code)
}

/// The section a printed title announces, if the vocabulary knows it.
pub fn heading(text: &str) -> Option<Heading> {
    let t = normalise(text);
    if t.is_empty() || t.chars().count() > 40 {
        return None;
    }
    for l in locale::all() {
        if t == l.contact.to_lowercase() {
            return Some(Heading::Contact);
        }
        for key in SectionKey::BUILT_IN {
            if t == l.section_title(&key).to_lowercase() {
                return Some(Heading::Section(key));
            }
        }
    }
    if [
        "contact",
        "kontakt",
        "contacto",
        "contatti",
        "contato",
        "contatto",
        "persönliche daten",
    ]
    .contains(&t.as_str())
    {
        return Some(Heading::Contact);
    }
    SYNONYMS
        .iter()
        .find(|(_, words)| words.contains(&t.as_str()))
        .and_then(|(key, _)| SectionKey::parse(key))
        .map(Heading::Section)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headings_language_is_named_only_when_clear() {
        let titles = |t: &[&str]| t.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let cases = [
            (
                titles(&["Berufserfahrung", "Ausbildung", "Kenntnisse"]),
                Some("de"),
            ),
            (
                titles(&["الخبرة العملية", "التعليم", "المهارات"]),
                Some("ar"),
            ),
            (titles(&["Experience", "Education", "Skills"]), Some("en")),
            (titles(&["Experience"]), None), // one title is not enough
            (titles(&["Talks", "Hobbies"]), None), // not in any table
        ];
        for (titles, expected) in cases {
            assert_eq!(language(&titles), expected, "{titles:?}");
        }
    }

    #[test]
    fn knows_titles_in_seven_languages() {
        let cases = [
            ("EXPERIENCE", SectionKey::Work),
            ("Berufserfahrung", SectionKey::Work),
            ("Expérience professionnelle", SectionKey::Work),
            ("Experiencia laboral", SectionKey::Work),
            ("Esperienza lavorativa", SectionKey::Work),
            ("Experiência profissional", SectionKey::Work),
            ("Werkervaring", SectionKey::Work),
            ("Ausbildung:", SectionKey::Education),
            ("Formation", SectionKey::Education),
            ("Opleiding", SectionKey::Education),
            ("Kenntnisse", SectionKey::Skills),
            ("Langues", SectionKey::Languages),
        ];
        for (text, key) in cases {
            assert_eq!(heading(text), Some(Heading::Section(key)), "{text}");
        }
        assert_eq!(heading("Kontakt"), Some(Heading::Contact));
        assert_eq!(heading("Senior Platform Engineer"), None);
    }
}
