#!/usr/bin/env node
import { DEFAULT_ENDPOINT, formatTable, verifyTokens, verifyVariables, type TokenReport } from "./verify";

/*
 * `hf-secrets scan`: the plugin's own lint, zero-config, for repositories without ESLint (and
 * pre-commit.com's hook). `hf-secrets verify`: which found tokens are live, whose they are and
 * what they can do. Opt-in and read-only: nothing is sent unless a person runs it, and a token
 * goes to HF_ENDPOINT only.
 */

const USAGE = `Usage: hf-secrets scan [paths…] [--fix] [--format stylish|json|sarif]
       hf-secrets verify [paths…] [--format table|json] [--timeout ms] [--env NAME]… [--allow-unknown]

scan     lints the files git tracks and leaves unignored (default: .) with configs.all and
         configs.text, never node_modules, virtualenvs or tool caches; the repository's
         eslint.config.* when it sets the plugin up. Exit code: 1 when a token is found, 0 when
         none, 2 on a usage or configuration error (ESLint's codes). See docs/scan.md.
  --fix            apply the fixes
  --format FORMAT  stylish (default), json or sarif

verify   checks each distinct token the rules find under the paths (default: .) once against
         \${HF_ENDPOINT:-${DEFAULT_ENDPOINT}}/api/whoami-v2. See docs/verify.md.
  --env NAME       check the token the variable NAME holds now (repeatable), e.g. after rotation
  --format FORMAT  table (default) or json
  --timeout MS     per request (default 10000)
  --allow-unknown  exit 0 rather than 3 when a token could not be checked
         Exit code: 1 when a found token is live (with --env: when a variable's token is not
         live), 3 when none is but one could not be checked (network down, endpoint
         unreachable), 0 otherwise, 2 on a usage error.
`;

const DEFAULT_TIMEOUT_MS = 10_000;
/** A found token that could not be checked: a CI gate must not pass on it silently. */
export const EXIT_UNCHECKED = 3;

class UsageError extends Error {}

interface VerifyArguments {
  command: "verify";
  paths: string[];
  variables: string[];
  format: "table" | "json";
  timeoutMs: number;
  allowUnknown: boolean;
}

interface ScanArguments {
  command: "scan";
  paths: string[];
  fix: boolean;
  format: "stylish" | "json" | "sarif";
}

function splitFlag(argument: string): [string, string | undefined] {
  return argument.startsWith("--") && argument.includes("=") ? [argument.slice(0, argument.indexOf("=")), argument.slice(argument.indexOf("=") + 1)] : [argument, undefined];
}

function parseArguments(argv: readonly string[]): VerifyArguments | ScanArguments {
  const [command, ...rest] = argv;
  if (command !== "verify" && command !== "scan") throw new UsageError(command === undefined ? "a command is needed" : `unknown command ${JSON.stringify(command)}`);
  const verify: VerifyArguments = { command: "verify", paths: [], variables: [], format: "table", timeoutMs: DEFAULT_TIMEOUT_MS, allowUnknown: false };
  const scan: ScanArguments = { command: "scan", paths: [], fix: false, format: "stylish" };
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index] ?? "";
    const [flag, inline] = splitFlag(argument);
    const value = (): string => {
      const next = inline ?? rest[(index += 1)];
      if (next === undefined || next === "") throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (!flag.startsWith("-")) {
      verify.paths.push(argument);
      scan.paths.push(argument);
    } else if (command === "scan" && flag === "--fix") {
      scan.fix = true;
    } else if (command === "scan" && flag === "--format") {
      const format = value();
      if (format !== "stylish" && format !== "json" && format !== "sarif") throw new UsageError(`--format takes stylish, json or sarif, not ${JSON.stringify(format)}`);
      scan.format = format;
    } else if (command === "verify" && flag === "--format") {
      const format = value();
      if (format !== "table" && format !== "json") throw new UsageError(`--format takes table or json, not ${JSON.stringify(format)}`);
      verify.format = format;
    } else if (command === "verify" && flag === "--timeout") {
      const timeout = Number(value());
      if (!Number.isInteger(timeout) || timeout <= 0) throw new UsageError("--timeout takes a whole number of milliseconds");
      verify.timeoutMs = timeout;
    } else if (command === "verify" && flag === "--env") {
      const name = value();
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--env takes a variable name, not ${JSON.stringify(name)}`);
      verify.variables.push(name);
    } else if (command === "verify" && flag === "--allow-unknown") {
      verify.allowUnknown = true;
    } else {
      throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (command === "scan") return scan;
  if (verify.variables.length > 0 && verify.paths.length > 0) throw new UsageError("give paths or --env, not both");
  return verify;
}

function endpointFrom(env: NodeJS.ProcessEnv): string {
  const endpoint = env.HF_ENDPOINT?.trim() || DEFAULT_ENDPOINT;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new UsageError(`HF_ENDPOINT is not a URL: ${JSON.stringify(endpoint)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UsageError("HF_ENDPOINT must be an http(s) URL");
  return endpoint;
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  let args: VerifyArguments | ScanArguments;
  let endpoint = DEFAULT_ENDPOINT;
  try {
    args = parseArguments(argv);
    if (args.command === "verify") endpoint = endpointFrom(env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`hf-secrets: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  return args.command === "scan" ? scan(args) : verify(args, endpoint, env);
}

async function scan(args: ScanArguments): Promise<number> {
  // ESLint is loaded only here: `verify --env` needs none of it.
  const { runScan } = await import("../scan/command.js");
  try {
    const { output, exitCode } = await runScan({ paths: args.paths.length > 0 ? args.paths : ["."], cwd: process.cwd(), fix: args.fix, format: args.format });
    process.stdout.write(output);
    return exitCode;
  } catch (error) {
    process.stderr.write(`hf-secrets: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

async function verify(args: VerifyArguments, endpoint: string, env: NodeJS.ProcessEnv): Promise<number> {
  // Progress on a terminal only: never in piped output or JSON.
  const showProgress = args.format === "table" && process.stderr.isTTY === true;
  const onProgress = showProgress ? (done: number, total: number) => process.stderr.write(`\rchecked ${done} of ${total} tokens`) : undefined;
  let reports: TokenReport[];
  try {
    if (args.variables.length > 0) {
      reports = await verifyVariables(args.variables, env, { endpoint, timeoutMs: args.timeoutMs, onProgress });
    } else {
      // The rules' own detection: the tokens verify checks are the ones lint reports.
      const { collectTokensWithRules } = await import("../scan/lint.js");
      const tokens = await collectTokensWithRules(args.paths.length > 0 ? args.paths : ["."], process.cwd());
      reports = await verifyTokens(tokens, { endpoint, timeoutMs: args.timeoutMs, onProgress });
    }
  } catch (error) {
    process.stderr.write(`hf-secrets: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (showProgress) process.stderr.write("\r\x1b[K");
  process.stdout.write(args.format === "json" ? `${JSON.stringify(reports, null, 2)}\n` : formatTable(reports, args.allowUnknown ? undefined : EXIT_UNCHECKED));
  if (args.variables.length > 0) return reports.every((report) => report.status === "live") ? 0 : 1;
  if (reports.some((report) => report.status === "live")) return 1;
  return !args.allowUnknown && reports.some((report) => report.status === "unknown") ? EXIT_UNCHECKED : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`hf-secrets: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
