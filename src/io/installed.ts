import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Whether the project in `cwd` (or a folder above it, as Node resolves) has `name` installed. Only
 * looks for the package's folder: nothing is loaded, so asking costs a few file-system lookups.
 */
export function isInstalledInProject(name: string, cwd: string = process.cwd()): boolean {
  for (let directory = cwd; ; directory = dirname(directory)) {
    if (existsSync(join(directory, "node_modules", name, "package.json"))) return true;
    if (dirname(directory) === directory) return false;
  }
}
