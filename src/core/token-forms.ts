/**
 * Every Hugging Face credential shape the plugin knows. Adding a new form is one entry here:
 * the scanner, the placeholder check, masking and the messages all read this table.
 */
export interface TokenForm {
  /** Stable identifier, used in message data and options. */
  readonly id: string;
  /** Human name shown in messages. */
  readonly name: string;
  /** Literal prefix that starts every token of this form. */
  readonly prefix: string;
  /** Number of characters after the prefix: fixed-width forms. */
  readonly bodyLength: number;
  /** Characters allowed in the body, as a regex character class. */
  readonly bodyClass: string;
  /**
   * For forms whose body has a structure rather than a width (a JWT's three parts): the body as a
   * regular expression, ending on its own boundary. `bodyLength` is then the shortest body.
   */
  readonly bodyPattern?: string;
  /** Where Hugging Face documents the form. */
  readonly docsUrl: string;
}

/*
 * gitleaks and detect-secrets accept only ASCII letters in the body, TruffleHog letters and
 * digits: the wider class keeps any real token from slipping through.
 */
const LETTERS_AND_DIGITS = "A-Za-z0-9";

/*
 * A JSON Web Token: three base64url parts, the first two JSON objects (`{"` encodes to `eyJ`). Each
 * part stops at a `.`, so the pattern has no nested repetition and ends where the token does.
 */
const BASE64URL = "[A-Za-z0-9_-]";
const JWT = `eyJ${BASE64URL}{8,}\\.eyJ${BASE64URL}{8,}\\.${BASE64URL}{16,}`;
/** After a structured body: no further base64url character may follow. */
const STRUCTURED_END = `(?!${BASE64URL})`;

export const TOKEN_FORMS: readonly TokenForm[] = [
  {
    id: "user-access-token",
    name: "user access token",
    prefix: "hf_",
    bodyLength: 34,
    bodyClass: LETTERS_AND_DIGITS,
    docsUrl: "https://huggingface.co/docs/hub/security-tokens",
  },
  {
    id: "org-api-token",
    name: "organization API token",
    prefix: "api_org_",
    bodyLength: 34,
    bodyClass: LETTERS_AND_DIGITS,
    docsUrl: "https://huggingface.co/docs/hub/security-tokens",
  },
  {
    // Issued by "Sign in with Hugging Face" and by the token exchange for user resources.
    id: "oauth-access-token",
    name: "OAuth access token",
    prefix: "hf_oauth_",
    bodyLength: 32,
    bodyClass: "A-Za-z0-9_.-",
    bodyPattern: `(?:${JWT}|[A-Za-z0-9]{32,512})${STRUCTURED_END}`,
    docsUrl: "https://huggingface.co/docs/hub/oauth",
  },
  {
    // Short-lived, repo-scoped: what the OIDC token exchange gives a CI job.
    id: "oidc-exchange-token",
    name: "short-lived OIDC exchange token",
    prefix: "hf_jwt_",
    bodyLength: 36,
    bodyClass: "A-Za-z0-9_.-",
    bodyPattern: `${JWT}${STRUCTURED_END}`,
    docsUrl: "https://huggingface.co/docs/hub/trusted-publishers",
  },
];

/** Shortest text that can hold any known token; shorter strings are skipped without a regex. */
export const SHORTEST_TOKEN_LENGTH = Math.min(
  ...TOKEN_FORMS.map((form) => form.prefix.length + form.bodyLength),
);

/** Every prefix ends in `_`; a text without one cannot hold a token. */
export const TOKEN_PREFIX_MARK = "_";

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `a|b|\$c`: words as the alternatives of a regular expression (or an ESLint selector's), each once, escaped. */
export function regExpAlternatives(words: Iterable<string>): string {
  return [...new Set(words)].map(escapeRegExp).join("|");
}

/**
 * One alternation over all forms, bounded on both sides by a non-word character (or the text's
 * edge) so that `_call_hf_processor…` or a 40-character run is never a token. `_` is a word
 * character on both sides. Fixed-width forms have fixed quantifiers; structured forms' parts are
 * separated by a character no part holds, so matching stays linear.
 */
export function buildTokenPattern(forms: readonly TokenForm[] = TOKEN_FORMS): RegExp {
  const alternatives = forms.map((form) =>
    form.bodyPattern === undefined
      ? `${escapeRegExp(form.prefix)}[${form.bodyClass}]{${form.bodyLength}}(?![A-Za-z0-9_])`
      : `${escapeRegExp(form.prefix)}${form.bodyPattern}`,
  );
  return new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives.join("|")})`, "g");
}

export function formOfToken(token: string): TokenForm | undefined {
  // Longest prefix first: no prefix of one form may shadow another.
  let best: TokenForm | undefined;
  for (const form of TOKEN_FORMS) {
    if (token.startsWith(form.prefix) && (!best || form.prefix.length > best.prefix.length)) {
      best = form;
    }
  }
  return best;
}
