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

interface Occurrence {
  readonly place: NotebookPlace;
}

/** Every string of `value`, in the order JSON.parse kept from the text. */
function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsOf(item);
  else if (value && typeof value === "object") for (const item of Object.values(value)) yield* stringsOf(item);
}

type Count = (text: string) => number;

function sourceOccurrences(source: unknown, count: Count, cell: number): Occurrence[] {
  const text = Array.isArray(source) ? source.join("") : typeof source === "string" ? source : "";
  const found: Occurrence[] = [];
  text.split("\n").forEach((line, index) => {
    for (let left = count(line); left > 0; left -= 1) found.push({ place: { cell, part: "source", line: index + 1 } });
  });
  return found;
}

/**
 * The place of each occurrence of `token` in the notebook, in file order, or `undefined` when the
 * text is not a notebook that JSON.parse can read.
 */
export function notebookPlaces(notebookText: string, token: string, allowList: AllowList = EMPTY_ALLOW_LIST): NotebookPlace[] | undefined {
  // Counted as the scan finds them (word bounds, placeholders, allow-list), so the orders agree.
  const count: Count = (text) => findTokens(text, allowList).filter((match) => match.value === token).length;
  let notebook: unknown;
  try {
    notebook = JSON.parse(notebookText);
  } catch {
    return undefined;
  }
  if (!notebook || typeof notebook !== "object" || !Array.isArray((notebook as { cells?: unknown }).cells)) return undefined;
  const places: NotebookPlace[] = [];
  for (const [key, value] of Object.entries(notebook)) {
    if (key !== "cells") {
      // Top-level metadata holds no cell; a token there is counted so later ones keep their order.
      for (const text of stringsOf(value)) for (let left = count(text); left > 0; left -= 1) places.push({ cell: 0, part: "metadata" });
      continue;
    }
    (value as unknown[]).forEach((cellValue, index) => {
      const cell = index + 1;
      if (!cellValue || typeof cellValue !== "object") return;
      for (const [cellKey, part] of Object.entries(cellValue)) {
        if (cellKey === "source") {
          places.push(...sourceOccurrences(part, count, cell).map((occurrence) => occurrence.place));
        } else {
          const kind = cellKey === "outputs" ? "output" : "metadata";
          for (const text of stringsOf(part)) for (let left = count(text); left > 0; left -= 1) places.push({ cell, part: kind });
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
