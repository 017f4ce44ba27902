import { HUGGING_FACE_HOST_TABLE } from "../catalogue/hosts";

/** Hugging Face's hosts (src/catalogue/hosts.ts, with their sources): host names and `*.domain` patterns. */
export const HUGGING_FACE_HOSTS: readonly string[] = HUGGING_FACE_HOST_TABLE.map((host) => host.pattern);

/** Host names and `*.domain` patterns, as the schema of an allow-list option accepts them. */
export const HOST_PATTERN_SOURCE = "^(?:\\*\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*$";

export function isAllowedHost(host: string, patterns: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return patterns.some((pattern) => {
    const lowered = pattern.toLowerCase();
    return lowered.startsWith("*.") ? name.endsWith(lowered.slice(1)) : name === lowered;
  });
}

// The authority: user info, host and port, up to the path. Split in code, not in the pattern, so the
// pattern has no nested repetition (safe-regex2 checks every shipped pattern).
const URL_START = /^(?:https?|wss?):\/\/([^/?#]*)/i;

function hostOfAuthority(authority: string): string {
  const hostAndPort = authority.slice(authority.lastIndexOf("@") + 1);
  if (hostAndPort.startsWith("[")) return hostAndPort.slice(0, hostAndPort.indexOf("]") + 1);
  const colon = hostAndPort.indexOf(":");
  return colon === -1 ? hostAndPort : hostAndPort.slice(0, colon);
}

/**
 * The host named by a URL's known text, or `undefined` when it names none for sure: a relative
 * path, or a beginning that stops inside the host (`https://api.` + domain). Nothing is guessed.
 * `isWhole` says the text is the whole URL rather than its known beginning.
 */
export function literalHostOf(urlText: string, isWhole: boolean): string | undefined {
  const match = URL_START.exec(urlText);
  if (!match?.[1]) return undefined;
  if (!isWhole && match[0].length === urlText.length) return undefined;
  const host = hostOfAuthority(match[1]).toLowerCase();
  return host === "" ? undefined : host;
}
