import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { TOOL_FOLDERS, VIRTUALENV_MARKER, isReadFile } from "../core/file-kinds";
import { git } from "./git";

/** Never read: dependencies, git's own files, virtualenvs and tool caches. */
const SKIPPED_FOLDERS = new Set(["node_modules", ".git", ...TOOL_FOLDERS]);

/** Whether a folder between `root` and `file` is skipped by name or holds a virtualenv's `pyvenv.cfg`. */
function isSkipped(root: string, file: string, virtualenvs: Map<string, boolean>): boolean {
  if (relative(root, file).split(/[\\/]/).some((part) => SKIPPED_FOLDERS.has(part))) return true;
  for (let folder = dirname(file); folder.length > root.length && folder.startsWith(root); folder = dirname(folder)) {
    let isVirtualenv = virtualenvs.get(folder);
    if (isVirtualenv === undefined) {
      isVirtualenv = existsSync(join(folder, VIRTUALENV_MARKER));
      virtualenvs.set(folder, isVirtualenv);
    }
    if (isVirtualenv) return true;
  }
  return false;
}

/**
 * The files under `path` that git would not ignore, asked of git itself so every .gitignore and
 * exclude counts; `undefined` outside a git work tree (or without git).
 */
function gitFiles(folder: string): string[] | undefined {
  const run = git(["ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", "."], folder, 60_000);
  if (run.status !== 0) return undefined;
  return run.stdout.split("\0").filter((line) => line !== "").map((line) => join(folder, line));
}

function walk(folder: string, found: string[]): void {
  if (existsSync(join(folder, VIRTUALENV_MARKER))) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(join(folder, entry.name), found);
    } else if (entry.isFile()) {
      found.push(join(folder, entry.name));
    }
  }
}

/** Every file the plugin reads under the given paths, each once, sorted; a path that does not exist is an error. */
export function filesToScan(paths: readonly string[], cwd: string): string[] {
  const found = new Set<string>();
  const virtualenvs = new Map<string, boolean>();
  for (const given of paths) {
    const path = resolve(cwd, given);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) throw new Error(`${given}: no such file or folder`);
    if (info.isFile()) {
      found.add(path);
      continue;
    }
    const listed = gitFiles(path);
    const files: string[] = [];
    if (listed) files.push(...listed);
    else walk(path, files);
    for (const file of files) {
      if (isReadFile(basename(file)) && !isSkipped(path, file, virtualenvs)) found.add(file);
    }
  }
  return [...found].sort();
}
