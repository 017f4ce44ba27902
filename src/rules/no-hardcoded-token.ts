import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { decodeBase64Literal, findTokens, maskSecret, rawRangeOf, stringRawToTemplateRaw, toTemplateRaw, type TokenMatch } from "../core";
import { Assembler, isAssemblyNode, type Piece } from "../ast/assembly";
import {
  jsxTextText,
  stringLiteralText,
  templateElementText,
  type LiteralText,
} from "../ast/literal-text";
import { keyName, referencedName } from "../ast/names";
import {
  placeFix,
  removeFallbackFix,
  replacementSlot,
  templateAround,
  templateAroundValues,
  type ProposedFix,
} from "../ast/replacement";
import { findTokenSink } from "../ast/sinks";
import { createRule, ruleDocsUrl } from "../util/create-rule";
import {
  DEFAULT_FIX_AND_ALLOW_OPTIONS,
  FIX_AND_ALLOW_SCHEMA,
  resolveFixAndAllow,
  type FixAndAllowOptions,
  type ResolvedFixAndAllow,
} from "./shared-options";

export const RULE_NAME = "no-hardcoded-token";

export type Options = [FixAndAllowOptions];
export type MessageIds = "hardcodedToken" | "assembledToken" | "encodedToken" | "replaceWithEnv" | "removeFallback";

const DOCS_URL = ruleDocsUrl(RULE_NAME);

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: "problem",
    docs: {
      description: "Disallow Hugging Face access tokens written into source code",
      recommended: "error",
    },
    fixable: "code",
    hasSuggestions: true,
    schema: FIX_AND_ALLOW_SCHEMA,
    defaultOptions: [DEFAULT_FIX_AND_ALLOW_OPTIONS],
    messages: {
      hardcodedToken:
        "Hugging Face {{form}} {{masked}} is hardcoded. Revoke it, then read it from the environment ({{replacement}}). See {{docsUrl}}",
      assembledToken:
        "Hugging Face {{form}} {{masked}} is assembled from literal pieces. Revoke it, then read it from the environment ({{replacement}}). See {{docsUrl}}",
      encodedToken:
        "Hugging Face {{form}} {{masked}} is hidden in a base64 literal. Revoke it, then read it from the environment ({{replacement}}). See {{docsUrl}}",
      replaceWithEnv: "Replace the token with {{replacement}}.",
      removeFallback: "Remove the hardcoded fallback and keep {{replacement}}.",
    },
  },
  create(context, [options]) {
    const settings = resolveFixAndAllow(options);
    const sourceCode = context.sourceCode;
    const getScope = (node: TSESTree.Node): TSESLint.Scope.Scope => sourceCode.getScope(node);
    const assembler = new Assembler(getScope);

    function report(
      messageId: "hardcodedToken" | "assembledToken" | "encodedToken",
      where: { node: TSESTree.Node } | { loc: TSESTree.SourceLocation },
      match: TokenMatch,
      replacement: string,
      proposed: ProposedFix | undefined,
      suggestionId: "replaceWithEnv" | "removeFallback" = "replaceWithEnv",
    ): void {
      context.report({
        ...where,
        messageId,
        data: { form: match.form.name, masked: maskSecret(match.value), replacement, docsUrl: DOCS_URL },
        ...placeFix(proposed, settings.fixStyle, { messageId: suggestionId, data: { replacement } }),
      } as TSESLint.ReportDescriptor<MessageIds>);
    }

    function locOf(start: number, end: number): TSESTree.SourceLocation {
      return { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) };
    }

    function scan(text: LiteralText): Array<{ match: TokenMatch; start: number; end: number }> {
      return findTokens(text.decoded.text, settings.allowList).map((match) => {
        const [rawStart, rawEnd] = rawRangeOf(text.decoded, match.start, match.end);
        return { match, start: text.rawStart + rawStart, end: text.rawStart + rawEnd };
      });
    }

    function checkStringLiteral(node: TSESTree.StringLiteral): void {
      const text = stringLiteralText(node);
      if (!text) return;
      for (const found of scan(text)) {
        const isWhole = found.match.start === 0 && found.match.end === text.decoded.text.length;
        const target = isWhole ? wholeLiteralTarget(node, settings, sourceCode, getScope) : undefined;
        if (target?.kind === "fallback") {
          report("hardcodedToken", { loc: locOf(found.start, found.end) }, found.match, target.replacement, target.proposed, "removeFallback");
          continue;
        }
        const lookup = target?.replacement ?? settings.lookup();
        const proposed =
          target?.kind === "none" ? undefined : stringLiteralFix(node, text, found.start - text.rawStart, found.end - text.rawStart, lookup);
        report("hardcodedToken", { loc: locOf(found.start, found.end) }, found.match, lookup, proposed);
      }
    }

    function checkRegExp(node: TSESTree.RegExpLiteral): void {
      const patternStart = node.range[0] + 1;
      for (const match of findTokens(node.regex.pattern, settings.allowList)) {
        const loc = locOf(patternStart + match.start, patternStart + match.end);
        report("hardcodedToken", { loc }, match, settings.lookup(), undefined);
      }
    }

    function checkTemplateElement(node: TSESTree.TemplateElement): void {
      const text = templateElementText(node, sourceCode.text);
      const template = node.parent as TSESTree.Node;
      const isTagged = template.parent?.type === AST_NODE_TYPES.TaggedTemplateExpression;
      const canFix = replacementSlot(template) === "expression" && template.type === AST_NODE_TYPES.TemplateLiteral;
      for (const found of scan(text)) {
        const lookup = settings.lookup();
        const proposed: ProposedFix | undefined = canFix
          ? { fix: (fixer) => fixer.replaceTextRange([found.start, found.end], `\${${lookup}}`), safe: !isTagged }
          : undefined;
        report("hardcodedToken", { loc: locOf(found.start, found.end) }, found.match, lookup, proposed);
      }
    }

    function checkJsxText(node: TSESTree.JSXText): void {
      for (const found of scan(jsxTextText(node))) {
        const lookup = settings.lookup();
        report("hardcodedToken", { loc: locOf(found.start, found.end) }, found.match, lookup, {
          fix: (fixer) => fixer.replaceTextRange([found.start, found.end], `{${lookup}}`),
          safe: true,
        });
      }
    }

    function checkComments(): void {
      for (const comment of sourceCode.getAllComments()) {
        const bodyStart = comment.range[0] + 2;
        for (const match of findTokens(comment.value, settings.allowList)) {
          const start = bodyStart + match.start;
          const end = bodyStart + match.end;
          // A comment cannot read the environment: the token gives way to the variable's name.
          report("hardcodedToken", { loc: locOf(start, end) }, match, settings.variableName, {
            fix: (fixer) => fixer.replaceTextRange([start, end], settings.variableName),
            safe: true,
          });
        }
      }
    }

    function checkAssembly(node: TSESTree.Node): void {
      const assembly = assembler.assemble(node);
      if (!assembly) return;
      for (const run of assembly.runs) {
        const value = run.map((piece) => piece.value).join("");
        for (const match of findTokens(value, settings.allowList)) {
          const pieces = piecesOverlapping(run, match);
          // A token inside one piece is reported where that piece is written.
          if (pieces.length < 2) continue;
          const lookup = settings.lookup();
          const canFix = assembly.complete && assembly.runs.length === 1 && replacementSlot(node) === "expression";
          const proposed: ProposedFix | undefined = canFix
            ? {
                fix: (fixer) =>
                  fixer.replaceText(
                    node,
                    match.start === 0 && match.end === value.length
                      ? lookup
                      : templateAroundValues(value.slice(0, match.start), lookup, value.slice(match.end)),
                  ),
                // Pieces read from a `const` may be used elsewhere: a person decides.
                safe: run.every((piece) => !piece.viaBinding),
              }
            : undefined;
          report("assembledToken", { node }, match, lookup, proposed);
        }
      }
    }

    function checkBase64Call(node: TSESTree.CallExpression): void {
      const decoder = base64Decoder(node);
      const argument = node.arguments[0];
      if (!decoder || argument?.type !== AST_NODE_TYPES.Literal || typeof argument.value !== "string") return;
      const decoded = decodeBase64Literal(argument.value);
      if (decoded === undefined) return;
      for (const match of findTokens(decoded, settings.allowList)) {
        const lookup = settings.lookup();
        // `atob` yields a string like the env read; `Buffer.from` yields a Buffer, so no fix.
        const proposed: ProposedFix | undefined =
          decoder === "atob" && decoded === match.value && replacementSlot(node) === "expression"
            ? { fix: (fixer) => fixer.replaceText(node, lookup), safe: true }
            : undefined;
        report("encodedToken", { node }, match, lookup, proposed);
      }
    }

    return {
      Program: checkComments,
      Literal(node): void {
        if (typeof node.value === "string") checkStringLiteral(node as TSESTree.StringLiteral);
        else if ("regex" in node && node.regex) checkRegExp(node as TSESTree.RegExpLiteral);
      },
      TemplateElement: checkTemplateElement,
      JSXText: checkJsxText,
      BinaryExpression(node): void {
        if (isAssemblyNode(node)) checkAssembly(node);
      },
      TemplateLiteral(node): void {
        if (isAssemblyNode(node)) checkAssembly(node);
      },
      CallExpression(node): void {
        if (isAssemblyNode(node)) checkAssembly(node);
        else checkBase64Call(node);
      },
    };
  },
});

interface WholeLiteralTarget {
  readonly kind: "value" | "fallback" | "none";
  readonly replacement: string;
  readonly proposed?: ProposedFix;
}

/** A literal that is one whole token, given to a sink: the sink decides the variable and the fix. */
function wholeLiteralTarget(
  node: TSESTree.StringLiteral,
  settings: ResolvedFixAndAllow,
  sourceCode: Readonly<TSESLint.SourceCode>,
  getScope: (node: TSESTree.Node) => TSESLint.Scope.Scope,
): WholeLiteralTarget | undefined {
  const sink = findTokenSink(node, getScope);
  if (!sink) return undefined;
  const replacement = settings.lookup(sink.envName);
  if (sink.kind === "env-assignment") return { kind: "none", replacement };
  if (sink.kind === "fallback") {
    return { kind: "fallback", replacement, proposed: removeFallbackFix(node, sourceCode) };
  }
  return { kind: "value", replacement };
}

function piecesOverlapping(run: readonly Piece[], match: TokenMatch): Piece[] {
  const overlapping: Piece[] = [];
  let offset = 0;
  for (const piece of run) {
    const end = offset + piece.value.length;
    if (end > match.start && offset < match.end) overlapping.push(piece);
    offset = end;
  }
  return overlapping;
}

function stringLiteralFix(
  node: TSESTree.StringLiteral,
  text: LiteralText,
  rawStart: number,
  rawEnd: number,
  lookup: string,
): ProposedFix | undefined {
  const slot = replacementSlot(node);
  if (slot === "none") return undefined;
  const isWhole = rawStart === 0 && rawEnd === text.raw.length;
  const before = text.raw.slice(0, rawStart);
  const after = text.raw.slice(rawEnd);
  let replacement: string;
  if (slot === "jsx-attribute") {
    // JSX strings decode HTML entities, which a template would not: leave those to a person.
    if (!isWhole && text.raw.includes("&")) return undefined;
    replacement = `{${isWhole ? lookup : templateAround(toTemplateRaw(before), lookup, toTemplateRaw(after))}}`;
  } else {
    replacement = isWhole ? lookup : templateAround(stringRawToTemplateRaw(before), lookup, stringRawToTemplateRaw(after));
  }
  return { fix: (fixer) => fixer.replaceText(node, replacement), safe: true };
}

type Base64Decoder = "atob" | "Buffer.from";

function base64Decoder(node: TSESTree.CallExpression): Base64Decoder | undefined {
  const callee = node.callee;
  if (referencedName(callee) === "atob" && node.arguments.length === 1) return "atob";
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    keyName(callee.property, callee.computed) === "from" &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === "Buffer"
  ) {
    const encoding = node.arguments[1];
    if (encoding?.type === AST_NODE_TYPES.Literal && (encoding.value === "base64" || encoding.value === "base64url")) {
      return "Buffer.from";
    }
  }
  return undefined;
}
