// The live preview: the backend's SVG pages shown as images (exact, isolated from the app's CSS
// and scripts) from their addresses, with zoom, page count and render time. An unchanged page
// keeps its address, so its image is neither loaded nor drawn again. Clicking a block focuses its field when
// the backend sends regions.
import { memo, useState, type MouseEvent } from "react";
import { previewRegions, type Cv, type Region } from "../ipc";
import { usePreview, type PreviewState } from "../editor/usePreview";

/** Percent of the pane's width: 100 % fits a page to the pane. */
const ZOOMS = [50, 75, 100, 125, 150, 200];

/** Owns the preview state, so a finished render re-draws only the preview, never the form. */
export const LivePreview = memo(function LivePreview({ doc, onFocusField }: { doc: Cv; onFocusField: (path: string) => void }) {
  return <Preview state={usePreview(doc)} onFocusField={onFocusField} />;
});

export function Preview({ state, onFocusField }: { state: PreviewState; onFocusField: (path: string) => void }) {
  const [zoom, setZoom] = useState(100);
  const { preview, error, rendering } = state;
  const pages = preview?.pages ?? [];
  const step = (d: number) => setZoom((z) => ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, ZOOMS.indexOf(z) + d))]);
  return (
    <div className="preview" data-testid="preview" data-generation={preview?.generation ?? 0} data-page-count={preview?.pageCount ?? 0}>
      <div className="preview-bar">
        <span className="muted small" aria-live="polite">
          {preview ? `${preview.pageCount} ${preview.pageCount === 1 ? "page" : "pages"} · rendered in ${preview.renderMs.toFixed(1)} ms` : "Rendering…"}
          {rendering && preview ? " · updating" : ""}
        </span>
        <div className="zoom">
          <button type="button" className="icon-btn" aria-label="Zoom out" disabled={zoom === ZOOMS[0]} onClick={() => step(-1)}>−</button>
          <button type="button" className="zoom-value" title="Reset zoom" onClick={() => setZoom(100)}>{zoom}%</button>
          <button type="button" className="icon-btn" aria-label="Zoom in" disabled={zoom === ZOOMS[ZOOMS.length - 1]} onClick={() => step(1)}>+</button>
        </div>
      </div>
      {error && <div className="banner error" role="alert">The preview could not be rendered: {error}</div>}
      {preview && preview.diagnostics.some((d) => d.severity === "error") && (
        <div className="banner warning">{preview.diagnostics.map((d) => d.message).join(" · ")}</div>
      )}
      <div className="pages">
        {pages.map((url, i) => (
          <div key={i} className="page" data-testid="preview-page" style={{ width: `${zoom}%` }}
            onClick={(e) => focusAt(e, i, previewRegions(preview), onFocusField)}>
            <img src={url} alt={`Page ${i + 1} of ${pages.length}`} draggable={false} />
          </div>
        ))}
        {!preview && !error && <div className="page skeleton" style={{ width: `${zoom}%` }} />}
      </div>
    </div>
  );
}

/** Maps a click to points on the page (SVG user units are points) and focuses the smallest region hit. */
function focusAt(e: MouseEvent<HTMLDivElement>, page: number, regions: Region[], focus: (path: string) => void) {
  if (!regions.length) return;
  const img = e.currentTarget.querySelector("img");
  if (!img || !img.naturalWidth) return;
  const rect = img.getBoundingClientRect();
  const scale = img.naturalWidth / rect.width;
  const x = ((e.clientX - rect.left) * scale * 72) / 96;
  const y = ((e.clientY - rect.top) * scale * 72) / 96;
  const hits = regions.filter((r) => r.page === page && x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h);
  hits.sort((a, b) => a.w * a.h - b.w * b.h);
  if (hits[0]) focus(hits[0].path);
}
