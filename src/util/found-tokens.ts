/*
 * The tokens the rules find, for `hf-secrets verify`: it lints with the rules and checks each
 * token they find, so it sees what they see (assembled, escaped, encoded and text-file tokens
 * alike) through one code path. Nothing listens during an ordinary lint, so reporting stays as it
 * was; a listener gets the whole token and must never print it.
 */

export interface FoundToken {
  readonly token: string;
  readonly filename: string;
  readonly line: number;
  readonly column: number;
}

let listener: ((found: FoundToken) => void) | undefined;

/** Calls `onFound` for every token a rule reports until the returned function is called. */
export function listenForFoundTokens(onFound: (found: FoundToken) => void): () => void {
  listener = onFound;
  return () => {
    if (listener === onFound) listener = undefined;
  };
}

export function isListeningForTokens(): boolean {
  return listener !== undefined;
}

export function tellFoundToken(found: FoundToken): void {
  listener?.(found);
}
