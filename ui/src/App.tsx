// The app shell: the CV list or one open CV.
import { useState } from "react";
import type { StoredCv } from "./ipc";
import { CvList } from "./components/CvList";
import { Editor } from "./components/Editor";
import { ToastProvider } from "./components/Toasts";

export function App() {
  const [open, setOpen] = useState<StoredCv | null>(null);
  return (
    <ToastProvider>
      {open ? <Editor key={open.id} stored={open} onClose={() => setOpen(null)} /> : <CvList onOpen={setOpen} />}
    </ToastProvider>
  );
}
