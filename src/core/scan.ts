import { EMPTY_ALLOW_LIST, isPlaceholderToken, type AllowList } from "./placeholder";
import { SHORTEST_TOKEN_LENGTH, TOKEN_FORMS, TOKEN_PREFIX_MARK, escapeRegExp, type TokenForm } from "./token-forms";

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
  /** Fixed-width forms: prefix and body. Structured forms: the shortest. */
  readonly length: number;
  /** Structured forms: the body, matched where the prefix ends (sticky). */
  readonly body: RegExp | undefined;
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

/**
 * A form whose prefix extends another's (`hf_oauth_` extends `hf_`) searches the shorter prefix's
 * anchor: one pass over the text finds both, where a pass per form would read it again.
 */
function anchorPrefixOf(prefix: string): string {
  let shortest = prefix;
  for (const other of TOKEN_FORMS) if (prefix.startsWith(other.prefix) && other.prefix.length < shortest.length) shortest = other.prefix;
  return shortest;
}

const COMPILED_FORMS: readonly CompiledForm[] = TOKEN_FORMS.map((form) => {
  const anchorPrefix = anchorPrefixOf(form.prefix);
  const anchorOffset = anchorOffsetOf(anchorPrefix);
  return {
    form,
    bodyCharacters: characterTable(form.bodyClass),
    length: form.prefix.length + form.bodyLength,
    body: form.bodyPattern === undefined ? undefined : new RegExp(form.bodyPattern, "y"),
    anchor: anchorPrefix.slice(anchorOffset),
    anchorOffset,
  };
});

/** Forms by the anchor they search, longest prefix first within each. */
const FORMS_BY_ANCHOR: ReadonlyArray<{ anchor: string; anchorOffset: number; forms: readonly CompiledForm[] }> = (() => {
  const groups = new Map<string, CompiledForm[]>();
  for (const compiled of COMPILED_FORMS) {
    const key = `${compiled.anchorOffset}:${compiled.anchor}`;
    groups.set(key, [...(groups.get(key) ?? []), compiled]);
  }
  return [...groups.values()].map((forms) => ({
    anchor: forms[0]?.anchor ?? "",
    anchorOffset: forms[0]?.anchorOffset ?? 0,
    forms: [...forms].sort((left, right) => right.form.prefix.length - left.form.prefix.length),
  }));
})();

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

/**
 * Where the token of `compiled` form that starts at `start` ends (its prefix is known to be
 * written there), or -1 when none does.
 */
function tokenEndAt(text: string, start: number, compiled: CompiledForm): number {
  if (compiled.body === undefined) return isTokenAt(text, start, compiled) ? start + compiled.length : -1;
  if (start + compiled.length > text.length || (start > 0 && isWordCharacterAt(text, start - 1))) return -1;
  compiled.body.lastIndex = start + compiled.form.prefix.length;
  return compiled.body.test(text) ? compiled.body.lastIndex : -1;
}

/** Whether a fixed-width token of `compiled` form starts at `start`, where its prefix is known to be written. */
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

/**
 * A regular expression's source that matches where `mayContainToken` can be true (an anchor is
 * written), for selectors: ESLint then calls a rule only on the strings worth reading.
 */
export const TOKEN_ANCHOR_PATTERN_SOURCE = FORMS_BY_ANCHOR.map((group) => escapeRegExp(group.anchor)).join("|");

/** Each anchor, and where in it its first `_` is: every anchor has one (every prefix ends in `_`). */
const ANCHOR_MARKS: ReadonlyArray<{ anchor: string; markAt: number }> = FORMS_BY_ANCHOR.map(({ anchor }) => ({
  anchor,
  markAt: anchor.indexOf(TOKEN_PREFIX_MARK),
}));

/**
 * Cheap test that rules out almost every text; true does not mean a token is there. It visits the
 * text's underscores once, where a search for each anchor read the text again per anchor: the rule
 * asks it of every comment and long string of every file (docs/performance.md, thirteenth round).
 */
export function mayContainToken(text: string): boolean {
  if (text.length < SHORTEST_TOKEN_LENGTH) return false;
  for (let at = text.indexOf(TOKEN_PREFIX_MARK); at !== -1; at = text.indexOf(TOKEN_PREFIX_MARK, at + 1)) {
    for (const { anchor, markAt } of ANCHOR_MARKS) if (at >= markAt && text.startsWith(anchor, at - markAt)) return true;
  }
  return false;
}

function tokenShapedMatches(text: string): TokenMatch[] {
  const matches: TokenMatch[] = [];
  if (text.length < SHORTEST_TOKEN_LENGTH) return matches;
  for (const { anchor, anchorOffset, forms } of FORMS_BY_ANCHOR) {
    for (let at = text.indexOf(anchor, anchorOffset); at !== -1; at = text.indexOf(anchor, at + 1)) {
      const start = at - anchorOffset;
      for (const compiled of forms) {
        if (!text.startsWith(compiled.form.prefix, start)) continue;
        const end = tokenEndAt(text, start, compiled);
        if (end === -1) continue;
        matches.push({ form: compiled.form, value: text.slice(start, end), start, end });
        at = end - 1;
        break;
      }
    }
  }
  // Anchors are scanned one after another; reports go in text order, and no two may overlap.
  if (FORMS_BY_ANCHOR.length > 1 && matches.length > 1) {
    matches.sort((left, right) => left.start - right.start);
    return matches.filter((match, index) => index === 0 || match.start >= (matches[index - 1]?.end ?? 0));
  }
  return matches;
}

const HUB_URL_HOSTS = ["huggingface.co/", "hf.co/"];
/** How far back a URL's host is looked for: far enough for `https://huggingface.co/datasets/org/`. */
const LONGEST_URL_HEAD = 200;
const URL_STOP = /[\s"'`<>()[\]{}]/;

/**
 * Whether the match is a path segment of a Hugging Face URL (`huggingface.co/user/hf_…`): a repo
 * or user name there, never a credential (those go in a header, a query or before the host).
 */
function isHubPathSegment(text: string, start: number): boolean {
  if (text[start - 1] !== "/") return false;
  let from = start - 1;
  const limit = Math.max(0, start - LONGEST_URL_HEAD);
  while (from > limit && !URL_STOP.test(text[from - 1] ?? " ")) from -= 1;
  const head = text.slice(from, start);
  return !head.includes("?") && !head.includes("@") && HUB_URL_HOSTS.some((host) => head.includes(host));
}

/** Every real (non-placeholder, non-allowed) token in `text`, in order. */
export function findTokens(text: string, allowList: AllowList = EMPTY_ALLOW_LIST): TokenMatch[] {
  const matches = tokenShapedMatches(text);
  return matches.length === 0
    ? matches
    : matches.filter((match) => !isPlaceholderToken(match.value, allowList) && !isHubPathSegment(text, match.start));
}

/** Whether `text` is exactly one token of a known form, placeholder or not. */
export function isTokenShaped(text: string): boolean {
  for (const compiled of COMPILED_FORMS) {
    if (text.length >= compiled.length && text.startsWith(compiled.form.prefix) && tokenEndAt(text, 0, compiled) === text.length) {
      return true;
    }
  }
  return false;
}
