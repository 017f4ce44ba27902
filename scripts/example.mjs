// Builds examples/app from examples/templates with fake tokens, then lints it with the example's
// three-line eslint.config.js, as a user would. `--fix` applies the fixes and prints the result;
// `--inventory` (and `--json`) prints the rotation inventory of the token reads instead.
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import fakeTokens from "./fake-tokens.cjs";

const { makeFakeToken } = fakeTokens;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const exampleDir = join(root, "examples");
const appDir = join(exampleDir, "app");

function listFiles(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Fills the templates' `{{TOKEN_n}}` marks with fakes the built plugin must report, in
 * examples/app or, for tests that run beside others, in a folder of their own (`into`).
 */
export function prepareExampleApp({ into = appDir } = {}) {
  const { isPlaceholderToken } = createRequire(import.meta.url)("../dist/core/index.js");
  const fake = (seed) => makeFakeToken(seed, { isPlaceholder: isPlaceholderToken });
  const assembled = fake(104);
  const marks = {
    TOKEN_1: fake(101),
    TOKEN_2: fake(102),
    TOKEN_3: fake(103),
    TOKEN_4_BODY: assembled.slice(3),
    TOKEN_5: fake(105),
    TOKEN_6: fake(106),
  };
  rmSync(into, { recursive: true, force: true });
  cpSync(join(exampleDir, "templates"), into, { recursive: true });
  for (const file of listFiles(into)) {
    writeFileSync(file, readFileSync(file, "utf8").replace(/\{\{(\w+)\}\}/g, (_, key) => marks[key]));
  }
  return { appDir: into, tokens: [marks.TOKEN_1, marks.TOKEN_2, marks.TOKEN_3, assembled, marks.TOKEN_5, marks.TOKEN_6] };
}

export async function lintExampleApp({ fix = false } = {}) {
  const eslint = new ESLint({ cwd: exampleDir, fix });
  const results = await eslint.lintFiles(["app"]);
  if (fix) await ESLint.outputFixes(results);
  return { eslint, results };
}

/** As `eslint -c eslint.inventory.config.mjs -f <plugin>/dist/formatters/inventory.js app` would. */
export async function inventoryOfExampleApp({ json = false } = {}) {
  const eslint = new ESLint({ cwd: exampleDir, overrideConfigFile: join(exampleDir, "eslint.inventory.config.mjs") });
  const results = await eslint.lintFiles(["app"]);
  const formatter = await eslint.loadFormatter(join(root, "dist", "formatters", json ? "inventory-json.js" : "inventory.js"));
  return { results, output: await formatter.format(results) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fix = process.argv.includes("--fix");
  prepareExampleApp();
  if (process.argv.includes("--inventory")) {
    const { output } = await inventoryOfExampleApp({ json: process.argv.includes("--json") });
    process.stdout.write(output);
    process.exit(0);
  }
  const { eslint, results } = await lintExampleApp({ fix });
  const formatter = await eslint.loadFormatter("stylish");
  process.stdout.write(await formatter.format(results));
  if (fix) {
    for (const file of listFiles(appDir)) {
      // A token the fix leaves for a person (the notebook) is printed masked, as lint prints it.
      const { maskSecret } = createRequire(import.meta.url)("../dist/core/index.js");
      const text = readFileSync(file, "utf8").replace(/\b(?:hf|api_org)_[A-Za-z0-9]{34}\b/g, (token) => maskSecret(token));
      process.stdout.write(`\n--- ${relative(root, file)} (after --fix)\n${text}`);
    }
  }
  const fatal = results.some((result) => result.messages.some((message) => message.fatal));
  process.exitCode = fatal ? 1 : 0;
}
