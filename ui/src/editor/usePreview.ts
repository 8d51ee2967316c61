// Live preview: every document change asks the backend for a render with a higher generation.
// Requests are never awaited by the editor, so typing never waits; a result that is null (the
// backend dropped it for a newer one) or older than what is shown is ignored. The images of the
// pages that changed are loaded and decoded before the new render replaces the old one, so a
// page never blanks while it loads; then they are shown in a transition, which React interrupts
// for typing.
import { startTransition, useEffect, useRef, useState } from "react";
import { api, type Cv, type Preview } from "../ipc";

export type PreviewState = { preview: Preview | null; error: string | null; rendering: boolean };

export function usePreview(doc: Cv): PreviewState {
  const [state, setState] = useState<PreviewState>({ preview: null, error: null, rendering: true });
  const generation = useRef(0);
  const shown = useRef(0);
  const rendering = useRef(true);
  const onScreen = useRef<string[]>([]);

  useEffect(() => {
    generation.current += 1;
    const gen = generation.current;
    if (!rendering.current) {
      rendering.current = true;
      setState((s) => ({ ...s, rendering: true }));
    }
    api.renderPreview(doc, gen).then(async (p) => {
      if (p && p.generation >= shown.current) await decodePages(p.pages.filter((url) => !onScreen.current.includes(url)));
      return p;
    }).then(
      (p) => {
        if (!p || p.generation < shown.current) return;
        shown.current = p.generation;
        onScreen.current = p.pages;
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
  }, [doc]);

  return state;
}

/**
 * Loads and decodes new page images off screen, so the `<img>` that shows one next draws it at
 * once from the webview's cache. Pages already on screen are not asked for again.
 */
function decodePages(urls: string[]): Promise<unknown> {
  if (typeof Image === "undefined" || typeof Image.prototype.decode !== "function") return Promise.resolve();
  return Promise.all(urls.map((url) => {
    const img = new Image();
    img.src = url;
    // A page that fails to load still shows (as a broken image) rather than freezing the preview.
    return img.decode().catch(() => undefined);
  }));
}
