import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { ProjectFacts } from "../core/runtime";
import { parseLenientJson } from "./lenient-json";

/*
 * The project a file belongs to, for the runtime model (core/runtime): its nearest `package.json`
 * (or `deno.json`), read once per folder and read again when the file changes, so an editor's
 * long-running ESLint sees a dependency that was just added.
 */

const MARKERS = ["package.json", "deno.json", "deno.jsonc"] as const;

interface Cached {
  readonly file: string;
  readonly mtimeMs: number;
  readonly facts: ProjectFacts;
}

/** A project's folder and the file that marks it (`package.json`, else `deno.json(c)`). */
interface Root {
  readonly folder: string;
  readonly file: string;
}

const rootOfFolder = new Map<string, Root | undefined>();
const factsOfRoot = new Map<string, Cached>();

function findRoot(folder: string): Root | undefined {
  if (rootOfFolder.has(folder)) return rootOfFolder.get(folder);
  const marker = MARKERS.map((name) => join(folder, name)).find((file) => existsSync(file));
  const root = marker !== undefined ? { folder, file: marker } : dirname(folder) !== folder ? findRoot(dirname(folder)) : undefined;
  rootOfFolder.set(folder, root);
  return root;
}

function readJson(file: string): Record<string, unknown> {
  try {
    const parsed = parseLenientJson(readFileSync(file, "utf8"));
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function withoutDotSlash(path: string): string {
  return path.replace(/^\.\//, "");
}

function browserFilesOf(field: unknown): string[] {
  if (typeof field === "string") return [withoutDotSlash(field)];
  if (typeof field !== "object" || field === null) return [];
  // `{ "./node.js": "./browser.js" }`: the values are what the browser gets.
  return Object.values(field).filter((value): value is string => typeof value === "string").map(withoutDotSlash);
}

function domOnly(tsconfig: Record<string, unknown>, packages: ReadonlySet<string>): boolean {
  const options = tsconfig.compilerOptions;
  if (typeof options !== "object" || options === null) return false;
  const { lib, types } = options as { lib?: unknown; types?: unknown };
  const hasDom = stringsOf(lib).some((name) => /^dom\b|^webworker\b/i.test(name));
  const nodeTypes = stringsOf(types).includes("node") || packages.has("@types/node");
  return hasDom && !nodeTypes && Array.isArray(types);
}

/** A web app's manifest.json has no `manifest_version`; a browser extension's has. */
function isExtensionManifest(file: string): boolean {
  return existsSync(file) && typeof readJson(file).manifest_version === "number";
}

function readFacts(root: string, file: string): ProjectFacts {
  const manifest = file.endsWith("package.json") ? readJson(file) : {};
  const packages = new Set<string>();
  for (const field of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) {
    const section = manifest[field];
    if (typeof section === "object" && section !== null) for (const name of Object.keys(section)) packages.add(name);
  }
  const tsconfigFile = join(root, "tsconfig.json");
  return {
    root: root.split(sep).join("/"),
    packages,
    browserFiles: browserFilesOf(manifest.browser),
    mainFile: typeof manifest.main === "string" ? withoutDotSlash(manifest.main) : undefined,
    deno: existsSync(join(root, "deno.json")) || existsSync(join(root, "deno.jsonc")),
    wrangler: ["wrangler.toml", "wrangler.json", "wrangler.jsonc"].some((name) => existsSync(join(root, name))),
    extensionManifest: ["manifest.json", "src/manifest.json", "public/manifest.json"].some((name) => isExtensionManifest(join(root, name))),
    domOnlyTsconfig: existsSync(tsconfigFile) && domOnly(readJson(tsconfigFile), packages),
  };
}

/** The project `filename` belongs to, and the file's path inside it (`/` separators); none for a file outside any. */
export function projectOfFile(filename: string): { project: ProjectFacts; path: string } | { project: undefined; path: string } {
  const absolute = resolve(filename);
  const found = findRoot(dirname(absolute));
  if (found === undefined) return { project: undefined, path: absolute.split(sep).join("/") };
  const { folder: root, file } = found;
  let mtimeMs = 0;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    // Removed since it was found: read as an empty project.
  }
  let cached = factsOfRoot.get(root);
  if (cached?.file !== file || cached.mtimeMs !== mtimeMs) {
    cached = { file, mtimeMs, facts: readFacts(root, file) };
    factsOfRoot.set(root, cached);
  }
  return { project: cached.facts, path: relative(root, absolute).split(sep).join("/") };
}
