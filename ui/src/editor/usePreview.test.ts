import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Cv, Preview } from "../ipc";

const pending: { gen: number; resolve: (p: Preview | null) => void }[] = [];
vi.mock("../ipc", () => ({
  api: {
    renderPreview: (_doc: Cv, gen: number) => new Promise<Preview | null>((resolve) => pending.push({ gen, resolve })),
  },
}));
const { usePreview } = await import("./usePreview");

const doc = (name: string): Cv => ({ basics: { name }, cvimprover: { schemaVersion: 1 } });
const page = (gen: number): Preview => ({ generation: gen, pages: [`<svg>${gen}</svg>`], pageCount: 1, renderMs: 2, diagnostics: [] });

describe("live preview", () => {
  it("asks with increasing generations and never shows an older render over a newer one", async () => {
    const { result, rerender } = renderHook(({ d }) => usePreview(d), { initialProps: { d: doc("A") } });
    rerender({ d: doc("Ad") });
    rerender({ d: doc("Ada") });
    expect(pending.map((p) => p.gen)).toEqual([1, 2, 3]);
    await act(async () => pending[2].resolve(page(3)));
    expect(result.current.preview?.generation).toBe(3);
    expect(result.current.rendering).toBe(false);
    await act(async () => pending[0].resolve(page(1)));
    await act(async () => pending[1].resolve(null));
    expect(result.current.preview?.generation).toBe(3);
  });
});
