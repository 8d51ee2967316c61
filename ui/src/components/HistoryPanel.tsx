// Snapshots of this CV (manual, on export, automatic, before a restore) with restore.
import { useCallback, useEffect, useState } from "react";
import { api, type Snapshot, type StoredCv } from "../ipc";
import { formatWhen } from "../format";

const REASONS: Record<Snapshot["reason"], string> = {
  manual: "Saved version",
  export: "Exported",
  auto: "Automatic",
  restore: "Before a restore",
};

interface Props {
  cvId: string;
  /** Bumped after Ctrl+S or an export, so the list refreshes. */
  refreshKey: number;
  onRestored: (cv: StoredCv) => void;
  beforeRestore: () => Promise<void>;
}

export function HistoryPanel({ cvId, refreshKey, onRestored, beforeRestore }: Props) {
  const [items, setItems] = useState<Snapshot[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => api.listSnapshots(cvId).then(setItems, (e: Error) => setError(e.message)), [cvId]);
  useEffect(() => void load(), [load, refreshKey]);
  const restore = async (s: Snapshot) => {
    await beforeRestore();
    try {
      onRestored(await api.restoreSnapshot(s.id));
      void load();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="card" aria-label="History">
      <h2>History</h2>
      <p className="muted small">A version is kept when you press Ctrl+S, when you export, and every few minutes while you edit. Restoring keeps the current state as a version too.</p>
      {error && <div className="banner error" role="alert">{error}</div>}
      {items && items.length === 0 && <div className="empty small-empty"><p>No versions yet.</p><p className="muted small">Press Ctrl+S to keep one.</p></div>}
      <ul className="snapshots">
        {items?.map((s) => (
          <li key={s.id} data-testid="snapshot">
            <div>
              <strong>{REASONS[s.reason] ?? s.reason}</strong>
              <span className="muted small">{formatWhen(s.createdAt)}</span>
            </div>
            <button type="button" className="btn" onClick={() => void restore(s)}>Restore</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
