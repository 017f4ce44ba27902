import { PUBLIC_ENV_PREFIX_TABLE } from "../catalogue/public-env";
import { isHfTokenName } from "./names";

/** Env-var prefixes that bundlers inline into browser code, and who does it (src/catalogue/public-env.ts). */
export const PUBLIC_ENV_PREFIXES: Readonly<Record<string, string>> = Object.fromEntries(
  PUBLIC_ENV_PREFIX_TABLE.map((entry) => [entry.prefix, entry.framework]),
);

export interface PublicTokenName {
  readonly prefix: string;
  /** The same variable without its public prefix: what server code should read. */
  readonly serverName: string;
}

/**
 * `VITE_HF_TOKEN` → `{ prefix: "VITE_", serverName: "HF_TOKEN" }` when what follows the public
 * prefix is a Hugging Face token name. The longest matching prefix wins, so the order of the
 * configured prefixes does not matter.
 */
export function publicTokenName(name: string, prefixes: readonly string[]): PublicTokenName | undefined {
  let best: string | undefined;
  for (const prefix of prefixes) {
    if (name.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
  }
  if (best === undefined) return undefined;
  const serverName = name.slice(best.length);
  return isHfTokenName(serverName) ? { prefix: best, serverName } : undefined;
}
