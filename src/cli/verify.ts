import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { findTokens, formOfToken, isJsonKind, maskSecret, textFileKind, withJsonEscapesBlanked } from "../core";
import { filesToScan } from "../io/files";
import { mapLimited, whoami, type TokenStatus, type Verdict } from "./whoami";

/** Hugging Face's own variable for a mirror or a private Hub, as `huggingface_hub` reads it. */
export const DEFAULT_ENDPOINT = "https://huggingface.co";
const MOST_REQUESTS_AT_ONCE = 4;

export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One distinct token, as printed: masked, never whole. */
export interface TokenReport {
  readonly token: string;
  readonly form: string;
  readonly status: TokenStatus | "unset";
  readonly account?: string;
  readonly role?: string;
  readonly reason?: string;
  readonly locations?: Location[];
  /** With `--env`: the variable that holds it. */
  readonly variable?: string;
}

export interface VerifyOptions {
  readonly endpoint: string;
  readonly timeoutMs: number;
  readonly onProgress?: (done: number, total: number) => void;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Every distinct token in the files under `paths`, with each place it is written. */
export function collectTokens(paths: readonly string[], cwd: string): Map<string, Location[]> {
  const byToken = new Map<string, Location[]>();
  for (const file of filesToScan(paths, cwd)) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    // In JSON, `\n` before a token is an escaped newline: blanked, it bounds the token as decoded.
    const scanned = isJsonKind(textFileKind(file)) ? withJsonEscapesBlanked(text) : text;
    for (const match of findTokens(scanned)) {
      const locations = byToken.get(match.value) ?? [];
      locations.push({ file: relative(cwd, file) || file, ...lineAndColumn(text, match.start) });
      byToken.set(match.value, locations);
    }
  }
  return byToken;
}

function reportOf(token: string, verdict: Verdict, extra: Partial<TokenReport>): TokenReport {
  return {
    token: maskSecret(token),
    form: formOfToken(token)?.name ?? "token",
    status: verdict.status,
    ...(verdict.account === undefined ? {} : { account: verdict.account }),
    ...(verdict.role === undefined ? {} : { role: verdict.role }),
    ...(verdict.reason === undefined ? {} : { reason: verdict.reason }),
    ...extra,
  };
}

/** Checks each distinct token found under `paths` once, found by text alone (no ESLint). */
export async function verifyFiles(paths: readonly string[], cwd: string, options: VerifyOptions): Promise<TokenReport[]> {
  return verifyTokens(collectTokens(paths, cwd), options);
}

/** Checks each distinct token once; `byToken` gives the places each is written. */
export async function verifyTokens(byToken: ReadonlyMap<string, Location[]>, options: VerifyOptions): Promise<TokenReport[]> {
  const tokens = [...byToken];
  let done = 0;
  const verdicts = await mapLimited(
    tokens,
    MOST_REQUESTS_AT_ONCE,
    ([token]) => whoami(token, { endpoint: options.endpoint, timeoutMs: options.timeoutMs }),
    () => options.onProgress?.((done += 1), tokens.length),
  );
  return tokens.map(([token, locations], index) => reportOf(token, verdicts[index] as Verdict, { locations }));
}

/** Checks the token each named variable holds now: after a rotation, the new one. */
export async function verifyVariables(names: readonly string[], env: NodeJS.ProcessEnv, options: VerifyOptions): Promise<TokenReport[]> {
  return mapLimited(names, MOST_REQUESTS_AT_ONCE, async (name): Promise<TokenReport> => {
    const value = env[name]?.trim();
    if (!value) return { token: "…", form: "token", status: "unset", variable: name };
    return reportOf(value, await whoami(value, { endpoint: options.endpoint, timeoutMs: options.timeoutMs }), { variable: name });
  });
}

/** A plain table: one row per token, its places below it; `uncheckedExit` is the exit code for tokens not checked. */
export function formatTable(reports: readonly TokenReport[], uncheckedExit?: number): string {
  if (reports.length === 0) return "No Hugging Face token found.\n";
  const header = ["TOKEN", "FORM", "STATUS", "ACCOUNT", "ROLE"];
  const rows = reports.map((report) => [
    report.variable === undefined ? report.token : `${report.variable}=${report.token}`,
    report.form,
    report.reason === undefined ? report.status : `${report.status} (${report.reason})`,
    report.account ?? "-",
    report.role ?? "-",
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  const out = [line(header)];
  reports.forEach((report, index) => {
    out.push(line(rows[index] ?? []));
    for (const location of report.locations ?? []) out.push(`    ${location.file}:${location.line}:${location.column}`);
  });
  const live = reports.filter((report) => report.status === "live").length;
  const unknown = reports.filter((report) => report.status === "unknown").length;
  const unchecked = unknown === 0 ? "" : `, ${unknown} could not be checked${uncheckedExit === undefined ? "" : ` (exit ${uncheckedExit} unless --allow-unknown)`}`;
  out.push("", `${reports.length} token${reports.length === 1 ? "" : "s"}: ${live} live${unchecked}.`);
  return `${out.join("\n")}\n`;
}
