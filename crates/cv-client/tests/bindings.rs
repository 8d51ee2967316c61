//! `ui/src/ipc/bindings.ts` is generated from Rust and committed: this test rewrites it and fails
//! when it changed, so a Rust change the UI has not seen fails CI (commit the new file).

use std::path::Path;

#[test]
fn bindings_ts_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/ipc/bindings.ts");
    let generated = cv_client::ipc::bindings();
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        panic!(
            "ui/src/ipc/bindings.ts was out of date and has been regenerated: review and commit it"
        );
    }
}

#[test]
fn every_type_a_command_or_type_uses_is_declared() {
    let cfg = ts_rs::Config::default();
    let declared = cv_client::ipc::declared_types(&cfg);
    let text = cv_client::ipc::bindings();
    // Every capitalised identifier used after a colon or in a generic must be declared or built in.
    let builtin = ["Array", "Promise", "Record"];
    let used = regex_lite_words(&text);
    for word in used {
        if !builtin.contains(&word.as_str()) && !declared.contains(&word) {
            panic!("bindings.ts uses {word} but does not declare it");
        }
    }
}

/// Identifiers starting with a capital letter that appear in type positions (after `: `, `<`, `| `).
fn regex_lite_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let code = text.lines().filter(|l| {
        let l = l.trim_start();
        !(l.starts_with("//") || l.starts_with("/**") || l.starts_with('*'))
    });
    for line in code {
        for (i, _) in line.match_indices([':', '<', '|']) {
            let rest = line[i + 1..].trim_start();
            let word: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if word.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
                out.push(word);
            }
        }
    }
    out
}
