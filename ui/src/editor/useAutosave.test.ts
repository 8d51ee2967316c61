import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Cv } from "../ipc";
import { useAutosave } from "./useAutosave";

const doc = (name: string): Cv => ({ basics: { name }, cvimprover: { schemaVersion: 1 } });

describe("autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves once, about a second after the last change", async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    const { result, rerender } = renderHook(({ d }) => useAutosave(d, save), { initialProps: { d: doc("") } });
    expect(result.current.status.state).toBe("saved");
    for (const name of ["A", "Ad", "Ada"]) {
      rerender({ d: doc(name) });
      await act(() => vi.advanceTimersByTimeAsync(400));
    }
    expect(save).not.toHaveBeenCalled();
    expect(result.current.status.state).toBe("pending");
    await act(() => vi.advanceTimersByTimeAsync(700));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0][0].basics.name).toBe("Ada");
    expect(result.current.status.state).toBe("saved");
  });

  it("saves at once when flushed (window blur, closing the CV)", async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    const { result, rerender } = renderHook(({ d }) => useAutosave(d, save), { initialProps: { d: doc("") } });
    rerender({ d: doc("B") });
    await act(() => result.current.flush());
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("shows the error and retries with the next change", async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error("disk full")).mockResolvedValue(undefined);
    const { result, rerender } = renderHook(({ d }) => useAutosave(d, save), { initialProps: { d: doc("") } });
    rerender({ d: doc("C") });
    await act(() => vi.advanceTimersByTimeAsync(1100));
    expect(result.current.status).toEqual({ state: "error", message: "disk full" });
    rerender({ d: doc("CD") });
    await act(() => vi.advanceTimersByTimeAsync(1100));
    expect(result.current.status.state).toBe("saved");
    expect(save).toHaveBeenCalledTimes(2);
  });
});
