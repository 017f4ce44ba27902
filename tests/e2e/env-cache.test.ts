import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeToken, maskOf } from "../helpers/tokens";

/*
 * Whether a .env file holds a finding depends on git, which ESLint's cache does not read: the
 * plugin puts git's view of env files into the config ESLint hashes. Each run is its own `eslint`
 * process with --cache, as in a pre-commit hook or CI.
 */
const root = join(__dirname, "..", "..");
const ESLINT = join(root, "node_modules", "eslint", "bin", "eslint.js");
const TOKEN = makeToken(111);
let project: string;

function lint(): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [ESLINT, "--cache", "--cache-location", join(project, ".cache", "eslint"), "--format", "json", "."], { cwd: project, encoding: "utf8" });
  return { code: run.status, output: run.stdout };
}

function messages(output: string): string[] {
  return (JSON.parse(output) as Array<{ messages: Array<{ message: string }> }>).flatMap((result) => result.messages.map((message) => message.message));
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "hf-secrets-env-cache-"));
  execFileSync("git", ["init", "-q"], { cwd: project });
  writeFileSync(
    join(project, "eslint.config.mjs"),
    `import hfSecrets from ${JSON.stringify(pathToFileURL(join(root, "dist", "index.js")).href)};\nexport default [{ ignores: [".cache/"] }, ...hfSecrets.configs.text];\n`,
  );
  writeFileSync(join(project, ".env.local"), `HF_TOKEN=${TOKEN}\n`);
  writeFileSync(join(project, ".gitignore"), ".env.local\n.cache/\n");
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("--cache and git's view of .env files", () => {
  it("an ignored .env file: no finding, cold and warm", () => {
    expect(lint().code).toBe(0);
    expect(lint().code).toBe(0);
  });

  it("after .gitignore stops ignoring it, the cached run finds the token", () => {
    writeFileSync(join(project, ".gitignore"), ".cache/\n");
    const { code, output } = lint();
    expect(code).toBe(1);
    expect(messages(output).join("\n")).toContain(maskOf(TOKEN));
    expect(lint().code).toBe(1);
  });

  it("after .gitignore ignores it again, the finding goes", () => {
    writeFileSync(join(project, ".gitignore"), ".env.local\n.cache/\n");
    expect(lint().code).toBe(0);
  });

  it("tracked although .gitignore lists it: the advice is git rm --cached, and revoke", () => {
    execFileSync("git", ["add", "-f", ".env.local"], { cwd: project });
    const { code, output } = lint();
    expect(code).toBe(1);
    expect(messages(output).join("\n")).toMatch(/git tracks: it is in the repository's history.*git rm --cached/);
    expect(messages(output).join("\n").includes(TOKEN.slice(3))).toBe(false);
  });

  it("a # disable comment in a committable .env file silences its line", () => {
    writeFileSync(join(project, ".env.shared"), `# eslint-disable-next-line hf-secrets/no-hardcoded-token -- a documented fake\nSHARED_TOKEN=${TOKEN}\n`);
    const { output } = lint();
    const shared = (JSON.parse(output) as Array<{ filePath: string; messages: unknown[] }>).find((result) => result.filePath.endsWith(".env.shared"));
    expect(shared?.messages).toEqual([]);
  });
});
