import rule from "../../src/rules/no-token-logging";
import { createRuleTester } from "../helpers/rule-tester";
import { makeToken } from "../helpers/tokens";

const ruleTester = createRuleTester();
const TOKEN = makeToken(51);

function logged(logger: string, source = "HF_TOKEN") {
  return { messageId: "tokenLogged", data: { logger, source } } as const;
}

ruleTester.run("no-token-logging", rule, {
  valid: [
    `console.log(Boolean(process.env.HF_TOKEN));`,
    `console.log(!!process.env.HF_TOKEN);`,
    `console.log(process.env.HF_TOKEN.length);`,
    `console.log(typeof process.env.HF_TOKEN);`,
    `console.log(process.env.HF_TOKEN === undefined);`,
    `const token = process.env.HF_TOKEN; console.log(token.slice(0, 4));`,
    `console.log("HF_TOKEN is missing");`,
    `console.log("set HF_TOKEN", { name: "HF_TOKEN" });`,
    `console.log(process.env.HF_TOKEN_PATH);`,
    `let token = process.env.HF_TOKEN; token = mask(token); console.log(token);`,
    `metrics.info(process.env.HF_TOKEN);`,
    `process.stdout.write(String(Boolean(process.env.HF_TOKEN)));`,
    `stream.write(process.env.HF_TOKEN);`,
    { code: `audit.record(process.env.HF_TOKEN);`, options: [{ loggers: ["audit"], methods: ["write"] }] },
    // A property named like no logger, or a logger's method that is no logging one.
    `request.metrics.info(process.env.HF_TOKEN);`,
    `app.log.child(process.env.HF_TOKEN);`,
    // A format of what hides the token, and a \`format\` that is not Node's.
    `console.log(util.format("%d", process.env.HF_TOKEN.length));`,
    `function format(value) { return "set"; }\nconsole.log(format(process.env.HF_TOKEN));`,
    `import { format } from "date-fns";\nconsole.log(format(process.env.HF_TOKEN));`,
    // A logging library's logger given what hides the token, a type-only import, and a method that does not log.
    `import pino from "pino";\nconst out = pino();\nout.info(Boolean(process.env.HF_TOKEN));`,
    `import type { Logger } from "pino";\nexport function run(out: Logger) { out.info(process.env.HOME); }`,
    `import pino from "pino";\nconst out = pino();\nout.setBindings({ token: process.env.HF_TOKEN });`,
    `import createDebug from "debug";\nconst trace = createDebug(process.env.HF_TOKEN ? "hf" : "none");`,
    // Colours from a local module carry nothing the flow knows of.
    `import paint from "./paint";\nconsole.log(paint.red(process.env.HF_TOKEN));`,
  ],
  invalid: [
    // Loggers from a logging library, under the names the code gives them (catalogue LOGGING_MODULES).
    { code: `import pino from "pino";\nconst out = pino();\nout.info(process.env.HF_TOKEN);`, errors: [logged("out.info")] },
    { code: `const out = require("pino")();\nconst child = out.child({ module: "hub" });\nchild.warn({ token: process.env.HF_TOKEN });`, errors: [logged("child.warn")] },
    { code: `import createDebug from "debug";\nconst trace = createDebug("app:hub");\ntrace("token %s", process.env.HF_TOKEN);`, errors: [logged("trace")] },
    { code: `const trace = require("debug")("app").extend("hub");\ntrace(process.env.HF_TOKEN);`, errors: [logged("trace")] },
    { code: `import * as actions from "@actions/core";\nactions.info(\`token \${process.env.HF_TOKEN}\`);`, errors: [logged("actions.info")] },
    { code: `import { setFailed } from "@actions/core";\nsetFailed(process.env.HF_TOKEN);`, errors: [logged("setFailed")] },
    {
      code: `import { createLogger } from "winston";\nexport class Hub {\n  private readonly out = createLogger({});\n  run(): void {\n    this.out.debug(process.env.HF_TOKEN);\n  }\n}`,
      errors: [logged("this.out.debug")],
    },
    { code: `import { Logger } from "tslog";\nnew Logger().getSubLogger({ name: "hub" }).info(process.env.HF_TOKEN);`, errors: [logged("new Logger(…).getSubLogger(…).info")] },
    // Text styled by a terminal-colour library still holds the token (CodeQL's taint steps).
    { code: `import chalk from "chalk";\nconsole.log(chalk.bold.red(process.env.HF_TOKEN));`, errors: [logged("console.log")] },
    { code: `import { styleText } from "node:util";\nconsole.error(styleText("red", process.env.HF_TOKEN));`, errors: [logged("console.error")] },
    // A logger kept as a property is named by it (pino's \`request.log\`, Fastify's \`app.log\`, \`ctx.logger\`).
    { code: `app.get("/", async (request) => { request.log.info(process.env.HF_TOKEN); });`, errors: [logged("log.info")] },
    { code: `fastify.log.warn({ token: process.env.HF_TOKEN });`, errors: [logged("log.warn")] },
    { code: `ctx.state.logger.error(\`token \${process.env.HF_TOKEN}\`);`, errors: [logged("logger.error")] },
    // Node's util.format and util.inspect hold their arguments' text, however util is brought in.
    { code: `console.log(util.format("token %s", process.env.HF_TOKEN));`, errors: [logged("console.log")] },
    { code: `import { inspect } from "node:util";\nconsole.error(inspect({ token: process.env.HF_TOKEN }));`, errors: [logged("console.error")] },
    { code: `const { format } = require("util");\nlogger.info(format("%s", process.env.HF_TOKEN));`, errors: [logged("logger.info")] },
    { code: `import nodeUtil from "node:util";\nconsole.log(nodeUtil.formatWithOptions({ colors: true }, "%s", process.env.HF_TOKEN));`, errors: [logged("console.log")] },
    { code: `console.table(process.env.HF_TOKEN);`, errors: [logged("console.table")] },
    { code: `console.group(process.env.HF_TOKEN);`, errors: [logged("console.group")] },
    { code: `process.stdout.write(process.env.HF_TOKEN);`, errors: [logged("process.stdout.write")] },
    { code: `process.stderr.write(\`token: \${process.env.HF_TOKEN}\n\`);`, errors: [logged("process.stderr.write")] },
    { code: `import * as core from "@actions/core";\ncore.info(process.env.HF_TOKEN);`, errors: [logged("core.info")] },
    { code: `npmlog.info("auth", process.env.HF_TOKEN);`, errors: [logged("npmlog.info")] },
    { code: `console.log(process.env.HF_TOKEN);`, errors: [logged("console.log")] },
    { code: `console.error("token", process.env["HUGGING_FACE_HUB_TOKEN"]);`, errors: [{ ...logged("console.error", "HUGGING_FACE_HUB_TOKEN"), column: 24 }] },
    { code: `console.debug(import.meta.env.HF_TOKEN);`, errors: [logged("console.debug")] },
    { code: `const token = process.env.HF_TOKEN;\nconsole.info(\`using \${token}\`);`, errors: [logged("console.info", "token")] },
    { code: `let token = process.env.HF_TOKEN;\nlogger.info("token: " + token);`, errors: [logged("logger.info", "token")] },
    { code: `const { HF_TOKEN } = process.env;\nlog.debug({ HF_TOKEN });`, errors: [logged("log.debug")] },
    { code: `const hfToken = process.env.HF_TOKEN;\nconsole.log(JSON.stringify({ auth: hfToken }));`, errors: [logged("console.log", "hfToken")] },
    { code: `console.warn("${TOKEN}");`, errors: [logged("console.warn", "a literal token")] },
    { code: `class Service { run() { this.logger.error(process.env.HF_TOKEN); } }`, errors: [logged("logger.error")] },
    { code: `console.log(process.env.HF_TOKEN ?? "none");`, errors: [logged("console.log")] },
    {
      code: `audit.write(process.env.HF_TOKEN);`,
      options: [{ loggers: ["audit"], methods: ["write"] }],
      errors: [logged("audit.write")],
    },
    {
      name: "a method name with $ and a computed method",
      code: `$log.$info(process.env.HF_TOKEN);\nconsole["log"](process.env.HF_TOKEN);`,
      options: [{ loggers: ["$log", "console"], methods: ["$info", "log"] }],
      errors: [logged("$log.$info"), logged("console.log")],
    },
    {
      name: "callee behind a type assertion or optional chaining",
      filename: "service.ts",
      code: `(logger as Logger).info(process.env.HF_TOKEN);\nlogger?.warn(process.env.HF_TOKEN);\n(logger.error as Log)(process.env.HF_TOKEN);`,
      errors: [logged("logger.info"), logged("logger.warn"), logged("logger.error")],
    },
    {
      name: "in a .jsx file",
      filename: "App.jsx",
      code: `export function App() { console.log(process.env.HF_TOKEN); return <div />; }`,
      errors: [logged("console.log")],
    },
  ],
});
