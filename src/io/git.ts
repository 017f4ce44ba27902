import type * as ChildProcess from "node:child_process";
import type * as Crypto from "node:crypto";
import { dirname, isAbsolute } from "node:path";
import { isEnvFileName } from "../core/file-kinds";

/** `.env`, `.env.local`, `production.env`: files that hold environment variables. */
export const isEnvFile = isEnvFileName;

/** `tracked`: in the index already (committed, whatever .gitignore says now). */
export type GitIgnoreVerdict = "tracked" | "ignored" | "not-ignored" | "unknown";

/** Runs git in `cwd`; `status` is null when git is missing or did not finish in time. */
export function git(args: readonly string[], cwd: string, timeoutMs = 5_000): { status: number | null; stdout: string } {
  // Loaded when git is first asked: a lint without .env files never spawns it.
  const { spawnSync } = require("node:child_process") as typeof ChildProcess;
  const run = spawnSync("git", args, { cwd, encoding: "utf8", timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout ?? "" };
}

/**
 * Asks git itself, so every .gitignore, .git/info/exclude and global exclude counts. Outside a git
 * repository (or without git) nothing can be committed by mistake: "unknown".
 */
export function gitIgnoreVerdict(filename: string): GitIgnoreVerdict {
  if (!isAbsolute(filename)) return "unknown";
  const cwd = dirname(filename);
  if (git(["ls-files", "--error-unmatch", "--", filename], cwd).status === 0) return "tracked";
  const { status } = git(["check-ignore", "--quiet", "--", filename], cwd);
  if (status === 0) return "ignored";
  return status === 1 ? "not-ignored" : "unknown";
}

/** A `.env` file is where a token belongs: only one git would commit, or has committed, holds a finding. */
export function isCommittableEnvFile(filename: string): boolean {
  const verdict = gitIgnoreVerdict(filename);
  return verdict === "not-ignored" || verdict === "tracked";
}

/**
 * What git says of every env file under `cwd` — tracked, ignored or not — as one short hash. It is
 * part of the config ESLint hashes for env files, so `--cache` sees a `.gitignore` change: a cached
 * "nothing found" is never reused for a file git would now commit. "" outside a git repository.
 */
export function envFilesGitState(cwd: string): string {
  const patterns = [":(glob)**/.env", ":(glob)**/.env.*", ":(glob)**/*.env"];
  const tracked = git(["ls-files", "-z", "--cached", "--", ...patterns], cwd);
  if (tracked.status !== 0) return "";
  const ignored = git(["ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--", ...patterns], cwd);
  const untracked = git(["ls-files", "-z", "--others", "--exclude-standard", "--", ...patterns], cwd);
  const { createHash } = require("node:crypto") as typeof Crypto;
  return createHash("sha256").update(`${tracked.stdout}\n${ignored.stdout}\n${untracked.stdout}`).digest("hex").slice(0, 16);
}
