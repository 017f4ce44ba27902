import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeToken } from "../helpers/tokens";

/*
 * docs/pre-commit.md, done for real: a temporary git repository with husky and lint-staged running
 * only this plugin's rules on staged files, set up from the page's own code blocks (npm registry
 * needed). lint-staged 16: 17 needs Node.js 22.
 */
const root = join(__dirname, "..", "..");
const INSTALL_TIMEOUT = 240_000;
const TOKEN = makeToken(91);

/** The first fenced block of `language` in docs/pre-commit.md: the test runs what the page shows. */
function docsBlock(language: string): string {
  const page = readFileSync(join(root, "docs", "pre-commit.md"), "utf8");
  const block = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(page)?.[1];
  if (block === undefined) throw new Error(`docs/pre-commit.md has no ${language} block`);
  return block;
}

function git(repo: string, args: string[]): { status: number; output: string } {
  const run = spawnSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, HUSKY: "" } });
  return { status: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
}

describe("a husky + lint-staged pre-commit hook", () => {
  let repo: string;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), "hf-secrets-precommit-"));
    const packed = execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", repo], { cwd: root, encoding: "utf8" })
      .trim()
      .split("\n")
      .at(-1);
    git(repo, ["init", "--quiet", "--initial-branch=main"]);
    git(repo, ["config", "user.email", "dev@example.com"]);
    git(repo, ["config", "user.name", "Dev"]);
    writeFileSync(join(repo, ".gitignore"), "node_modules/\n*.tgz\n");
    const manifest = JSON.parse(docsBlock("json")) as Record<string, unknown>;
    writeFileSync(
      join(repo, "package.json"),
      JSON.stringify({ ...manifest, devDependencies: { ...(manifest.devDependencies as object), "eslint-plugin-hf-secrets": `file:./${packed}` } }, null, 2),
    );
    writeFileSync(join(repo, "eslint.hf-secrets.config.mjs"), docsBlock("js"));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: repo, stdio: "ignore" });
    // What `npx husky init` sets up, with the hook from docs/pre-commit.md.
    execFileSync(process.execPath, [join(repo, "node_modules", "husky", "bin.js")], { cwd: repo, stdio: "ignore" });
    mkdirSync(join(repo, ".husky"), { recursive: true });
    expect(docsBlock("sh")).toContain('echo "npx lint-staged" > .husky/pre-commit');
    writeFileSync(join(repo, ".husky", "pre-commit"), "npx lint-staged\n");
    git(repo, ["add", "."]);
    expect(git(repo, ["commit", "--quiet", "-m", "set-up"]).status).toBe(0);
  }, INSTALL_TIMEOUT);

  afterAll(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it("lets a clean file through", () => {
    mkdirSync(join(repo, "src"), { recursive: true });
    writeFileSync(join(repo, "src", "client.js"), "export const token = process.env.HF_TOKEN;\n");
    git(repo, ["add", "src/client.js"]);
    const commit = git(repo, ["commit", "-m", "client"]);
    expect(commit.status, commit.output).toBe(0);
  });

  it("stops a commit that stages a token, and prints it masked", () => {
    writeFileSync(join(repo, "src", "leak.js"), `export const client = new InferenceClient("${TOKEN}");\n`);
    git(repo, ["add", "src/leak.js"]);
    const commit = git(repo, ["commit", "-m", "leak"]);
    expect(commit.status).not.toBe(0);
    expect(commit.output).toContain("hf-secrets/no-hardcoded-token");
    expect(commit.output).toMatch(/hf_\w\w…\w\w/);
    expect(commit.output.includes(TOKEN.slice(3))).toBe(false);
    expect(git(repo, ["log", "--format=%s"]).output.trim().split("\n")).toEqual(["client", "set-up"]);
  });
});
