import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { SHORTEST_ENCODED_TOKEN, SHORTEST_TOKEN_LENGTH, decodeBase64Literal, notebookPlaces, pythonEnvironFix, withJsonEscapesBlanked, textSinkFormat, workflowSecretFix, type NotebookPlace, type TextFix, findTokens, mayContainToken, maskSecret, rawRangeOf, stringRawToTemplateRaw, toTemplateRaw, type TokenMatch } from "../core";
import { Assembler, STRING_PIECE_TYPES, isAssemblyNode, isAssemblyPiece, type Piece } from "../ast/assembly";
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
  withAccessorImport,
  type ProposedFix,
} from "../ast/replacement";
import { findTokenSink } from "../ast/sinks";
import { TEXT_ROOTS } from "../languages/text";
import { isCommittableEnvFile, isEnvFile } from "../util/git";
import { createRule, ruleDocsUrl } from "../util/create-rule";
import {
  DEFAULT_FIX_AND_ALLOW_OPTIONS,
  FIX_AND_ALLOW_SCHEMA,
  resolveFixAndAllow,
  type FixAndAllowOptions,
  type ResolvedFixAndAllow,
} from "../options/fix-and-allow";

export const RULE_NAME = "no-hardcoded-token";

export type Options = [FixAndAllowOptions];
export type MessageIds =
  | "hardcodedToken"
  | "assembledToken"
  | "encodedToken"
  | "tokenInUnignoredEnvFile"
  | "tokenInNotebook"
  | "replaceWithEnv"
  | "removeFallback";

const DOCS_URL = ruleDocsUrl(RULE_NAME);

const LONG_STRING_OR_REGEXP = `Literal[value.length>=${SHORTEST_TOKEN_LENGTH}], Literal[regex]`;
// A cooked template string is never longer than its raw text.
const LONG_TEMPLATE_PART = `TemplateElement[value.raw.length>=${SHORTEST_TOKEN_LENGTH}]`;
const ASSEMBLY_NODE = [
  'BinaryExpression[operator="+"]',
  "TemplateLiteral[expressions.length>0]",
  'CallExpression[callee.property.name="join"]',
  'CallExpression[callee.property.value="join"]',
].join(", ");
const LONG_FIRST_ARGUMENT_CALL = `CallExpression[arguments.0.value.length>=${SHORTEST_ENCODED_TOKEN}]`;

/** `const` declarations whose value can be a string piece: all an assembly reads through a name. */
const STRING_CONST_DECLARATOR = [
  `VariableDeclaration[kind="const"] > VariableDeclarator[init.type=/^(?:${STRING_PIECE_TYPES.join("|")})$/]`,
  'VariableDeclaration[kind="const"] > VariableDeclarator[init.callee.property.name="join"]',
  'VariableDeclaration[kind="const"] > VariableDeclarator[init.callee.property.value="join"]',
].join(", ");

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
      tokenInNotebook:
        "Hugging Face {{form}} {{masked}} is in cell {{cell}} of this notebook ({{where}}). Revoke it, clear it from the cell and its outputs, and read it from the environment ({{replacement}}). See {{docsUrl}}",
      tokenInUnignoredEnvFile:
        "Hugging Face {{form}} {{masked}} is in a .env file that git does not ignore: it will be committed. Add the file to .gitignore, and revoke the token if it was ever committed. See {{docsUrl}}",
      replaceWithEnv: "Replace the token with {{replacement}}.",
      removeFallback: "Remove the hardcoded fallback and keep {{replacement}}.",
    },
  },
  create(context, [options]) {
    const check = new FileCheck(context, resolveFixAndAllow(options));
    /*
     * Selectors keep ESLint from calling the rule on nodes that cannot hold a token: strings
     * shorter than a token, `-` and `*`, templates without expressions, calls that neither join
     * nor decode. Each method still checks what it needs; a selector only narrows.
     */
    return {
      "Program:exit": () => check.finishFile(),
      [LONG_STRING_OR_REGEXP]: (node: TSESTree.Literal) => check.literal(node),
      [LONG_TEMPLATE_PART]: (node: TSESTree.TemplateElement) => check.templateElement(node),
      JSXText: (node) => check.jsxText(node),
      [STRING_CONST_DECLARATOR]: (node: TSESTree.VariableDeclarator) => check.declarator(node),
      [ASSEMBLY_NODE]: (node: TSESTree.Node) => check.assemblyNode(node),
      [LONG_FIRST_ARGUMENT_CALL]: (node: TSESTree.CallExpression) => check.base64Call(node),
      // Text files, read through the plugin's text language (`configs.text`).
      [TEXT_ROOTS]: () => check.textDocument(),
    };
  },
});

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type ReportedMessageId = "hardcodedToken" | "assembledToken" | "encodedToken" | "tokenInUnignoredEnvFile";

function describePlace(place: NotebookPlace): string {
  if (place.part === "source") return `line ${place.line ?? 1} of its source`;
  return place.part === "output" ? "in its output" : "in its metadata";
}

/**
 * One file's check. A class rather than closures in `create`: the rule is created once per file,
 * and the benchmark showed that building two dozen closures per file cost more than the checks.
 */
class FileCheck {
  private readonly sourceCode: Context["sourceCode"];
  private assemblerInstance: Assembler | undefined;
  /** Assembly roots wait for Program:exit, when every `const` of the file has been seen. */
  private readonly assemblyRoots: TSESTree.Node[] = [];

  constructor(
    private readonly context: Context,
    private readonly settings: ResolvedFixAndAllow,
  ) {
    this.sourceCode = context.sourceCode;
  }

  private readonly getScope = (node: TSESTree.Node): TSESLint.Scope.Scope => this.sourceCode.getScope(node);

  private get assembler(): Assembler {
    this.assemblerInstance ??= new Assembler(this.getScope);
    return this.assemblerInstance;
  }

  literal(node: TSESTree.Literal): void {
    // The parser's decoded value rules out nearly every literal before any slicing or decoding.
    if (typeof node.value === "string") {
      if (mayContainToken(node.value)) this.stringLiteral(node as TSESTree.StringLiteral);
    } else if ("regex" in node && node.regex && mayContainToken(node.regex.pattern)) {
      this.regExp(node as TSESTree.RegExpLiteral);
    }
  }

  templateElement(node: TSESTree.TemplateElement): void {
    if (!mayContainToken(node.value.cooked ?? node.value.raw)) return;
    const text = templateElementText(node, this.sourceCode.text);
    const template = node.parent as TSESTree.Node;
    const isTagged = template.parent?.type === AST_NODE_TYPES.TaggedTemplateExpression;
    const canFix = replacementSlot(template) === "expression" && template.type === AST_NODE_TYPES.TemplateLiteral;
    for (const found of this.scan(text)) {
      const lookup = this.settings.lookup();
      const proposed: ProposedFix | undefined = canFix
        ? { fix: (fixer) => fixer.replaceTextRange([found.start, found.end], `\${${lookup}}`), safe: !isTagged }
        : undefined;
      this.report("hardcodedToken", { loc: this.locOf(found.start, found.end) }, found.match, lookup, proposed);
    }
  }

  jsxText(node: TSESTree.JSXText): void {
    if (!mayContainToken(node.raw)) return;
    for (const found of this.scan(jsxTextText(node))) {
      const lookup = this.settings.lookup();
      this.report("hardcodedToken", { loc: this.locOf(found.start, found.end) }, found.match, lookup, {
        fix: (fixer) => fixer.replaceTextRange([found.start, found.end], `{${lookup}}`),
        safe: true,
      });
    }
  }

  declarator(node: TSESTree.VariableDeclarator): void {
    this.assembler.noteDeclarator(node);
  }

  assemblyNode(node: TSESTree.Node): void {
    if (isAssemblyNode(node) && !isAssemblyPiece(node)) this.assemblyRoots.push(node);
  }

  base64Call(node: TSESTree.CallExpression): void {
    const argument = node.arguments[0];
    if (argument?.type !== AST_NODE_TYPES.Literal || typeof argument.value !== "string") return;
    if (argument.value.length < SHORTEST_ENCODED_TOKEN) return;
    const decoder = base64Decoder(node);
    if (!decoder) return;
    const decoded = decodeBase64Literal(argument.value);
    if (decoded === undefined) return;
    for (const match of findTokens(decoded, this.settings.allowList)) {
      const lookup = this.settings.lookup();
      // `atob` yields a string like the env read; `Buffer.from` yields a Buffer, so no fix.
      const proposed: ProposedFix | undefined =
        decoder === "atob" && decoded === match.value && replacementSlot(node) === "expression"
          ? { fix: (fixer) => fixer.replaceText(node, lookup), safe: true }
          : undefined;
      this.report("encodedToken", { node }, match, lookup, proposed);
    }
  }

  /**
   * A text file: every token in it, where it is written. A `.env` file is where a token belongs,
   * so there only a file git would commit is a finding. Workflows and Python get a fix to what
   * reads a secret there; elsewhere a person decides.
   */
  textDocument(): void {
    const text = this.sourceCode.text;
    const filename = this.context.filename;
    const isJson = textSinkFormat(filename) === "json";
    // In JSON, `\n` before a token is an escaped newline: blanked, it bounds the token as it would decoded.
    const matches = findTokens(isJson ? withJsonEscapesBlanked(text) : text, this.settings.allowList);
    if (matches.length === 0) return;
    const inEnvFile = isEnvFile(filename);
    if (inEnvFile && !isCommittableEnvFile(filename)) return;
    if (filename.endsWith(".ipynb") && this.notebookMatches(text, matches)) return;
    const fixer = textFixFor(filename);
    for (const match of matches) {
      const textFix = fixer?.(text, match.start, match.end, this.settings.variableName);
      const proposed: ProposedFix | undefined = textFix && {
        fix: (ruleFixer) => textFix.edits.map((edit) => ruleFixer.replaceTextRange([edit.start, edit.end], edit.text)),
        safe: true,
      };
      this.report(
        inEnvFile ? "tokenInUnignoredEnvFile" : "hardcodedToken",
        { loc: this.locOf(match.start, match.end) },
        match,
        textFix?.replacement ?? this.settings.variableName,
        proposed,
        "replaceWithEnv",
        // A text file's fix is its own kind's secret reference, never the JavaScript accessor.
        false,
      );
    }
  }

  /** Reports a notebook's tokens by cell and line; false when the notebook cannot be read as one. */
  private notebookMatches(text: string, matches: readonly TokenMatch[]): boolean {
    const placesByToken = notebookPlaces(text, this.settings.allowList);
    if (!placesByToken) return false;
    const seen = new Map<string, number>();
    for (const match of matches) {
      const index = seen.get(match.value) ?? 0;
      seen.set(match.value, index + 1);
      const place = placesByToken.get(match.value)?.[index];
      if (!place || place.cell === 0) {
        this.report("hardcodedToken", { loc: this.locOf(match.start, match.end) }, match, this.settings.variableName, undefined, "replaceWithEnv", false);
        continue;
      }
      const data = {
        form: match.form.name,
        masked: maskSecret(match.value),
        replacement: this.settings.variableName,
        docsUrl: DOCS_URL,
        cell: String(place.cell),
        where: describePlace(place),
      };
      this.context.report({ loc: this.locOf(match.start, match.end), messageId: "tokenInNotebook", data });
    }
    return true;
  }

  finishFile(): void {
    this.comments();
    for (const root of this.assemblyRoots) {
      if (this.assembler.longestRunBound(root) >= SHORTEST_TOKEN_LENGTH) this.assembly(root);
    }
  }

  private comments(): void {
    // Comments are raw text: a file whose text holds no token holds none in a comment.
    if (!mayContainToken(this.sourceCode.text)) return;
    for (const comment of this.sourceCode.getAllComments()) {
      const bodyStart = comment.range[0] + 2;
      for (const match of findTokens(comment.value, this.settings.allowList)) {
        const start = bodyStart + match.start;
        const end = bodyStart + match.end;
        const variableName = this.settings.variableName;
        // A comment cannot read the environment: the token gives way to the variable's name.
        this.report(
          "hardcodedToken",
          { loc: this.locOf(start, end) },
          match,
          variableName,
          { fix: (fixer) => fixer.replaceTextRange([start, end], variableName), safe: true },
          "replaceWithEnv",
          false,
        );
      }
    }
  }

  private stringLiteral(node: TSESTree.StringLiteral): void {
    const text = stringLiteralText(node);
    if (!text) return;
    for (const found of this.scan(text)) {
      const isWhole = found.match.start === 0 && found.match.end === text.decoded.text.length;
      const target = isWhole ? wholeLiteralTarget(node, this.settings, this.sourceCode, this.getScope) : undefined;
      const loc = this.locOf(found.start, found.end);
      if (target?.kind === "fallback") {
        this.report("hardcodedToken", { loc }, found.match, target.replacement, target.proposed, "removeFallback");
        continue;
      }
      const lookup = target?.replacement ?? this.settings.lookup();
      const proposed =
        target?.kind === "none" ? undefined : stringLiteralFix(node, text, found.start - text.rawStart, found.end - text.rawStart, lookup);
      this.report("hardcodedToken", { loc }, found.match, lookup, proposed);
    }
  }

  private regExp(node: TSESTree.RegExpLiteral): void {
    const patternStart = node.range[0] + 1;
    for (const match of findTokens(node.regex.pattern, this.settings.allowList)) {
      const loc = this.locOf(patternStart + match.start, patternStart + match.end);
      this.report("hardcodedToken", { loc }, match, this.settings.lookup(), undefined);
    }
  }

  private assembly(node: TSESTree.Node): void {
    const assembly = this.assembler.assemble(node);
    for (const run of assembly.runs) {
      const value = run.map((piece) => piece.value).join("");
      for (const match of findTokens(value, this.settings.allowList)) {
        const pieces = piecesOverlapping(run, match);
        // A token inside one piece is reported where that piece is written.
        if (pieces.length < 2) continue;
        const lookup = this.settings.lookup();
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
        this.report("assembledToken", { node }, match, lookup, proposed);
      }
    }
  }

  private scan(text: LiteralText): Array<{ match: TokenMatch; start: number; end: number }> {
    return findTokens(text.decoded.text, this.settings.allowList).map((match) => {
      const [rawStart, rawEnd] = rawRangeOf(text.decoded, match.start, match.end);
      return { match, start: text.rawStart + rawStart, end: text.rawStart + rawEnd };
    });
  }

  private locOf(start: number, end: number): TSESTree.SourceLocation {
    return { start: this.sourceCode.getLocFromIndex(start), end: this.sourceCode.getLocFromIndex(end) };
  }

  private report(
    messageId: ReportedMessageId,
    where: { node: TSESTree.Node } | { loc: TSESTree.SourceLocation },
    match: TokenMatch,
    replacement: string,
    proposed: ProposedFix | undefined,
    suggestionId: "replaceWithEnv" | "removeFallback" = "replaceWithEnv",
    writesLookup = true,
  ): void {
    // Removing a fallback keeps the env read already written; only a written lookup needs the import.
    const needsImport = writesLookup && suggestionId === "replaceWithEnv";
    const placed = needsImport ? withAccessorImport(proposed, this.sourceCode, this.settings.accessorImport) : proposed;
    this.context.report({
      ...where,
      messageId,
      data: { form: match.form.name, masked: maskSecret(match.value), replacement, docsUrl: DOCS_URL },
      ...placeFix(placed, this.settings.fixStyle, { messageId: suggestionId, data: { replacement } }),
    } as TSESLint.ReportDescriptor<MessageIds>);
  }
}

type TextFixer = (text: string, start: number, end: number, variableName: string) => TextFix | undefined;

/** GitHub Actions workflows and Python files have a way to read a secret; other text files do not. */
function textFixFor(filename: string): TextFixer | undefined {
  const path = filename.replaceAll("\\", "/");
  if (/\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return workflowSecretFix;
  if (path.endsWith(".py")) return pythonEnvironFix;
  return undefined;
}

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
