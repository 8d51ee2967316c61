// One open CV: the top bar (back, title, undo/redo, save status, export), the left pane with
// Content / Design / History tabs, and the live preview on the right.
import { useCallback, useEffect, useRef, useState } from "react";
import { api, exportWithDialog, onMenu, type ExportFormat, type StoredCv } from "../ipc";
import { useAutosave, type SaveStatus } from "../editor/useAutosave";
import { DiagnosticsContext, EditorContext, useEditorState, useHistory, useUndoShortcuts } from "../editor/useEditor";
import { useValidation } from "../editor/useValidation";
import { useShortcut } from "../editor/useShortcut";
import { requestFocus } from "../editor/focus";
import { ContentForm } from "./Sections";
import { DesignPanel } from "./DesignPanel";
import { ExportMenu } from "./ExportMenu";
import { HistoryPanel } from "./HistoryPanel";
import { LivePreview } from "./Preview";
import { useNotify } from "./Toasts";
import { Icon } from "./Icons";

type Tab = "content" | "design" | "history";

export function Editor({ stored, onClose }: { stored: StoredCv; onClose: () => void }) {
  const store = useEditorState(stored.document);
  const history = useHistory(store);
  const doc = history.present;
  const diagnostics = useValidation(doc);
  const notify = useNotify();
  const [tab, setTab] = useState<Tab>("content");
  const [title, setTitle] = useState(stored.title);
  const [historyKey, setHistoryKey] = useState(0);
  const save = useCallback((doc: typeof stored.document) => api.saveCv(stored.id, doc), [stored.id]);
  const { status, flush } = useAutosave(doc, save);
  useUndoShortcuts(store);

  const snapshot = useCallback(async () => {
    await flush();
    try {
      await api.createSnapshot(stored.id);
      setHistoryKey((k) => k + 1);
      notify("Version saved to history");
    } catch (e) {
      notify(`Could not keep a version: ${(e as Error).message}`, "error");
    }
  }, [flush, stored.id, notify]);
  // Ctrl+S reaches us twice in the app (the menu's accelerator and the key itself): one snapshot.
  const lastSnapshot = useRef(0);
  const snapshotOnce = useCallback(() => {
    if (Date.now() - lastSnapshot.current < 500) return;
    lastSnapshot.current = Date.now();
    void snapshot();
  }, [snapshot]);
  useShortcut("s", snapshotOnce);

  const doExport = async (format: ExportFormat) => {
    try {
      await flush();
      const out = await exportWithDialog(doc, stored.id, title, format);
      if (out) {
        notify(`Exported to ${out.path}`);
        setHistoryKey((k) => k + 1);
      }
    } catch (e) {
      notify(`Export failed: ${(e as Error).message}`, "error");
    }
  };
  const menu = useRef({ snapshotOnce, doExport });
  menu.current = { snapshotOnce, doExport };
  useEffect(
    () =>
      onMenu((id) => {
        if (id === "save-snapshot") menu.current.snapshotOnce();
        if (id === "export-pdf") void menu.current.doExport("pdf");
      }),
    [],
  );
  const rename = async () => {
    const clean = title.trim() || "Untitled CV";
    setTitle(clean);
    if (clean !== stored.title) await api.renameCv(stored.id, clean).catch((e: Error) => notify(e.message, "error"));
  };
  const close = async () => {
    await flush();
    onClose();
  };
  const focusField = useCallback((path: string) => {
    setTab("content");
    requestFocus(path);
  }, []);

  return (
    <EditorContext.Provider value={store}>
      <DiagnosticsContext.Provider value={diagnostics}>
      <div className="editor">
        <header className="topbar">
          <button type="button" className="btn ghost" onClick={() => void close()} aria-label="Back to all CVs">← All CVs</button>
          <input className="title-input" value={title} aria-label="CV title" onChange={(e) => setTitle(e.target.value)} onBlur={() => void rename()}
            onKeyDown={(e) => e.key === "Enter" && (e.target as HTMLInputElement).blur()} />
          <SaveBadge status={status} />
          <div className="spacer" />
          <button type="button" className="icon-btn big" data-testid="undo" title="Undo (Ctrl+Z)" aria-label="Undo" disabled={history.past.length === 0} onClick={store.undo}><Icon name="undo" size={18} /></button>
          <button type="button" className="icon-btn big" data-testid="redo" title="Redo (Ctrl+Shift+Z)" aria-label="Redo" disabled={history.future.length === 0} onClick={store.redo}><Icon name="redo" size={18} /></button>
          <button type="button" className="btn" title="Keep this version (Ctrl+S)" onClick={snapshotOnce}>Save version</button>
          <ExportMenu onExport={(f) => void doExport(f)} />
        </header>
        <div className="panes">
          <div className="left">
            <nav className="tabs" role="tablist">
              {(["content", "design", "history"] as Tab[]).map((t) => (
                <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? "tab active" : "tab"} onClick={() => setTab(t)}>
                  {t === "content" ? "Content" : t === "design" ? "Design" : "History"}
                  {t === "content" && diagnostics.all.filter((d) => d.severity === "error").length > 0 && (
                    <span className="badge error">{diagnostics.all.filter((d) => d.severity === "error").length}</span>
                  )}
                </button>
              ))}
            </nav>
            <div className="scroll">
              {tab === "content" && <ContentForm />}
              {tab === "design" && <DesignPanel />}
              {tab === "history" && (
                <HistoryPanel cvId={stored.id} refreshKey={historyKey} beforeRestore={flush}
                  onRestored={(cv) => { store.replace(cv.document); notify("Version restored. Undo brings back what you had."); }} />
              )}
            </div>
          </div>
          <LivePreview doc={doc} onFocusField={focusField} />
        </div>
      </div>
      </DiagnosticsContext.Provider>
    </EditorContext.Provider>
  );
}

function SaveBadge({ status }: { status: SaveStatus }) {
  const text = status.state === "saved" ? "Saved" : status.state === "error" ? `Not saved: ${status.message}` : "Saving…";
  return (
    <span className={`save-status ${status.state}`} data-testid="save-status" role={status.state === "error" ? "alert" : "status"}>
      <span className="dot" aria-hidden />
      {text}
    </span>
  );
}
