// Maps `validate_cv` diagnostics to the fields they name. A message on "work[2].startDate" shows
// at that input; a message on a path that has no input of its own ("work[2]", "cvimprover.design")
// shows at the nearest enclosing card, which asks with `under()`.
import type { Diagnostic } from "../ipc";

export class DiagnosticIndex {
  private byPath = new Map<string, Diagnostic[]>();

  constructor(readonly all: Diagnostic[] = []) {
    for (const d of all) {
      const list = this.byPath.get(d.path) ?? [];
      list.push(d);
      this.byPath.set(d.path, list);
    }
  }

  /** Messages for exactly this field. */
  at(path: string): Diagnostic[] {
    return this.byPath.get(path) ?? [];
  }

  /** Messages for this path and everything below it ("work[0]" covers "work[0].url"). */
  under(path: string): Diagnostic[] {
    return this.all.filter(
      (d) => d.path === path || d.path.startsWith(`${path}.`) || d.path.startsWith(`${path}[`),
    );
  }

  /** Errors below `path` (for badges on collapsed cards). */
  errorCount(path: string): number {
    return this.under(path).filter((d) => d.severity === "error").length;
  }
}

export const EMPTY_DIAGNOSTICS = new DiagnosticIndex();
