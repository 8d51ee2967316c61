import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Cv, Preview } from "../ipc";

const pending: { gen: number; pixels: number; resolve: (p: Preview | null) => void }[] = [];
vi.mock("../ipc", () => ({
  api: {
    renderPreview: (_doc: Cv, gen: number, pixels: number) =>
      new Promise<Preview | null>((resolve) => pending.push({ gen, pixels, resolve })),
  },
}));
const { usePreview } = await import("./usePreview");

const doc = (name: string): Cv => ({ basics: { name }, cvimprover: { schemaVersion: 1 } });
const page = (gen: number): Preview => ({ generation: gen, pages: [{ tiles: [{ url: `page-${gen}.png`, heightPx: 1123 }], widthPx: 794, heightPx: 1123 }], pageCount: 1, pageWidthPt: 595, renderMs: 2, diagnostics: [] });

describe("live preview", () => {
  it("asks with increasing generations and never shows an older render over a newer one", async () => {
    const { result, rerender } = renderHook(({ d, px }) => usePreview(d, px), { initialProps: { d: doc("A"), px: 800 } });
    rerender({ d: doc("Ad"), px: 800 });
    rerender({ d: doc("Ada"), px: 800 });
    expect(pending.map((p) => p.gen)).toEqual([1, 2, 3]);
    await act(async () => pending[2].resolve(page(3)));
    expect(result.current.preview?.generation).toBe(3);
    expect(result.current.rendering).toBe(false);
    await act(async () => pending[0].resolve(page(1)));
    await act(async () => pending[1].resolve(null));
    expect(result.current.preview?.generation).toBe(3);
  });

  it("asks again, at the new width, when the page is shown wider or narrower", () => {
    pending.length = 0;
    const d = doc("A");
    const { rerender } = renderHook(({ px }) => usePreview(d, px), { initialProps: { px: 800 } });
    rerender({ px: 800 });
    rerender({ px: 1200 });
    expect(pending.map((p) => p.pixels)).toEqual([800, 1200]);
  });
});
