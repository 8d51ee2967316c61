//! Content locales: the fixed words of a CV (section titles, month names, "Present") and the
//! text direction, for every language we render. This is the CV's language, not the app's UI
//! language.

use crate::model::SectionKey;

/// The fixed text of a CV in one language.
#[derive(Debug)]
pub struct Locale {
    /// Language code, as in `cvimprover.locale` and Typst's `text(lang:)`.
    pub code: &'static str,
    /// English name of the language.
    pub name: &'static str,
    /// Whether text runs right to left.
    pub rtl: bool,
    /// Word for an ongoing period's end.
    pub present: &'static str,
    /// Heading of the contact block.
    pub contact: &'static str,
    /// "CV", for the PDF title.
    pub cv: &'static str,
    /// Abbreviated month names.
    pub months_short: [&'static str; 12],
    /// Full month names.
    pub months_long: [&'static str; 12],
    /// Section titles in [`SectionKey::BUILT_IN`] order.
    titles: [&'static str; 12],
}

impl Locale {
    /// The default title of a built-in section; custom sections carry their own.
    pub fn section_title(&self, key: &SectionKey) -> &'static str {
        SectionKey::BUILT_IN
            .iter()
            .position(|k| k == key)
            .map_or("", |i| self.titles[i])
    }
}

/// Looks a locale up by code (`en`, `de`, …). Region suffixes are ignored: `pt-BR` → `pt`.
pub fn find(code: &str) -> Option<&'static Locale> {
    let language = code
        .split(['-', '_'])
        .next()
        .unwrap_or(code)
        .to_ascii_lowercase();
    LOCALES.iter().find(|l| l.code == language)
}

/// English, the default.
pub fn default_locale() -> &'static Locale {
    &LOCALES[0]
}

/// Every locale, English first (the importer reads month names and titles in all of them).
pub fn all() -> &'static [Locale] {
    &LOCALES
}

/// Codes of every locale, for messages.
pub fn codes() -> Vec<&'static str> {
    LOCALES.iter().map(|l| l.code).collect()
}

// Titles follow SectionKey::BUILT_IN: summary, work, education, projects, skills, certificates,
// publications, awards, volunteer, languages, interests, references.
#[rustfmt::skip]
static LOCALES: [Locale; 10] = [
    Locale {
        code: "en",
        name: "English",
        rtl: false,
        present: "Present",
        contact: "Contact",
        cv: "CV",
        months_short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        months_long: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        titles: ["Summary", "Experience", "Education", "Projects", "Skills", "Certificates", "Publications", "Awards", "Volunteering", "Languages", "Interests", "References"],
    },
    Locale {
        code: "de",
        name: "German",
        rtl: false,
        present: "heute",
        contact: "Kontakt",
        cv: "Lebenslauf",
        months_short: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
        months_long: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        titles: ["Profil", "Berufserfahrung", "Ausbildung", "Projekte", "Kenntnisse", "Zertifikate", "Publikationen", "Auszeichnungen", "Ehrenamt", "Sprachen", "Interessen", "Referenzen"],
    },
    Locale {
        code: "fr",
        name: "French",
        rtl: false,
        present: "aujourd’hui",
        contact: "Contact",
        cv: "CV",
        months_short: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
        months_long: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        titles: ["Profil", "Expérience professionnelle", "Formation", "Projets", "Compétences", "Certifications", "Publications", "Distinctions", "Bénévolat", "Langues", "Centres d’intérêt", "Références"],
    },
    Locale {
        code: "es",
        name: "Spanish",
        rtl: false,
        present: "actualidad",
        contact: "Contacto",
        cv: "CV",
        months_short: ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
        months_long: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        titles: ["Perfil", "Experiencia profesional", "Formación", "Proyectos", "Habilidades", "Certificaciones", "Publicaciones", "Premios", "Voluntariado", "Idiomas", "Intereses", "Referencias"],
    },
    Locale {
        code: "it",
        name: "Italian",
        rtl: false,
        present: "oggi",
        contact: "Contatti",
        cv: "CV",
        months_short: ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
        months_long: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        titles: ["Profilo", "Esperienza professionale", "Istruzione", "Progetti", "Competenze", "Certificazioni", "Pubblicazioni", "Premi", "Volontariato", "Lingue", "Interessi", "Referenze"],
    },
    Locale {
        code: "pt",
        name: "Portuguese",
        rtl: false,
        present: "atual",
        contact: "Contato",
        cv: "Currículo",
        months_short: ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
        months_long: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        titles: ["Perfil", "Experiência profissional", "Formação", "Projetos", "Competências", "Certificações", "Publicações", "Prémios", "Voluntariado", "Idiomas", "Interesses", "Referências"],
    },
    Locale {
        code: "nl",
        name: "Dutch",
        rtl: false,
        present: "heden",
        contact: "Contact",
        cv: "cv",
        months_short: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        months_long: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        titles: ["Profiel", "Werkervaring", "Opleiding", "Projecten", "Vaardigheden", "Certificaten", "Publicaties", "Prijzen", "Vrijwilligerswerk", "Talen", "Interesses", "Referenties"],
    },
    Locale {
        code: "pl",
        name: "Polish",
        rtl: false,
        present: "obecnie",
        contact: "Kontakt",
        cv: "CV",
        months_short: ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
        months_long: ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
        titles: ["Profil", "Doświadczenie zawodowe", "Wykształcenie", "Projekty", "Umiejętności", "Certyfikaty", "Publikacje", "Nagrody", "Wolontariat", "Języki", "Zainteresowania", "Referencje"],
    },
    Locale {
        code: "ar",
        name: "Arabic",
        rtl: true,
        present: "حتى الآن",
        contact: "معلومات الاتصال",
        cv: "السيرة الذاتية",
        months_short: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        months_long: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        titles: ["نبذة مهنية", "الخبرة العملية", "التعليم", "المشاريع", "المهارات", "الشهادات", "المنشورات", "الجوائز", "العمل التطوعي", "اللغات", "الاهتمامات", "المراجع"],
    },
    Locale {
        code: "he",
        name: "Hebrew",
        rtl: true,
        present: "היום",
        contact: "פרטי קשר",
        cv: "קורות חיים",
        months_short: ["ינו׳", "פבר׳", "מרץ", "אפר׳", "מאי", "יוני", "יולי", "אוג׳", "ספט׳", "אוק׳", "נוב׳", "דצמ׳"],
        months_long: ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"],
        titles: ["פרופיל", "ניסיון תעסוקתי", "השכלה", "פרויקטים", "כישורים", "תעודות", "פרסומים", "פרסים", "התנדבות", "שפות", "תחומי עניין", "ממליצים"],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_locales_with_or_without_region() {
        assert_eq!(find("pt-BR").map(|l| l.code), Some("pt"));
        assert_eq!(find("DE").map(|l| l.code), Some("de"));
        assert!(find("xx").is_none());
        assert!(find("he").is_some_and(|l| l.rtl));
    }

    #[test]
    fn every_locale_titles_every_built_in_section() {
        for locale in &LOCALES {
            for key in &SectionKey::BUILT_IN {
                assert!(
                    !locale.section_title(key).is_empty(),
                    "{} {key:?}",
                    locale.code
                );
            }
        }
    }
}
