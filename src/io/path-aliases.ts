import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { isFileOnDisk, isRecord, RECHECK_AFTER_MS, type Checked } from "./file-facts";
import { parseLenientJson } from "./lenient-json";

/*
 * Module path aliases, as TypeScript reads them from the nearest `tsconfig.json` or
 * `jsconfig.json`: `compilerOptions.paths` (`"@/*": ["./src/*"]`, Next.js's default) and
 * `baseUrl`, through relative `extends` (SvelteKit's `$lib` comes from the generated
 * `.svelte-kit/tsconfig.json`). Bundlers (Next.js, Vite with vite-tsconfig-paths, Nuxt) resolve
 * the same mapping, so `import { Chat } from "@/components/chat"` names a local module.
 * Semantics after typescriptlang.org/tsconfig#paths and #baseUrl: an exact key wins, else the
 * pattern with the longest prefix before its `*`; each target is tried in order; targets are
 * relative to `baseUrl`, else to the config that declares `paths`.
 */

const CONFIG_NAMES = ["tsconfig.json", "jsconfig.json"] as const;
/** `extends` chains longer than this are cut: a loop would never end. */
const MAX_EXTENDS = 8;

interface AliasPattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly hasStar: boolean;
  /** Absolute targets, each with at most one `*`. */
  readonly targets: readonly string[];
}

export interface PathAliases {
  readonly patterns: readonly AliasPattern[];
  /** `baseUrl` as an absolute folder: a bare specifier is also looked for under it. */
  readonly baseUrl: string | undefined;
}

const configOfFolder = new Map<string, Checked<string | undefined>>();
const aliasesOfConfig = new Map<string, Checked<{ readonly mtimeMs: number; readonly aliases: PathAliases | undefined }>>();

function nearestConfig(folder: string, now: number): string | undefined {
  const known = configOfFolder.get(folder);
  if (known && now - known.checkedAt < RECHECK_AFTER_MS) return known.value;
  const own = CONFIG_NAMES.map((name) => join(folder, name)).find(isFileOnDisk);
  const parent = dirname(folder);
  const value = own ?? (parent !== folder ? nearestConfig(parent, now) : undefined);
  configOfFolder.set(folder, { checkedAt: now, value });
  return value;
}

interface RawOptions {
  paths?: { readonly entries: Record<string, unknown>; readonly folder: string };
  baseUrl?: string;
}

/** `compilerOptions.paths` and `baseUrl` of a config and the relative configs it extends; the config's own win. */
function rawOptions(file: string, depth: number): RawOptions {
  let parsed: unknown;
  try {
    parsed = parseLenientJson(readFileSync(file, "utf8"));
  } catch {
    return {};
  }
  if (!isRecord(parsed)) return {};
  const folder = dirname(file);
  const inherited: RawOptions = {};
  const bases = typeof parsed.extends === "string" ? [parsed.extends] : Array.isArray(parsed.extends) ? parsed.extends : [];
  for (const base of bases) {
    // A package's shared config (`@tsconfig/next`) holds no project paths: only relative ones are read.
    if (typeof base !== "string" || !base.startsWith(".") || depth >= MAX_EXTENDS) continue;
    const target = resolve(folder, base);
    const baseFile = target.endsWith(".json") ? target : `${target}.json`;
    if (!isFileOnDisk(baseFile)) continue;
    Object.assign(inherited, Object.fromEntries(Object.entries(rawOptions(baseFile, depth + 1)).filter(([, value]) => value !== undefined)));
  }
  const options = isRecord(parsed.compilerOptions) ? parsed.compilerOptions : {};
  return {
    paths: isRecord(options.paths) ? { entries: options.paths, folder } : inherited.paths,
    baseUrl: typeof options.baseUrl === "string" ? resolve(folder, options.baseUrl) : inherited.baseUrl,
  };
}

function aliasesOf(raw: RawOptions): PathAliases | undefined {
  if (!raw.paths && raw.baseUrl === undefined) return undefined;
  const targetFolder = raw.baseUrl ?? raw.paths?.folder ?? "";
  const patterns: AliasPattern[] = [];
  for (const [key, value] of Object.entries(raw.paths?.entries ?? {})) {
    const star = key.indexOf("*");
    // A key may hold one `*` at most.
    if (star !== key.lastIndexOf("*") || !Array.isArray(value)) continue;
    const targets = value.filter((target): target is string => typeof target === "string" && target.split("*").length <= 2).map((target) => resolve(targetFolder, target));
    patterns.push({ prefix: star === -1 ? key : key.slice(0, star), suffix: star === -1 ? "" : key.slice(star + 1), hasStar: star !== -1, targets });
  }
  return { patterns, baseUrl: raw.baseUrl };
}

/** The path aliases that apply to `importer`, from its nearest tsconfig.json or jsconfig.json. */
export function pathAliasesFor(importer: string): PathAliases | undefined {
  const now = Date.now();
  const config = nearestConfig(dirname(importer), now);
  if (config === undefined) return undefined;
  const known = aliasesOfConfig.get(config);
  if (known && now - known.checkedAt < RECHECK_AFTER_MS) return known.value.aliases;
  const mtimeMs = statSync(config, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const aliases = known?.value.mtimeMs === mtimeMs ? known.value.aliases : aliasesOf(rawOptions(config, 0));
  aliasesOfConfig.set(config, { checkedAt: now, value: { mtimeMs, aliases } });
  return aliases;
}

/**
 * Where a bare specifier may point under `aliases`, in the order TypeScript tries them (each
 * without an extension: the caller tries those): the targets of the exact key or of the matching
 * pattern with the longest prefix, then the specifier under `baseUrl`.
 */
export function aliasedPaths(aliases: PathAliases, specifier: string): string[] {
  let best: { pattern: AliasPattern; star: string } | undefined;
  for (const pattern of aliases.patterns) {
    if (!pattern.hasStar) {
      if (pattern.prefix === specifier) {
        best = { pattern, star: "" };
        break;
      }
      continue;
    }
    const fits = specifier.length >= pattern.prefix.length + pattern.suffix.length && specifier.startsWith(pattern.prefix) && specifier.endsWith(pattern.suffix);
    if (fits && (best === undefined || pattern.prefix.length > best.pattern.prefix.length)) {
      best = { pattern, star: specifier.slice(pattern.prefix.length, specifier.length - pattern.suffix.length) };
    }
  }
  const chosen = best;
  const mapped = chosen ? chosen.pattern.targets.map((target) => target.replace("*", chosen.star)) : [];
  return aliases.baseUrl === undefined ? mapped : [...mapped, resolve(aliases.baseUrl, specifier)];
}
