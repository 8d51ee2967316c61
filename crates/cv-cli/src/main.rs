//! `cvimprover`: see `lib.rs` for the commands and exit codes.

fn main() -> std::process::ExitCode {
    cv_cli::main()
}
