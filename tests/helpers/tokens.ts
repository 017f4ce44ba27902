import { isPlaceholderToken } from "../../src/core";
import { makeFakeJwtToken, makeFakeToken } from "../../scripts/fake-tokens.cjs";

export interface MakeTokenOptions {
  prefix?: "hf_" | "api_org_" | "hf_oauth_";
  alphabet?: "letters" | "letters-and-digits";
}

/**
 * A fake token that has the exact shape of a real one: never a real credential, never written
 * whole into a fixture file. The same seed always gives the same token.
 */
export function makeToken(seed: number, options: MakeTokenOptions = {}): string {
  return makeFakeToken(seed, { ...options, isPlaceholder: (token) => isPlaceholderToken(token) });
}

/** A fake structured token: `hf_jwt_` or `hf_oauth_` and a JWT-shaped body. */
export function makeJwtToken(seed: number, prefix: "hf_jwt_" | "hf_oauth_" = "hf_jwt_"): string {
  return makeFakeJwtToken(seed, { prefix });
}

/** The mask a message must show for `token`. */
export function maskOf(token: string): string {
  const prefix = ["api_org_", "hf_oauth_", "hf_jwt_"].find((known) => token.startsWith(known)) ?? "hf_";
  const body = token.slice(prefix.length);
  return `${prefix}${body.slice(0, 2)}…${body.slice(-2)}`;
}

/** The helper TypeScript fixes write once at the end of a file (process.env style). */
export const REQUIRE_ENV_HELPER = [
  "function requireEnv(name: string): string {",
  "  const value = process.env[name];",
  '  if (value === undefined || value === "") throw new Error(`Environment variable ${name} is not set`);',
  "  return value;",
  "}",
].join("\n");
