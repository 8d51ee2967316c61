//! The `cvimprover-desktop` binary: a shim over [`cvimprover_desktop::run`] that first sets up the
//! process on Linux (see [`cvimprover_desktop::linux`]).

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(target_os = "linux")]
    prepare_linux_process();
    cvimprover_desktop::run();
}

/// Sets the environment GTK and WebKit start with and glibc's mmap threshold.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn prepare_linux_process() {
    use cvimprover_desktop::linux;
    for (name, value) in linux::environment_defaults() {
        // SAFETY: this runs first in `main`, before Tauri, GTK or WebKit exist and before any
        // thread is started; `set_var` is unsound only while another thread reads or writes
        // the environment. GTK and WebKit read these variables in this process, and WebKit's
        // web and network processes inherit them, so there is no later moment to set them.
        unsafe { std::env::set_var(name, value) };
    }
    // SAFETY: `mallopt` only changes a malloc parameter, under malloc's own lock.
    #[cfg(target_env = "gnu")]
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, linux::MMAP_THRESHOLD)
    };
}
