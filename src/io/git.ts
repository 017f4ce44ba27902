import { spawnSync } from "node:child_process";
import { basename, dirname, isAbsolute } from "node:path";

/** `.env`, `.env.local`, `production.env`: files that hold environment variables. */
export function isEnvFile(filename: string): boolean {
  const name = basename(filename);
  return name === ".env" || name.startsWith(".env.") || name.endsWith(".env");
}

export type GitIgnoreVerdict = "ignored" | "not-ignored" | "unknown";

/**
 * Asks git itself, so every .gitignore, .git/info/exclude and global exclude counts. Outside a git
 * repository (or without git) nothing can be committed by mistake: "unknown".
 */
export function gitIgnoreVerdict(filename: string): GitIgnoreVerdict {
  if (!isAbsolute(filename)) return "unknown";
  const run = spawnSync("git", ["check-ignore", "--quiet", "--", filename], { cwd: dirname(filename), stdio: "ignore", timeout: 5_000 });
  if (run.status === 0) return "ignored";
  return run.status === 1 ? "not-ignored" : "unknown";
}

/** A `.env` file is where a token belongs: only one git would commit holds a finding. */
export function isCommittableEnvFile(filename: string): boolean {
  return gitIgnoreVerdict(filename) === "not-ignored";
}
