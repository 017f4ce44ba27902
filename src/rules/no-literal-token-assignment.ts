import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { SHORTEST_SECRET, envReadFix, findTextSinks, findTokens, isNonSecretValue, maskSecret, textSinkFormat, urlPasswordSinks, type RuntimeVerdict } from "../core";
import { TEXT_ROOTS, TEXT_RULE_LANGUAGES } from "../languages/text-roots";
import { isCommittableEnvFile, isEnvFile } from "../io/git";
import { AST_NODE_TYPES } from "../ast/node-types";
import { plainStringValue } from "../ast/literal-text";
import { tokenPlace } from "../ast/fix-policy";
import { outermostWrapper } from "../ast/names";
import { placeFix, removeFallbackFix, removeStatementFix, replacementSlot, templateAroundValues, withAccessorImport, type ProposedFix } from "../ast/replacement";
import { FileFixer } from "../ast/token-fix";
import { NAME_IN_SINK_PLACE, SinkFile, bearerNameSink, findTokenSink, inSinkPlace } from "../ast/sinks";
import { constantValueOf } from "../ast/token-values";
import { skipWrappers } from "../ast/names";
import { runtimeOfFile } from "../ast/runtime";
import { contextFact } from "../util/context-fact";
import { createRule } from "../util/create-rule";
import {
  DEFAULT_FIX_AND_ALLOW_OPTIONS,
  FIX_AND_ALLOW_SCHEMA,
  resolveFixAndAllow,
  settingsForFile,
  type FixAndAllowOptions,
  type ResolvedFixAndAllow,
} from "../options/fix-and-allow";

export const RULE_NAME = "no-literal-token-assignment";

const ENV_STYLE_SINK = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type Options = [FixAndAllowOptions];
export type MessageIds =
  | "literalInSink"
  | "literalInEnvAssignment"
  | "literalInClientCode"
  | "replaceWithEnv"
  | "replaceWithSameVariable"
  | "removeFallback"
  | "removeEnvAssignment";


/*
 * Only values long enough to be a secret, written where a sink can receive them, reach the rule:
 * ESLint's selector matching skips the rest (most literals: call arguments, imports, short keys).
 */
const VALUE_IN_SINK_PLACE = inSinkPlace([
  `Literal[value.length>=${SHORTEST_SECRET}]`,
  `TemplateLiteral[expressions.length=0][quasis.0.value.cooked.length>=${SHORTEST_SECRET}]`,
]);

/** A string that writes a URL with a user part on Hugging Face's hosts: `"https://user:…@huggingface.co/spaces/…"`. */
const URL_WITH_USER_TO_HUGGING_FACE = `Literal[value=/@[A-Za-z0-9.-]*(?:huggingface|hf)\\.co\\b/], TemplateElement[value.raw=/@[A-Za-z0-9.-]*(?:huggingface|hf)\\.co\\b/]`;

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * A string whose characters `start…end` are the secret, written as a template around a read of the
 * environment: `` `Bearer ${process.env.HF_TOKEN}` ``. Offered as a suggestion, never a fix: the text
 * around the read is the code's own, and the read may be undefined where the literal was not.
 */
function readInPlace(node: TSESTree.Node, secret: { start: number; end: number }, lookup: string): { text: string; fix: TSESLint.ReportFixFunction } | undefined {
  const value = plainStringValue(node);
  // JSX strings decode HTML entities, which a template would not.
  if (value === undefined || secret.end <= secret.start || secret.end > value.length || replacementSlot(node) === "jsx-attribute") return undefined;
  const text = templateAroundValues(value.slice(0, secret.start), lookup, value.slice(secret.end));
  return { text, fix: (fixer) => fixer.replaceText(node, text) };
}

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  buildListenersOnFirstUse: true,
  meta: {
    type: "problem",
    languages: TEXT_RULE_LANGUAGES,
    docs: {
      description: "Disallow string literals given to Hugging Face token variables, keys and client options",
      recommended: "error",
    },
    fixable: "code",
    hasSuggestions: true,
    schema: FIX_AND_ALLOW_SCHEMA,
    defaultOptions: [DEFAULT_FIX_AND_ALLOW_OPTIONS],
    messages: {
      literalInSink:
        "{{sink}} is given a hardcoded value ({{masked}}). Treat it as a leaked Hugging Face token: revoke it, then read it from the environment ({{replacement}}).",
      literalInEnvAssignment:
        "{{sink}} is set to a hardcoded value ({{masked}}) in code. Set it outside the program (a secret store or the deployment's environment) and revoke this value.",
      literalInClientCode:
        "{{sink}} is given a hardcoded value ({{masked}}) in {{where}}, code that ships to users' browsers or devices, where no environment read is safe. Treat it as a leaked Hugging Face token: revoke it and move the call that needs it behind a server route that holds the token.",
      replaceWithEnv: "Replace the value with {{replacement}}.",
      replaceWithSameVariable: "Replace the value with {{replacement}}, which this file already reads: only if that variable holds this same value.",
      removeFallback: "Remove the hardcoded fallback and keep {{replacement}}.",
      removeEnvAssignment: "Remove this statement: set the variable in the deployment's environment or secret store instead.",
    },
  },
  create(context, [options]) {
    // Resolved here, so a bad option stops the lint on the first file; the file's own form when a value is found.
    const resolved = resolveFixAndAllow(options);
    let fileSettings: ResolvedFixAndAllow | undefined;
    let sinkFile: SinkFile | undefined;
    let fileFixer: FileFixer | undefined;
    let runtime: RuntimeVerdict | undefined;

    /** A value that may be a secret and is this rule's: token-shaped values are no-hardcoded-token's, one report per secret. */
    const isReportedValue = (value: string): boolean => !isNonSecretValue(value, resolved.allowList) && findTokens(value).length === 0;

    /* The file's runtime, settings and fixer, decided on its first finding: most files have none, and the runtime reads package.json. */
    function runtimeOfThisFile(sourceCode: SourceCode): RuntimeVerdict {
      runtime ??= runtimeOfFile({ sourceCode, filename: contextFact(context, "filename"), settings: contextFact(context, "settings") });
      return runtime;
    }

    function settingsOfFile(sourceCode: SourceCode): ResolvedFixAndAllow {
      fileSettings ??= settingsForFile(resolved, runtimeOfThisFile(sourceCode));
      return fileSettings;
    }

    function fixerOfFile(sourceCode: SourceCode): FileFixer {
      fileFixer ??= new FileFixer(sourceCode, contextFact(context, "filename"), settingsOfFile(sourceCode), runtimeOfThisFile(sourceCode));
      return fileFixer;
    }

    /**
     * A suggestion that writes the string as a template around the env read, where a read may go:
     * not in code that ships to browsers (no `process.env` there), nor where the runtime's secrets are
     * no env read (a Cloudflare Worker's binding).
     */
    function templateSuggestion(node: TSESTree.Node, secret: { start: number; end: number }, sourceCode: SourceCode): TSESLint.ReportSuggestionArray<MessageIds> {
      const fixer = fixerOfFile(sourceCode);
      const secretValue = plainStringValue(node)?.slice(secret.start, secret.end);
      if (secretValue === undefined || fixer.clientCode !== undefined || envReadFix(runtimeOfThisFile(sourceCode)) === "none") return [];
      // Two different values are never read from one variable, as for the fixes (docs/fixes.md).
      const settings = settingsOfFile(sourceCode);
      const around = readInPlace(node, secret, settings.lookup(fixer.variableFor(secretValue, settings.variableName).name));
      return around ? [{ messageId: "replaceWithEnv", data: { replacement: around.text }, fix: around.fix }] : [];
    }

    function check(node: TSESTree.StringLiteral | TSESTree.TemplateLiteral): void {
      const sourceCode = contextFact(context, "sourceCode");
      sinkFile ??= new SinkFile(sourceCode);
      // The sink test looks only at the parent, so it runs first: most literals stop here.
      const sink = findTokenSink(node, sinkFile);
      const written = sink && plainStringValue(node);
      // `Bearer …`: the secret is what follows the scheme.
      const value = written !== undefined && sink?.secretAfter !== undefined ? written.slice(sink.secretAfter.length) : written;
      if (!sink || value === undefined || !isReportedValue(value)) return;
      const settings = settingsOfFile(sourceCode);
      const data = { sink: sink.description, masked: maskSecret(value), replacement: settings.lookup(sink.envName) };
      if (sink.kind === "env-assignment") {
        // The value belongs in the environment itself: removing the statement is the remedy.
        const removal = removeStatementFix(node, sourceCode.text);
        const placed = placeFix(removal, settings.fixStyle, { messageId: "removeEnvAssignment", data });
        context.report({ node, messageId: "literalInEnvAssignment", data, fix: placed.fix, suggest: placed.suggest });
        return;
      }
      if (sink.kind === "fallback") {
        const placed = placeFix(removeFallbackFix(node, sourceCode), settings.fixStyle, { messageId: "removeFallback", data });
        context.report({ node, messageId: "literalInSink", data, fix: placed.fix, suggest: placed.suggest });
        return;
      }
      const where = fixerOfFile(sourceCode).clientCode;
      if (where !== undefined) {
        context.report({ node, messageId: "literalInClientCode", data: { sink: data.sink, masked: data.masked, where } });
        return;
      }
      if (sink.secretAfter !== undefined) {
        // The header's text around the secret stays: a person may take it as a template around the read.
        const suggest = templateSuggestion(node, { start: sink.secretAfter.length, end: written?.length ?? 0 }, sourceCode);
        context.report({ node, messageId: "literalInSink", data, ...(suggest.length > 0 ? { suggest } : {}) });
        return;
      }
      const slot = replacementSlot(node);
      const place = tokenPlace(node, contextFact(context, "filename"));
      let proposed: ProposedFix | undefined;
      let replacement = data.replacement;
      const alternatives: TSESLint.ReportSuggestionArray<MessageIds> = [];
      // A Cloudflare Worker's secrets are in its handler's binding; where evidence disagrees, a person decides.
      const allowed = envReadFix(runtimeOfThisFile(sourceCode));
      if (slot !== "none" && place !== "literal-only" && allowed !== "none") {
        // Two different values never end up read from one variable: as for tokens (docs/fixes.md).
        const fixer = fixerOfFile(sourceCode);
        const { name, alone, alsoRead } = fixer.variableFor(value, sink.envName ?? settings.variableName);
        const replacing = (variable: string, safe: boolean): { text: string; proposed: ProposedFix | undefined } => {
          const read = fixer.valueExpression(outermostWrapper(node), variable, sink.acceptsUndefined);
          const text = slot === "jsx-attribute" ? `{${read.text}}` : read.text;
          const fix = fixer.withHelper({ fix: (ruleFixer) => ruleFixer.replaceText(node, text), safe }, read.needsHelper);
          return { text: read.text, proposed: withAccessorImport({ proposed: fix, sourceCode, spec: settings.accessorImport, written: read.text }) };
        };
        const primary = replacing(name, alone && place === "code" && allowed === "as-placed");
        replacement = primary.text;
        proposed = primary.proposed;
        for (const variable of alsoRead) {
          const other = replacing(variable, false);
          if (other.proposed) alternatives.push({ messageId: "replaceWithSameVariable", data: { replacement: other.text }, fix: other.proposed.fix });
        }
      }
      const placed = placeFix(proposed, settings.fixStyle, {
        messageId: "replaceWithEnv",
        data: { replacement },
      });
      const suggest = [...(placed.suggest ?? []), ...alternatives];
      context.report({
        node,
        messageId: "literalInSink",
        data: { sink: data.sink, masked: data.masked, replacement },
        fix: placed.fix,
        ...(suggest.length > 0 ? { suggest } : {}),
      });
    }

    /** Literals already reported through a name that reads them: one report for one value. */
    const reportedThroughName = new Set<TSESTree.Node>();

    /**
     * `const key = "…"; new HfInference(key)`: a literal kept in a `const` (or a binding never
     * written again) and given to a sink by its name. Reported where it is written, with no fix:
     * the name may be read elsewhere, where an env read's type or value would differ.
     */
    function checkName(name: TSESTree.Identifier): void {
      const sourceCode = contextFact(context, "sourceCode");
      sinkFile ??= new SinkFile(sourceCode);
      const written = constantValueOf(name, sinkFile.getScope);
      const literal = written && skipWrappers(written);
      const text = literal && plainStringValue(literal);
      if (!literal || text === undefined || reportedThroughName.has(literal)) return;
      // A literal given to a sink where it is written is reported there (`const HF_TOKEN = "…"`).
      if (findTokenSink(literal, sinkFile)) return;
      const sink = findTokenSink(name, sinkFile) ?? bearerNameSink(name, sinkFile);
      if (sink?.kind !== "value" || sink.secretAfter !== undefined || !isReportedValue(text)) return;
      reportedThroughName.add(literal);
      context.report({
        node: literal,
        messageId: "literalInSink",
        data: { sink: `${sink.description} (through \`${name.name}\`)`, masked: maskSecret(text), replacement: resolved.lookup(sink.envName) },
      });
    }

    return {
      [NAME_IN_SINK_PLACE]: checkName,
      [VALUE_IN_SINK_PLACE](node: TSESTree.Literal | TSESTree.TemplateLiteral): void {
        if (node.type === AST_NODE_TYPES.TemplateLiteral || typeof node.value === "string") check(node as TSESTree.StringLiteral | TSESTree.TemplateLiteral);
      },
      // `git push https://user:…@huggingface.co/…` written in code: the password is a token, whatever its shape. No fix: the URL's text is for a person to rewrite.
      [URL_WITH_USER_TO_HUGGING_FACE](node: TSESTree.Literal | TSESTree.TemplateElement): void {
        const text = node.type === AST_NODE_TYPES.Literal ? (typeof node.value === "string" ? node.value : undefined) : node.value.cooked;
        if (!text) return;
        for (const sink of urlPasswordSinks(text)) {
          if (!isReportedValue(sink.value)) continue;
          // A string or a template without expressions may become a template around the read; a person judges it.
          const whole = node.type === AST_NODE_TYPES.TemplateElement ? node.parent : node;
          const isWholeString = whole.type === AST_NODE_TYPES.Literal || (whole.type === AST_NODE_TYPES.TemplateLiteral && whole.expressions.length === 0);
          const suggest = isWholeString ? templateSuggestion(whole, sink, contextFact(context, "sourceCode")) : [];
          const data = { sink: sink.name, masked: maskSecret(sink.value), replacement: resolved.variableName };
          context.report({ node, messageId: "literalInSink", data, ...(suggest.length > 0 ? { suggest } : {}) });
        }
      },
      // Text files (`configs.text`): values given to token names where the format gives names.
      [TEXT_ROOTS](): void {
        const filename = contextFact(context, "filename");
        const format = textSinkFormat(filename);
        if (!format || (isEnvFile(filename) && !isCommittableEnvFile(filename))) return;
        const sourceCode = contextFact(context, "sourceCode");
        const text = sourceCode.text;
        for (const sink of findTextSinks(text, format)) {
          if (!isReportedValue(sink.value)) continue;
          const before = text.slice(text.lastIndexOf("\n", sink.start) + 1, sink.start);
          // A variable's name set to the value; a URL's password or a header is no variable.
          const isEnvWrite = ((format === "env" || format === "dockerfile") && !before.includes("--token") && ENV_STYLE_SINK.test(sink.name)) || /os\.environ\s*\[|environ\.(?:setdefault|update)\(|putenv\(|^\s*[%!]\s*(?:env|set_env|export)\b/.test(before.replace(/^\s*"/, ""));
          context.report({
            loc: { start: sourceCode.getLocFromIndex(sink.start), end: sourceCode.getLocFromIndex(sink.end) },
            messageId: isEnvWrite ? "literalInEnvAssignment" : "literalInSink",
            data: { sink: sink.name, masked: maskSecret(sink.value), replacement: resolved.variableName },
          });
        }
      },
    };
  },
});
