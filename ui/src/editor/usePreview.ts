// Live preview: every document change (and every change of the page width in pixels, after a
// zoom or a resize) asks the backend for a render with a higher generation.
// Requests are never awaited by the editor, so typing never waits; a result that is null (the
// backend dropped it for a newer one) or older than what is shown is ignored. New pages are
// shown in a transition, which React interrupts for typing. Pages are addresses: an unchanged
// page keeps its `<img>` as it is. Pages are bitmaps drawn as wide as they are shown, so the
// webview only decodes them (an SVG page took it over 100 ms to lay out).
import { startTransition, useEffect, useRef, useState } from "react";
import { api, type Cv, type Preview } from "../ipc";

export type PreviewState = { preview: Preview | null; error: string | null; rendering: boolean };

export function usePreview(doc: Cv, pagePixels: number): PreviewState {
  const [state, setState] = useState<PreviewState>({ preview: null, error: null, rendering: true });
  const generation = useRef(0);
  const shown = useRef(0);
  const rendering = useRef(true);

  useEffect(() => {
    // 0 until the pane is measured: a render at a guessed width would be thrown away.
    if (pagePixels <= 0) return;
    generation.current += 1;
    const gen = generation.current;
    if (!rendering.current) {
      rendering.current = true;
      setState((s) => ({ ...s, rendering: true }));
    }
    api.renderPreview(doc, gen, pagePixels).then(
      (p) => {
        if (!p || p.generation < shown.current) return;
        shown.current = p.generation;
        rendering.current = p.generation < generation.current;
        const next = { preview: p, error: null, rendering: rendering.current };
        // A transition: drawing new pages never delays the next keystroke's render.
        startTransition(() => setState(next));
      },
      (e: unknown) => {
        if (gen < generation.current) return;
        rendering.current = false;
        setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e), rendering: false }));
      },
    );
  }, [doc, pagePixels]);

  return state;
}
