// Lints the published sources of real Hugging Face–adjacent packages with configs.all and
// requires zero reports, no rule error, and that every file --fix would change still parses; then
// seeds fake tokens into 600 of the files and holds --fix's promises there (seeded-fixes.mjs).
// Usage: npm run corpus [-- --keep]   (needs the npm registry; about a minute on 2 cores)
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ESLint, Linter } from "eslint";
import { describeSeededFixes, seededFixCheck } from "./seeded-fixes.mjs";

/** The seven packages the benchmark's figures (docs/performance.md) were measured on. */
export const BENCH_PACKAGES = {
  "@huggingface/hub": "2.17.5",
  "@huggingface/inference": "4.13.30",
  "@huggingface/tasks": "0.21.54",
  "@huggingface/transformers": "4.3.2",
  "@gradio/client": "2.7.0",
  openai: "6.49.0",
  "@langchain/core": "1.4.0",
};

export const PINNED_PACKAGES = {
  ...BENCH_PACKAGES,
  // Application code that uses the sinks and frameworks the rules know: LangChain's Hugging Face
  // classes, OpenAI-compatible clients aimed at the router, MCP agents, HTTP client instances,
  // SvelteKit's $env modules.
  "@langchain/community": "1.1.29",
  "@huggingface/mcp-client": "0.2.3",
  "@huggingface/space-header": "1.0.4",
  "@huggingface/jinja": "0.5.11",
  "@ai-sdk/huggingface": "2.0.48",
  "@ai-sdk/openai-compatible": "3.0.92",
  ai: "7.0.173",
  axios: "1.21.1",
  ky: "2.1.0",
  "@sveltejs/kit": "3.2.0",
};

const SOURCE_FILE = /\.(?:m|c)?[jt]s$/;
const require = createRequire(import.meta.url);

function copySources(from, to, stats) {
  for (const name of readdirSync(from)) {
    if (name === "node_modules") continue;
    const path = join(from, name);
    const info = statSync(path);
    if (info.isDirectory()) copySources(path, join(to, name), stats);
    else if (SOURCE_FILE.test(name)) {
      mkdirSync(to, { recursive: true });
      cpSync(path, join(to, name));
      stats.files += 1;
      stats.bytes += info.size;
    }
  }
}

/**
 * Installs the pinned packages (and any `tools` the caller needs beside them) in a temporary
 * folder and copies the packages' sources out of node_modules, where ESLint would not look.
 */
export function prepareCorpus(tools = {}, packages = PINNED_PACKAGES) {
  const workDir = mkdtempSync(join(tmpdir(), "hf-secrets-corpus-"));
  writeFileSync(
    join(workDir, "package.json"),
    JSON.stringify({ private: true, dependencies: { ...packages, ...tools } }),
  );
  // Only the sources are read, never run: peer ranges that disagree (LangChain's optional peers) do not matter.
  execFileSync("npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--legacy-peer-deps", "--loglevel=error"], {
    cwd: workDir,
    stdio: "inherit",
  });
  const corpusDir = join(workDir, "corpus");
  const stats = { files: 0, bytes: 0 };
  for (const name of Object.keys(packages)) {
    copySources(join(workDir, "node_modules", name), join(corpusDir, name.replace(/[@/]/g, "_")), stats);
  }
  return { workDir, corpusDir, stats };
}

export async function lintCorpus(corpusDir) {
  const plugin = require("../dist/index.js");
  const config = [...plugin.configs.all];
  const eslint = new ESLint({ cwd: corpusDir, overrideConfigFile: true, overrideConfig: config, allowInlineConfig: false });
  const started = performance.now();
  const results = await eslint.lintFiles(["."]);
  const lintSeconds = (performance.now() - started) / 1000;

  // --fix on the same files, in memory: every output must still parse.
  const fixer = new ESLint({ cwd: corpusDir, overrideConfigFile: true, overrideConfig: config, allowInlineConfig: false, fix: true });
  const fixed = await fixer.lintFiles(["."]);
  const linter = new Linter();
  const brokenFixes = fixed
    .filter((result) => result.output !== undefined)
    .filter((result) => linter.verify(result.output, config, result.filePath).some((message) => message.fatal));
  return { results, lintSeconds, brokenFixes };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const { workDir, corpusDir, stats } = prepareCorpus();
  const { results, lintSeconds, brokenFixes } = await lintCorpus(corpusDir);
  const reports = results.flatMap((result) =>
    result.messages.map((message) => ({ file: relative(corpusDir, result.filePath), ...message })),
  );
  for (const report of reports) {
    // Messages are masked by the rules; the location is what a maintainer needs.
    console.log(`${report.file}:${report.line}:${report.column} ${report.ruleId ?? "fatal"} ${report.message}`);
  }
  console.log(
    `corpus: ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB, ${reports.length} reports, ` +
      `${brokenFixes.length} fixes that do not parse, linted in ${lintSeconds.toFixed(1)} s`,
  );
  const seeded = seededFixCheck({ corpusDir, config: [...require("../dist/index.js").configs.all] });
  console.log(describeSeededFixes(seeded));
  for (const place of [...seeded.hidden, ...seeded.broken, ...seeded.unstable]) console.log(`  ${place}`);
  const seededFixesHold = seeded.tokens > 0 && seeded.hidden.length + seeded.broken.length + seeded.unstable.length === 0;
  if (!process.argv.includes("--keep")) rmSync(workDir, { recursive: true, force: true });
  process.exitCode = reports.length === 0 && brokenFixes.length === 0 && seededFixesHold ? 0 : 1;
}
