import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { ESLint, type Linter } from "eslint";
import plugin from "../index";
import { TOOL_FOLDER_IGNORES } from "../configs";
import { filesToScan } from "../io/files";
import { isTypeScriptParserInstalled } from "../io/typescript-parser";
import { collectTokensByText, lineAndColumn, tokensInText, type Location } from "../io/token-search";
import { listenForFoundTokens } from "../util/found-tokens";

/*
 * The plugin's own ESLint, for `hf-secrets scan` and `hf-secrets verify`: `configs.all` and
 * `configs.text` over the files git tracks and leaves unignored, never virtualenvs, caches or
 * `node_modules`, with no package.json, ESLint config or parser of the repository's needed.
 */

const CONFIG_FILES = ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts", "eslint.config.cts"];
const TYPESCRIPT_FILES = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];

/**
 * The plugin's configs alone. Without typescript-eslint's parser (a Python repository that holds
 * a stray `.ts` file), TypeScript is read as text: its literal tokens are still found.
 */
function ownConfig(): Linter.Config[] {
  const configs = plugin.configs;
  const typescriptAsText: Linter.Config[] = isTypeScriptParserInstalled()
    ? []
    : [{ name: "hf-secrets/scan/typescript-as-text", files: TYPESCRIPT_FILES, language: "hf-secrets/text", languageOptions: {}, rules: { "hf-secrets/no-hardcoded-token": "error" } }];
  return [{ name: "hf-secrets/scan/ignores", ignores: TOOL_FOLDER_IGNORES }, ...configs.all, ...configs.text, ...typescriptAsText];
}

/** The plugin's own ESLint over `cwd`, with none of the repository's configuration. */
function ownEslint(cwd: string, fix: boolean): ESLint {
  return new ESLint({ cwd, fix, overrideConfigFile: true, overrideConfig: ownConfig(), errorOnUnmatchedPattern: false, warnIgnored: false });
}

/** ESLint 9.7 or later, which runs the plugin's text language (`languages`). */
export function hasLanguages(): boolean {
  const [major = 0, minor = 0] = ESLint.version.split(".").map(Number);
  return major > 9 || (major === 9 && minor >= 7);
}

/** The repository's `eslint.config.*` in `cwd`, when it has one that sets this plugin up. */
async function projectEslint(cwd: string, fix: boolean, sample: readonly string[]): Promise<ESLint | undefined> {
  if (!CONFIG_FILES.some((name) => existsSync(join(cwd, name)))) return undefined;
  const eslint = new ESLint({ cwd, fix, errorOnUnmatchedPattern: false, warnIgnored: false });
  for (const file of sample.slice(0, 20)) {
    const config = (await eslint.calculateConfigForFile(file)) as { plugins?: Record<string, unknown> } | undefined;
    if (config?.plugins && Object.keys(config.plugins).some((name) => name === "hf-secrets" || name.endsWith(":hf-secrets"))) return eslint;
  }
  return undefined;
}

export interface ScanRun {
  readonly eslint: ESLint;
  readonly results: ESLint.LintResult[];
  /** Whether the repository's own `eslint.config.*` was used. */
  readonly projectConfig: boolean;
  readonly files: readonly string[];
}

/** Lints `paths` as `hf-secrets scan` does. */
export async function scanFiles(options: { paths: readonly string[]; cwd: string; fix: boolean }): Promise<ScanRun> {
  const { cwd, fix } = options;
  if (!hasLanguages()) {
    throw new Error(`hf-secrets scan needs ESLint 9.7 or later, and finds ${ESLint.version} installed: run it with npx -p eslint-plugin-hf-secrets -p eslint@10 hf-secrets scan.`);
  }
  const files = filesToScan(options.paths, cwd);
  const fromProject = await projectEslint(cwd, fix, files);
  const eslint = fromProject ?? ownEslint(cwd, fix);
  const results = files.length === 0 ? [] : await eslint.lintFiles([...files]);
  if (fix) await ESLint.outputFixes(results);
  return { eslint, results, projectConfig: fromProject !== undefined, files };
}

/**
 * Every distinct token the rules find under `paths`, with each place it is written: assembled,
 * escaped, encoded and text-file tokens alike, since the rules themselves find them. A file the
 * parser cannot read is searched as text.
 */
export async function collectTokensWithRules(paths: readonly string[], cwd: string): Promise<Map<string, Location[]>> {
  // The text language needs ESLint 9.7's `languages`: an older ESLint gets the text search alone.
  if (!hasLanguages()) return collectTokensByText(paths, cwd);
  const byToken = new Map<string, Location[]>();
  const seen = new Set<string>();
  const add = (token: string, location: Location): void => {
    const key = `${token}\0${location.file}\0${location.line}\0${location.column}`;
    if (seen.has(key)) return;
    seen.add(key);
    byToken.set(token, [...(byToken.get(token) ?? []), location]);
  };
  const files = filesToScan(paths, cwd);
  const eslint = ownEslint(cwd, false);
  const stop = listenForFoundTokens((found) => add(found.token, { file: relative(cwd, found.filename) || found.filename, line: found.line, column: found.column }));
  let results: ESLint.LintResult[];
  try {
    results = files.length === 0 ? [] : await eslint.lintFiles([...files]);
  } finally {
    stop();
  }
  for (const result of results) {
    if (!result.messages.some((message) => message.fatal)) continue;
    for (const { token, start, text } of tokensInText(result.filePath)) add(token, { file: relative(cwd, result.filePath) || result.filePath, ...lineAndColumn(text, start) });
  }
  // ESLint reads files concurrently: places are sorted, so the output is the same on every run.
  const byPlace = (a: Location, b: Location) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
  for (const locations of byToken.values()) locations.sort(byPlace);
  return new Map([...byToken].sort(([, a], [, b]) => byPlace(a[0] as Location, b[0] as Location)));
}
