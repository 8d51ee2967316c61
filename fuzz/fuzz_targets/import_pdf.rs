//! Fuzz target: any bytes through the importer's front door, as `cvimprover import x.pdf` sees
//! them. The importer must return (a document or an error) without crashing, hanging or running
//! out of memory; panics inside the PDF worker are caught by design, so what this finds is what
//! containment misses (stack overflows, aborts, unbounded memory, panics outside the worker).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = cv_core::import::import(data, Some("fuzz.pdf"));
});
