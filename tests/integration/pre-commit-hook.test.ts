import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeToken, maskOf } from "../helpers/tokens";

/*
 * The pre-commit.com hook (`.pre-commit-hooks.yaml`), as a Python repository adds it: pre-commit
 * as pip installs it (into a virtualenv of the test's own), `pre-commit try-repo` on this
 * checkout, which installs the package from git the way a `repos:` entry does.
 */
const root = join(__dirname, "..", "..");
const TIMEOUT = 600_000;
const IN_SCRIPT = makeToken(3301);
const IN_NOTEBOOK = makeToken(3302);
const IN_VENV = makeToken(3303);
const ALL = [IN_SCRIPT, IN_NOTEBOOK, IN_VENV];
let work: string;
let repo: string;
let preCommit: string;

function write(file: string, text: string): void {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
}

function git(args: string[]): void {
  execFileSync("git", ["-c", "user.email=dev@example.com", "-c", "user.name=Dev", ...args], { cwd: repo, stdio: "ignore" });
}

function tryRepo(): { status: number; output: string } {
  const run = spawnSync(preCommit, ["try-repo", root, "hf-secrets", "--all-files"], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, PRE_COMMIT_HOME: join(work, "pre-commit-home"), PRE_COMMIT_COLOR: "never" },
  });
  return { status: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "hf-secrets-pre-commit-hook-"));
  const onPath = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  if (onPath.status === 0) {
    preCommit = "pre-commit";
  } else {
    execFileSync("python3", ["-m", "venv", join(work, "venv")], { stdio: "ignore" });
    // --retries 0: an index the machine cannot reach is given up at once, not retried.
    execFileSync(join(work, "venv", "bin", "pip"), ["install", "--quiet", "--retries", "0", "pre-commit"], { stdio: "ignore" });
    preCommit = join(work, "venv", "bin", "pre-commit");
  }
  repo = join(work, "repo");
  mkdirSync(repo);
  git(["init", "--quiet", "--initial-branch=main"]);
  write("train.py", `from huggingface_hub import login\n\nlogin(token="${IN_SCRIPT}")\n`);
  write(
    "explore.ipynb",
    JSON.stringify({ cells: [{ cell_type: "code", source: ["import os\n", `os.environ["HF_TOKEN"] = "${IN_NOTEBOOK}"\n`], outputs: [], metadata: {}, execution_count: null }], metadata: {}, nbformat: 4, nbformat_minor: 5 }),
  );
  write(".venv/pyvenv.cfg", "home = /usr/bin\n");
  write(".venv/lib/site-packages/pkg/config.py", `TOKEN = "${IN_VENV}"\n`);
  write(".gitignore", ".venv/\n");
  git(["add", "."]);
  git(["commit", "--quiet", "-m", "train"]);
}, TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the pre-commit.com hook", () => {
  it("fails on a token, with the findings masked", () => {
    const { status, output } = tryRepo();
    expect(status, output.slice(-2000)).toBe(1);
    expect(output).toContain("hf-secrets");
    expect(output).toContain(maskOf(IN_SCRIPT));
    expect(output).toContain(maskOf(IN_NOTEBOOK));
    expect(output).not.toContain(maskOf(IN_VENV));
    for (const token of ALL) expect(output.includes(token.slice(3))).toBe(false);
  }, TIMEOUT);

  it("passes once the tokens are gone", () => {
    write("train.py", `import os\n\nfrom huggingface_hub import login\n\nlogin(token=os.environ["HF_TOKEN"])\n`);
    write("explore.ipynb", JSON.stringify({ cells: [{ cell_type: "code", source: ["import os\n", 'token = os.environ["HF_TOKEN"]\n'], outputs: [], metadata: {}, execution_count: null }], metadata: {}, nbformat: 4, nbformat_minor: 5 }));
    git(["add", "."]);
    git(["commit", "--quiet", "-m", "read the token from the environment"]);
    const { status, output } = tryRepo();
    expect(status, output.slice(-2000)).toBe(0);
    expect(output).toMatch(/Hugging Face tokens \(hf-secrets\)\.+Passed/);
  }, TIMEOUT);
});
