//! The fixed, per-language word lists the analysis relies on: stop words, the headings and
//! markers that say whether a line of an ad is required or a plus, seniority words, role nouns,
//! and the words that confirm an ambiguous technology name. English, German and French.
//!
//! The vocabulary of skills and tools is not here: it is data (`data/vocabulary.json`, read by
//! [`super::vocab`]). Lists are lower case; headings and markers are matched as substrings of a
//! lower-cased line, the rest as whole words.

use super::job::Seniority;

// Short, high-frequency function words: enough to tell the languages apart and to keep them out
// of keyword lists, not a linguistic resource.
pub(super) const EN_STOP: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
    "it", "of", "on", "or", "our", "that", "the", "their", "this", "to", "we", "will", "with",
    "you", "your", "who", "what", "can", "into", "about", "across", "all", "not",
];
pub(super) const DE_STOP: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "und", "oder", "ist", "sind", "ein", "eine", "einen",
    "einer", "mit", "für", "von", "zu", "zur", "zum", "im", "in", "auf", "bei", "wir", "sie", "du",
    "dich", "dein", "deine", "ihr", "ihre", "uns", "unser", "unsere", "als", "auch", "nicht",
    "sowie", "über", "wie", "was", "hast", "bist", "werden", "wird",
];
pub(super) const FR_STOP: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "est", "sont", "en",
    "dans", "pour", "par", "avec", "sur", "au", "aux", "nous", "vous", "votre", "vos", "notre",
    "nos", "qui", "que", "qu", "ce", "cette", "ces", "sera", "être", "avoir", "pas", "plus",
];

pub(super) const REQUIRED_HEADINGS: &[&str] = &[
    "requirements",
    "what you bring",
    "what you'll bring",
    "must have",
    "must-have",
    "must haves",
    "qualifications",
    "about you",
    "you have",
    "your profile",
    "who you are",
    "what we're looking for",
    "what we are looking for",
    "skills",
    "anforderungen",
    "ihr profil",
    "dein profil",
    "das bringst du mit",
    "das bringen sie mit",
    "was du mitbringst",
    "voraussetzungen",
    "qualifikationen",
    "profil recherché",
    "votre profil",
    "compétences requises",
    "prérequis",
    "exigences",
    "compétences",
];
pub(super) const PREFERRED_MARKERS: &[&str] = &[
    "nice to have",
    "nice-to-have",
    "bonus",
    "is a plus",
    "are a plus",
    "a plus",
    "preferred",
    "desirable",
    "is welcome",
    "are welcome",
    "willkommen",
    "bienvenu",
    "ideally",
    "or equivalent",
    "von vorteil",
    "wünschenswert",
    "idealerweise",
    "pluspunkt",
    "vergleichbar",
    "un plus",
    "atout",
    "souhaité",
    "apprécié",
    "idéalement",
    "ou équivalent",
];
pub(super) const REQUIRED_MARKERS: &[&str] = &[
    "required",
    "must",
    "essential",
    "zwingend",
    "erforderlich",
    "vorausgesetzt",
    "indispensable",
    "obligatoire",
    "exigé",
];
pub(super) const NEUTRAL_HEADINGS: &[&str] = &[
    "about us",
    "who we are",
    "responsibilities",
    "what you'll do",
    "what you will do",
    "the role",
    "your role",
    "we offer",
    "what we offer",
    "benefits",
    "über uns",
    "aufgaben",
    "deine aufgaben",
    "ihre aufgaben",
    "wir bieten",
    "das bieten wir",
    "qui sommes-nous",
    "vos missions",
    "missions",
    "nous offrons",
    "avantages",
    "le poste",
];

/// Seniority words in titles, in en, de and fr.
pub(super) const SENIORITY_WORDS: &[(&str, Seniority)] = &[
    ("junior", Seniority::Junior),
    ("graduate", Seniority::Junior),
    ("entry", Seniority::Junior),
    ("trainee", Seniority::Junior),
    ("einsteiger", Seniority::Junior),
    ("débutant", Seniority::Junior),
    ("mid", Seniority::Mid),
    ("intermediate", Seniority::Mid),
    ("confirmé", Seniority::Mid),
    ("confirmée", Seniority::Mid),
    ("senior", Seniority::Senior),
    ("expérimenté", Seniority::Senior),
    ("expérimentée", Seniority::Senior),
    ("lead", Seniority::Lead),
    ("staff", Seniority::Lead),
    ("principal", Seniority::Lead),
    ("teamleiter", Seniority::Lead),
    ("teamleiterin", Seniority::Lead),
    ("head", Seniority::Head),
    ("director", Seniority::Head),
    ("leiter", Seniority::Head),
    ("leiterin", Seniority::Head),
    ("directeur", Seniority::Head),
    ("directrice", Seniority::Head),
];

/// Words after which a sentence-initial ambiguous spelling is still the technology: tech nouns
/// ("Rust experience") and list connectives, since a bullet like "- Go and Kafka" starts a line.
pub(super) const TECH_NOUNS: &[&str] = &[
    "experience",
    "developer",
    "developers",
    "engineer",
    "engineers",
    "services",
    "service",
    "code",
    "programming",
    "skills",
    "knowledge",
    "development",
    "backend",
    "backends",
    "erfahrung",
    "kenntnisse",
    "entwicklung",
    "expérience",
    "connaissances",
    "développement",
    "and",
    "or",
    "und",
    "oder",
    "et",
    "ou",
];

/// Role nouns read as one word, so "Backend Developer" matches "Backend Engineer".
pub(super) const ROLE_SYNONYMS: &[(&str, &str)] = &[
    ("developer", "engineer"),
    ("programmer", "engineer"),
    ("entwickler", "engineer"),
    ("entwicklerin", "engineer"),
    ("ingenieur", "engineer"),
    ("ingenieurin", "engineer"),
    ("ingénieur", "engineer"),
    ("ingénieure", "engineer"),
    ("développeur", "engineer"),
    ("développeuse", "engineer"),
    ("softwareentwickler", "engineer"),
    ("designerin", "designer"),
    ("gestalter", "designer"),
];
