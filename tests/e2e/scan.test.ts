import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeToken, maskOf } from "../helpers/tokens";

/*
 * `hf-secrets scan` as a Python repository runs it: no package.json, no ESLint config, a
 * virtualenv beside the code. The built bin, in a temporary git repository.
 */
const root = join(__dirname, "..", "..");
const BIN = join(root, "dist", "cli", "hf-secrets.js");
const IN_SCRIPT = makeToken(3101);
const IN_NOTEBOOK = makeToken(3102);
const IN_ENV = makeToken(3103);
const IN_VENV = makeToken(3104);
const ALLOWED = makeToken(3105);
const ALL = [IN_SCRIPT, IN_NOTEBOOK, IN_ENV, IN_VENV, ALLOWED];
const TIMEOUT = 60_000;
let repo: string;

function write(file: string, text: string): void {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
}

function scan(args: string[], cwd = repo): { status: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, "scan", ...args], { cwd, encoding: "utf8", timeout: TIMEOUT });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

function masked(text: string): string {
  return ALL.reduce((result, token) => result.replaceAll(token, maskOf(token)), text);
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

/** Findings per file, by path relative to `base`. */
function findingsByFile(stdout: string, base = repo): Record<string, number> {
  const results = JSON.parse(stdout) as JsonResult[];
  return Object.fromEntries(results.filter((result) => result.messages.length > 0).map((result) => [result.filePath.slice(base.length + 1), result.messages.length]));
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "hf-secrets-scan-"));
  execFileSync("git", ["init", "-q"], { cwd: repo });
  write("train.py", `from huggingface_hub import login\n\nlogin(token="${IN_SCRIPT}")\n`);
  write(
    "notebooks/explore.ipynb",
    JSON.stringify({ cells: [{ cell_type: "code", source: ["import os\n", `os.environ["HF_TOKEN"] = "${IN_NOTEBOOK}"\n`], outputs: [], metadata: {}, execution_count: null }], metadata: {}, nbformat: 4, nbformat_minor: 5 }),
  );
  write(".env", `HF_TOKEN=${IN_ENV}\n`);
  // Virtualenvs and caches: by name, and by the pyvenv.cfg any virtualenv holds.
  write(".venv/pyvenv.cfg", "home = /usr/bin\n");
  write(".venv/lib/python3.12/site-packages/pkg/config.py", `TOKEN = "${IN_VENV}"\n`);
  write("py312/pyvenv.cfg", "home = /usr/bin\n");
  write("py312/lib/site-packages/other/settings.json", `{ "token": "${IN_VENV}" }\n`);
  write("__pycache__/notes.txt", `${IN_VENV}\n`);
  write(".gitignore", "__pycache__/\n");
});

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe("hf-secrets scan in a Python repository without package.json or ESLint config", () => {
  it("finds the tokens in .py, .ipynb and an unignored .env, never enters a virtualenv, and exits 1", () => {
    const { status, stdout, stderr } = scan(["--format", "json"]);
    expect(status, masked(stderr)).toBe(1);
    expect(stderr).toBe("");
    expect(findingsByFile(stdout)).toEqual({ ".env": 1, "notebooks/explore.ipynb": 1, "train.py": 1 });
    for (const token of ALL) expect(stdout.includes(token.slice(3))).toBe(false);
  }, TIMEOUT);

  it("prints ESLint's stylish report by default, masked", () => {
    const { status, stdout } = scan([]);
    expect(status).toBe(1);
    expect(stdout).toContain(maskOf(IN_SCRIPT));
    expect(stdout).toMatch(/3 problems \(3 errors, 0 warnings\)/);
    for (const token of ALL) expect(stdout.includes(token.slice(3))).toBe(false);
  }, TIMEOUT);

  it("--format sarif writes a SARIF 2.1.0 log with one result per finding", () => {
    const { status, stdout } = scan(["--format", "sarif"]);
    expect(status).toBe(1);
    const log = JSON.parse(stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } }; results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    expect(log.version).toBe("2.1.0");
    const [run] = log.runs;
    expect(run?.tool.driver.rules).toEqual([{ id: "hf-secrets/no-hardcoded-token", helpUri: expect.stringContaining("docs/rules/no-hardcoded-token.md") as unknown }]);
    expect(run?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri).sort()).toEqual([".env", "notebooks/explore.ipynb", "train.py"]);
    expect(run?.results.every((result) => result.level === "error" && result.locations[0]!.physicalLocation.region.startLine >= 1)).toBe(true);
    for (const token of ALL) expect(stdout.includes(token.slice(3))).toBe(false);
  }, TIMEOUT);

  it("scans the files it is given (pre-commit passes the staged ones), and skips kinds it does not read", () => {
    write("setup.cfg", `[metadata]\ntoken = ${IN_SCRIPT}\n`);
    const { status, stdout } = scan(["--format", "json", "train.py", "setup.cfg"]);
    expect(status).toBe(1);
    expect(findingsByFile(stdout)).toEqual({ "train.py": 1 });
    expect(scan(["--format", "json", "setup.cfg"]).status).toBe(0);
  }, TIMEOUT);

  it("--fix rewrites the script so that it still compiles, and what needs a person stays reported", () => {
    const copy = mkdtempSync(join(tmpdir(), "hf-secrets-scan-fix-"));
    try {
      execFileSync("cp", ["-r", `${repo}/.`, copy]);
      const fixed = scan(["--fix", "--format", "json"], copy);
      const script = readFileSync(join(copy, "train.py"), "utf8");
      expect(script).toContain('os.environ["HF_TOKEN"]');
      expect(script.includes(IN_SCRIPT)).toBe(false);
      const compiled = spawnSync("python3", ["-m", "py_compile", join(copy, "train.py")], { encoding: "utf8" });
      expect(compiled.status, compiled.stderr).toBe(0);
      // The notebook cell and the .env file git would commit need a person: still reported.
      expect(Object.keys(findingsByFile(fixed.stdout, copy)).sort()).toEqual([".env", "notebooks/explore.ipynb"]);
      expect(fixed.status).toBe(1);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, TIMEOUT);

  it("exits 0 where nothing is found, and 2 on a usage error", () => {
    const clean = mkdtempSync(join(tmpdir(), "hf-secrets-scan-clean-"));
    try {
      writeFileSync(join(clean, "main.py"), 'import os\n\ntoken = os.environ["HF_TOKEN"]\n');
      expect(scan([], clean).status).toBe(0);
      const bad = scan(["--format", "xml"], clean);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/--format takes stylish, json or sarif/);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  }, TIMEOUT);

  it("reads the repository's eslint.config.* when it sets the plugin up (its allowedValues count)", () => {
    const configured = mkdtempSync(join(tmpdir(), "hf-secrets-scan-config-"));
    try {
      mkdirSync(join(configured, "node_modules"), { recursive: true });
      symlinkSync(root, join(configured, "node_modules", "eslint-plugin-hf-secrets"), "dir");
      writeFileSync(
        join(configured, "eslint.config.mjs"),
        `import hfSecrets from "eslint-plugin-hf-secrets";\n\nexport default [\n  ...hfSecrets.configs.recommended,\n  { rules: { "hf-secrets/no-hardcoded-token": ["error", { allowedValues: [${JSON.stringify(ALLOWED)}] }] } },\n];\n`,
      );
      writeFileSync(join(configured, "fixture.js"), `export const documented = "${ALLOWED}";\n`);
      writeFileSync(join(configured, "client.js"), `export const token = "${IN_SCRIPT}";\n`);
      const { status, stdout } = scan(["--format", "json"], configured);
      expect(findingsByFile(stdout, configured)).toEqual({ "client.js": 1 });
      expect(status).toBe(1);
    } finally {
      rmSync(configured, { recursive: true, force: true });
    }
  }, TIMEOUT);
});
