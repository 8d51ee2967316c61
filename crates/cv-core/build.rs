//! Compresses the bundled fonts (`fonts/*.otf`, `fonts/*.ttf`) with deflate into `OUT_DIR`, where
//! `src/render/fonts.rs` includes them: 4.4 MB of fonts take 2.7 MB of the binaries that embed
//! them (the desktop app's size budget is 40 MB), and inflating them costs a few milliseconds
//! once per process.

use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::write::DeflateEncoder;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let fonts = Path::new("fonts");
    println!("cargo::rerun-if-changed=fonts");
    let entries = std::fs::read_dir(fonts).expect("crates/cv-core/fonts exists");
    for entry in entries {
        let path = entry.expect("a readable fonts folder").path();
        let is_font = path
            .extension()
            .is_some_and(|ext| ext == "otf" || ext == "ttf");
        if !is_font {
            continue;
        }
        let data = std::fs::read(&path).expect("a readable font file");
        let mut encoder = DeflateEncoder::new(Vec::new(), Compression::best());
        encoder.write_all(&data).expect("deflate into memory");
        let compressed = encoder.finish().expect("deflate into memory");
        let name = path.file_name().expect("a file name").to_string_lossy();
        std::fs::write(out.join(format!("{name}.deflate")), compressed)
            .expect("OUT_DIR is writable");
    }
}
