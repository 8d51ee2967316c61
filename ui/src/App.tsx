// The app shell: the CV list or one open CV, and the menu items that work on either screen
// (New CV, Open…); the editor handles Save Snapshot and Export PDF itself.
import { useCallback, useEffect, useRef, useState } from "react";
import { api, onMenu, openWithDialog, type StoredCv } from "./ipc";
import { CvList } from "./components/CvList";
import { Editor } from "./components/Editor";
import { ToastProvider, useNotify } from "./components/Toasts";

export function App() {
  return (
    <ToastProvider>
      <Shell />
    </ToastProvider>
  );
}

function Shell() {
  const [open, setOpen] = useState<StoredCv | null>(null);
  const notify = useNotify();
  const create = useCallback(async () => {
    try {
      setOpen(await api.createCv("Untitled CV", null));
    } catch (e) {
      notify(`Creating a CV failed: ${(e as Error).message}`, "error");
    }
  }, [notify]);
  const openFile = useCallback(async () => {
    try {
      const cv = await openWithDialog();
      if (cv) setOpen(cv);
    } catch (e) {
      notify(`Opening the file failed: ${(e as Error).message}`, "error");
    }
  }, [notify]);
  const actions = useRef({ create, openFile });
  actions.current = { create, openFile };
  useEffect(
    () =>
      onMenu((id) => {
        if (id === "new-cv") void actions.current.create();
        if (id === "open") void actions.current.openFile();
      }),
    [],
  );
  return open ? (
    <Editor key={open.id} stored={open} onClose={() => setOpen(null)} />
  ) : (
    <CvList onOpen={setOpen} onCreate={create} onOpenFile={openFile} />
  );
}
