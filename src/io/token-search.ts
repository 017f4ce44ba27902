import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { findTokens, isJsonKind, textFileKind, withJsonEscapesBlanked } from "../core";
import { filesToScan } from "./files";

/** Where a token is written: a file relative to the folder searched, and a 1-based line and column. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

/** The tokens written in one file's text, by the detection core alone. */
export function tokensInText(file: string): { token: string; start: number; text: string }[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  // In JSON, `\n` before a token is an escaped newline: blanked, it bounds the token as decoded.
  const scanned = isJsonKind(textFileKind(file)) ? withJsonEscapesBlanked(text) : text;
  return findTokens(scanned).map((match) => ({ token: match.value, start: match.start, text }));
}

/**
 * Every distinct token written whole under `paths`, by text alone: what `hf-secrets verify` reads
 * where no ESLint with languages (9.7 or later) is installed to run the rules.
 */
export function collectTokensByText(paths: readonly string[], cwd: string): Map<string, Location[]> {
  const byToken = new Map<string, Location[]>();
  for (const file of filesToScan(paths, cwd)) {
    for (const { token, start, text } of tokensInText(file)) {
      byToken.set(token, [...(byToken.get(token) ?? []), { file: relative(cwd, file) || file, ...lineAndColumn(text, start) }]);
    }
  }
  return byToken;
}
