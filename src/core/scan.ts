import { EMPTY_ALLOW_LIST, isPlaceholderToken, type AllowList } from "./placeholder";
import {
  SHORTEST_TOKEN_LENGTH,
  TOKEN_FORMS,
  TOKEN_PREFIX_MARK,
  buildTokenPattern,
  formOfToken,
  type TokenForm,
} from "./token-forms";

export interface TokenMatch {
  readonly form: TokenForm;
  readonly value: string;
  /** Offset of the first character in the scanned text. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

const TOKEN_PATTERN = buildTokenPattern();
const PREFIXES = TOKEN_FORMS.map((form) => form.prefix);

/** Cheap test, without a regex, that rules out almost every text. */
export function mayContainToken(text: string): boolean {
  if (text.length < SHORTEST_TOKEN_LENGTH || !text.includes(TOKEN_PREFIX_MARK)) return false;
  return PREFIXES.some((prefix) => text.includes(prefix));
}

/** Every real (non-placeholder, non-allowed) token in `text`, in order. */
export function findTokens(text: string, allowList: AllowList = EMPTY_ALLOW_LIST): TokenMatch[] {
  if (!mayContainToken(text)) return [];
  const matches: TokenMatch[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let found = TOKEN_PATTERN.exec(text); found; found = TOKEN_PATTERN.exec(text)) {
    const value = found[0];
    const form = formOfToken(value);
    if (form && !isPlaceholderToken(value, allowList)) {
      matches.push({ form, value, start: found.index, end: found.index + value.length });
    }
  }
  return matches;
}

/** Whether `text` is exactly one token of a known form, placeholder or not. */
export function isTokenShaped(text: string): boolean {
  if (!mayContainToken(text)) return false;
  TOKEN_PATTERN.lastIndex = 0;
  const found = TOKEN_PATTERN.exec(text);
  return found !== null && found.index === 0 && found[0].length === text.length;
}
