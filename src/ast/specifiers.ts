/*
 * A module specifier as Node, Deno and CDNs write it: `npm:@huggingface/inference@4`,
 * `jsr:@huggingface/hub`, `https://esm.sh/@huggingface/inference@4.0.0/…`. Split in code so that
 * no shipped pattern nests repetition.
 */
const SPECIFIER_PREFIX = /^(?:npm:|jsr:|https?:\/\/(?:esm\.sh|cdn\.jsdelivr\.net\/npm|cdn\.skypack\.dev|unpkg\.com|esm\.run)\/)/;

/** The package a module specifier names (`@scope/name`, no version, no path), or the specifier itself. */
export function packageOfSpecifier(specifier: string): string {
  const bare = specifier.replace(SPECIFIER_PREFIX, "");
  const parts = bare.split("/");
  const scoped = bare.startsWith("@");
  const name = scoped ? `${parts[0] ?? ""}/${parts[1] ?? ""}` : (parts[0] ?? "");
  const versionAt = name.indexOf("@", scoped ? 1 : 0);
  return versionAt === -1 ? name : name.slice(0, versionAt);
}

