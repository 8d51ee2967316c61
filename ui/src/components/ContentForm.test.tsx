import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { Cv, Diagnostic } from "../ipc";
import { DiagnosticIndex } from "../editor/diagnostics";
import { DiagnosticsContext, EditorContext, useEditorState, useHistory, useUndoShortcuts } from "../editor/useEditor";
import { ContentForm } from "./Sections";

function Harness({ initial, diagnostics = [] }: { initial: Cv; diagnostics?: Diagnostic[] }) {
  const store = useEditorState(initial);
  const history = useHistory(store);
  const [index] = useState(() => new DiagnosticIndex(diagnostics));
  useUndoShortcuts(store);
  return (
    <EditorContext.Provider value={store}>
      <DiagnosticsContext.Provider value={index}>
        <ContentForm />
        <output data-testid="doc">{JSON.stringify(history.present)}</output>
      </DiagnosticsContext.Provider>
    </EditorContext.Provider>
  );
}

const doc = (): Cv => ({
  basics: { name: "Ada" },
  work: [{ id: "w1", position: "Engineer", startDate: "March 2020" }, { id: "w2", position: "Manager" }],
  cvimprover: { schemaVersion: 1 },
});
const field = (path: string) => document.querySelector<HTMLInputElement>(`[data-field="${path}"]`)!;
const current = () => JSON.parse(screen.getByTestId("doc").textContent!) as Cv;

describe("content form", () => {
  it("shows a diagnostic at the field its path names, and a count on its card", () => {
    render(<Harness initial={doc()} diagnostics={[{ path: "work[0].startDate", severity: "error", message: "expected YYYY, YYYY-MM or YYYY-MM-DD" }]} />);
    const input = field("work[0].startDate");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.closest(".field")!.textContent).toContain("expected YYYY, YYYY-MM or YYYY-MM-DD");
    expect(field("work[1].startDate").closest(".field")!.textContent).not.toContain("expected");
  });

  it("typing a word is one undo step (Ctrl+Z)", async () => {
    const user = userEvent.setup();
    render(<Harness initial={doc()} />);
    await user.click(field("basics.label"));
    await user.keyboard("Mathematician");
    expect(current().basics?.label).toBe("Mathematician");
    await user.keyboard("{Control>}z{/Control}");
    expect(current().basics?.label).toBeUndefined();
    await user.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    expect(current().basics?.label).toBe("Mathematician");
  });

  it("Alt+↓ moves an entry, and undo moves it back", async () => {
    render(<Harness initial={doc()} />);
    fireEvent.keyDown(field("work[0].position"), { key: "ArrowDown", altKey: true });
    expect(current().work?.map((w) => w.id)).toEqual(["w2", "w1"]);
    expect(field("work[0].position").value).toBe("Manager");
    fireEvent.keyDown(window, { key: "z", ctrlKey: true });
    expect(current().work?.map((w) => w.id)).toEqual(["w1", "w2"]);
  });

  it("hides a section and adds bullets as a list", async () => {
    const user = userEvent.setup();
    render(<Harness initial={doc()} />);
    await user.click(screen.getByRole("button", { name: "Hide Experience" }));
    expect(current().cvimprover.sections?.hidden).toEqual(["work"]);
    await user.click(screen.getAllByRole("button", { name: "+ Add achievements" })[0]);
    await user.keyboard("First{Enter}Second");
    expect(current().work?.[0].highlights).toEqual(["First", "Second"]);
  });
});
