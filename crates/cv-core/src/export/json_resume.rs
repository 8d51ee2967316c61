//! JSON Resume export: the document without our additions (`id`s and the `cvimprover` block),
//! pretty-printed. Custom sections live in the `cvimprover` block, so they are not part of it;
//! every JSON Resume section is, hidden or not, because this is the data, not a layout.
//!
//! The output is checked against the official schema in CI (`tools/schema-check`).

use crate::model::Cv;

/// `cv` as pretty-printed JSON Resume with a final newline. Unknown fields come through in
/// place, so exporting a plain JSON Resume file gives back the same JSON.
pub fn to_string(cv: &Cv) -> String {
    let mut out = serde_json::to_string_pretty(&cv.to_json_resume())
        .expect("a JSON value always serialises: string keys only");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::export::fixture;

    #[test]
    fn strips_ids_and_our_block_and_keeps_every_section() {
        let out = to_string(&fixture::every_section());
        let value: Value = serde_json::from_str(&out).unwrap();
        assert!(value.get("cvimprover").is_none());
        assert!(!out.contains("\"id\""), "{out}");
        // Hidden in the layout, but still data.
        assert_eq!(value["volunteer"][0]["organization"], "Hidden Org");
        assert!(out.ends_with("}\n"));
    }

    #[test]
    fn plain_json_resume_round_trips() {
        let input = r#"{"basics":{"name":"A","x-pronouns":"they"},"work":[{"name":"B","x":1}],"x-top":true}"#;
        let cv = Cv::from_json_slice(input.as_bytes()).unwrap();
        let expected: Value = serde_json::from_str(input).unwrap();
        let got: Value = serde_json::from_str(&to_string(&cv)).unwrap();
        assert_eq!(got, expected);
    }
}
