import { isPlaceholderToken } from "../../src/core";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const LETTERS_AND_DIGITS = `${LETTERS}0123456789`;

/** mulberry32: small, seeded, good enough to spread test values. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export interface MakeTokenOptions {
  prefix?: "hf_" | "api_org_";
  alphabet?: "letters" | "letters-and-digits";
}

/**
 * A fake token that has the exact shape of a real one: never a real credential, never written
 * whole into a fixture file. The same seed always gives the same token.
 */
export function makeToken(seed: number, options: MakeTokenOptions = {}): string {
  const alphabet = options.alphabet === "letters-and-digits" ? LETTERS_AND_DIGITS : LETTERS;
  const random = seededRandom(seed);
  for (;;) {
    let body = "";
    for (let index = 0; index < 34; index += 1) body += alphabet[Math.floor(random() * alphabet.length)];
    const token = `${options.prefix ?? "hf_"}${body}`;
    // A random body looks like a placeholder about once in 10^5 draws; draw again.
    if (!isPlaceholderToken(token)) return token;
  }
}

/** The mask a message must show for `token`. */
export function maskOf(token: string): string {
  const prefix = token.startsWith("api_org_") ? "api_org_" : "hf_";
  const body = token.slice(prefix.length);
  return `${prefix}${body.slice(0, 2)}…${body.slice(-2)}`;
}
