// The live preview: the backend's pages shown as images (exact, isolated from the app's CSS and
// scripts) from their addresses, with zoom, page count and render time. A page is a stack of
// tiles, bitmaps drawn as many pixels wide as they are shown, so they stay sharp at any zoom and
// on any screen; a new zoom or pane width asks for a new render. An unchanged tile keeps its
// address, so its image is neither loaded nor drawn again: typing redraws a line or two. Clicking a block focuses its field when the backend sends
// regions.
import { memo, useLayoutEffect, useRef, useState, type MouseEvent, type RefObject } from "react";
import { previewRegions, type Cv, type PreviewPage, type Region } from "../ipc";
import { usePreview, type PreviewState } from "../editor/usePreview";

/** Percent of the pane's width: 100 % fits a page to the pane. */
const ZOOMS = [50, 75, 100, 125, 150, 200];
/** Page width in pixels when the page cannot be measured (no layout, as in unit tests). */
const FALLBACK_PIXELS = 800;

/** Owns the preview state, so a finished render re-draws only the preview, never the form. */
export const LivePreview = memo(function LivePreview({ doc, onFocusField }: { doc: Cv; onFocusField: (path: string) => void }) {
  const [zoom, setZoom] = useState(100);
  const pagesRef = useRef<HTMLDivElement>(null);
  const pagePixels = usePagePixels(pagesRef, zoom);
  const state = usePreview(doc, pagePixels);
  return <Preview state={state} zoom={zoom} onZoom={setZoom} pagesRef={pagesRef} onFocusField={onFocusField} />;
});

/**
 * How many device pixels wide a page is shown: the zoom's share of the pane, measured after
 * every zoom and pane resize. Whole pixels, and the pages are then shown exactly that wide
 * (`pageStyle`): a page scaled by a fraction of a pixel would blur, and its tiles would meet at
 * fractions of a pixel.
 */
function usePagePixels(pagesRef: RefObject<HTMLDivElement | null>, zoom: number): number {
  const [pixels, setPixels] = useState(0);
  useLayoutEffect(() => {
    const pages = pagesRef.current;
    if (!pages) return;
    const measure = () => {
      const style = getComputedStyle(pages);
      const pane = pages.clientWidth - parseFloat(style.paddingLeft || "0") - parseFloat(style.paddingRight || "0");
      const css = (pane * zoom) / 100;
      setPixels(css > 0 ? Math.floor(css * devicePixelRatio()) : FALLBACK_PIXELS);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(pages);
    return () => observer.disconnect();
  }, [pagesRef, zoom]);
  return pixels;
}

const devicePixelRatio = () => window.devicePixelRatio || 1;

/** A rendered page as wide as it was drawn, in whole device pixels. */
const pageStyle = (page: PreviewPage) => ({ width: `${page.widthPx / devicePixelRatio()}px` });

type PreviewProps = {
  state: PreviewState;
  zoom: number;
  onZoom: (zoom: number) => void;
  pagesRef: RefObject<HTMLDivElement | null>;
  onFocusField: (path: string) => void;
};

export function Preview({ state, zoom, onZoom, pagesRef, onFocusField }: PreviewProps) {
  const { preview, error, rendering } = state;
  const pages = preview?.pages ?? [];
  const step = (d: number) => onZoom(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, ZOOMS.indexOf(zoom) + d))]);
  return (
    <div className="preview" data-testid="preview" data-generation={preview?.generation ?? 0} data-page-count={preview?.pageCount ?? 0}>
      <div className="preview-bar">
        <span className="muted small" aria-live="polite">
          {preview ? `${preview.pageCount} ${preview.pageCount === 1 ? "page" : "pages"} · rendered in ${preview.renderMs.toFixed(1)} ms` : "Rendering…"}
          {rendering && preview ? " · updating" : ""}
        </span>
        <div className="zoom">
          <button type="button" className="icon-btn" aria-label="Zoom out" disabled={zoom === ZOOMS[0]} onClick={() => step(-1)}>−</button>
          <button type="button" className="zoom-value" title="Reset zoom" onClick={() => onZoom(100)}>{zoom}%</button>
          <button type="button" className="icon-btn" aria-label="Zoom in" disabled={zoom === ZOOMS[ZOOMS.length - 1]} onClick={() => step(1)}>+</button>
        </div>
      </div>
      {error && <div className="banner error" role="alert">The preview could not be rendered: {error}</div>}
      {preview && preview.diagnostics.some((d) => d.severity === "error") && (
        <div className="banner warning">{preview.diagnostics.map((d) => d.message).join(" · ")}</div>
      )}
      <div className="pages" ref={pagesRef}>
        {pages.map((page, i) => (
          <div key={i} className="page" data-testid="preview-page" role="img" aria-label={`Page ${i + 1} of ${pages.length}`}
            style={pageStyle(page)}
            onClick={(e) => focusAt(e, i, preview?.pageWidthPt ?? 0, previewRegions(preview), onFocusField)}>
            {page.tiles.map((tile, j) => (
              // The tile's shape is known before its image loads, so the page never jumps.
              <img key={j} src={tile.url} alt="" draggable={false} style={{ aspectRatio: `${page.widthPx} / ${tile.heightPx}` }} />
            ))}
          </div>
        ))}
        {!preview && !error && <div className="page skeleton" style={{ width: `${zoom}%` }} />}
      </div>
    </div>
  );
}

/** Maps a click to points on the page and focuses the smallest region hit. */
function focusAt(e: MouseEvent<HTMLDivElement>, page: number, pageWidthPt: number, regions: Region[], focus: (path: string) => void) {
  if (!regions.length || !pageWidthPt) return;
  const rect = e.currentTarget.getBoundingClientRect();
  if (!rect.width) return;
  const pointsPerPixel = pageWidthPt / rect.width;
  const x = (e.clientX - rect.left) * pointsPerPixel;
  const y = (e.clientY - rect.top) * pointsPerPixel;
  const hits = regions.filter((r) => r.page === page && x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h);
  hits.sort((a, b) => a.w * a.h - b.w * b.h);
  if (hits[0]) focus(hits[0].path);
}
