/*
 * The calls written in Python text and their arguments, read as far as the token slots of the
 * catalogue need: which argument is given by position or keyword, and which is a plain string
 * literal (and where its text starts). A call may go on over several lines, as formatters write
 * long calls; give the text `withoutComments` first, so that a comment between arguments is blank.
 */

import { PYTHON_SECRET_WRAPPERS } from "../catalogue/python-libraries";

export interface PythonArgument {
  /** Index among the positional arguments; `undefined` for a keyword argument. */
  readonly position: number | undefined;
  readonly keyword: string | undefined;
  /** The text of a plain string literal (no f-string, no escapes); `undefined` for anything else. */
  readonly literal: string | undefined;
  /** Where the literal's text starts in the line. */
  readonly start: number;
}

export interface PythonCall {
  /** The last name of the callee: `login`, `from_pretrained`, `HfApi`. */
  readonly callee: string;
  /** The first name of a dotted callee (`StableDiffusionPipeline` of `StableDiffusionPipeline.from_pretrained`, `timm` of `timm.models.push_to_hf_hub`); the callee itself when it has no dots; `undefined` after a call or an index (`load()(…)`). */
  readonly root: string | undefined;
  readonly arguments: PythonArgument[];
}

const CALL_OPENING = /([A-Za-z_][A-Za-z0-9_]*)\s*\(/g;
const KEYWORD = /^([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)\s*/;
const STRING_PREFIX = /^[rRbBuU]{0,2}$/;
const PYTHON_KEYWORDS = new Set(["if", "elif", "while", "for", "return", "not", "and", "or", "in", "print", "def", "class", "lambda", "with", "assert", "yield"]);

/**
 * `text` with each comment blanked (spaces, up to the line's end), so that every offset stays where
 * it is: strings (triple-quoted ones included) are kept whole, and a `#` inside one is no comment.
 */
export function withoutComments(text: string): string {
  let result = "";
  let copiedUpTo = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === '"' || character === "'") {
      const triple = text.startsWith(character.repeat(3), index);
      const closing = triple ? character.repeat(3) : character;
      let end = index + closing.length;
      while (end < text.length && !text.startsWith(closing, end)) {
        // A plain string ends at the line's end even when unclosed: the next line is code again.
        if (!triple && text[end] === "\n") break;
        end += text[end] === "\\" ? 2 : 1;
      }
      index = end + closing.length - 1;
    } else if (character === "#") {
      const lineEnd = text.indexOf("\n", index);
      const end = lineEnd === -1 ? text.length : lineEnd;
      result += text.slice(copiedUpTo, index) + " ".repeat(end - index);
      copiedUpTo = end;
      index = end - 1;
    }
  }
  return result + text.slice(copiedUpTo);
}

/** The argument texts of the call whose `(` is at `open`, with their offsets; where the call closes. */
function splitArguments(line: string, open: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let depth = 0;
  let quote: string | undefined;
  let partStart = open + 1;
  for (let index = open + 1; index < line.length; index += 1) {
    const character = line[index];
    if (quote !== undefined) {
      if (character === "\\") index += 1;
      else if (character === quote) quote = undefined;
      continue;
    }
    if (character === '"' || character === "'") quote = character;
    else if (character === "#") break;
    else if (character === "(" || character === "[" || character === "{") depth += 1;
    else if (character === ")" || character === "]" || character === "}") {
      if (depth === 0) {
        parts.push({ text: line.slice(partStart, index), start: partStart });
        return parts.filter((part) => part.text.trim() !== "");
      }
      depth -= 1;
    } else if (character === "," && depth === 0) {
      parts.push({ text: line.slice(partStart, index), start: partStart });
      partStart = index + 1;
    }
  }
  parts.push({ text: line.slice(partStart), start: partStart });
  return parts.filter((part) => part.text.trim() !== "");
}

/** `Secret.from_token(`, `SecretStr(`: what a value opens with when it wraps a literal as a secret. */
const SECRET_WRAPPER_OPENINGS = PYTHON_SECRET_WRAPPERS.map((wrapper) => `${wrapper.callee}(`);

/** A plain string literal, or one wrapped as a secret (`Secret.from_token("…")`): its text and where it starts in `text`. */
function literalGiven(text: string): { value: string; offset: number } | undefined {
  const plain = plainLiteral(text);
  if (plain) return plain;
  const trimmed = text.trimEnd();
  const opening = SECRET_WRAPPER_OPENINGS.find((candidate) => trimmed.startsWith(candidate));
  if (opening === undefined || !trimmed.endsWith(")")) return undefined;
  const inner = trimmed.slice(opening.length, -1);
  const leading = inner.length - inner.trimStart().length;
  const wrapped = plainLiteral(inner.trim());
  return wrapped && { value: wrapped.value, offset: opening.length + leading + wrapped.offset };
}

/** A plain string literal's text and where it starts in `text`, or `undefined`. */
function plainLiteral(text: string): { value: string; offset: number } | undefined {
  const trimmed = text.trimEnd();
  const quoteAt = trimmed.search(/["']/);
  if (quoteAt < 0 || !STRING_PREFIX.test(trimmed.slice(0, quoteAt))) return undefined;
  const quote = trimmed[quoteAt];
  const body = trimmed.slice(quoteAt + 1, -1);
  if (trimmed.length < quoteAt + 2 || trimmed.at(-1) !== quote || body.includes(quote ?? "") || body.includes("\\")) return undefined;
  return { value: body, offset: quoteAt + 1 };
}

export function pythonCallArguments(line: string): PythonCall[] {
  const calls: PythonCall[] = [];
  for (const opening of line.matchAll(CALL_OPENING)) {
    const callee = opening[1];
    if (callee === undefined || PYTHON_KEYWORDS.has(callee)) continue;
    const open = (opening.index ?? 0) + opening[0].length - 1;
    let position = 0;
    const argumentsOfCall: PythonArgument[] = [];
    for (const part of splitArguments(line, open)) {
      const leading = part.text.length - part.text.trimStart().length;
      const text = part.text.trimStart();
      if (text.startsWith("*")) break;
      const keyword = KEYWORD.exec(text);
      const valueText = keyword ? text.slice(keyword[0].length) : text;
      const literal = literalGiven(valueText);
      const valueStart = part.start + leading + (keyword ? keyword[0].length : 0);
      argumentsOfCall.push({
        position: keyword ? undefined : position,
        keyword: keyword?.[1],
        literal: literal?.value,
        start: valueStart + (literal?.offset ?? 0),
      });
      if (!keyword) position += 1;
    }
    calls.push({ callee, root: rootOfCallee(line, opening.index ?? 0, callee), arguments: argumentsOfCall });
  }
  return calls;
}

const NAME_BEFORE = /([A-Za-z_][A-Za-z0-9_]*)\s*$/;

/** The first name of the dotted callee that ends at `at` (`a.b.c(` gives `a`). */
function rootOfCallee(text: string, at: number, callee: string): string | undefined {
  let root = callee;
  let end = at;
  for (let hops = 0; hops < 8; hops += 1) {
    let before = end - 1;
    while (before >= 0 && (text[before] === " " || text[before] === "\t")) before -= 1;
    if (text[before] !== ".") return root;
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, before - 200), before));
    if (!name?.[1]) return undefined;
    root = name[1];
    end = before - name[0].length;
  }
  return undefined;
}

const FROM_IMPORT = /^[ \t]*from[ \t]+([A-Za-z_][\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]+)/gm;
const IMPORT = /^[ \t]*import[ \t]+([^\n#]+)/gm;
const DOTTED_NAME = /^[A-Za-z_][\w.]*$/;
const NAME = /^[A-Za-z_]\w*$/;

/** `a.b as c` of an import list: the name imported and the name it is bound to. */
function importedName(entry: string): { name: string; bound: string | undefined } | undefined {
  const [name, bound, ...rest] = entry.trim().split(/\s+as\s+/);
  if (name === undefined || rest.length > 0 || !DOTTED_NAME.test(name) || (bound !== undefined && !NAME.test(bound))) return undefined;
  return { name, bound };
}

/**
 * The module each name a Python file imports comes from: `from diffusers import StableDiffusionPipeline as P`
 * gives `P` → `diffusers`; `import timm` gives `timm` → `timm`; `import huggingface_hub as hub`
 * gives `hub` → `huggingface_hub`. Give the text `withoutComments` first.
 */
export function pythonImports(text: string): Map<string, string> {
  const modules = new Map<string, string>();
  for (const match of text.matchAll(FROM_IMPORT)) {
    const module = match[1] ?? "";
    for (const entry of (match[2] ?? "").replace(/[()\\]/g, " ").split(",")) {
      const named = importedName(entry);
      if (named) modules.set(named.bound ?? named.name, module);
    }
  }
  for (const match of text.matchAll(IMPORT)) {
    for (const entry of (match[1] ?? "").split(",")) {
      const named = importedName(entry);
      if (!named) continue;
      // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
      const top = named.name.split(".")[0] ?? named.name;
      modules.set(named.bound ?? top, named.bound === undefined ? top : named.name);
    }
  }
  return modules;
}
