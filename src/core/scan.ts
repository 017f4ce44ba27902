import { EMPTY_ALLOW_LIST, isPlaceholderToken, type AllowList } from "./placeholder";
import { SHORTEST_TOKEN_LENGTH, TOKEN_FORMS, TOKEN_PREFIX_MARK, type TokenForm } from "./token-forms";

export interface TokenMatch {
  readonly form: TokenForm;
  readonly value: string;
  /** Offset of the first character in the scanned text. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/*
 * The scanner below finds exactly what `buildTokenPattern()` matches (a property test holds them
 * together), without a regex: `indexOf` of each prefix, then a table lookup per body character.
 * A regex with a leading lookbehind tests every position of the text; this touches only the
 * places where a prefix is written, which keeps the core near the speed of a bare `indexOf`.
 */

const ASCII = 128;

function characterTable(characterClass: string): Uint8Array {
  const member = new RegExp(`^[${characterClass}]$`);
  const table = new Uint8Array(ASCII);
  for (let code = 0; code < ASCII; code += 1) table[code] = member.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
}

/** `A-Za-z0-9_`: a token may neither start nor end next to one of these. */
const WORD_CHARACTERS = characterTable("A-Za-z0-9_");

interface CompiledForm {
  readonly form: TokenForm;
  readonly bodyCharacters: Uint8Array;
  readonly length: number;
  /** The part of the prefix searched for, and where it starts in the prefix. */
  readonly anchor: string;
  readonly anchorOffset: number;
}

/*
 * V8 finds a string by scanning for its first character. `a` is everywhere in code, `_` is not:
 * searching `_org_` rather than `api_org_` made the scan three times faster on the corpus
 * (docs/performance.md). An anchor keeps at least three characters so that it stays rare.
 */
const SHORTEST_ANCHOR = 3;

function anchorOffsetOf(prefix: string): number {
  const underscore = prefix.indexOf("_");
  return underscore > 0 && prefix.length - underscore >= SHORTEST_ANCHOR ? underscore : 0;
}

const COMPILED_FORMS: readonly CompiledForm[] = TOKEN_FORMS.map((form) => {
  const anchorOffset = anchorOffsetOf(form.prefix);
  return {
    form,
    bodyCharacters: characterTable(form.bodyClass),
    length: form.prefix.length + form.bodyLength,
    anchor: form.prefix.slice(anchorOffset),
    anchorOffset,
  };
});

/** Every character any token can hold, prefix or body: a token is one unbroken run of them. */
const TOKEN_CHARACTERS = (() => {
  const table = new Uint8Array(ASCII);
  for (const compiled of COMPILED_FORMS) {
    for (let code = 0; code < ASCII; code += 1) if (compiled.bodyCharacters[code] === 1) table[code] = 1;
    for (const character of compiled.form.prefix) table[character.charCodeAt(0)] = 1;
  }
  return table;
})();

/** Whether the UTF-16 code unit `code` can be part of a token. */
export function isTokenCharacterCode(code: number): boolean {
  return code < ASCII && TOKEN_CHARACTERS[code] === 1;
}

function isWordCharacterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // Out of range gives NaN, which is no word character: the text's edge bounds a token.
  return code < ASCII && WORD_CHARACTERS[code] === 1;
}

/** Whether a token of `compiled` form starts at `start`, where its prefix is known to be written. */
function isTokenAt(text: string, start: number, compiled: CompiledForm): boolean {
  const end = start + compiled.length;
  if (end > text.length || (start > 0 && isWordCharacterAt(text, start - 1))) return false;
  const table = compiled.bodyCharacters;
  for (let index = start + compiled.form.prefix.length; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= ASCII || table[code] !== 1) return false;
  }
  return !isWordCharacterAt(text, end);
}

/** Cheap test that rules out almost every text; true does not mean a token is there. */
export function mayContainToken(text: string): boolean {
  if (text.length < SHORTEST_TOKEN_LENGTH || !text.includes(TOKEN_PREFIX_MARK)) return false;
  return COMPILED_FORMS.some((compiled) => text.includes(compiled.anchor));
}

function tokenShapedMatches(text: string): TokenMatch[] {
  const matches: TokenMatch[] = [];
  if (text.length < SHORTEST_TOKEN_LENGTH) return matches;
  for (const compiled of COMPILED_FORMS) {
    const { anchor, anchorOffset } = compiled;
    const prefix = compiled.form.prefix;
    for (let at = text.indexOf(anchor, anchorOffset); at !== -1; at = text.indexOf(anchor, at + 1)) {
      const start = at - anchorOffset;
      if (!text.startsWith(prefix, start) || !isTokenAt(text, start, compiled)) continue;
      const end = start + compiled.length;
      matches.push({ form: compiled.form, value: text.slice(start, end), start, end });
      at = end - 1;
    }
  }
  // Forms are scanned one after another; reports go in text order, and no two may overlap.
  if (COMPILED_FORMS.length > 1 && matches.length > 1) {
    matches.sort((left, right) => left.start - right.start);
    return matches.filter((match, index) => index === 0 || match.start >= (matches[index - 1]?.end ?? 0));
  }
  return matches;
}

/** Every real (non-placeholder, non-allowed) token in `text`, in order. */
export function findTokens(text: string, allowList: AllowList = EMPTY_ALLOW_LIST): TokenMatch[] {
  const matches = tokenShapedMatches(text);
  return matches.length === 0 ? matches : matches.filter((match) => !isPlaceholderToken(match.value, allowList));
}

/** Whether `text` is exactly one token of a known form, placeholder or not. */
export function isTokenShaped(text: string): boolean {
  for (const compiled of COMPILED_FORMS) {
    if (text.length === compiled.length && text.startsWith(compiled.form.prefix) && isTokenAt(text, 0, compiled)) {
      return true;
    }
  }
  return false;
}
