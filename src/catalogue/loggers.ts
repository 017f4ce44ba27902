import { codeql } from "./sources";
import type { Sourced } from "./sources";

/**
 * Loggers and the methods that write their arguments to a log, after CodeQL's logging model (its
 * standard names: crit, dir, trace, verbose, warn, debug, error, emerg, fatal, info, log, notice,
 * silly), plus what consoles, CLIs and CI runners add. `no-token-logging` reports a token given to
 * any of these; its `loggers` and `methods` options replace the defaults computed from this table.
 */
export interface Logger extends Sourced {
  /** The object the code calls the methods on: `console`, `logger` (a `winston.createLogger()`). */
  readonly name: string;
  readonly methods: readonly string[];
}

const STANDARD = ["crit", "dir", "trace", "verbose", "warn", "debug", "error", "emerg", "fatal", "info", "log", "notice", "silly"];

export const LOGGERS: readonly Logger[] = [
  { name: "console", methods: [...STANDARD, "assert", "dirxml", "table", "group", "groupCollapsed"], source: `${codeql("Logging.qll")} (console); WHATWG Console Standard (console.spec.whatwg.org) for dirxml, table, group, groupCollapsed` },
  { name: "logger", methods: STANDARD, source: `${codeql("Logging.qll")}: winston's createLogger(), log4js's getLogger() and pino() instances, as code names them` },
  { name: "log", methods: STANDARD, source: `${codeql("Logging.qll")}: loglevel, fancy-log, and instances named \`log\` (pino's \`req.log\`)` },
  { name: "loglevel", methods: STANDARD, source: codeql("Logging.qll") },
  { name: "winston", methods: STANDARD, source: codeql("Logging.qll") },
  { name: "log4js", methods: STANDARD, source: codeql("Logging.qll") },
  { name: "npmlog", methods: [...STANDARD, "http", "timing"], source: `${codeql("Logging.qll")}; npmlog 7 readme (levels silly, verbose, info, timing, http, notice, warn, error)` },
  { name: "pino", methods: ["trace", "debug", "info", "warn", "error", "fatal"], source: codeql("Logging.qll") },
  { name: "bunyan", methods: ["trace", "debug", "info", "warn", "error", "fatal"], source: "bunyan 1.8 readme, log method API (github.com/trentm/node-bunyan#log-method-api)" },
  { name: "signale", methods: ["success", "error", "fatal", "info", "warn", "debug", "log", "note", "pending", "complete", "start", "await", "watch"], source: "signale 1.4 readme, default loggers (github.com/klaudiosz/signale)" },
  { name: "consola", methods: ["log", "info", "warn", "error", "debug", "trace", "fatal", "success", "fail", "start", "ready", "box", "verbose", "silent"], source: "consola 3 readme, log types (github.com/unjs/consola)" },
  { name: "core", methods: ["info", "debug", "notice", "warning", "error"], source: "@actions/core 1.x readme (logging): the workflow log, public on public repositories" },
];

/**
 * Loggers called as functions: fancy-log's default export and the functions `debug("ns")` makes,
 * by the names code gives them. A custom `log(…)` that writes its arguments is a log too.
 */
export const CALLED_LOGGERS: ReadonlyArray<Sourced & { readonly name: string }> = [
  { name: "log", source: `${codeql("Logging.qll")} (fancy-log, called directly)` },
  { name: "fancyLog", source: `${codeql("Logging.qll")} (fancy-log)` },
  { name: "debug", source: `${codeql("Logging.qll")} (debug: \`debug("ns")(…)\`, kept as \`debug\`)` },
];

/** Streams written to directly: `process.stdout.write(token)` prints it. */
export const OUTPUT_STREAMS: ReadonlyArray<Sourced & { readonly owner: string; readonly streams: readonly string[]; readonly method: string }> = [
  { owner: "process", streams: ["stdout", "stderr"], method: "write", source: "Node.js 20 docs, process.stdout (nodejs.org/api/process.html#processstdout): not modelled by CodeQL" },
];
