//! Test documents shared by the exporters' unit tests: one CV with every section kind.

use crate::model::Cv;

/// Every built-in section, one custom section, `volunteer` hidden, and a custom order that puts
/// skills before work; the summary and a bullet try to inject markup.
pub(crate) fn every_section() -> Cv {
    let json = r##"{
      "basics": {
        "name": "Jane *Doe*",
        "label": "Senior Engineer",
        "email": "jane@example.com",
        "phone": "+49 30 1234567",
        "url": "https://jane.example.com/",
        "summary": "Builds [fast](javascript:alert(1)) systems.\n# not a heading\n<b>bold</b>",
        "location": { "city": "Berlin", "countryCode": "DE" },
        "profiles": [{ "network": "GitHub", "username": "jane", "url": "https://github.com/jane" }]
      },
      "work": [{
        "name": "Acme GmbH", "position": "Staff Engineer", "location": "Berlin",
        "url": "https://acme.example.com", "startDate": "2020-01",
        "summary": "Payments platform.", "description": "Fintech, 200 people",
        "highlights": ["Cut p99 latency by 40%", "1. not a list"]
      }],
      "volunteer": [{ "organization": "Hidden Org", "position": "Helper", "startDate": "2019" }],
      "education": [{
        "institution": "TU Berlin", "area": "Computer Science", "studyType": "MSc",
        "startDate": "2014", "endDate": "2016", "score": "1.3", "courses": ["Compilers"]
      }],
      "awards": [{ "title": "Best Paper", "date": "2018-05", "awarder": "ACM", "summary": "For X." }],
      "certificates": [{ "name": "CKA", "date": "2021-03", "issuer": "CNCF", "url": "https://cncf.example.com/cka" }],
      "publications": [{ "name": "Fast Things", "publisher": "ACM", "releaseDate": "2018-05-01", "summary": "With B. Smith." }],
      "skills": [{ "name": "Backend", "level": "Expert", "keywords": ["Rust", "Go"] }],
      "languages": [{ "language": "German", "fluency": "Native" }, { "language": "English", "fluency": "Fluent (C1)" }],
      "interests": [{ "name": "Cycling", "keywords": ["road", "gravel"] }],
      "references": [{ "name": "John Smith", "reference": "Jane is great." }],
      "projects": [{
        "name": "cvimprover", "description": "A CV tool.", "startDate": "2023",
        "highlights": ["Typst renderer"], "keywords": ["Rust", "Typst"], "roles": ["Author"],
        "url": "https://cv.example.com"
      }],
      "cvimprover": {
        "sections": { "order": ["summary", "skills", "work"], "hidden": ["volunteer"] },
        "customSections": [{
          "id": "talks", "title": "Talks",
          "entries": [{ "title": "Zero-copy parsing", "subtitle": "RustFest", "date": "2023-06" }]
        }]
      }
    }"##;
    Cv::from_json_slice(json.as_bytes()).expect("the fixture is a valid CV")
}

/// The section titles every exporter must show, in display order (English).
pub(crate) const TITLES: [&str; 12] = [
    "Summary",
    "Skills",
    "Experience",
    "Education",
    "Projects",
    "Certificates",
    "Publications",
    "Awards",
    "Languages",
    "Interests",
    "References",
    "Talks",
];

/// An Arabic CV, for right-to-left handling.
pub(crate) fn arabic() -> Cv {
    let json = r#"{
      "basics": { "name": "ليلى حداد", "summary": "مهندسة برمجيات" },
      "work": [{ "name": "شركة", "position": "مهندسة", "startDate": "2020", "highlights": ["AWS و Kafka"] }],
      "cvimprover": { "locale": "ar" }
    }"#;
    Cv::from_json_slice(json.as_bytes()).expect("the fixture is a valid CV")
}
