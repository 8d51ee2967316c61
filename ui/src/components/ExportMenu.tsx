// The Export button and its format menu; each choice asks for a path, then exports.
import { useEffect, useRef, useState } from "react";
import { EXPORT_FORMATS, type ExportFormat } from "../ipc";

export function ExportMenu({ onExport }: { onExport: (f: ExportFormat) => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => ref.current?.contains(e.target as Node) || setOpen(false);
    const esc = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("mousedown", close);
    window.addEventListener("keydown", esc);
    return () => {
      window.removeEventListener("mousedown", close);
      window.removeEventListener("keydown", esc);
    };
  }, [open]);
  return (
    <div className="menu-wrap" ref={ref}>
      <button type="button" className="btn primary" data-testid="export-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open && (
        <div className="menu" role="menu">
          {EXPORT_FORMATS.map((f) => (
            <button key={f.format} type="button" role="menuitem" data-format={f.format} onClick={() => { setOpen(false); onExport(f.format); }}>
              <span>{f.label}</span>
              <span className="muted small">.{f.ext}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
