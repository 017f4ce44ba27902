/*
 * Just enough of Python's lexer to rewrite a string literal without breaking the file: where
 * comments and strings (prefixed, triple-quoted, f-strings) start and end, and which name `os` is
 * bound to. Anything not understood gives no fix.
 */

const QUOTES = new Set(['"', "'"]);
const WORD_CHARACTER = /[A-Za-z0-9_]/;

/**
 * The index just past a string literal whose quote run starts at `quote`, or -1 when it never
 * closes. A backslash keeps the next character in the string, raw strings included (`r"\""`).
 */
function stringEnd(text: string, quote: number): number {
  const character = text[quote] ?? "";
  const triple = text.startsWith(character.repeat(3), quote);
  const closing = triple ? character.repeat(3) : character;
  for (let index = quote + closing.length; index < text.length; index += 1) {
    const current = text[index];
    if (current === "\\") {
      index += 1;
      continue;
    }
    if (!triple && current === "\n") return -1;
    if (text.startsWith(closing, index)) return index + closing.length;
  }
  return -1;
}

/**
 * Whether the quote at `open` starts a plain string literal — no prefix, one line, not part of an
 * implicit concatenation — that closes at `close` (the index of its closing quote). Scans the text
 * before it, so a quote inside another string, an f-string or a comment is never taken for one.
 */
export function isPlainPythonString(text: string, open: number, close: number): boolean {
  const quote = text[open] ?? "";
  if (!QUOTES.has(quote) || text[close] !== quote || text.startsWith(quote.repeat(3), open)) return false;
  let index = 0;
  while (index < open) {
    const character = text[index] ?? "";
    if (character === "#") {
      const newline = text.indexOf("\n", index);
      if (newline === -1 || newline > open) return false;
      index = newline + 1;
    } else if (QUOTES.has(character)) {
      const end = stringEnd(text, index);
      if (end === -1 || end > open) return false;
      index = end;
    } else {
      index += 1;
    }
  }
  if (index !== open || WORD_CHARACTER.test(text[open - 1] ?? "")) return false;
  if (stringEnd(text, open) !== close + 1) return false;
  // `"a" "b"` is one string in Python: neither neighbour may be another string.
  const before = text.slice(0, open).trimEnd();
  const after = text.slice(close + 1).trimStart();
  if (QUOTES.has(before.at(-1) ?? "")) return false;
  return !/^[rRbBuUfF]{0,2}["']/.test(after);
}

/** How the file can read `os.environ`: the name it is bound to, or `undefined` when `import os` must be added. */
export function osEnvironAccess(text: string): string | undefined {
  for (const fullLine of text.split("\n")) {
    const line = (fullLine.split("#")[0] ?? "").trim();
    const fromOs = /^from\s+os\s+import\s+(.+)$/.exec(line);
    const imported = fromOs ? undefined : /^import\s+(.+)$/.exec(line);
    const names = (fromOs ?? imported)?.[1]?.replace(/[()]/g, "").split(",").map((name) => name.trim()) ?? [];
    for (const name of names) {
      // `environ`, `environ as env`, `os`, `os as o`.
      const [original, as, alias] = name.split(/\s+/);
      const boundAs = as === "as" && alias !== undefined ? alias : as === undefined ? original : undefined;
      if (boundAs === undefined) continue;
      if (fromOs && original === "environ") return boundAs;
      if (imported && original === "os") return `${boundAs}.environ`;
    }
  }
  return undefined;
}

/**
 * Where `import os` goes: after a `#!` line, encoding comments, the module docstring and every
 * `from __future__ import …` (which must come first).
 */
export function pythonImportPosition(text: string): number {
  let position = 0;
  for (const pattern of [/^#![^\n]*\n/, /^#[^\n]*coding[:=][^\n]*\n/]) {
    const found = pattern.exec(text.slice(position));
    if (found) position += found[0].length;
  }
  const docstring = /^\s*(?:"""[\s\S]*?"""|'''[\s\S]*?''')[^\n]*\n/.exec(text.slice(position));
  if (docstring) position += docstring[0].length;
  const future = /^from\s+__future__\s+import\s+[^\n]*\n/gm;
  future.lastIndex = position;
  for (let found = future.exec(text); found; found = future.exec(text)) position = found.index + found[0].length;
  return position;
}
