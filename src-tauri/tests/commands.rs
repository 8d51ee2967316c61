//! The command list stands in four places: the contract (`cv_client::ipc`, from which the UI's
//! bindings are generated), the handlers (`src/commands.rs`), the permissions `build.rs` declares
//! and the capability that grants them. A command missing from one of them fails only at run
//! time ("command not allowed" or "not found"), so this test compares all four.

use std::collections::BTreeSet;
use std::path::Path;

fn read(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
        .unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The contract's command names, from which `ui/src/ipc/bindings.ts` is generated.
fn contract() -> BTreeSet<String> {
    let cfg = ts_rs::Config::default();
    cv_client::ipc::commands(&cfg)
        .into_iter()
        .map(|c| c.name.to_owned())
        .collect()
}

/// The quoted names inside `const COMMANDS: &[&str] = &[ … ];` of build.rs.
fn declared_in_build_rs() -> BTreeSet<String> {
    let text = read("build.rs");
    let start = text
        .find("const COMMANDS")
        .expect("build.rs declares COMMANDS");
    let list = &text[start..start + text[start..].find("];").expect("COMMANDS ends with ];")];
    list.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// `allow-list-cvs` → `list_cvs` for each of our permissions in the capability.
fn granted_by_capability() -> BTreeSet<String> {
    let capability: serde_json::Value =
        serde_json::from_str(&read("capabilities/default.json")).expect("the capability is JSON");
    capability["permissions"]
        .as_array()
        .expect("the capability lists permissions")
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|name| name.replace('-', "_"))
        .collect()
}

/// The `#[tauri::command]` functions of src/commands.rs.
fn handlers() -> BTreeSet<String> {
    let text = read("src/commands.rs");
    let mut names = BTreeSet::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim_start().starts_with("#[tauri::command") {
            let signature = lines
                .find(|l| l.contains("fn "))
                .expect("a command attribute precedes a fn");
            let after = &signature[signature.find("fn ").expect("a fn signature") + 3..];
            names.insert(
                after[..after.find(['(', '<']).expect("a fn name ends at ( or <")].to_owned(),
            );
        }
    }
    names
}

#[test]
fn every_command_is_in_the_contract_the_handlers_and_the_permissions() {
    let contract = contract();
    assert!(
        contract.len() >= 18,
        "the contract lists {} commands",
        contract.len()
    );
    assert_eq!(handlers(), contract, "src/commands.rs vs cv_client::ipc");
    assert_eq!(
        declared_in_build_rs(),
        contract,
        "build.rs COMMANDS vs cv_client::ipc"
    );
    assert_eq!(
        granted_by_capability(),
        contract,
        "capabilities/default.json vs cv_client::ipc"
    );
}
