#!/usr/bin/env node
import { DEFAULT_ENDPOINT, formatTable, verifyFiles, verifyVariables, type TokenReport } from "./verify";

/*
 * `hf-secrets verify`: which found tokens are live, whose they are and what they can do. Opt-in and
 * read-only: nothing is sent unless a person runs it, and a token goes to HF_ENDPOINT only.
 */

const USAGE = `Usage: hf-secrets verify [paths…] [--format table|json] [--timeout ms] [--env NAME]…

  paths            files and folders to search (default: .), skipping node_modules, .git and
                   what .gitignore ignores
  --env NAME       check the token the variable NAME holds now (repeatable), e.g. after rotation
  --format FORMAT  table (default) or json
  --timeout MS     per request (default 10000)

Each distinct token is checked once against \${HF_ENDPOINT:-${DEFAULT_ENDPOINT}}/api/whoami-v2.
Exit code: 1 when a found token is live (with --env: when a variable's token is not live),
0 otherwise, 2 on a usage error. See docs/verify.md.
`;

const DEFAULT_TIMEOUT_MS = 10_000;

class UsageError extends Error {}

interface Arguments {
  paths: string[];
  variables: string[];
  format: "table" | "json";
  timeoutMs: number;
}

function parseArguments(argv: readonly string[]): Arguments {
  const [command, ...rest] = argv;
  if (command !== "verify") throw new UsageError(command === undefined ? "a command is needed" : `unknown command ${JSON.stringify(command)}`);
  const parsed: Arguments = { paths: [], variables: [], format: "table", timeoutMs: DEFAULT_TIMEOUT_MS };
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index] ?? "";
    const [flag, inline] = argument.startsWith("--") && argument.includes("=") ? [argument.slice(0, argument.indexOf("=")), argument.slice(argument.indexOf("=") + 1)] : [argument, undefined];
    const value = (): string => {
      const next = inline ?? rest[(index += 1)];
      if (next === undefined || next === "") throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === "--format") {
      const format = value();
      if (format !== "table" && format !== "json") throw new UsageError(`--format takes table or json, not ${JSON.stringify(format)}`);
      parsed.format = format;
    } else if (flag === "--timeout") {
      const timeout = Number(value());
      if (!Number.isInteger(timeout) || timeout <= 0) throw new UsageError("--timeout takes a whole number of milliseconds");
      parsed.timeoutMs = timeout;
    } else if (flag === "--env") {
      const name = value();
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--env takes a variable name, not ${JSON.stringify(name)}`);
      parsed.variables.push(name);
    } else if (flag.startsWith("-")) {
      throw new UsageError(`unknown option ${flag}`);
    } else {
      parsed.paths.push(argument);
    }
  }
  if (parsed.variables.length > 0 && parsed.paths.length > 0) throw new UsageError("give paths or --env, not both");
  return parsed;
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
  let args: Arguments;
  let endpoint: string;
  try {
    args = parseArguments(argv);
    endpoint = endpointFrom(env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`hf-secrets: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  // Progress on a terminal only: never in piped output or JSON.
  const showProgress = args.format === "table" && process.stderr.isTTY === true;
  const onProgress = showProgress ? (done: number, total: number) => process.stderr.write(`\rchecked ${done} of ${total} tokens`) : undefined;
  let reports: TokenReport[];
  try {
    reports =
      args.variables.length > 0
        ? await verifyVariables(args.variables, env, { endpoint, timeoutMs: args.timeoutMs, onProgress })
        : await verifyFiles(args.paths.length > 0 ? args.paths : ["."], process.cwd(), { endpoint, timeoutMs: args.timeoutMs, onProgress });
  } catch (error) {
    process.stderr.write(`hf-secrets: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (showProgress) process.stderr.write("\r\x1b[K");
  process.stdout.write(args.format === "json" ? `${JSON.stringify(reports, null, 2)}\n` : formatTable(reports));
  if (args.variables.length > 0) return reports.every((report) => report.status === "live") ? 0 : 1;
  return reports.some((report) => report.status === "live") ? 1 : 0;
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
