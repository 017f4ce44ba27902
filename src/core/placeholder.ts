import type safeRegexType from "safe-regex2";
import { COMMON_WORDS } from "./common-words";
import { formOfToken } from "./token-forms";

/**
 * Values a team has declared harmless: exact strings and regular expressions (source text).
 * Built once per rule instance, tested on every candidate.
 */
export interface AllowList {
  readonly values: ReadonlySet<string>;
  readonly patterns: readonly RegExp[];
}

export const EMPTY_ALLOW_LIST: AllowList = { values: new Set(), patterns: [] };

/** Loaded only when a team gives patterns: most configs have none, and start-up stays light. */
function loadSafeRegex(): typeof safeRegexType {
  const loaded = require("safe-regex2") as typeof safeRegexType | { default: typeof safeRegexType };
  return typeof loaded === "function" ? loaded : loaded.default;
}

/**
 * Patterns run on every candidate of every file, in editors on every keystroke: one that can
 * backtrack catastrophically would hang the editor, so it is refused when the config loads.
 */
export function compileAllowList(
  values: readonly string[] = [],
  patterns: readonly string[] = [],
): AllowList {
  return {
    values: new Set(values),
    patterns: patterns.map((source) => {
      const pattern = new RegExp(source, "u");
      if (!loadSafeRegex()(pattern)) {
        throw new Error(
          `allowedPatterns: ${JSON.stringify(source)} can backtrack catastrophically (a repeated group that ` +
            `itself repeats, such as (a+)+). Write it without nested repetition.`,
        );
      }
      return pattern;
    }),
  };
}

export function isAllowed(value: string, allowList: AllowList): boolean {
  return allowList.values.has(value) || allowList.patterns.some((pattern) => pattern.test(value));
}

/*
 * A placeholder is recognised by its structure over the whole body, never by a short run: every
 * test below is passed by chance by a random body far less often than once in ten million
 * (tests/integration/placeholder-rate.test.ts samples twenty million; docs/rules/no-hardcoded-token.md
 * has the figures). Each threshold's chance for a random 34-letter body is given beside it.
 */
/** Fewer distinct characters: `hf_xxxx…`, `hf_abab…` (random: < 1e-15). */
const MIN_DISTINCT_CHARACTERS = 10;
/** A run of one character, or of consecutive ones (`aaaaaaaa`, `abcdefgh`): random < 1e-9. */
const LONGEST_RANDOM_RUN = 7;
/** Along a keyboard row, any case (`QwErTyUiOp`): random < 1e-11. */
const LONGEST_RANDOM_KEYBOARD_WALK = 9;
const KEYBOARD_ROWS = "qwertyuiopasdfghjklzxcvbnm";
/** `x`/`X` filling: `hf_abcXXXXXXXX…`, `hf_xXxX…` (random, 14 of 34: < 1e-10). */
const MOST_RANDOM_FILLERS = 13;
/** Share of the body that repeats itself at a short period (`YourTokenHereYourTokenHere…`). */
const LARGEST_RANDOM_PERIODIC_SHARE = 0.75;
/** Share of the body covered by English words (`PasteYourOwnTokenHere…`, i18n keys, class names): random < 0.4 in 200,000. */
const LARGEST_RANDOM_WORD_SHARE = 0.7;
const SHORTEST_WORD = 3;
const LONGEST_WORD = 16;

function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Longest run where each character is `step` after the previous one, ignoring case. */
function longestRun(body: string, step: number): number {
  let longest = 1;
  let current = 1;
  for (let index = 1; index < body.length; index += 1) {
    current = lowerCode(body.charCodeAt(index)) - lowerCode(body.charCodeAt(index - 1)) === step ? current + 1 : 1;
    if (current > longest) longest = current;
  }
  return longest;
}

function longestKeyboardWalk(body: string): number {
  const lower = body.toLowerCase();
  let longest = 1;
  let current = 1;
  for (let index = 1; index < lower.length; index += 1) {
    const previous = KEYBOARD_ROWS.indexOf(lower[index - 1] ?? "");
    current = previous !== -1 && KEYBOARD_ROWS[previous + 1] === lower[index] ? current + 1 : 1;
    if (current > longest) longest = current;
  }
  return longest;
}

function fillerCount(body: string): number {
  let count = 0;
  for (const character of body) if (character === "x" || character === "X") count += 1;
  return count;
}

/** The largest share of the body equal to itself shifted by a period of at most half its length. */
function periodicShare(body: string): number {
  let best = 0;
  for (let period = 1; period <= body.length / 2; period += 1) {
    let same = 0;
    for (let index = period; index < body.length; index += 1) if (body[index] === body[index - period]) same += 1;
    best = Math.max(best, (same + period) / body.length);
  }
  return best;
}

let dictionary: ReadonlySet<string> | undefined;
let wordStarts: ReadonlySet<string> | undefined;

/** Built on first use: most files never hold a token-shaped value, and so never pay for it. */
function words(): { dictionary: ReadonlySet<string>; starts: ReadonlySet<string> } {
  if (!dictionary || !wordStarts) {
    const list = COMMON_WORDS.split(" ");
    dictionary = new Set(list);
    wordStarts = new Set(list.map((word) => word.slice(0, SHORTEST_WORD)));
  }
  return { dictionary, starts: wordStarts };
}

/** A word as identifiers write it: `token`, `Token` or `TOKEN`, never `tOKen`. */
const WORD_CASE = /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)$/;

/**
 * The largest share of the body that words cover, each written in one case style (camelCase,
 * PascalCase, snake-free identifiers, all caps). Dynamic programming over word ends.
 */
export function wordShare(body: string): number {
  const { dictionary: known, starts } = words();
  const lower = body.toLowerCase();
  const covered = new Array<number>(body.length + 1).fill(0);
  for (let start = 0; start < body.length; start += 1) {
    const before = covered[start] ?? 0;
    const next = covered[start + 1] ?? 0;
    if (before > next) covered[start + 1] = before;
    if (!starts.has(lower.slice(start, start + SHORTEST_WORD))) continue;
    const last = Math.min(body.length, start + LONGEST_WORD);
    for (let end = start + SHORTEST_WORD; end <= last; end += 1) {
      if (!known.has(lower.slice(start, end)) || !WORD_CASE.test(body.slice(start, end))) continue;
      const total = before + (end - start);
      if (total > (covered[end] ?? 0)) covered[end] = total;
    }
  }
  return (covered[body.length] ?? 0) / body.length;
}

/**
 * Words that credential labels, header names and stand-ins are written with and the English list
 * lacks: `my-token`, `X-Xet-Access-Token`, `xet-auth`, `hf_env_456`, `replicate_key` (a provider's
 * key, named).
 */
const LABEL_WORDS: ReadonlySet<string> = new Set([
  "my", "auth", "oauth", "hf", "env", "xet", "jwt", "bearer", "apikey", "openai", "replicate", "together",
  "groq", "cohere", "fireworks", "novita", "sambanova", "nebius", "hyperbolic", "cerebras", "featherless",
  "nscale", "scaleway", "fal",
]);
/** What joins the parts of a label: `my-api-key`, `fake_token`, `hf.hub`, `Access Token`. */
const LABEL_SEPARATORS = "-_. ";
/** A label's number is short (`hf_secret_123`, `token2`); a longer run of digits may be random. */
const MOST_LABEL_DIGITS = 4;

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** How a label's part reads: a word (or one letter), then at most a short number; or only that number. */
function labelPartLetters(part: string, known: ReadonlySet<string>): "word" | "number" | undefined {
  let lettersEnd = 0;
  while (lettersEnd < part.length && isLetterCode(part.charCodeAt(lettersEnd))) lettersEnd += 1;
  if (part.length - lettersEnd > MOST_LABEL_DIGITS) return undefined;
  for (let index = lettersEnd; index < part.length; index += 1) if (!isDigitCode(part.charCodeAt(index))) return undefined;
  if (lettersEnd === 0) return "number";
  if (lettersEnd === 1) return "word";
  const letters = part.slice(0, lettersEnd);
  const lower = letters.toLowerCase();
  return WORD_CASE.test(letters) && (known.has(lower) || LABEL_WORDS.has(lower)) ? "word" : undefined;
}

/**
 * Whether a value is written only in words (`fake_token`, `my-api-key`, `X-Xet-Access-Token`,
 * `ReplicateKey`, `hf_secret_123`): a label, a header name or a stand-in, never a credential, whose
 * characters are random. Parts are split at separators and where a lower-case letter meets a
 * capital; each is a word in one case style or a single letter (the `X` of a header name), with at
 * most a short number after it, or only that number, and one part at least has a word. Any other
 * character, or a separator at either end, and the value is no label.
 */
export function isMadeOfWords(value: string): boolean {
  const { dictionary: known } = words();
  let partStart = 0;
  let hasWord = false;
  for (let index = 0; index <= value.length; index += 1) {
    const code = value.charCodeAt(index);
    const atEnd = index === value.length;
    const isSeparator = !atEnd && LABEL_SEPARATORS.includes(value.charAt(index));
    if (!atEnd && !isSeparator && !isLetterCode(code) && !isDigitCode(code)) return false;
    const meetsCapital = !atEnd && index > partStart && code >= 65 && code <= 90 && value.charCodeAt(index - 1) >= 97;
    if (atEnd || isSeparator || meetsCapital) {
      if (index === partStart) {
        // Two separators in a row join parts too; one at either end does not.
        if (index === 0 || atEnd) return false;
      } else {
        const reads = labelPartLetters(value.slice(partStart, index), known);
        if (reads === undefined) return false;
        if (reads === "word") hasWord = true;
      }
      partStart = isSeparator ? index + 1 : index;
    }
  }
  return hasWord;
}

/** Which structure makes a token-shaped value a stand-in, or `undefined` for a credential. */
export function placeholderReason(token: string): string | undefined {
  const form = formOfToken(token);
  const body = form ? token.slice(form.prefix.length) : token;
  if (new Set(body).size < MIN_DISTINCT_CHARACTERS) return "few distinct characters";
  if (longestRun(body, 0) > LONGEST_RANDOM_RUN) return "a repeated character";
  if (longestRun(body, 1) > LONGEST_RANDOM_RUN || longestRun(body, -1) > LONGEST_RANDOM_RUN) return "a sequence";
  if (longestKeyboardWalk(body) > LONGEST_RANDOM_KEYBOARD_WALK) return "a keyboard walk";
  if (fillerCount(body) > MOST_RANDOM_FILLERS) return "x filling";
  if (periodicShare(body) > LARGEST_RANDOM_PERIODIC_SHARE) return "a repeated pattern";
  if (wordShare(body) >= LARGEST_RANDOM_WORD_SHARE) return "words";
  return undefined;
}

/**
 * Whether a token-shaped value is an obvious stand-in (`hf_xxxx…`, `hf_abcdefg…`,
 * `hf_PasteYourOwnTokenHere…`) or a word-built look-alike (an i18n key, a class name) rather than
 * a credential. See docs/rules/no-hardcoded-token.md.
 */
export function isPlaceholderToken(token: string, allowList: AllowList = EMPTY_ALLOW_LIST): boolean {
  return isAllowed(token, allowList) || placeholderReason(token) !== undefined;
}
