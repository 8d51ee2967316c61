// Validation messages for the current document, refreshed shortly after typing pauses.
import { startTransition, useEffect, useRef, useState } from "react";
import { api, type Cv } from "../ipc";
import { DiagnosticIndex, EMPTY_DIAGNOSTICS } from "./diagnostics";

export function useValidation(doc: Cv, delay = 250): DiagnosticIndex {
  const [index, setIndex] = useState(EMPTY_DIAGNOSTICS);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      api.validateCv(doc).then(
        (d) => mine === seq.current && startTransition(() => setIndex(new DiagnosticIndex(d))),
        () => undefined,
      );
    }, delay);
    return () => clearTimeout(timer);
  }, [doc, delay]);
  return index;
}
