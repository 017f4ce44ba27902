import { SHORTEST_TOKEN_LENGTH } from "./token-forms";

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64_URL = /^[A-Za-z0-9_-]+={0,2}$/;
/** Four base64 characters carry three bytes. */
export const SHORTEST_ENCODED_TOKEN = Math.ceil((SHORTEST_TOKEN_LENGTH * 4) / 3);

/**
 * Decodes a base64 (or base64url) literal to Latin-1 text, or `undefined` when it is not base64 or
 * too short to hide a token. Tokens are ASCII, so Latin-1 loses nothing the scanner needs.
 */
export function decodeBase64Literal(text: string): string | undefined {
  const compact = text.trim();
  if (compact.length < SHORTEST_ENCODED_TOKEN) return undefined;
  // One leftover character cannot encode a byte: not base64.
  if (compact.replace(/=+$/, "").length % 4 === 1) return undefined;
  if (!BASE64.test(compact) && !BASE64_URL.test(compact)) return undefined;
  return Buffer.from(compact, compact.includes("-") || compact.includes("_") ? "base64url" : "base64").toString(
    "latin1",
  );
}
