//! Crash safety: a writer process saving as fast as it can is killed with SIGKILL at a random
//! moment, over and over; each time the store must reopen, pass SQLite's integrity check, and
//! hold at least the last revision the writer reported as committed, with the document that
//! revision saved.
//!
//! The writer is this same test binary re-run with `CV_CLIENT_CRASH_DB` set (see
//! `crash_writer_child`), so no extra binary is needed.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

use cv_client::Store;
use cv_client::api::SnapshotReason;
use cv_core::Cv;

const ENV: &str = "CV_CLIENT_CRASH_DB";
const ROUNDS: u64 = 25;

fn document(after_revision: i64) -> Cv {
    let mut cv = Cv::from_json_str(include_str!("../../../examples/software-engineer.json"))
        .expect("the example loads");
    cv.basics.get_or_insert_default().name = Some(format!("saved after {after_revision}"));
    cv
}

/// Not a test on its own: the writer process, when the parent test starts it.
#[test]
fn crash_writer_child() {
    let Ok(path) = std::env::var(ENV) else { return };
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let store = Store::open(path.as_ref()).await.unwrap();
        let existing = store.list_cvs().await.unwrap();
        let id = match existing.first() {
            Some(cv) => cv.id.clone(),
            None => {
                store
                    .create_cv("Crash", Some(document(0)))
                    .await
                    .unwrap()
                    .id
            }
        };
        let mut revision = store.get_cv(&id).await.unwrap().revision;
        loop {
            let saved = store.save_cv(&id, &document(revision)).await.unwrap();
            revision = saved.revision;
            if revision % 3 == 0 {
                store
                    .create_snapshot(&id, SnapshotReason::Manual)
                    .await
                    .unwrap();
            }
            // Printed only after the commit returned: the parent trusts this number. Stdout is
            // the pipe to the parent here, not a terminal.
            #[allow(clippy::print_stdout)]
            {
                println!("committed {revision}");
            }
        }
    });
}

#[test]
fn a_writer_killed_mid_transaction_never_corrupts_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.sqlite");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64
        | 1;
    let mut random = move |below: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % below
    };
    for round in 0..ROUNDS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "crash_writer_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let wanted = 2 + random(20);
        let mut last = 0i64;
        let mut seen = 0;
        for line in stdout.lines() {
            let line = line.unwrap();
            if let Some(n) = line.strip_prefix("committed ") {
                last = n.trim().parse().unwrap();
                seen += 1;
                if seen == wanted {
                    break;
                }
            }
        }
        assert!(seen == wanted, "round {round}: the writer stopped early");
        // Let it get into the next transactions, then kill it without warning (SIGKILL).
        std::thread::sleep(Duration::from_micros(random(3000)));
        child.kill().unwrap();
        child.wait().unwrap();

        runtime.block_on(async {
            let store = Store::open(&path).await.unwrap();
            assert!(
                store.integrity_check().await.unwrap(),
                "round {round}: integrity"
            );
            let id = store.list_cvs().await.unwrap()[0].id.clone();
            let cv = store.get_cv(&id).await.unwrap();
            assert!(cv.revision >= last, "round {round}: lost revision {last}");
            let expected = format!("saved after {}", cv.revision - 1);
            assert_eq!(cv.document.name(), Some(expected.as_str()), "round {round}");
            store.close().await;
        });
    }
}
