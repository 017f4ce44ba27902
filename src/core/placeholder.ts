import safeRegex from "safe-regex2";
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
      if (!safeRegex(pattern)) {
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
 * The thresholds below are chosen so that a body drawn at random from 62 characters crosses one
 * by chance about once in a million tokens or less: a random 34-character body has ~26 distinct
 * characters, and a run of 5 equal or consecutive characters has a chance of about 2e-6.
 */
const MIN_DISTINCT_CHARACTERS = 10;
const LONGEST_ALLOWED_RUN = 4;
const EXAMPLE_WORDS = /example|placeholder|redacted|dummy|sample|changeme|replace|insert|yourtoken|xxxx/i;
const EXAMPLE_STARTS = /^(?:your|fake|test|demo|mock|abcd|1234)/i;

function longestRun(body: string, step: number): number {
  let longest = 1;
  let current = 1;
  for (let index = 1; index < body.length; index += 1) {
    current = body.charCodeAt(index) - body.charCodeAt(index - 1) === step ? current + 1 : 1;
    if (current > longest) longest = current;
  }
  return longest;
}

/**
 * Whether a token-shaped value is an obvious stand-in (`hf_xxxx…`, `hf_abcdefg…`,
 * `hf_YourTokenHere…`) rather than a credential. See docs/rules/no-hardcoded-token.md.
 */
export function isPlaceholderToken(token: string, allowList: AllowList = EMPTY_ALLOW_LIST): boolean {
  if (isAllowed(token, allowList)) return true;
  const form = formOfToken(token);
  const body = form ? token.slice(form.prefix.length) : token;
  if (new Set(body).size < MIN_DISTINCT_CHARACTERS) return true;
  if (
    longestRun(body, 0) > LONGEST_ALLOWED_RUN ||
    longestRun(body, 1) > LONGEST_ALLOWED_RUN ||
    longestRun(body, -1) > LONGEST_ALLOWED_RUN
  ) {
    return true;
  }
  return EXAMPLE_WORDS.test(body) || EXAMPLE_STARTS.test(body);
}
