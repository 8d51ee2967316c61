// "Focus this field" requests (from a click in the preview): collapsed cards on the way open
// themselves, then the input with the matching `data-field` gets focus and scrolls into view.
import { useEffect, useRef } from "react";

const EVENT = "cv-focus-field";

export function requestFocus(path: string) {
  window.dispatchEvent(new CustomEvent(EVENT, { detail: path }));
  // Two frames: one for cards to open, one for their inputs to mount.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`);
    el?.scrollIntoView({ block: "center", behavior: "smooth" });
    el?.focus({ preventScroll: true });
  }));
}

/** Calls `open` when a focus request targets `path` or anything inside it. */
export function useFocusRequests(path: string, open: () => void) {
  const ref = useRef(open);
  ref.current = open;
  useEffect(() => {
    const on = (e: Event) => {
      const target = (e as CustomEvent<string>).detail;
      if (target === path || target.startsWith(`${path}.`) || target.startsWith(`${path}[`)) ref.current();
    };
    window.addEventListener(EVENT, on);
    return () => window.removeEventListener(EVENT, on);
  }, [path]);
}
