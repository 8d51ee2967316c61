// Live preview: every document change asks the backend for a render with a higher generation.
// Requests are never awaited by the editor, so typing never waits; a result that is null (the
// backend dropped it for a newer one) or older than what is shown is ignored.
import { useEffect, useRef, useState } from "react";
import { api, type Cv, type Preview } from "../ipc";

export type PreviewState = { preview: Preview | null; error: string | null; rendering: boolean };

export function usePreview(doc: Cv): PreviewState {
  const [state, setState] = useState<PreviewState>({ preview: null, error: null, rendering: true });
  const generation = useRef(0);
  const shown = useRef(0);

  useEffect(() => {
    generation.current += 1;
    const gen = generation.current;
    setState((s) => (s.rendering ? s : { ...s, rendering: true }));
    api.renderPreview(doc, gen).then(
      (p) => {
        if (!p || p.generation < shown.current) return;
        shown.current = p.generation;
        setState({ preview: p, error: null, rendering: p.generation < generation.current });
      },
      (e: unknown) => {
        if (gen < generation.current) return;
        setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e), rendering: false }));
      },
    );
  }, [doc]);

  return state;
}
