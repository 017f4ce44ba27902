import type { ESLint } from "eslint";
import plugin from "../index";
import { sarifOf } from "../formatters/sarif";
import { scanFiles } from "./lint";

/** `hf-secrets scan`: ESLint's output and exit codes, in one of three formats. */
export async function runScan(options: { paths: readonly string[]; cwd: string; fix: boolean; format: "stylish" | "json" | "sarif" }): Promise<{ output: string; exitCode: number }> {
  const { eslint, results } = await scanFiles(options);
  const output = await format(eslint, results, options);
  // ESLint's codes: 1 when an error (a finding, or a file that cannot be parsed) is reported.
  const errors = results.some((result) => result.errorCount > 0 || result.fatalErrorCount > 0);
  return { output, exitCode: errors ? 1 : 0 };
}

async function format(eslint: ESLint, results: ESLint.LintResult[], options: { cwd: string; format: "stylish" | "json" | "sarif" }): Promise<string> {
  if (options.format === "sarif") {
    const docsUrlOf = (ruleId: string): string | undefined => {
      const name = ruleId.startsWith("hf-secrets/") ? ruleId.slice("hf-secrets/".length) : undefined;
      const rule = name === undefined ? undefined : (plugin.rules[name] as { meta?: { docs?: { url?: string } } } | undefined);
      return rule?.meta?.docs?.url;
    };
    return sarifOf(results, { version: plugin.meta.version, cwd: options.cwd, docsUrlOf });
  }
  if (options.format === "json") {
    // ESLint's json formatter repeats each file's source, token and all: only the findings are printed.
    const findings = results.map(({ source, output, ...rest }) => rest);
    return `${JSON.stringify(findings)}\n`;
  }
  const formatter = await eslint.loadFormatter(options.format);
  const text = await formatter.format(results);
  return text.endsWith("\n") || text === "" ? text : `${text}\n`;
}
