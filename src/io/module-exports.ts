import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, resolve } from "node:path";
import { tokenExportsOf } from "../core/module-exports";
import { RECHECK_AFTER_MS, type Checked } from "./file-facts";
import { aliasedPaths, pathAliasesFor } from "./path-aliases";
import { installedEntry } from "./package-entries";
import type { TokenExport } from "../core/module-exports";

/*
 * The token-carrying exports of the local modules a file imports (`import { hfToken } from
 * "./config"`), for the value flow. Relative specifiers are followed, and those the project's
 * tsconfig.json or jsconfig.json maps to its own files (`@/lib/config`, io/path-aliases): a
 * package's exports are its own business. Each module is read once, and read again when it changes; what a specifier
 * resolves to and whether a module changed are asked of the file system at most every ten
 * seconds, so a lint of thousands of files that import the same modules stats each one a few
 * times, and an editor's long-running ESLint sees an edit to the imported file within that time.
 */

/** How a relative specifier resolves, as bundlers and TypeScript's `bundler` resolution do. */
const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** TypeScript's NodeNext writes `./config.js` for `./config.ts`. */
const COMPILED_TO_SOURCE: Readonly<Record<string, readonly string[]>> = { ".js": [".ts", ".tsx"], ".mjs": [".mts"], ".cjs": [".cts"], ".jsx": [".tsx"] };
const LARGEST_READ = 512 * 1024;
interface ModuleExports {
  readonly mtimeMs: number;
  readonly exports: ReadonlyMap<string, TokenExport>;
}

const isRelative = (specifier: string): boolean => specifier.startsWith("./") || specifier.startsWith("../");

const resolvedSpecifiers = new Map<string, Checked<string | undefined>>();
/** The files of each folder modules were looked for in: one listing answers every candidate there. */
const filesOfFolder = new Map<string, Checked<ReadonlySet<string>>>();
const exportsOfFile = new Map<string, Checked<ModuleExports | undefined>>();

function candidates(base: string): string[] {
  const extension = /\.[cm]?[jt]sx?$/.exec(base)?.[0];
  if (extension !== undefined) {
    const stem = base.slice(0, -extension.length);
    return [base, ...(COMPILED_TO_SOURCE[extension] ?? []).map((source) => stem + source)];
  }
  return [...EXTENSIONS.map((ending) => base + ending), ...EXTENSIONS.map((ending) => `${base}/index${ending}`)];
}

function filesIn(folder: string, now: number): ReadonlySet<string> {
  const known = filesOfFolder.get(folder);
  if (known && now - known.checkedAt < RECHECK_AFTER_MS) return known.value;
  let names: ReadonlySet<string>;
  try {
    names = new Set(readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => entry.name));
  } catch {
    names = new Set();
  }
  filesOfFolder.set(folder, { checkedAt: now, value: names });
  return names;
}

function isFile(path: string, now: number): boolean {
  return filesIn(dirname(path), now).has(basename(path));
}

/** A file of the project's own, not of a package it installed. */
const isOwnFile = (file: string): boolean => !/[\\/]node_modules[\\/]/.test(file);

function resolvedModule(importer: string, specifier: string): string | undefined {
  const key = `${dirname(importer)}\0${specifier}`;
  const now = Date.now();
  const known = resolvedSpecifiers.get(key);
  if (known && now - known.checkedAt < RECHECK_AFTER_MS) return known.value;
  const aliases = isRelative(specifier) ? undefined : pathAliasesFor(importer);
  const bases = isRelative(specifier) ? [resolve(dirname(importer), specifier)] : aliases ? aliasedPaths(aliases, specifier).filter(isOwnFile) : [];
  const value = bases.flatMap(candidates).find((candidate) => isFile(candidate, now));
  resolvedSpecifiers.set(key, { checkedAt: now, value });
  return value;
}

function exportsOf(file: string): ReadonlyMap<string, TokenExport> | undefined {
  const now = Date.now();
  const known = exportsOfFile.get(file);
  if (known && now - known.checkedAt < RECHECK_AFTER_MS) return known.value?.exports;
  const info = statSync(file, { throwIfNoEntry: false });
  let value: ModuleExports | undefined;
  if (info?.isFile() && info.size <= LARGEST_READ) {
    if (known?.value?.mtimeMs === info.mtimeMs) {
      value = known.value;
    } else {
      try {
        value = { mtimeMs: info.mtimeMs, exports: tokenExportsOf(readFileSync(file, "utf8")) };
      } catch {
        value = undefined;
      }
    }
  }
  exportsOfFile.set(file, { checkedAt: now, value });
  return value?.exports;
}

/**
 * What `name` (`default` for a default import) of the module `specifier` resolves to from
 * `importer` carries; `undefined` for a package, a module that cannot be read, or a name it does
 * not export with a token.
 */
export function importedTokenExport(importer: string, specifier: string, name: string): TokenExport | undefined {
  if (!isAbsolute(importer)) return undefined;
  const file = resolvedModule(importer, specifier);
  return file === undefined ? undefined : exportsOf(file)?.get(name);
}

const clientModules = new Map<string, Checked<boolean>>();
/** Whether a module's first statement, past comments, is the `"use client"` directive (React Server Components' client boundary). */
function startsWithUseClient(text: string): boolean {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at] ?? "")) at += 1;
    if (text.startsWith("//", at)) {
      const end = text.indexOf("\n", at);
      if (end === -1) return false;
      at = end + 1;
    } else if (text.startsWith("/*", at)) {
      const end = text.indexOf("*/", at + 2);
      if (end === -1) return false;
      at = end + 2;
    } else {
      return text.startsWith('"use client"', at) || text.startsWith("'use client'", at);
    }
  }
}

function isClientFile(file: string, now: number): boolean {
  const known = clientModules.get(file);
  if (known && now - known.checkedAt < RECHECK_AFTER_MS) return known.value;
  let value = false;
  try {
    value = startsWithUseClient(readFileSync(file, "utf8").slice(0, 2000));
  } catch {
    value = false;
  }
  clientModules.set(file, { checkedAt: now, value });
  return value;
}

/** `export { Chat } from "./chat.js"`, `export { default as Chat } from "./chat"`: a package entry that re-exports its components. */
const NAMED_RE_EXPORT = /export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
/** `export * from "./chat.js"`: a barrel that re-exports every name of its modules. */
const STAR_RE_EXPORT = /export\s*\*\s*from\s*["']([^"']+)["']/g;
/** `export { Chat, Card as Panel }` of the module's own bindings. */
const LOCAL_EXPORT_LIST = /export\s*\{([^}]*)\}(?!\s*from)/g;
/** Whether an installed package's component is a client component, by importer folder, specifier and name. */
const packageAnswers = new Map<string, Checked<boolean>>();
/** How many re-exports are followed from a package's entry to the module that defines a name. */
const MAX_RE_EXPORTS = 3;
/** How many `export *` modules of one barrel are read for a name: a library's index may list hundreds. */
const MAX_STAR_TARGETS = 64;

function readModuleText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").slice(0, LARGEST_READ);
  } catch {
    return undefined;
  }
}

function relativeTarget(file: string, specifier: string, now: number): string | undefined {
  return isRelative(specifier) ? candidates(resolve(dirname(file), specifier)).find((candidate) => isFile(candidate, now)) : undefined;
}

/** The exported names of an `export { … }` list, each with the name it has in the module (`Card as Panel` exports `Panel`). */
function exportListEntries(list: string): Array<{ local: string; exported: string }> {
  return list.split(",").map((entry) => {
    const [local = "", exported = local] = entry.trim().split(/\s+as\s+/);
    return { local: local.trim(), exported: exported.trim() };
  });
}

/** Whether the module's own code exports `name`: a declaration (`export function Chat`) or an export list. */
function declaresExport(text: string, name: string): boolean {
  const declared = new RegExp(`export\\s+(?:declare\\s+)?(?:async\\s+)?(?:function\\*?|const|let|var|class)\\s+${name.replace(/\$/g, "\\$")}(?![\\w$])`);
  if (declared.test(text)) return true;
  for (const match of text.matchAll(LOCAL_EXPORT_LIST)) {
    if (exportListEntries(match[1] ?? "").some((entry) => entry.exported === name)) return true;
  }
  return false;
}

interface ReExportTarget {
  readonly file: string;
  /** The name the export has in that module. */
  readonly name: string;
  /** Reached through `export *`, which says nothing of whether the module exports the name. */
  readonly viaStar: boolean;
}

/**
 * Where `name` exported by `file` comes from, one step on: the module a named re-export points to
 * (with the name it has there), or else every module an `export *` reads from (the name unchanged).
 * Empty when the module declares the name itself or does not export it.
 */
function reExported(file: string, name: string, now: number): { readonly targets: readonly ReExportTarget[]; readonly declared: boolean } {
  const text = readModuleText(file);
  if (text === undefined) return { targets: [], declared: false };
  for (const match of text.matchAll(NAMED_RE_EXPORT)) {
    const [, names = "", specifier = ""] = match;
    const entry = exportListEntries(names).find((candidate) => candidate.exported === name);
    if (!entry) continue;
    const target = relativeTarget(file, specifier, now);
    return { targets: target === undefined ? [] : [{ file: target, name: entry.local, viaStar: false }], declared: false };
  }
  // An explicit export wins over `export *` in ECMAScript's module semantics, so stars are read
  // last; `export *` never passes on a default export.
  if (declaresExport(text, name)) return { targets: [], declared: true };
  if (name === "default") return { targets: [], declared: false };
  const targets: ReExportTarget[] = [];
  for (const match of text.matchAll(STAR_RE_EXPORT)) {
    const target = relativeTarget(file, match[1] ?? "", now);
    if (target !== undefined) targets.push({ file: target, name, viaStar: true });
    if (targets.length >= MAX_STAR_TARGETS) break;
  }
  return { targets, declared: false };
}

/**
 * Whether the module `specifier` resolves to from `importer` is a client component module (its
 * first statement is `"use client"`): what a server component passes it as props is sent to the
 * browser. A local module is one the specifier names relatively or through the project's path
 * aliases; an installed package's is the file its `exports` give a server build
 * (io/package-entries), or, for `importedName`, the module its entry re-exports that name from.
 */
export function importsClientModule(importer: string, specifier: string, importedName?: string): boolean {
  if (!isAbsolute(importer)) return false;
  const now = Date.now();
  const local = resolvedModule(importer, specifier);
  if (local !== undefined) return isClientFile(local, now);
  if (isRelative(specifier)) return false;
  // Every prop of every element of a package's component asks again: the answer is kept, as a local module's is.
  const key = `${dirname(importer)}\0${specifier}\0${importedName ?? ""}`;
  const known = packageAnswers.get(key);
  if (known && now - known.checkedAt < RECHECK_AFTER_MS) return known.value;
  const value = isInstalledClientModule(importer, specifier, importedName, now);
  packageAnswers.set(key, { checkedAt: now, value });
  return value;
}

/** Whether an installed package's entry, or the module it re-exports `importedName` from, says `"use client"`. */
function isInstalledClientModule(importer: string, specifier: string, importedName: string | undefined, now: number): boolean {
  const entry = installedEntry(importer, specifier);
  if (entry === undefined) return false;
  if (isClientFile(entry, now)) return true;
  return importedName !== undefined && reachesClientModule({ targets: reExported(entry, importedName, now).targets, hop: 0, now });
}

/**
 * Whether re-export targets lead to a module that says `"use client"`. A module reached through
 * `export *` counts only where it exports the name itself or passes it on: a barrel's other client
 * modules say nothing about this name. Each module is read once: what it re-exports is the next hop's targets.
 */
function reachesClientModule(at: { readonly targets: readonly ReExportTarget[]; readonly hop: number; readonly now: number }): boolean {
  if (at.hop >= MAX_RE_EXPORTS) return false;
  return at.targets.some((target) => {
    const next = reExported(target.file, target.name, at.now);
    // A named re-export says where the name is; a module reached through `export *` must show it.
    const exportsName = !target.viaStar || next.declared || next.targets.length > 0;
    if (exportsName && isClientFile(target.file, at.now)) return true;
    return next.targets.length > 0 && reachesClientModule({ targets: next.targets, hop: at.hop + 1, now: at.now });
  });
}
