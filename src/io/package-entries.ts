import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { isFileOnDisk, isRecord, RECHECK_AFTER_MS, type Checked } from "./file-facts";

/*
 * The file an installed package's specifier names (`@acme/chat-ui`, `@acme/chat-ui/widget`), as a
 * server bundler resolves it: the package's `exports` under the conditions a React Server
 * Components server build uses, else `module`, `main` or `index.js`. After Node's "Packages" docs
 * (nodejs.org/api/packages.html: subpath exports and patterns, conditions matched in object order)
 * and Next.js's server conditions (`react-server` first). Only reads the disk: nothing is run.
 */

/** The conditions a server build of React Server Components matches, in no order: the package's own key order decides. */
const SERVER_CONDITIONS = new Set(["react-server", "node", "import", "require", "module", "default"]);
const FILE_ENDINGS = ["", ".js", ".mjs", ".cjs", "/index.js", "/index.mjs", "/index.cjs"];

const manifestOfFolder = new Map<string, Checked<Record<string, unknown> | undefined>>();

/** `@scope/name/sub` → `@scope/name` and `./sub`; `undefined` for a relative or absolute specifier, or a URL. */
function splitSpecifier(specifier: string): { name: string; subpath: string } | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.includes(":")) return undefined;
  const parts = specifier.split("/");
  const length = specifier.startsWith("@") ? 2 : 1;
  if (parts.length < length || parts.slice(0, length).some((part) => part === "")) return undefined;
  const rest = parts.slice(length).join("/");
  return { name: parts.slice(0, length).join("/"), subpath: rest === "" ? "." : `./${rest}` };
}

function manifestIn(folder: string, now: number): Record<string, unknown> | undefined {
  const known = manifestOfFolder.get(folder);
  if (known && now - known.checkedAt < RECHECK_AFTER_MS) return known.value;
  let value: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
    value = isRecord(parsed) ? parsed : undefined;
  } catch {
    value = undefined;
  }
  manifestOfFolder.set(folder, { checkedAt: now, value });
  return value;
}

/** A conditional export's target: the first key in the package's order that is a server condition. */
function conditionalTarget(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = conditionalTarget(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  for (const [condition, target] of Object.entries(value)) {
    if (!SERVER_CONDITIONS.has(condition)) continue;
    const found = conditionalTarget(target);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The target `exports` gives `subpath`: an exact key, else the `*` pattern with the longest prefix. */
function exportedTarget(exports: unknown, subpath: string): string | undefined {
  const isSubpathMap = isRecord(exports) && Object.keys(exports).some((key) => key.startsWith("."));
  if (!isSubpathMap) return subpath === "." ? conditionalTarget(exports) : undefined;
  if (subpath in exports) return conditionalTarget(exports[subpath]);
  let best: { key: string; star: string } | undefined;
  for (const key of Object.keys(exports)) {
    const star = key.indexOf("*");
    if (star === -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.length < prefix.length + suffix.length || !subpath.startsWith(prefix) || !subpath.endsWith(suffix)) continue;
    if (!best || prefix.length > best.key.indexOf("*")) best = { key, star: subpath.slice(prefix.length, subpath.length - suffix.length) };
  }
  if (!best) return undefined;
  const chosen = best;
  return conditionalTarget(exports[chosen.key])?.replaceAll("*", chosen.star);
}

/** The installed file a bare specifier names from `importer`, or `undefined`. */
export function installedEntry(importer: string, specifier: string): string | undefined {
  const split = splitSpecifier(specifier);
  if (!split) return undefined;
  const now = Date.now();
  for (let folder = dirname(importer); ; folder = dirname(folder)) {
    const packageFolder = join(folder, "node_modules", split.name);
    const manifest = manifestIn(packageFolder, now);
    if (manifest) {
      const target =
        manifest.exports !== undefined
          ? exportedTarget(manifest.exports, split.subpath)
          : split.subpath === "."
            ? [manifest.module, manifest.main].find((field): field is string => typeof field === "string") ?? "index.js"
            : split.subpath;
      if (target === undefined) return undefined;
      const base = resolve(packageFolder, target);
      return FILE_ENDINGS.map((ending) => base + ending).find(isFileOnDisk);
    }
    if (dirname(folder) === folder) return undefined;
  }
}
