/**
 * Decides whether an identifier, key or env-var name denotes a Hugging Face credential, by its
 * word parts rather than a fixed list, so `HF_TOKEN`, `hfToken`, `HUGGINGFACEHUB_API_KEY` and
 * `huggingFaceAccessToken` all match in any case style.
 */

const WORD_PATTERN = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

/** `huggingFaceHubToken` → `["hugging", "face", "hub", "token"]`. */
export function splitNameWords(name: string): string[] {
  return (name.match(WORD_PATTERN) ?? []).map((word) => word.toLowerCase());
}

const HF_WORDS = new Set(["hf", "huggingface", "huggingfacehub", "hfapi", "hfhub", "hfaccess"]);
/** Only the last word may be the credential: `HF_TOKEN_PATH` names a file, not a token. */
const CREDENTIAL_WORDS = new Set(["token", "key", "apikey", "apitoken", "secret", "accesstoken"]);

/**
 * Every credential word ends in `token`, `key` or `secret`, and only non-alphanumerics can follow
 * the last word: a name this does not match is no credential name. Rules put it in selectors, so
 * ESLint skips values given to other names before calling them.
 */
export const CREDENTIAL_NAME_ENDING = /(?:token|key|secret)[^a-z0-9]*$/i;

/** Every Hugging Face word starts with `hf` or `hugging`: with `CREDENTIAL_NAME_ENDING`, a selector's test that a name can be a token name. */
export const HF_WORD_MENTION = /hf|hugging/i;

function isHfWordAt(words: readonly string[], index: number): boolean {
  const word = words[index];
  if (word === undefined) return false;
  if (HF_WORDS.has(word)) return true;
  return word === "hugging" && words[index + 1] === "face";
}

/** Cache: rules call this once per identifier and the same names recur through a file. */
const verdicts = new Map<string, boolean>();
const VERDICT_CACHE_LIMIT = 10_000;

export function isHfTokenName(name: string): boolean {
  const cached = verdicts.get(name);
  if (cached !== undefined) return cached;
  const verdict = decide(name);
  if (verdicts.size >= VERDICT_CACHE_LIMIT) verdicts.clear();
  verdicts.set(name, verdict);
  return verdict;
}

function decide(name: string): boolean {
  if (name.length < 4 || name.length > 80) return false;
  const words = splitNameWords(name);
  const last = words.length - 1;
  if (last < 1 || !CREDENTIAL_WORDS.has(words[last] ?? "")) return false;
  for (let index = 0; index < last; index += 1) {
    if (isHfWordAt(words, index)) return true;
  }
  return false;
}

/* Kept free of nested repetition (safe-regex2 checks every shipped pattern); the separator rules are checked in code. */
const ENV_STYLE_NAME = /^[A-Z][A-Z0-9_]*$/;

/** `HUGGINGFACEHUB_API_TOKEN` is an env-var name the fix can reuse; `hfToken` is not. */
export function isEnvStyleName(name: string): boolean {
  return ENV_STYLE_NAME.test(name) && !name.endsWith("_") && !name.includes("__");
}
