import { AST_NODE_TYPES } from "../ast/node-types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { keyName, skipWrappers } from "../ast/names";
import { regExpAlternatives } from "../core";
import { carriedTokenName, flowFileOf } from "../ast/token-values";
import { derivedFromOptions } from "../options/derived";
import { contextFact } from "../util/context-fact";
import { createRule } from "../util/create-rule";
import { skipsGeneratedFile } from "../ast/generated-code";
import { CALLED_LOGGERS, LOGGERS, OUTPUT_STREAMS } from "../catalogue/loggers";
import { LOGGING_MODULE_SELECTOR, loggingCallsOf } from "../ast/loggers";

export const RULE_NAME = "no-token-logging";

export type Options = [{ loggers?: string[]; methods?: string[] }];
export type MessageIds = "tokenLogged";

/** Loggers and their methods from the catalogue (src/catalogue/loggers.ts, after CodeQL's logging model). */
const DEFAULT_LOGGERS = [...new Set([...LOGGERS.map((logger) => logger.name), ...CALLED_LOGGERS.map((logger) => logger.name)])];
/** Of the loggers named in the options, those also called as functions: `log(…)` (fancy-log), `debug(…)`. */
const CALLED_LOGGER_NAMES: ReadonlySet<string> = new Set(CALLED_LOGGERS.map((logger) => logger.name));
/** Logger and method names are JavaScript identifiers; the schema says so before a selector is built from them. */
const IDENTIFIER_PATTERN = "^[A-Za-z_$][A-Za-z0-9_$]*$";

const DEFAULT_METHODS = [...new Set(LOGGERS.flatMap((logger) => logger.methods))];
/** `process.stdout.write(…)`, `process.stderr.write(…)`: what a CLI prints. */
const STREAM_WRITES = OUTPUT_STREAMS.map(
  (output) => `CallExpression[callee.property.name="${output.method}"][callee.object.property.name=/^(?:${output.streams.join("|")})$/][callee.object.object.name="${output.owner}"]`,
);

const loggingSettings = derivedFromOptions((options: Options[0]) => {
  const loggers: ReadonlySet<string> = new Set(options.loggers ?? DEFAULT_LOGGERS);
  const methods: ReadonlySet<string> = new Set(options.methods ?? DEFAULT_METHODS);
  // Only calls of a logging method on a logger reach the rule, so it costs nothing on the other
  // calls (`.set`, `.start` and `.error` of other objects are common); a callee or logger behind a
  // wrapper (`(log as Logger).info`) is selected too and checked in code.
  const method = `/^(?:${regExpAlternatives(methods)})$/`;
  const logger = `/^(?:${regExpAlternatives(loggers)})$/`;
  const called = [...loggers].filter((name) => CALLED_LOGGER_NAMES.has(name));
  const loggingCalls = [
    ...(called.length > 0 ? [`CallExpression[callee.name=/^(?:${regExpAlternatives(called)})$/]`] : []),
    `CallExpression[callee.property.name=${method}][callee.object.name=${logger}]`,
    `CallExpression[callee.property.name=${method}][callee.object.property.name=${logger}]`,
    `CallExpression[callee.property.value=${method}]`,
    "CallExpression[callee.object.expression]",
    "CallExpression[callee.expression]",
    ...STREAM_WRITES,
  ].join(", ");
  return { loggers, methods, loggingCalls };
});

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  buildListenersOnFirstUse: true,
  // Bundles and minified files are not read: src/catalogue/generated-code.ts.
  skipsFile: skipsGeneratedFile,
  meta: {
    type: "problem",
    languages: ["js/js"],
    docs: {
      description: "Disallow writing Hugging Face tokens to logs",
      recommended: "warn",
    },
    schema: [
      {
        type: "object",
        properties: {
          loggers: {
            description: "Names of logger objects (`console`, `logger`, `this.logger`'s `logger`).",
            type: "array",
            items: { type: "string", pattern: IDENTIFIER_PATTERN },
            uniqueItems: true,
          },
          methods: {
            description: "Logging methods on those objects.",
            type: "array",
            items: { type: "string", pattern: IDENTIFIER_PATTERN },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ loggers: DEFAULT_LOGGERS, methods: DEFAULT_METHODS }],
    messages: {
      tokenLogged:
        "{{logger}}() writes the Hugging Face token ({{source}}) to the logs, which CI, log services and teammates read. Log a masked form or whether it is set (`Boolean(token)`) instead.",
    },
  },
  create(context, [options]) {
    const { loggers, methods, loggingCalls } = loggingSettings(options);
    const flowFile = flowFileOf(() => contextFact(context, "sourceCode"), contextFact(context, "filename"));

    function loggerName(callee: TSESTree.Node): string | undefined {
      const inner = skipWrappers(callee);
      if (inner.type === AST_NODE_TYPES.Identifier) return CALLED_LOGGER_NAMES.has(inner.name) && loggers.has(inner.name) ? inner.name : undefined;
      if (inner.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const method = keyName(inner.property, inner.computed);
      const owner = skipWrappers(inner.object);
      if (owner.type === AST_NODE_TYPES.MemberExpression && owner.object.type === AST_NODE_TYPES.Identifier) {
        const stream = keyName(owner.property, owner.computed);
        const output = OUTPUT_STREAMS.find((candidate) => candidate.owner === (owner.object as TSESTree.Identifier).name && candidate.method === method);
        if (output && stream !== undefined && output.streams.includes(stream)) return `${output.owner}.${stream}.${method}`;
      }
      // A logger kept as a property is named by it: `this.logger`, pino's `request.log`, `app.log`, `ctx.logger`.
      const ownerName =
        owner.type === AST_NODE_TYPES.Identifier ? owner.name : owner.type === AST_NODE_TYPES.MemberExpression ? keyName(owner.property, owner.computed) : undefined;
      return method !== undefined && ownerName !== undefined && loggers.has(ownerName) && methods.has(method)
        ? `${ownerName}.${method}`
        : undefined;
    }

    function reportTokensGiven(call: TSESTree.CallExpression, logger: string): void {
      for (const argument of call.arguments) {
        const source = carriedTokenName(argument, flowFile);
        if (source !== undefined) {
          context.report({ node: argument, messageId: "tokenLogged", data: { logger, source } });
        }
      }
    }

    return {
      [loggingCalls](node: TSESTree.CallExpression): void {
        const logger = loggerName(node.callee);
        if (logger !== undefined) reportTokensGiven(node, logger);
      },
      // Loggers from a logging library, whatever the code names them (src/catalogue/loggers.ts, LOGGING_MODULES).
      [LOGGING_MODULE_SELECTOR](node: TSESTree.ImportDeclaration | TSESTree.CallExpression): void {
        for (const { call, logger } of loggingCallsOf(node, flowFile)) {
          // A call the names above select is checked there.
          if (loggerName(call.callee) === undefined) reportTokensGiven(call, logger);
        }
      },
    };
  },
});
