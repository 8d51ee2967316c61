//! Packs the bundled fonts (`fonts/*.otf`, `fonts/*.ttf`) into `OUT_DIR` for
//! `src/render/fonts.rs`: one Brotli stream of every file, one after the other (`fonts.br`), and
//! the files' lengths in that order (`fonts.rs`). One stream lets the compressor reuse
//! what the styles of a family share: 4.4 MB of fonts take 1.7 MB of the binaries that embed them
//! (deflating each file took 2.7 MB; the desktop app's size budget is 40 MB). Unpacking costs
//! about 30 ms once per process, on a background thread.
//!
//! Quality 11 with a 16 MB window: about 15 s once per target folder, since `brotli` is built
//! optimised even in dev builds (root `Cargo.toml`); quality 10 was 56 kB larger.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The bundled fonts in the order the renderer's font store lists them.
const FILES: [&str; 17] = [
    "Inter-Regular.otf",
    "Inter-Italic.otf",
    "Inter-SemiBold.otf",
    "Inter-SemiBoldItalic.otf",
    "Inter-Bold.otf",
    "Inter-BoldItalic.otf",
    "LibertinusSerif-Regular.otf",
    "LibertinusSerif-Italic.otf",
    "LibertinusSerif-Semibold.otf",
    "LibertinusSerif-Bold.otf",
    "LibertinusSerif-BoldItalic.otf",
    "DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf",
];

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let fonts = Path::new("fonts");
    println!("cargo::rerun-if-changed=fonts");
    let on_disk = std::fs::read_dir(fonts)
        .expect("crates/cv-core/fonts exists")
        .map(|entry| entry.expect("a readable fonts folder").path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "otf" || ext == "ttf")
        })
        .count();
    assert_eq!(
        on_disk,
        FILES.len(),
        "list every font of fonts/ in build.rs' FILES"
    );
    let paths: Vec<PathBuf> = FILES.iter().map(|name| fonts.join(name)).collect();

    let mut all = Vec::new();
    let mut lengths = Vec::new();
    for path in &paths {
        let data = std::fs::read(path).expect("a readable font file");
        lengths.push(data.len());
        all.extend_from_slice(&data);
    }
    let index = format!(
        "/// The length of each bundled font file in `fonts.br`, in order.\n\
         const PACKED_LENGTHS: [usize; {}] = {lengths:?};\n",
        lengths.len()
    );

    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        ..Default::default()
    };
    let mut packed = Vec::new();
    brotli::BrotliCompress(&mut all.as_slice(), &mut packed, &params).expect("compress in memory");
    std::fs::File::create(out.join("fonts.br"))
        .and_then(|mut f| f.write_all(&packed))
        .expect("OUT_DIR is writable");
    std::fs::write(out.join("fonts.rs"), index).expect("OUT_DIR is writable");
}
