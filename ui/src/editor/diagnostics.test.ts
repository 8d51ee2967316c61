import { describe, expect, it } from "vitest";
import { DiagnosticIndex } from "./diagnostics";

const d = (path: string, severity: "error" | "warning" = "error") => ({ path, severity, message: path });

describe("diagnostics by path", () => {
  const index = new DiagnosticIndex([d("work[1].startDate"), d("work[1]", "warning"), d("work[10].url"), d("workshop"), d("basics.email")]);

  it("finds messages for exactly one field", () => {
    expect(index.at("work[1].startDate").map((x) => x.path)).toEqual(["work[1].startDate"]);
    expect(index.at("work[1].endDate")).toEqual([]);
  });

  it("counts errors below a card without mixing up work[1] and work[10] or work and workshop", () => {
    expect(index.under("work[1]").map((x) => x.path)).toEqual(["work[1].startDate", "work[1]"]);
    expect(index.errorCount("work[1]")).toBe(1);
    expect(index.errorCount("work")).toBe(2);
  });
});
