import { isEnvStyleName, isHfTokenName } from "./names";
import { isPlainPythonString, osEnvironAccess, pythonImportPosition } from "./python";

/*
 * Fixes for tokens in text files, where the file's kind says what reads a secret: a GitHub
 * Actions workflow reads `${{ secrets.NAME }}`, Python reads `os.environ["NAME"]`. Elsewhere a
 * person decides. Pure text in, edits out.
 */

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface TextFix {
  /** What the token becomes, for the message. */
  readonly replacement: string;
  readonly edits: readonly TextEdit[];
}

function lineAround(text: string, start: number, end: number): { lineStart: number; line: string } {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const lineEnd = newline === -1 ? text.length : newline;
  return { lineStart, line: text.slice(lineStart, lineEnd).replace(/\r$/, "") };
}

/** The variable a value given to `name` should come from: the name itself when it is one. */
function variableFor(name: string | undefined, fallback: string): string {
  return name !== undefined && isEnvStyleName(name) && isHfTokenName(name) ? name : fallback;
}

// `  HF_TOKEN: "hf_…"  # comment` — the key, then the token as the whole (optionally quoted) value.
const YAML_ENTRY = /^\s*-?\s*([A-Za-z_][A-Za-z0-9_-]*)\s*:\s*(["']?)$/;

/** After the value: the closing quote, if any, then only spaces or a comment. */
function closesYamlValue(rest: string, quote: string): boolean {
  if (!rest.startsWith(quote)) return false;
  const tail = rest.slice(quote.length).trim();
  return tail === "" || tail.startsWith("#");
}

/** In a GitHub Actions workflow, a token that is a whole value becomes `${{ secrets.NAME }}`. */
export function workflowSecretFix(text: string, start: number, end: number, variableName: string): TextFix | undefined {
  const { lineStart, line } = lineAround(text, start, end);
  const before = YAML_ENTRY.exec(line.slice(0, start - lineStart));
  const quote = before?.[2] ?? "";
  if (!before || !closesYamlValue(line.slice(end - lineStart), quote)) return undefined;
  const replacement = `\${{ secrets.${variableFor(before[1], variableName)} }}`;
  return { replacement, edits: [{ start: start - quote.length, end: end + quote.length, text: replacement }] };
}

const PYTHON_ASSIGNED_NAME = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*$/;
const PYTHON_ENV_WRITE = /os\.environ\s*\[\s*["'][^"']*["']\s*\]\s*=\s*$|os\.environ\.setdefault\(\s*["'][^"']*["']\s*,\s*$|os\.putenv\(/;
/** A `case` pattern takes literals and dotted names only: a subscript there is a syntax error. */
const PYTHON_CASE_PATTERN = /^\s*case\b/;

/**
 * In Python, a token that is a whole plain string literal becomes `os.environ["NAME"]` (through the
 * name the file binds `os` or `environ` to, adding `import os` after any `from __future__` import
 * when there is none). No fix where the literal is not understood: triple-quoted, prefixed,
 * inside an f-string, implicitly concatenated, in a `case` pattern, or where the code sets the
 * environment itself.
 */
export function pythonEnvironFix(text: string, start: number, end: number, variableName: string): TextFix | undefined {
  if (!isPlainPythonString(text, start - 1, end)) return undefined;
  const { lineStart, line } = lineAround(text, start, end);
  const beforeLiteral = line.slice(0, start - 1 - lineStart);
  if (PYTHON_ENV_WRITE.test(beforeLiteral) || PYTHON_CASE_PATTERN.test(beforeLiteral)) return undefined;
  const assigned = PYTHON_ASSIGNED_NAME.exec(beforeLiteral)?.[1];
  const environ = osEnvironAccess(text);
  const replacement = `${environ ?? "os.environ"}[${JSON.stringify(variableFor(assigned, variableName))}]`;
  const edits: TextEdit[] = [];
  if (environ === undefined) {
    const position = pythonImportPosition(text);
    edits.push({ start: position, end: position, text: "import os\n" });
  }
  edits.push({ start: start - 1, end: end + 1, text: replacement });
  return { replacement, edits };
}
