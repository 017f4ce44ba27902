import {
  findTokens,
  maskSecret,
  notebookPlaces,
  pythonEnvironFix,
  isJsonKind,
  textFileKind,
  type TextFileKind,
  withJsonEscapesBlanked,
  workflowSecretFix,
  type NotebookPlace,
  type TextFix,
  type TokenMatch,
} from "../../core";
import type { ProposedFix } from "../../ast/replacement";
import { gitIgnoreVerdict, isEnvFile } from "../../io/git";
import type { TokenReporter } from "./report";

type TextFixer = (text: string, start: number, end: number, variableName: string) => TextFix | undefined;

/** GitHub Actions workflows and Python files have a way to read a secret; other text files do not. */
function textFixFor(kind: TextFileKind | undefined): TextFixer | undefined {
  if (kind === "workflow") return workflowSecretFix;
  if (kind === "python") return pythonEnvironFix;
  return undefined;
}

function describePlace(place: NotebookPlace): string {
  if (place.part === "source") return `line ${place.line ?? 1} of its source`;
  return place.part === "output" ? "in its output" : "in its metadata";
}

/**
 * A text file: every token in it, where it is written. A `.env` file is where a token belongs,
 * so there only a file git would commit is a finding. Workflows and Python get a fix to what
 * reads a secret there; elsewhere a person decides.
 */
export function checkTextDocument(reporter: TokenReporter, text: string, filename: string): void {
  const { allowList, variableName } = reporter.settings;
  const kind = textFileKind(filename);
  // In JSON, `\n` before a token is an escaped newline: blanked, it bounds the token as it would decoded.
  const matches = findTokens(isJsonKind(kind) ? withJsonEscapesBlanked(text) : text, allowList);
  if (matches.length === 0) return;
  const inEnvFile = isEnvFile(filename);
  const verdict = inEnvFile ? gitIgnoreVerdict(filename) : undefined;
  if (inEnvFile && verdict !== "not-ignored" && verdict !== "tracked") return;
  if (kind === "notebook" && reportNotebook(reporter, text, matches)) return;
  const fixer = textFixFor(kind);
  for (const match of matches) {
    const textFix = fixer?.(text, match.start, match.end, variableName);
    const fix: ProposedFix | undefined = textFix && {
      fix: (ruleFixer) => textFix.edits.map((edit) => ruleFixer.replaceTextRange([edit.start, edit.end], edit.text)),
      safe: true,
    };
    // A text file's fix is its own kind's secret reference, never the JavaScript accessor.
    reporter.report({
      messageId: verdict === "tracked" ? "tokenInTrackedEnvFile" : inEnvFile ? "tokenInUnignoredEnvFile" : "hardcodedToken",
      at: { range: [match.start, match.end] },
      match,
      replacement: textFix?.replacement ?? variableName,
      fix,
      writesLookup: false,
    });
  }
}

/** Reports a notebook's tokens by cell and line; false when the notebook cannot be read as one. */
function reportNotebook(reporter: TokenReporter, text: string, matches: readonly TokenMatch[]): boolean {
  const placesByToken = notebookPlaces(text, reporter.settings.allowList);
  if (!placesByToken) return false;
  const seen = new Map<string, number>();
  for (const match of matches) {
    const index = seen.get(match.value) ?? 0;
    seen.set(match.value, index + 1);
    const place = placesByToken.get(match.value)?.[index];
    const at = { range: [match.start, match.end] as const };
    if (!place || place.cell === 0) {
      reporter.report({ messageId: "hardcodedToken", at, match, replacement: reporter.settings.variableName, writesLookup: false });
      continue;
    }
    reporter.reportWithData("tokenInNotebook", at, {
      form: match.form.name,
      masked: maskSecret(match.value),
      replacement: reporter.settings.variableName,
      cell: String(place.cell),
      where: describePlace(place),
    }, match);
  }
  return true;
}
