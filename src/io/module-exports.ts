import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { tokenExportsOf } from "../core/module-exports";
import type { TokenExport } from "../core/module-exports";

/*
 * The token-carrying exports of the local modules a file imports (`import { hfToken } from
 * "./config"`), for the value flow. Only relative specifiers are followed: a package's exports are
 * its own business. Each module is read once and read again when it changes, so an editor's
 * long-running ESLint sees an edit to the imported file.
 */

/** How a relative specifier resolves, as bundlers and TypeScript's `bundler` resolution do. */
const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** TypeScript's NodeNext writes `./config.js` for `./config.ts`. */
const COMPILED_TO_SOURCE: Readonly<Record<string, readonly string[]>> = { ".js": [".ts", ".tsx"], ".mjs": [".mts"], ".cjs": [".cts"], ".jsx": [".tsx"] };
const LARGEST_READ = 512 * 1024;

interface Cached {
  readonly mtimeMs: number;
  readonly exports: ReadonlyMap<string, TokenExport>;
}

const exportsOfFile = new Map<string, Cached>();

function candidates(base: string): string[] {
  const extension = /\.[cm]?[jt]sx?$/.exec(base)?.[0];
  if (extension !== undefined) {
    const stem = base.slice(0, -extension.length);
    return [base, ...(COMPILED_TO_SOURCE[extension] ?? []).map((source) => stem + source)];
  }
  return [...EXTENSIONS.map((ending) => base + ending), ...EXTENSIONS.map((ending) => `${base}/index${ending}`)];
}

function exportsOf(file: string): ReadonlyMap<string, TokenExport> | undefined {
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info?.isFile() || info.size > LARGEST_READ) return undefined;
  const cached = exportsOfFile.get(file);
  if (cached?.mtimeMs === info.mtimeMs) return cached.exports;
  let exports: ReadonlyMap<string, TokenExport>;
  try {
    exports = tokenExportsOf(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  exportsOfFile.set(file, { mtimeMs: info.mtimeMs, exports });
  return exports;
}

/**
 * What `name` (`default` for a default import) of the module `specifier` resolves to from
 * `importer` carries; `undefined` for a package, a module that cannot be read, or a name it does
 * not export with a token.
 */
export function importedTokenExport(importer: string, specifier: string, name: string): TokenExport | undefined {
  if (!specifier.startsWith("./") && !specifier.startsWith("../")) return undefined;
  if (!importer.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(importer)) return undefined;
  for (const file of candidates(resolve(dirname(importer), specifier))) {
    const exports = exportsOf(file);
    if (exports) return exports.get(name);
  }
  return undefined;
}
