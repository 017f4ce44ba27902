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

/**
 * Logging libraries, followed from where a file imports or requires them, whatever the code names
 * what it gets: the module itself where it logs (`import * as actions from "@actions/core"`,
 * `import { info } from "@actions/core"`), and the loggers its factories make, kept in a variable
 * or a field (`const l = pino()`, `this.dbg = debug("app")`), and their children (`l.child({})`).
 */
export interface LoggingModule extends Sourced {
  /** The package, as imported or required. */
  readonly module: string;
  /** Exports that are loggers themselves; `default` is the module (default or namespace import, `require`). */
  readonly loggers: readonly string[];
  /** Exports that make a logger: called (`pino()`, `winston.createLogger()`) or constructed (`new Logger()`); `default` is the module called. */
  readonly factories: ReadonlyArray<{ readonly name: string; readonly form: "call" | "new" }>;
  /** The methods a logger writes its arguments with. */
  readonly methods: readonly string[];
  /** Whether a logger is itself called to write (`debug("ns")(…)`, fancy-log's `log(…)`). */
  readonly called: boolean;
  /** A logger's methods that make another of its kind (pino's `child`, debug's `extend`). */
  readonly children: readonly string[];
}

const PINO_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"];

export const LOGGING_MODULES: readonly LoggingModule[] = [
  { module: "pino", loggers: [], factories: [{ name: "default", form: "call" }, { name: "pino", form: "call" }], methods: PINO_LEVELS, called: false, children: ["child"], source: `${codeql("Logging.qll")} (Pino: \`pino()\` and \`child\`); pino 9 docs, api.md (named export \`pino\`)` },
  { module: "winston", loggers: ["default"], factories: [{ name: "createLogger", form: "call" }], methods: [...STANDARD, "http"], called: false, children: ["child"], source: `${codeql("Logging.qll")} (Winston: \`createLogger()\`); winston 3 readme (default logger, \`child\`, npm levels)` },
  { module: "log4js", loggers: [], factories: [{ name: "getLogger", form: "call" }], methods: [...STANDARD, "mark"], called: false, children: [], source: `${codeql("Logging.qll")} (Log4js: \`getLogger()\`); log4js 6 docs, api.md (levels)` },
  { module: "debug", loggers: [], factories: [{ name: "default", form: "call" }], methods: [], called: true, children: ["extend"], source: `${codeql("Logging.qll")} (DebugLoggerCall: \`require("debug")(ns)(…)\`); debug 4 readme (\`extend\`)` },
  { module: "fancy-log", loggers: ["default"], factories: [], methods: ["info", "warn", "error", "dir"], called: true, children: [], source: `${codeql("Logging.qll")} (Fancylog: the module called, and its members)` },
  { module: "loglevel", loggers: ["default"], factories: [{ name: "getLogger", form: "call" }], methods: ["trace", "debug", "info", "warn", "error", "log"], called: false, children: [], source: `${codeql("Logging.qll")} (Loglevel); loglevel 1.9 readme (\`log.getLogger(name)\`)` },
  { module: "npmlog", loggers: ["default"], factories: [], methods: [...STANDARD, "http", "timing"], called: false, children: [], source: `${codeql("Logging.qll")} (Npmlog); npmlog 7 readme` },
  { module: "bunyan", loggers: [], factories: [{ name: "createLogger", form: "call" }], methods: PINO_LEVELS, called: false, children: ["child"], source: "bunyan 1.8 readme: `bunyan.createLogger`, `log.child`, log method API (github.com/trentm/node-bunyan)" },
  { module: "consola", loggers: ["default", "consola"], factories: [{ name: "createConsola", form: "call" }], methods: ["log", "info", "warn", "error", "debug", "trace", "fatal", "success", "fail", "start", "ready", "box", "verbose"], called: false, children: ["create", "withTag"], source: "consola 3 readme and dist/index.d.mts: `consola` (default and named), `createConsola`, `withTag`, `create`, log types (github.com/unjs/consola)" },
  { module: "signale", loggers: ["default"], factories: [{ name: "Signale", form: "new" }], methods: ["success", "error", "fatal", "info", "warn", "debug", "log", "note", "pending", "complete", "start", "await", "watch"], called: false, children: ["scope"], source: "signale 1.4 readme: the module's default instance, `new Signale()`, `scope` (github.com/klaudiosz/signale)" },
  { module: "tslog", loggers: [], factories: [{ name: "Logger", form: "new" }], methods: ["silly", "trace", "debug", "info", "warn", "error", "fatal"], called: false, children: ["getSubLogger"], source: "tslog 4 docs: `new Logger()`, `getSubLogger`, default log levels (tslog.js.org)" },
  { module: "@actions/core", loggers: ["default"], factories: [], methods: ["info", "debug", "notice", "warning", "error", "setFailed"], called: false, children: [], source: "@actions/core 1.x readme (logging; `setFailed` logs its message as an error): the workflow log, public on public repositories" },
];

/**
 * Libraries whose calls return their first argument's text styled for a terminal or cut to a
 * width: a token given to them is still in what they return (`console.log(chalk.red(token))`).
 * Every member at any depth (`chalk.bold.red`, `kleur.red().bold`) and the module called.
 */
export const TEXT_STYLING_MODULES: ReadonlyArray<Sourced & { readonly module: string }> = [
  ...["ansi-colors", "colors", "colors/safe", "cli-color", "chalk", "kleur", "colorette", "wrap-ansi", "slice-ansi", "strip-ansi", "cli-highlight"].map((module) => ({
    module,
    source: `${codeql("Logging.qll")} (taint steps through ${module})`,
  })),
  { module: "picocolors", source: "picocolors 1.1 readme: `pc.green(text)` returns the text wrapped in colour codes (not modelled by CodeQL)" },
];
