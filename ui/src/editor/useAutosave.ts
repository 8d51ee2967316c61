// Autosave: saves the document ~1 s after the last change, at once when the window loses focus
// or the editor closes, and never runs two saves at a time (a change during a save is saved
// right after it). The status drives the "Saved / Saving… / error" badge.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Cv } from "../ipc";

export const AUTOSAVE_DELAY_MS = 1000;

export type SaveStatus = { state: "saved" | "pending" | "saving" } | { state: "error"; message: string };

export function useAutosave(doc: Cv, save: (doc: Cv) => Promise<unknown>, delay = AUTOSAVE_DELAY_MS) {
  const [status, setStatusState] = useState<SaveStatus>({ state: "saved" });
  // Only real changes reach React: typing fast must not queue a status update per keystroke
  // (each would be one more synchronous re-render of the editor).
  const current = useRef<SaveStatus>(status);
  const setStatus = useCallback((next: SaveStatus) => {
    const same = next.state === current.current.state &&
      (next.state !== "error" || (current.current.state === "error" && current.current.message === next.message));
    if (same) return;
    current.current = next;
    setStatusState(next);
  }, []);
  const lastSaved = useRef(doc);
  const latest = useRef(doc);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  latest.current = doc;

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    const target = latest.current;
    if (target === lastSaved.current) return;
    setStatus({ state: "saving" });
    inFlight.current = (async () => {
      try {
        await saveRef.current(target);
        lastSaved.current = target;
        setStatus(latest.current === target ? { state: "saved" } : { state: "pending" });
      } catch (e) {
        setStatus({ state: "error", message: e instanceof Error ? e.message : String(e) });
      } finally {
        inFlight.current = null;
      }
    })();
    await inFlight.current;
    if (latest.current !== lastSaved.current && !timer.current) {
      timer.current = setTimeout(() => void flush(), delay);
    }
  }, [delay, setStatus]);

  useEffect(() => {
    if (doc === lastSaved.current) return;
    if (current.current.state !== "saving") setStatus({ state: "pending" });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
  }, [doc, delay, flush, setStatus]);

  useEffect(() => {
    const onBlur = () => void flush();
    window.addEventListener("blur", onBlur);
    window.addEventListener("pagehide", onBlur);
    return () => {
      window.removeEventListener("blur", onBlur);
      window.removeEventListener("pagehide", onBlur);
      void flush();
    };
  }, [flush]);

  return { status, flush };
}
