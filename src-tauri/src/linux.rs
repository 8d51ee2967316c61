//! The app made light on Linux, where the window is GTK and the webview WebKitGTK: the process
//! environment it starts with ([`environment_defaults`]) and its allocator setting
//! ([`MMAP_THRESHOLD`]), both applied by `main.rs` before anything else runs, and the settings of
//! the window's webview (`software_rendering`). None of it changes what the app shows; it
//! changes what GTK and WebKit load to show it. Issue 5 asks for at most 250 MB across the app's
//! processes with the 2-page example open; `bench/desktop/README.md` has the measurements.
//!
//! Where the memory went: Mesa's GL driver links all of LLVM (about 20 MB a process: relocated
//! data plus the code its static constructors touch), and the app process loaded it for nothing,
//! since with compositing off nothing in it draws with GL: GDK probed GLX visuals when it opened
//! the display, and WebKit initialised EGL to look for GPU buffers and to name the render device
//! it hands to the web process. The web process still initialises EGL once at start-up
//! (WebKitGTK 2.50 does, whatever the settings) and keeps LLVM mapped.

/// Environment variables the app starts with unless the user set them, each as (name, value).
///
/// - `GDK_GL=disable`: GTK draws the window without OpenGL (it has nothing to accelerate) and
///   so does not load the GL driver to probe visuals when it opens the display.
/// - `WEBKIT_DISABLE_DMABUF_RENDERER=1`: pages reach the window through shared memory. With
///   compositing off WebKit paints into shared memory anyway; this stops it from loading EGL to
///   ask whether GPU buffers would work.
/// - `WEBKIT_WEB_RENDER_DEVICE_FILE=none`: the DRM render node WebKit would otherwise find by
///   initialising EGL. The web process uses it only for GPU buffers, which the two settings
///   above turn off; any non-empty value stops the look-up.
/// - `JSC_useJIT=false`: JavaScriptCore runs the UI's script in its interpreter. Its JIT tiers
///   cost the web process about 24 MB (14 of them the optimising DFG and FTL) that a form does
///   not repay: typing → preview stayed within a few milliseconds, well under its 100 ms.
///
/// A variable already set (to anything) is left as it is, so a user can undo any of these.
/// Every process the app starts inherits them: code that will launch another program (a browser
/// for checkout, say) should remove the ones this function set from that program's environment.
pub fn environment_defaults() -> Vec<(&'static str, &'static str)> {
    const DEFAULTS: [(&str, &str); 4] = [
        ("GDK_GL", "disable"),
        ("WEBKIT_DISABLE_DMABUF_RENDERER", "1"),
        ("WEBKIT_WEB_RENDER_DEVICE_FILE", "none"),
        ("JSC_useJIT", "false"),
    ];
    DEFAULTS
        .into_iter()
        .filter(|(name, _)| std::env::var_os(name).is_none())
        .collect()
}

/// Allocations of at least this many bytes get their own memory map from glibc's malloc and go
/// back to the system when freed (`mallopt(M_MMAP_THRESHOLD)`). It is glibc's initial value, kept
/// from rising: a preview draws each changed page into a bitmap of about 2 MB and frees it, and
/// glibc raises the threshold to the size of the first such block freed, after which later
/// bitmaps stayed in the heap of whichever thread drew them, as free memory never returned
/// (6–11 MB after 80 renders, measured).
pub const MMAP_THRESHOLD: i32 = 128 * 1024;

/// Turns off WebKitGTK's GPU compositing and its browser-sized memory cache. A CV editor has
/// nothing to accelerate, and compositing cost the web process about 180 MB (measured under Xvfb,
/// where Mesa renders in software: 395 → 213 MB PSS); it is also a known source of blank windows
/// on some Linux drivers. The app loads everything from itself, so the "document viewer" cache
/// model (no cache of pages no longer shown) loses nothing: it stops replaced preview pages from
/// piling up in memory.
pub(crate) fn software_rendering(app: &tauri::App) {
    use tauri::Manager;
    use webkit2gtk::{
        CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
    };
    for window in app.webview_windows().values() {
        let _ = window.with_webview(|webview| {
            let webview = webview.inner();
            if let Some(settings) = webview.settings() {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
            if let Some(context) = webview.context() {
                context.set_cache_model(CacheModel::DocumentViewer);
            }
        });
    }
}
