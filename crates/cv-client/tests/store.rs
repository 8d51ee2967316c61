//! The local store through its public API, on a real SQLite file: migrations, saving, history,
//! trash and restoring.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use cv_client::Store;
use cv_client::api::SnapshotReason;
use cv_core::Cv;
use time::OffsetDateTime;

const MINUTE: i64 = 60_000;
const DAY: i64 = 24 * 60 * MINUTE;

/// A clock the test moves by hand, starting at 2026-01-01.
fn clock() -> (Arc<AtomicI64>, cv_client::store::Clock) {
    let now = Arc::new(AtomicI64::new(1_767_225_600_000));
    let read = Arc::clone(&now);
    let clock: cv_client::store::Clock = Arc::new(move || {
        OffsetDateTime::from_unix_timestamp_nanos(
            i128::from(read.load(Ordering::SeqCst)) * 1_000_000,
        )
        .expect("the test clock stays in range")
    });
    (now, clock)
}

fn named(name: &str) -> Cv {
    Cv::from_json_str(&format!(
        r#"{{"basics": {{"name": "{name}"}}, "work": [{{"name": "Acme"}}]}}"#
    ))
    .expect("the test document is valid")
}

async fn open(path: &Path) -> (Arc<AtomicI64>, Store) {
    let (now, clock) = clock();
    (
        now,
        Store::open_with_clock(path, clock)
            .await
            .expect("the store opens"),
    )
}

#[tokio::test]
async fn a_fresh_file_is_migrated_and_an_existing_one_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/store.sqlite");
    let (_, store) = open(&path).await;
    assert!(store.list_cvs().await.unwrap().is_empty());
    let cv = store
        .create_cv("Engineering", Some(named("Ada")))
        .await
        .unwrap();
    store.close().await;

    // Reopening runs the migrator again: nothing to apply, nothing lost.
    let (_, store) = open(&path).await;
    let list = store.list_cvs().await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, cv.id);
    assert_eq!(list[0].template, "classic");
    assert_eq!(
        store.get_cv(&cv.id).await.unwrap().document.name(),
        Some("Ada")
    );
    assert!(store.integrity_check().await.unwrap());
}

#[tokio::test]
async fn saving_bumps_the_revision_and_the_list_shows_the_latest_first() {
    let dir = tempfile::tempdir().unwrap();
    let (now, store) = open(&dir.path().join("s.sqlite")).await;
    let first = store.create_cv("First", None).await.unwrap();
    assert_eq!(first.revision, 1);
    assert!(
        first.document.work.as_ref().is_some_and(Vec::is_empty),
        "starter has sections"
    );
    now.fetch_add(1000, Ordering::SeqCst);
    let second = store.create_cv("Second", None).await.unwrap();
    now.fetch_add(1000, Ordering::SeqCst);

    let saved = store.save_cv(&first.id, &named("Grace")).await.unwrap();
    assert_eq!(saved.revision, 2);
    let got = store.get_cv(&first.id).await.unwrap();
    assert_eq!((got.revision, got.document.name()), (2, Some("Grace")));
    assert_eq!(got.updated_at, saved.saved_at);
    let order: Vec<_> = store
        .list_cvs()
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(order, [first.id.clone(), second.id.clone()]);

    let missing = store.save_cv("nope", &named("X")).await.unwrap_err();
    assert_eq!(missing.kind(), cv_client::api::ErrorKind::NotFound);
}

#[tokio::test]
async fn rename_and_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let (_, store) = open(&dir.path().join("s.sqlite")).await;
    let cv = store.create_cv("Draft", Some(named("Ada"))).await.unwrap();
    store.rename_cv(&cv.id, "  Backend roles ").await.unwrap();
    assert_eq!(store.get_cv(&cv.id).await.unwrap().title, "Backend roles");
    assert!(
        store.rename_cv(&cv.id, "   ").await.is_err(),
        "empty titles are refused"
    );

    let copy = store.duplicate_cv(&cv.id).await.unwrap();
    assert_eq!(copy.title, "Backend roles (copy)");
    assert_ne!(copy.id, cv.id);
    // The copy is independent: saving it leaves the original alone.
    store.save_cv(&copy.id, &named("Copy")).await.unwrap();
    assert_eq!(
        store.get_cv(&cv.id).await.unwrap().document.name(),
        Some("Ada")
    );
    assert_eq!(store.list_cvs().await.unwrap().len(), 2);
}

#[tokio::test]
async fn automatic_snapshots_come_at_most_every_five_minutes_of_editing() {
    let dir = tempfile::tempdir().unwrap();
    let (now, store) = open(&dir.path().join("s.sqlite")).await;
    let cv = store.create_cv("CV", None).await.unwrap();
    // Saving every second for four minutes takes no snapshot …
    for i in 0..240 {
        now.fetch_add(1000, Ordering::SeqCst);
        store
            .save_cv(&cv.id, &named(&format!("v{i}")))
            .await
            .unwrap();
    }
    assert!(store.list_snapshots(&cv.id).await.unwrap().is_empty());
    // … the first save after five minutes does, then none for the next five.
    now.fetch_add(MINUTE, Ordering::SeqCst);
    store.save_cv(&cv.id, &named("five")).await.unwrap();
    now.fetch_add(MINUTE, Ordering::SeqCst);
    store.save_cv(&cv.id, &named("six")).await.unwrap();
    let snapshots = store.list_snapshots(&cv.id).await.unwrap();
    assert_eq!(snapshots.len(), 1);
    assert_eq!(snapshots[0].reason, SnapshotReason::Auto);
}

#[tokio::test]
async fn restoring_a_snapshot_can_itself_be_undone() {
    let dir = tempfile::tempdir().unwrap();
    let (now, store) = open(&dir.path().join("s.sqlite")).await;
    let cv = store.create_cv("CV", Some(named("Before"))).await.unwrap();
    let manual = store
        .create_snapshot(&cv.id, SnapshotReason::Manual)
        .await
        .unwrap();
    now.fetch_add(1000, Ordering::SeqCst);
    store.save_cv(&cv.id, &named("After")).await.unwrap();

    let restored = store.restore_snapshot(&manual.id).await.unwrap();
    assert_eq!(restored.document.name(), Some("Before"));
    assert_eq!(
        restored.revision, 3,
        "a restore is a new revision, not a rewind"
    );
    let snapshots = store.list_snapshots(&cv.id).await.unwrap();
    let reasons: Vec<_> = snapshots.iter().map(|s| s.reason).collect();
    assert_eq!(reasons, [SnapshotReason::Restore, SnapshotReason::Manual]);

    // Restoring the "restore" snapshot brings back what was there before the restore.
    let undone = store.restore_snapshot(&snapshots[0].id).await.unwrap();
    assert_eq!(undone.document.name(), Some("After"));
    assert!(store.restore_snapshot("missing").await.is_err());
}

#[tokio::test]
async fn the_trash_keeps_cvs_thirty_days_then_purges_them_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    let (now, store) = open(&path).await;
    let old = store.create_cv("Old", None).await.unwrap();
    let kept = store.create_cv("Kept", None).await.unwrap();
    store
        .create_snapshot(&old.id, SnapshotReason::Manual)
        .await
        .unwrap();
    store.delete_cv(&old.id).await.unwrap();
    assert!(
        store.get_cv(&old.id).await.is_err(),
        "a trashed CV is not opened"
    );
    assert_eq!(store.list_cvs().await.unwrap().len(), 1);
    let trash = store.list_trash().await.unwrap();
    assert_eq!(trash.len(), 1);
    assert_eq!(trash[0].deleted_at, "2026-01-01T00:00:00Z");
    assert_eq!(trash[0].purge_at, "2026-01-31T00:00:00Z");

    // Restorable within 30 days.
    now.fetch_add(29 * DAY, Ordering::SeqCst);
    store.restore_cv(&old.id).await.unwrap();
    assert_eq!(store.get_cv(&old.id).await.unwrap().title, "Old");

    // Deleted again and left for more than 30 days: gone on the next open, snapshots too.
    store.delete_cv(&old.id).await.unwrap();
    now.fetch_add(2 * DAY, Ordering::SeqCst);
    store.delete_cv(&kept.id).await.unwrap();
    store.close().await;
    let (now, clock) = clock();
    now.store(
        1_767_225_600_000 + 29 * DAY + 30 * DAY + 1,
        Ordering::SeqCst,
    );
    let store = Store::open_with_clock(&path, clock).await.unwrap();
    let trash: Vec<_> = store
        .list_trash()
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(
        trash,
        [kept.id],
        "only the CV deleted over 30 days ago is purged"
    );
    assert!(store.list_snapshots(&old.id).await.unwrap().is_empty());
    assert!(store.restore_cv(&old.id).await.is_err());
}
