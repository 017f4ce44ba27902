import { formOfToken, maskSecret } from "../core";
import type { Location } from "../io/token-search";
import { mapLimited, whoami, type TokenStatus, type Verdict } from "./whoami";

/** Hugging Face's own variable for a mirror or a private Hub, as `huggingface_hub` reads it. */
export const DEFAULT_ENDPOINT = "https://huggingface.co";
const MOST_REQUESTS_AT_ONCE = 4;

export type { Location } from "../io/token-search";

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
