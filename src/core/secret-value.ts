import { isHfTokenName, isEnvStyleName } from "./names";
import { EMPTY_ALLOW_LIST, isAllowed, isMadeOfWords, isPlaceholderToken, type AllowList } from "./placeholder";
import { isTokenShaped } from "./scan";

/** Shorter values are labels or flags; no Hugging Face credential was ever this short. */
export const SHORTEST_SECRET = 8;
const PLACEHOLDER_MARKS = /\.\.\.|…|[<>{}\s]|xxx|your|example|placeholder|changeme|replace|insert|dummy|redacted|todo|tbd/i;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const PATH_LIKE = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)|^[\w.-]+\/[\w./-]*[\w.-]$/;
const SINGLE_CHARACTER_RUN = /^(.)\1*$/s;
/**
 * Sentinels code uses for "no token" that are not written in words alone (those are labels, see
 * `isMadeOfWords`); shorter ones are no secret anyway.
 */
const NON_SECRET_WORDS = new Set(["undefined", "password", "hf_token", "change-me", "change_me", "no-token"]);
/*
 * References to a secret in a secret manager, which resolve to the token at run time: AWS Secrets
 * Manager and SSM ARNs, 1Password (`op://`), GCP (`projects/…/secrets/…`), Vault, Azure Key Vault,
 * Doppler, Infisical, SOPS and External Secrets style URIs (`vault:`, `awssm:`, `gcpsm:`).
 */
const SECRET_REFERENCE = /^(?:arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):|op:\/\/|projects\/[^/\s]+\/secrets\/|(?:vault|awssm|awsssm|gcpsm|azkv|akv|doppler|infisical|sops|secret|secrets|ref|env|ssm|bws|keychain)(?::\/\/|:)|https:\/\/[a-z0-9-]+\.vault\.azure\.net\/secrets\/)/i;
/** `$HF_TOKEN`, `${HF_TOKEN}`, `%HF_TOKEN%`: a variable reference, expanded by a shell or a loader. */
const VARIABLE_REFERENCE = /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|%[A-Za-z_][A-Za-z0-9_]*%)$/;

/**
 * Whether a string given to a token sink is clearly not a secret: empty, a placeholder, an env-var
 * name, a URL or a path, a label written in words (`fake_token`, a header name). Everything else
 * given to a sink is treated as a leaked secret, because an old or mangled token is a secret too.
 */
export function isNonSecretValue(value: string, allowList: AllowList = EMPTY_ALLOW_LIST): boolean {
  const trimmed = value.trim();
  if (trimmed.length < SHORTEST_SECRET) return true;
  if (isAllowed(value, allowList)) return true;
  if (isTokenShaped(trimmed)) return isPlaceholderToken(trimmed, allowList);
  return (
    SINGLE_CHARACTER_RUN.test(trimmed) ||
    SECRET_REFERENCE.test(trimmed) ||
    VARIABLE_REFERENCE.test(trimmed) ||
    PLACEHOLDER_MARKS.test(trimmed) ||
    isEnvStyleName(trimmed) ||
    isHfTokenName(trimmed) ||
    isMadeOfWords(trimmed) ||
    URL_LIKE.test(trimmed) ||
    PATH_LIKE.test(trimmed) ||
    NON_SECRET_WORDS.has(trimmed.toLowerCase())
  );
}
