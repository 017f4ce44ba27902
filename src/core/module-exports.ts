import { isHfTokenName } from "./names";
import { TOKEN_ANCHOR_PATTERN_SOURCE, findTokens } from "./scan";

/**
 * What a module exports that carries a Hugging Face token, read from its text: the statements
 * that export a value written in place (`export const hfToken = process.env.HF_TOKEN!`,
 * `export default { token: … }`, `export function getToken() { return … }`, `exports.x = …`,
 * `module.exports = { … }`, `export { local as name }` of such a top-level `const`). A value the
 * module computes elsewhere and exports later is not followed: a file that imports it is then
 * quiet, never wrong.
 */
export interface TokenExport {
  /** The token the whole export carries: `HF_TOKEN`, or `a literal token`. */
  readonly whole: string | undefined;
  /** For an object written in place, the token each key carries. */
  readonly keys: ReadonlyMap<string, string>;
}

const ENV_READ =
  /\b(?:process\.env|import\.meta\.env|Bun\.env)\s*(?:\??\.\s*([A-Za-z_$][\w$]*)|\[\s*["'`]([^"'`\n]+)["'`]\s*\])|\bDeno\.env\.get\(\s*["'`]([^"'`\n]+)["'`]\s*\)|\benv\.([A-Z][A-Z0-9_]*)\b/g;

/**
 * A name a Hugging Face token goes under (`HF_TOKEN`, `hfApiKey`, `HUGGINGFACEHUB_API_TOKEN`): a
 * Hugging Face word, then a credential word, in one identifier.
 */
const TOKEN_NAME_IN_TEXT = "(?:hf|hugging)[\\w$]*?(?:token|key|secret)";

/**
 * A token's anchor (`hf_`, `api_org_`) or a token name, in any case: one pass over a module's
 * text that rules out most modules before their env reads and literals are looked for (a match
 * only means the module is worth reading).
 */
const MAY_HOLD_TOKEN = new RegExp(`${TOKEN_ANCHOR_PATTERN_SOURCE}|${TOKEN_NAME_IN_TEXT}`, "i");

/** The token a piece of code reads or holds: a token env read's name, or `a literal token`. */
export function tokenReadInText(code: string): string | undefined {
  for (const match of code.matchAll(ENV_READ)) {
    const name = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (name !== undefined && isHfTokenName(name)) return name;
  }
  return findTokens(code).length > 0 ? "a literal token" : undefined;
}

const OPENING = "([{";
const CLOSING = ")]}";
/** A line that goes on with one of these continues the expression before it. */
const CONTINUES_LINE = /^\s*(?:[.?:+\-*/%|&,)\]}]|\?\?)/;
const ENDS_UNFINISHED = /(?:[=+\-*/%|&?:,([{]|=>)\s*$/;

/**
 * Where the expression that starts at `start` ends: at a `;`, or a line break that does not
 * continue it, outside brackets, strings and comments.
 */
function expressionEnd(text: string, start: number): number {
  let depth = 0;
  for (let index = start; index < text.length; index += 1) {
    const character = text[index] ?? "";
    if (character === '"' || character === "'" || character === "`") {
      index = stringEnd(text, index);
    } else if (character === "/" && text[index + 1] === "/") {
      const lineEnd = text.indexOf("\n", index);
      index = (lineEnd === -1 ? text.length : lineEnd) - 1;
    } else if (character === "/" && text[index + 1] === "*") {
      const close = text.indexOf("*/", index + 2);
      index = close === -1 ? text.length : close + 1;
    } else if (OPENING.includes(character)) {
      depth += 1;
    } else if (CLOSING.includes(character)) {
      if (depth === 0) return index;
      depth -= 1;
    } else if (depth === 0 && character === ";") {
      return index;
    } else if (depth === 0 && character === "\n") {
      const lineStart = text.lastIndexOf("\n", index - 1) + 1;
      if (!ENDS_UNFINISHED.test(text.slice(lineStart, index)) && !CONTINUES_LINE.test(text.slice(index + 1, index + 200))) return index;
    }
  }
  return text.length;
}

/** The index of the bracket that closes the one at `open`, past strings and comments. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    const character = text[index] ?? "";
    if (character === '"' || character === "'" || character === "`") index = stringEnd(text, index);
    else if (character === "/" && text[index + 1] === "/") index = Math.max(index, text.indexOf("\n", index) === -1 ? text.length : text.indexOf("\n", index));
    else if (character === "/" && text[index + 1] === "*") index = text.indexOf("*/", index + 2) === -1 ? text.length : text.indexOf("*/", index + 2) + 1;
    else if (OPENING.includes(character)) depth += 1;
    else if (CLOSING.includes(character)) {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return text.length;
}

function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index += 1) {
    const character = text[index];
    if (character === "\\") index += 1;
    else if (character === quote) return index;
    else if (character === "\n" && quote !== "`") return index;
  }
  return text.length;
}

/** `a, b: c, "d": e, ...f` of an object written in place, split at its top-level commas. */
function objectEntries(body: string): Array<{ key: string; value: string }> {
  const entries: Array<{ key: string; value: string }> = [];
  let start = 0;
  while (start < body.length) {
    const end = expressionEnd(body.replaceAll(",", ";"), start);
    const entry = body.slice(start, end).trim();
    const keyed = /^(?:["']?([A-Za-z_$][\w$-]*)["']?)\s*:([\s\S]*)$/.exec(entry);
    if (keyed?.[1] !== undefined && keyed[2] !== undefined) entries.push({ key: keyed[1], value: keyed[2] });
    else if (/^[A-Za-z_$][\w$]*$/.test(entry)) entries.push({ key: entry, value: entry });
    start = end + 1;
  }
  return entries;
}

function summarise(value: string, locals: ReadonlyMap<string, string>): TokenExport {
  const trimmed = value.trim();
  const keys = new Map<string, string>();
  if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
    for (const { key, value: entry } of objectEntries(trimmed.slice(1, -1))) {
      const carried = tokenReadInText(entry) ?? locals.get(entry.trim());
      if (carried !== undefined) keys.set(key, carried);
    }
  }
  const whole = /^[A-Za-z_$][\w$]*$/.test(trimmed) ? locals.get(trimmed) : (tokenReadInText(trimmed) ?? keys.values().next().value);
  return { whole, keys };
}

// Each pattern finds where a statement starts; the code reads its name. No pattern nests a repetition
// (safe-regex2 checks every shipped pattern).
const DECLARATION = /(?:^|\n)[ \t]*(export[ \t])?[ \t]*(?:const|let|var)[ \t]/g;
const FUNCTION = /(?:^|\n)[ \t]*(export[ \t])?[ \t]*(default[ \t])?[ \t]*(?:async[ \t])?[ \t]*function\b/g;
const ASSIGNED_EXPORT = /(?:^|\n)[ \t]*(?:module\.)?exports\.([A-Za-z_$][\w$]*)[ \t]*=(?![=>])/g;
const WHOLE_EXPORT = /(?:^|\n)[ \t]*(?:export[ \t]+default[ \t]|module\.exports[ \t]*=(?![=>]))/g;
const EXPORT_LIST = /(?:^|\n)[ \t]*export[ \t]*\{([^}]*)\}(?![ \t]*from)/g;
const NAME_AT_START = /^[ \t*]*([A-Za-z_$][\w$]*)/;

/**
 * After `const name`: where its value starts, past a type annotation (`: Record<string, string> =`);
 * `undefined` for a declaration without one, or a destructuring.
 */
function valueStartAfter(text: string, start: number): number | undefined {
  let depth = 0;
  for (let index = start; index < text.length; index += 1) {
    const character = text[index] ?? "";
    if ("([{<".includes(character)) depth += 1;
    else if (")]}>".includes(character) && text[index - 1] !== "=") depth -= 1;
    else if (character === "=" && depth === 0 && text[index + 1] !== ">" && text[index + 1] !== "=") return index + 1;
    else if ((character === ";" || character === "\n") && depth === 0) return undefined;
  }
  return undefined;
}

/** What the module exports that carries a token, by exported name (`default` for the default export). */
export function tokenExportsOf(text: string): ReadonlyMap<string, TokenExport> {
  const exported = new Map<string, TokenExport>();
  // A module that reads no token variable and holds no literal token exports none (re-exports are
  // not followed): the one pass over its text spares the statement-by-statement reading.
  if (!/\bexports?\b/.test(text) || !MAY_HOLD_TOKEN.test(text) || tokenReadInText(text) === undefined) return exported;
  const locals = new Map<string, string>();
  const localValues = new Map<string, string>();
  for (const match of text.matchAll(DECLARATION)) {
    const after = (match.index ?? 0) + match[0].length;
    const named = NAME_AT_START.exec(text.slice(after, after + 200));
    const start = named?.[1] === undefined ? undefined : valueStartAfter(text, after + named[0].length);
    if (named?.[1] === undefined || start === undefined) continue;
    const value = text.slice(start, expressionEnd(text, start));
    const name = named[1];
    localValues.set(name, value);
    const carried = tokenReadInText(value);
    if (carried !== undefined) locals.set(name, carried);
    if (match[1] !== undefined) exported.set(name, summarise(value, locals));
  }
  for (const match of text.matchAll(FUNCTION)) {
    // The body: what the function returns is read as its value (`getToken()` carries it).
    const after = (match.index ?? 0) + match[0].length;
    const named = NAME_AT_START.exec(text.slice(after, after + 200));
    const open = text.indexOf("{", after);
    if (named?.[1] === undefined || open === -1) continue;
    const body = text.slice(open + 1, closingBracket(text, open));
    const returned = [...body.matchAll(/\breturn\b([^;\n]*)/g)].map((found) => found[1] ?? "").join("\n");
    const carried = tokenReadInText(returned);
    const name = named[1];
    if (carried !== undefined) locals.set(name, carried);
    if (match[1] !== undefined && carried !== undefined) exported.set(match[2] === undefined ? name : "default", { whole: carried, keys: new Map() });
  }
  for (const match of text.matchAll(ASSIGNED_EXPORT)) {
    const start = (match.index ?? 0) + match[0].length;
    exported.set(match[1] ?? "", summarise(text.slice(start, expressionEnd(text, start)), locals));
  }
  for (const match of text.matchAll(WHOLE_EXPORT)) {
    const start = (match.index ?? 0) + match[0].length;
    if (/^\s*(?:async\s|function\b|class\b)/.test(text.slice(start, start + 20))) continue;
    const summary = summarise(text.slice(start, expressionEnd(text, start)), locals);
    exported.set("default", summary);
    // `module.exports = { hfToken }`: each key is also what `require(…).hfToken` and a named import read.
    if (match[0].includes("module")) for (const [key, carried] of summary.keys) exported.set(key, { whole: carried, keys: new Map() });
  }
  for (const match of text.matchAll(EXPORT_LIST)) {
    for (const entry of (match[1] ?? "").split(",")) {
      const [local, alias] = entry.trim().split(/\s+as\s+/);
      if (!local) continue;
      const value = localValues.get(local);
      const summary = value === undefined ? { whole: locals.get(local), keys: new Map<string, string>() } : summarise(value, locals);
      exported.set(alias ?? local, summary);
    }
  }
  for (const [name, summary] of exported) if (summary.whole === undefined && summary.keys.size === 0) exported.delete(name);
  return exported;
}
