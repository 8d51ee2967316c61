// The home screen: every CV as a card (open, rename, duplicate, delete to trash), create and open
// buttons, a trash view with restore, and an empty state that says what to do first.
import { useCallback, useEffect, useState } from "react";
import { api, type CvSummary, type StoredCv, type TrashedCv } from "../ipc";
import { formatWhen } from "../format";
import { useNotify } from "./Toasts";

interface Props {
  onOpen: (cv: StoredCv) => void;
  onCreate: () => Promise<void>;
  onOpenFile: () => Promise<void>;
}

export function CvList({ onOpen, onCreate, onOpenFile }: Props) {
  const notify = useNotify();
  const [cvs, setCvs] = useState<CvSummary[] | null>(null);
  const [trash, setTrash] = useState<TrashedCv[]>([]);
  const [showTrash, setShowTrash] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const [list, bin] = await Promise.all([api.listCvs(), api.listTrash()]);
      setCvs(list);
      setTrash(bin);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const act = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
      await load();
    } catch (e) {
      notify(`${what} failed: ${(e as Error).message}`, "error");
    }
  };
  const create = onCreate;
  const openFile = onOpenFile;
  const open = (id: string) => act("Opening the CV", async () => onOpen(await api.getCv(id)));

  return (
    <div className="home">
      <header className="home-head">
        <div>
          <h1>Your CVs</h1>
          <p className="muted">Everything is stored on this computer and saved as you type.</p>
        </div>
        <div className="row">
          <button type="button" className="btn" onClick={() => void openFile()}>Open file…</button>
          <button type="button" className="btn primary" data-testid="new-cv" onClick={() => void create()}>+ New CV</button>
        </div>
      </header>
      {error && <div className="banner error" role="alert">Your CVs could not be loaded: {error} <button type="button" className="link-btn" onClick={() => void load()}>Try again</button></div>}
      {!cvs && !error && <p className="muted loading">Loading your CVs…</p>}
      {cvs && cvs.length === 0 && !showTrash && (
        <div className="empty">
          <div className="empty-art" aria-hidden><span /><span /><span /></div>
          <h2>Start your first CV</h2>
          <p className="muted">Create one from scratch, or open an existing CV: a PDF, a JSON Resume file, or YAML.</p>
          <div className="row center">
            <button type="button" className="btn primary" onClick={() => void create()}>Create a CV</button>
            <button type="button" className="btn" onClick={() => void openFile()}>Open a file…</button>
          </div>
        </div>
      )}
      {!showTrash && cvs && cvs.length > 0 && (
        <ul className="cv-grid">
          {cvs.map((cv) => (
            <CvCard key={cv.id} cv={cv} onOpen={() => void open(cv.id)}
              onRename={(t) => void act("Renaming", () => api.renameCv(cv.id, t))}
              onDuplicate={() => void act("Duplicating", () => api.duplicateCv(cv.id))}
              onDelete={() => void act("Deleting", async () => { await api.deleteCv(cv.id); notify(`“${cv.title}” moved to the trash`); })} />
          ))}
        </ul>
      )}
      <div className="trash-toggle">
        <button type="button" className="link-btn" data-testid="trash-toggle" onClick={() => setShowTrash(!showTrash)}>
          {showTrash ? "← Back to your CVs" : `Trash (${trash.length})`}
        </button>
      </div>
      {showTrash && (
        <section className="card">
          <h2>Trash</h2>
          <p className="muted small">Deleted CVs stay here for 30 days, then they are removed for good.</p>
          {trash.length === 0 && <p className="muted">The trash is empty.</p>}
          <ul className="snapshots">
            {trash.map((t) => (
              <li key={t.id} data-testid="trash-item">
                <div><strong>{t.title}</strong><span className="muted small">deleted {formatWhen(t.deletedAt)}</span></div>
                <button type="button" className="btn" onClick={() => void act("Restoring", () => api.restoreCv(t.id))}>Restore</button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

interface CardProps {
  cv: CvSummary;
  onOpen: () => void;
  onRename: (title: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

function CvCard({ cv, onOpen, onRename, onDuplicate, onDelete }: CardProps) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(cv.title);
  const finish = () => {
    setEditing(false);
    const t = title.trim();
    if (t && t !== cv.title) onRename(t);
    else setTitle(cv.title);
  };
  return (
    <li className="cv-card" data-testid="cv-list-item">
      <button type="button" className="cv-thumb" onClick={onOpen} aria-label={`Open ${cv.title}`}>
        <span className={`template-thumb t-${cv.template}`} aria-hidden />
      </button>
      <div className="cv-meta">
        {editing ? (
          <input className="input" autoFocus value={title} aria-label="New title" onChange={(e) => setTitle(e.target.value)} onBlur={finish}
            onKeyDown={(e) => { if (e.key === "Enter") finish(); if (e.key === "Escape") { setTitle(cv.title); setEditing(false); } }} />
        ) : (
          <button type="button" className="cv-title" onClick={onOpen}>{cv.title}</button>
        )}
        <span className="muted small">{cv.template} · edited {formatWhen(cv.updatedAt)}</span>
      </div>
      <div className="cv-actions">
        <button type="button" className="link-btn" onClick={() => setEditing(true)}>Rename</button>
        <button type="button" className="link-btn" onClick={onDuplicate}>Duplicate</button>
        <button type="button" className="link-btn danger" onClick={onDelete}>Delete</button>
      </div>
    </li>
  );
}
