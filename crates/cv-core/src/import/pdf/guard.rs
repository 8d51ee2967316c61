//! Containment for PDF parsing: the limits a PDF must fit in, and the guarded runner that parses
//! it on a worker thread under a deadline with panics caught.
//!
//! Why each guard exists (pdf-extract 0.12 on lopdf 0.42, see `/work/shared/ECOSYSTEM-NOTES.md`):
//!
//! - **Size limit** ([`Limits::max_bytes`]): lopdf holds the whole file and every parsed object in
//!   memory, so the input size bounds memory before any parsing starts. CVs are a few hundred
//!   kilobytes; 20 MiB leaves room for photos and still refuses a 30 MB document at once.
//! - **Inflation limit** ([`Limits::max_inflated`]): a small compressed stream can inflate to
//!   gigabytes (a "zip bomb"); decompressed sizes are measured with a capped decoder before
//!   pdf-extract decompresses anything.
//! - **Page limit** ([`Limits::max_pages`]): work grows with pages, and a 500-page file is not a
//!   CV; counting pages is cheap and happens before text extraction.
//! - **`catch_unwind`**: pdf-extract `panic!`s and `unwrap`s on malformed content; a panic on the
//!   worker becomes [`Error::PdfDamaged`]. Panic messages from the worker are not printed (see
//!   `quiet_worker_panics`); every other thread's panics still reach the previous hook.
//! - **Deadline on a worker thread**: pdf-extract can run for minutes. The caller waits on a
//!   channel with a timeout, and the worker checks a shared cancel flag between pages and every
//!   few hundred glyphs, so a timed-out worker also stops soon instead of burning a core. A worker
//!   stuck inside one lopdf call cannot be interrupted (threads cannot be killed safely in Rust);
//!   it is detached and its result dropped, which is why the size limits above bound what it can
//!   consume meanwhile. A subprocess would be killable, but costs a process start (more than the
//!   5 ms budget for our own PDFs) and needs a binary to exec, which a library cannot assume.
//!
//! What does not live here: parsing itself (`load`, `extract`).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Once, mpsc};
use std::time::{Duration, Instant};

use crate::{Error, Result};

/// The limits a PDF import runs under.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest file accepted, in bytes.
    pub max_bytes: usize,
    /// Largest total of decompressed stream data, in bytes.
    pub max_inflated: usize,
    /// Most pages accepted.
    pub max_pages: usize,
    /// Longest an import may take.
    pub time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 20 * 1024 * 1024,
            max_inflated: 200 * 1024 * 1024,
            max_pages: 60,
            time: Duration::from_secs(5),
        }
    }
}

/// Set when the caller gave up waiting; the worker polls it and stops.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    /// Whether the worker should stop.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// `Err(PdfTimeout)` once cancelled, so workers can use `?` between steps.
    pub fn check(&self, limits: &Limits) -> Result<()> {
        if self.is_cancelled() {
            Err(timeout(limits))
        } else {
            Ok(())
        }
    }
}

fn timeout(limits: &Limits) -> Error {
    Error::PdfTimeout {
        seconds: limits.time.as_secs().max(1),
    }
}

/// The name of worker threads; the panic hook recognises them by it.
const WORKER_NAME: &str = "cv-pdf-import";
/// Worker stack: lopdf's parser and pdf-extract's XObject walk recurse on nested input, and a
/// stack overflow aborts the process (it is not a panic). Only touched pages are committed, so a
/// large reservation costs address space, not memory.
const WORKER_STACK: usize = 64 * 1024 * 1024;

/// Runs `work` on a worker thread and waits at most `limits.time` for it. A panic in `work`
/// becomes [`Error::PdfDamaged`]; running out of time becomes [`Error::PdfTimeout`] and cancels
/// the worker through the [`Cancel`] it was given.
pub fn run_guarded<T, F>(limits: &Limits, work: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce(Cancel) -> Result<T> + Send + 'static,
{
    quiet_worker_panics();
    let started = Instant::now();
    let cancel = Cancel::default();
    let (send, receive) = mpsc::sync_channel(1);
    let worker_cancel = cancel.clone();
    let spawned = std::thread::Builder::new()
        .name(WORKER_NAME.into())
        .stack_size(WORKER_STACK)
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(|| work(worker_cancel)))
                .unwrap_or_else(|panic| Err(Error::PdfDamaged(panic_message(&*panic))));
            // The receiver is gone only after a timeout; nobody wants the result then.
            let _ = send.send(result);
        });
    if spawned.is_err() {
        // No thread to spare (resource limits): refusing is safer than parsing unguarded.
        return Err(Error::PdfTooLarge(
            "no thread could be started to read it safely".into(),
        ));
    }
    let left = limits.time.saturating_sub(started.elapsed());
    match receive.recv_timeout(left) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            cancel.cancel();
            Err(timeout(limits))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(Error::PdfDamaged("the reader stopped unexpectedly".into()))
        }
    }
}

/// Short, user-facing text of a caught panic, e.g. `unexpected smask type`.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    let text = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    let text: String = text.chars().take(120).collect();
    if text.is_empty() {
        "its structure is invalid".into()
    } else {
        format!("its structure is invalid ({text})")
    }
}

/// Installs, once per process, a panic hook that stays silent for panics on import workers (they
/// are caught and reported as errors) and passes every other panic to the hook that was there.
/// Without it, a malformed PDF would print "thread panicked at …" although nothing crashed.
fn quiet_worker_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some(WORKER_NAME) {
                previous(info);
            }
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quick() -> Limits {
        Limits {
            time: Duration::from_millis(200),
            ..Limits::default()
        }
    }

    #[test]
    fn returns_the_workers_result() {
        assert_eq!(run_guarded(&quick(), |_| Ok(7)).ok(), Some(7));
        let err = run_guarded::<(), _>(&quick(), |_| Err(Error::PdfNoText));
        assert!(matches!(err, Err(Error::PdfNoText)));
    }

    #[test]
    fn a_panic_becomes_a_damaged_pdf() {
        let err = run_guarded::<(), _>(&quick(), |_| panic!("unexpected smask type"));
        match err {
            Err(Error::PdfDamaged(m)) => assert!(m.contains("unexpected smask type"), "{m}"),
            other => panic!("expected PdfDamaged, got {other:?}"),
        }
    }

    #[test]
    fn a_slow_worker_times_out_and_is_cancelled() {
        let (tx, rx) = mpsc::channel();
        let started = Instant::now();
        let err = run_guarded::<(), _>(&quick(), move |cancel| {
            while !cancel.is_cancelled() {
                std::thread::sleep(Duration::from_millis(5));
            }
            let _ = tx.send(());
            Ok(())
        });
        assert!(
            matches!(err, Err(Error::PdfTimeout { seconds: 1 })),
            "{err:?}"
        );
        assert!(started.elapsed() < Duration::from_secs(2));
        // The worker saw the cancel flag and stopped by itself.
        assert!(rx.recv_timeout(Duration::from_secs(2)).is_ok());
    }
}
