import { EMPTY_ALLOW_LIST, type AllowList } from "./placeholder";
import { findTokens } from "./scan";

/*
 * Where a token sits in a Jupyter notebook, in the words of the notebook: which cell, and which
 * line of its source, or its output. The scan itself runs on the raw `.ipynb` text (so positions
 * are the file's); this maps each match back into the parsed notebook, occurrence by occurrence.
 */

export interface NotebookPlace {
  /** 1-based, as Jupyter numbers cells for a reader. */
  readonly cell: number;
  readonly part: "source" | "output" | "metadata";
  /** 1-based line within the cell's source; absent for outputs and metadata. */
  readonly line?: number;
}

/** Every string of `value`, in the order JSON.parse kept from the text. */
function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsOf(item);
  else if (value && typeof value === "object") for (const item of Object.values(value)) yield* stringsOf(item);
}

/**
 * The place of each occurrence of every token in the notebook, by token, in file order; or
 * `undefined` when the text is not a notebook that JSON.parse can read. One parse for all tokens.
 */
export function notebookPlaces(notebookText: string, allowList: AllowList = EMPTY_ALLOW_LIST): Map<string, NotebookPlace[]> | undefined {
  let notebook: unknown;
  try {
    notebook = JSON.parse(notebookText);
  } catch {
    return undefined;
  }
  if (!notebook || typeof notebook !== "object" || !Array.isArray((notebook as { cells?: unknown }).cells)) return undefined;
  const places = new Map<string, NotebookPlace[]>();
  // Found as the scan of the raw text finds them (word bounds, placeholders, allow-list), so the orders agree.
  const note = (text: string, place: NotebookPlace): void => {
    for (const match of findTokens(text, allowList)) {
      const list = places.get(match.value);
      if (list) list.push(place);
      else places.set(match.value, [place]);
    }
  };
  for (const [key, value] of Object.entries(notebook)) {
    if (key !== "cells") {
      // Top-level metadata holds no cell; a token there is noted so later ones keep their order.
      for (const text of stringsOf(value)) note(text, { cell: 0, part: "metadata" });
      continue;
    }
    (value as unknown[]).forEach((cellValue, index) => {
      const cell = index + 1;
      if (!cellValue || typeof cellValue !== "object") return;
      for (const [cellKey, part] of Object.entries(cellValue)) {
        if (cellKey === "source") {
          const source = Array.isArray(part) ? part.join("") : typeof part === "string" ? part : "";
          source.split("\n").forEach((line, lineIndex) => note(line, { cell, part: "source", line: lineIndex + 1 }));
        } else {
          const kind = cellKey === "outputs" ? "output" : "metadata";
          for (const text of stringsOf(part)) note(text, { cell, part: kind });
        }
      }
    });
  }
  return places;
}

/**
 * JSON text with its one-character escapes (`\n`, `\t`, …) blanked to two spaces: offsets stay
 * those of the file, and a token right after an escaped newline starts at a word boundary, as it
 * does in the decoded string.
 */
export function withJsonEscapesBlanked(text: string): string {
  return text.replace(/\\[nrtbf]/g, "  ");
}
