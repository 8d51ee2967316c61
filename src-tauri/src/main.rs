//! The `cvimprover-desktop` binary: a shim over [`cvimprover_desktop::run`].

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    cvimprover_desktop::run();
}
