import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ESLint, Linter } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { findTokens } from "../../src/core";

/*
 * These tests use the built package (`npm test` builds first), as a user who installs it would:
 * dist/, package.json `exports`, and the example project's three-line config.
 */
const root = join(__dirname, "..", "..");
const requireFromRoot = createRequire(join(root, "package.json"));

function listFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe("the published package", () => {
  it("loads with require and with import, with meta, rules and configs", async () => {
    const required = requireFromRoot("eslint-plugin-hf-secrets");
    const esm = await import("eslint-plugin-hf-secrets");
    const imported = esm.default;
    expect(Object.keys(esm.configs)).toEqual(Object.keys(required.configs));
    // In Node itself: named exports for `import { configs } from …`, one plugin object for both.
    const check = execFileSync(
      process.execPath,
      ["--input-type=module", "-e", `import plugin, { configs, rules } from "eslint-plugin-hf-secrets"; import { createRequire } from "node:module"; const required = createRequire(import.meta.url)("eslint-plugin-hf-secrets"); console.log(plugin === required, configs === required.configs, rules === required.rules);`],
      { cwd: root, encoding: "utf8" },
    );
    expect(check.trim()).toBe("true true true");
    for (const plugin of [required, imported]) {
      expect(plugin.meta).toMatchObject({ name: "eslint-plugin-hf-secrets", namespace: "hf-secrets" });
      expect(plugin.meta.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(Object.keys(plugin.rules).sort()).toEqual([
        "no-hardcoded-token",
        "no-literal-token-assignment",
        "no-public-token-env",
        "no-token-logging",
        "no-token-to-client",
        "no-token-to-third-party",
        "token-usage-inventory",
      ]);
      expect(plugin.configs.recommended[0].rules).toEqual({
        "hf-secrets/no-hardcoded-token": "error",
        "hf-secrets/no-literal-token-assignment": "error",
        "hf-secrets/no-public-token-env": "error",
        "hf-secrets/no-token-logging": "warn",
        "hf-secrets/no-token-to-client": "error",
        "hf-secrets/no-token-to-third-party": "error",
      });
      // `all` holds every rule that finds problems; the inventory lists places and has its own config.
      expect(Object.keys(plugin.configs.all[0].rules).sort()).toEqual(
        Object.keys(plugin.rules).filter((name) => name !== "token-usage-inventory").map((name) => `hf-secrets/${name}`),
      );
      expect(plugin.configs.inventory[0].rules).toEqual({ "hf-secrets/token-usage-inventory": "warn" });
    }
  });

  it("ships the inventory formatters at the documented paths and package subpaths", () => {
    const table = requireFromRoot("eslint-plugin-hf-secrets/inventory");
    const json = requireFromRoot("eslint-plugin-hf-secrets/inventory-json");
    expect(typeof table).toBe("function");
    expect(typeof json).toBe("function");
    expect(requireFromRoot.resolve("eslint-plugin-hf-secrets/inventory")).toBe(join(root, "dist", "formatters", "inventory.js"));
    expect(JSON.parse(json([], { cwd: root }))).toEqual({ readCount: 0, variables: [] });
  });

  it("rejects an invalid option with a message that says what is wrong", () => {
    const plugin = requireFromRoot("eslint-plugin-hf-secrets");
    const linter = new Linter();
    const lint = (options: unknown) =>
      linter.verify("const a = 1;", [
        { plugins: { "hf-secrets": plugin }, rules: { "hf-secrets/no-hardcoded-token": ["error", options] } },
      ]);
    // The message names every allowed value.
    expect(() => lint({ envAccess: "window.env" })).toThrow(/Value "window.env" should match pattern "\^\(\?:process.+env\|import.+meta.+env\|Deno.+env.+get\|Bun.+env\)\$"/);
    expect(() => lint({ variableName: "HF TOKEN" })).toThrow(/Value "HF TOKEN" should match pattern/);
    expect(() => lint({ allowedPatterns: ["(unclosed"] })).toThrow(/Value "\(unclosed" should match format "regex"/);
    expect(() => lint({ fixStyle: "auto" })).toThrow(/Value "auto" should match pattern "\^\(\?:autofix\|suggestion\)\$"/);
    expect(() => lint({ unknown: true })).toThrow(/Unexpected property "unknown"/);
    expect(() => lint({ accessor: "getSecret(1); leak()" })).toThrow(/accessor: .* must be a single expression on one line/);
    expect(() => lint({ accessor: 'getSecret("{name}"' })).toThrow(/accessor: .* has an unclosed bracket/);
    expect(() => lint({ accessorImport: { from: "./secrets", named: "getSecret" } })).toThrow(/accessorImport: give `accessor` too/);
    expect(() => lint({ accessor: "s()", accessorImport: { from: "./s", named: "s", default: "s" } })).toThrow(
      /accessorImport: give exactly one of `named` and `default`/,
    );
    expect(() => lint({ accessor: "s()", accessorImport: { from: "./s", named: "not valid" } })).toThrow(/Value "not valid" should match pattern/);
    const lintLogging = (options: unknown) =>
      linter.verify("const a = 1;", [
        { plugins: { "hf-secrets": plugin }, rules: { "hf-secrets/no-token-logging": ["warn", options] } },
      ]);
    expect(() => lintLogging({ methods: ["log("] })).toThrow(/Value "log\(" should match pattern/);
    expect(() => lintLogging({ loggers: ["my logger"] })).toThrow(/Value "my logger" should match pattern/);
  });

  it("leaves a file the parser cannot read to ESLint's fatal error", () => {
    const plugin = requireFromRoot("eslint-plugin-hf-secrets");
    const messages = new Linter().verify("const = ;", [...plugin.configs.all], "broken.js");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true });
  });
});

describe("the example project", () => {
  let example: {
    prepareExampleApp(): { appDir: string; tokens: string[] };
    lintExampleApp(options?: { fix?: boolean }): Promise<{ results: ESLint.LintResult[] }>;
    inventoryOfExampleApp(options?: { json?: boolean }): Promise<{ output: string }>;
  };
  let tokens: string[];

  beforeAll(async () => {
    example = await import(join(root, "scripts", "example.mjs"));
    ({ tokens } = example.prepareExampleApp());
  });

  it("shows masked findings in every file, and no whole token", async () => {
    const { results } = await example.lintExampleApp();
    const messages = results.flatMap((result) => result.messages);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(results.filter((result) => result.messages.length > 0)).toHaveLength(6);
    expect(messages.map((message) => message.ruleId).sort()).toEqual([
      "hf-secrets/no-hardcoded-token",
      "hf-secrets/no-hardcoded-token",
      "hf-secrets/no-hardcoded-token",
      "hf-secrets/no-hardcoded-token",
      "hf-secrets/no-hardcoded-token",
      "hf-secrets/no-hardcoded-token",
      "hf-secrets/no-literal-token-assignment",
      "hf-secrets/no-public-token-env",
      "hf-secrets/no-token-logging",
    ]);
    const output = JSON.stringify(results.map((result) => result.messages));
    for (const token of tokens) {
      expect(output.includes(token.slice(3))).toBe(false);
      expect(output).toContain(`${token.slice(0, 5)}…${token.slice(-2)}`);
    }
  });

  it("with --fix, leaves no token in code and code that parses, and a second pass changes nothing", async () => {
    const { results } = await example.lintExampleApp({ fix: true });
    // What is left has no autofix by design: a token in the Vite app's browser code (no env read
    // exists there), a public env read, a log line and a notebook cell need a person.
    expect(results.flatMap((result) => result.messages).map((message) => `${message.ruleId} ${message.messageId}`).sort()).toEqual([
      "hf-secrets/no-hardcoded-token tokenInClientCode",
      "hf-secrets/no-hardcoded-token tokenInNotebook",
      "hf-secrets/no-public-token-env publicToken",
      "hf-secrets/no-token-logging tokenLogged",
    ]);
    const appDir = join(root, "examples", "app");
    expect(readFileSync(join(appDir, ".github", "workflows", "evaluate.yml"), "utf8")).toContain("HF_TOKEN: ${{ secrets.HF_TOKEN }}");
    const copy = mkdtempSync(join(tmpdir(), "hf-secrets-fixed-"));
    cpSync(appDir, copy, { recursive: true });
    // Every token left is still reported: the notebook's and the browser component's.
    const stillReported = results.filter((result) => result.messages.some((message) => message.ruleId === "hf-secrets/no-hardcoded-token")).map((result) => result.filePath.slice(appDir.length + 1));
    expect(stillReported.sort()).toEqual(["notebooks/fine-tune.ipynb", "src/components/ChatBox.jsx"]);
    for (const file of listFiles(copy).filter((path) => !path.endsWith(".ipynb") && !path.endsWith("ChatBox.jsx"))) {
      const text = readFileSync(file, "utf8");
      expect(findTokens(text)).toEqual([]);
      for (const token of tokens) expect(text.includes(token.slice(3))).toBe(false);
    }
    expect(readFileSync(join(copy, "src", "components", "ChatBox.jsx"), "utf8")).not.toContain("process.env");
    const second = await example.lintExampleApp({ fix: true });
    expect(second.results.every((result) => result.output === undefined)).toBe(true);
    // The fixed project still parses with the parsers the config chose.
    const check = new ESLint({ cwd: join(root, "examples"), overrideConfig: { rules: {} } });
    const parsed = await check.lintFiles(["app"]);
    expect(parsed.flatMap((result) => result.messages.filter((message) => message.fatal))).toEqual([]);
  });

  it("runs through the ESLint CLI as the README shows", () => {
    example.prepareExampleApp();
    let status = 0;
    let stdout = "";
    try {
      stdout = execFileSync(process.execPath, [join(root, "node_modules", "eslint", "bin", "eslint.js"), "app"], {
        cwd: join(root, "examples"),
        encoding: "utf8",
      });
    } catch (error) {
      const failed = error as { status: number | null; stdout: string; message: string };
      if (failed.status === null || failed.status === undefined) throw error;
      ({ status, stdout } = failed as { status: number; stdout: string });
    }
    expect(status).toBe(1);
    expect(stdout).toMatch(/9 problems \(8 errors, 1 warning\)/);
    expect(stdout).toMatch(/hf_\w\w…\w\w/);
  });

  /** The ESLint CLI in examples/, as a user runs it; ESLint exits 1 when it reports errors. */
  function eslintCli(args: string[]): { status: number; stdout: string } {
    try {
      const stdout = execFileSync(process.execPath, [join(root, "node_modules", "eslint", "bin", "eslint.js"), ...args], {
        cwd: join(root, "examples"),
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      return { status: 0, stdout };
    } catch (error) {
      const failed = error as { status: number | null; stdout: string };
      if (failed.status === null || failed.status === undefined) throw error;
      return { status: failed.status, stdout: failed.stdout };
    }
  }

  /** file:line:column rule for every message of ESLint's JSON output, sorted. */
  function findingsOf(jsonOutput: string): string[] {
    const results = JSON.parse(jsonOutput) as ESLint.LintResult[];
    return results
      .flatMap((result) => result.messages.map((message) => `${relative(root, result.filePath)}:${message.line}:${message.column} ${message.ruleId}`))
      .sort();
  }

  it("finds the same with --cache, cold and warm, and with --concurrency", () => {
    example.prepareExampleApp();
    const plain = findingsOf(eslintCli(["--format", "json", "app"]).stdout);
    expect(plain).toHaveLength(9);
    const cacheLocation = join(mkdtempSync(join(tmpdir(), "hf-secrets-cache-")), "eslintcache");
    const cached = ["--cache", "--cache-location", cacheLocation, "--format", "json", "app"];
    expect(findingsOf(eslintCli(cached).stdout)).toEqual(plain);
    expect(readFileSync(cacheLocation, "utf8").length).toBeGreaterThan(0);
    expect(findingsOf(eslintCli(cached).stdout)).toEqual(plain);
    expect(findingsOf(eslintCli(["--concurrency", "2", "--format", "json", "app"]).stdout)).toEqual(plain);
  });

  it("reads a TypeScript config file (eslint.config.ts)", () => {
    example.prepareExampleApp();
    const configDir = mkdtempSync(join(root, "examples", ".ts-config-"));
    try {
      const configFile = join(configDir, "eslint.config.ts");
      writeFileSync(
        configFile,
        [
          'import type { Linter } from "eslint";',
          'import hfSecrets from "eslint-plugin-hf-secrets";',
          "",
          "const config: Linter.Config[] = [...hfSecrets.configs.recommended, ...hfSecrets.configs.text];",
          "export default config;",
          "",
        ].join("\n"),
      );
      const { status, stdout } = eslintCli(["--config", configFile, "--format", "json", "app"]);
      expect(status).toBe(1);
      expect(findingsOf(stdout)).toEqual(findingsOf(eslintCli(["--format", "json", "app"]).stdout));
    } finally {
      rmSync(configDir, { recursive: true, force: true });
    }
  });

  it("writes SARIF for code scanning, with every finding and only masked tokens", () => {
    const { tokens } = example.prepareExampleApp();
    const { status, stdout } = eslintCli(["--format", "@microsoft/eslint-formatter-sarif", "app"]);
    expect(status).toBe(1);
    const sarif = JSON.parse(stdout) as {
      version: string;
      runs: Array<{ results: Array<{ ruleId: string; level: string; message: { text: string } }> }>;
    };
    expect(sarif.version).toBe("2.1.0");
    const results = sarif.runs.flatMap((run) => run.results);
    expect(results).toHaveLength(9);
    expect(results.filter((result) => result.ruleId === "hf-secrets/no-hardcoded-token").every((result) => /hf_\w\w…\w\w/.test(result.message.text))).toBe(true);
    for (const token of tokens) expect(stdout.includes(token.slice(3))).toBe(false);
  });

  it("lists every token read for rotation, with the inventory config and formatter on the CLI", () => {
    example.prepareExampleApp();
    const stdout = execFileSync(
      process.execPath,
      [
        join(root, "node_modules", "eslint", "bin", "eslint.js"),
        "--config", "eslint.inventory.config.mjs",
        "--format", "../dist/formatters/inventory.js",
        "app",
      ],
      { cwd: join(root, "examples"), encoding: "utf8" },
    );
    expect(stdout).toContain("## Hugging Face token inventory: 3 reads of 3 variables");
    expect(stdout).toContain("| example-embeddings-worker | app/workers/embeddings/index.ts | 5 | process.env |");
    expect(stdout).toContain("| example-embeddings-worker | app/workers/embeddings/index.ts | 4 | process.env |");
    expect(stdout).toContain("| example-chat-app | app/src/components/TokenBadge.jsx | 3 | import.meta.env |");
    expect(stdout.split("\n").filter((line) => line.startsWith("### "))).toEqual([
      "### HF_TOKEN (1 read in 1 package)",
      "### HUGGINGFACEHUB_API_TOKEN (1 read in 1 package)",
      "### VITE_HF_TOKEN (1 read in 1 package)",
    ]);
  });

  it("gives the same inventory as JSON for scripts", async () => {
    example.prepareExampleApp();
    const { output } = await example.inventoryOfExampleApp({ json: true });
    const inventory = JSON.parse(output) as { readCount: number; variables: Array<{ name: string; packages: unknown[] }> };
    expect(inventory.readCount).toBe(3);
    expect(inventory.variables.map((variable) => variable.name)).toEqual(["HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN", "VITE_HF_TOKEN"]);
    expect(inventory.variables[0]?.packages).toEqual([
      { name: "example-embeddings-worker", reads: [{ file: "app/workers/embeddings/index.ts", line: 5, column: 36, via: "process.env" }] },
    ]);
  });
});

describe("unsafe allowedPatterns", () => {
  it("stop linting with a message naming the option and the pattern", () => {
    const plugin = requireFromRoot("eslint-plugin-hf-secrets");
    const lint = () =>
      new Linter().verify("const a = 1;", [
        { plugins: { "hf-secrets": plugin }, rules: { "hf-secrets/no-hardcoded-token": ["error", { allowedPatterns: ["(x+x+)+y"] }] } },
      ]);
    expect(lint).toThrow(/allowedPatterns: "\(x\+x\+\)\+y" can backtrack catastrophically/);
  });
});
