import { AST_NODE_TYPES } from "../../ast/node-types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { SHORTEST_ENCODED_TOKEN, SHORTEST_TOKEN_LENGTH, decodeBase64Literal, findTokens, mayContainToken, type ComponentExtension, type TokenMatch } from "../../core";
import { isAssemblyNode, isAssemblyPiece, piecesOverlapping, runText } from "../../ast/assembly";
import { base64Decoder, bufferToStringCall, constStringBinding } from "../../ast/decoders";
import { componentOfProgram, componentTemplateOf, displayedName, droppableConstAssertion, tokenPlace } from "../../ast/fix-policy";
import { jsxTextText, markupText, stringLiteralText, templateElementText } from "../../ast/literal-text";
import { outermostWrapper } from "../../ast/names";
import { partOfStringFix, removalsFor, removeFallbackFix, removeStatementFix, replacementSlot } from "../../ast/replacement";
import { findVariable } from "../../ast/scope";
import { findTokenSink } from "../../ast/sinks";
import { CheckBase } from "./check-base";
import type { Alternative } from "./report";
import { checkTextDocument } from "./text-check";



/**
 * One JavaScript or TypeScript file's check. A class rather than closures in `create`: the rule
 * is created once per file, and the benchmark showed that building two dozen closures per file
 * cost more than the checks.
 */
export class CodeCheck extends CheckBase {
  /** Every node the rule's selectors let through, sent on by type. */
  visit(node: TSESTree.Node): void {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        this.literal(node);
        return;
      case AST_NODE_TYPES.TemplateElement:
        this.templateElement(node);
        return;
      case AST_NODE_TYPES.JSXText:
        this.jsxText(node);
        return;
      case AST_NODE_TYPES.AssignmentExpression:
        this.appendingAssignment(node);
        return;
      case AST_NODE_TYPES.CallExpression:
        this.base64Call(node);
        return;
      default:
        // svelte-eslint-parser's markup text: what the page shows, like JSX text.
        if ((node.type as string) === "SvelteText") this.markupTextAt(node.range);
    }
  }

  /**
   * vue-eslint-parser keeps the template beside the script (`templateBody`), where ESLint's
   * traversal does not go: its text nodes are read here, as Svelte's and JSX's are.
   */
  private vueTemplateText(program: TSESTree.Program): void {
    const pending: unknown[] = [(program as { templateBody?: unknown }).templateBody];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      if (typeof node !== "object" || node === null) continue;
      const { type, range, children } = node as { type?: string; range?: [number, number]; children?: unknown[] };
      if (type === "VText" && range) this.markupTextAt(range);
      else if (Array.isArray(children)) pending.push(...children);
    }
  }

  /** Markup text is what the page shows: a token there gives way to the variable's name in words. */
  private markupTextAt(range: readonly [number, number]): void {
    const text = markupText(this.sourceCode.text, range);
    if (!mayContainToken(text.decoded.text)) return;
    for (const found of this.scan(text)) this.displayed(found, text.decoded.text);
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
    const isExpression = template.type === AST_NODE_TYPES.TemplateLiteral && replacementSlot(template) === "expression";
    const markup = componentTemplateOf(template);
    for (const found of this.scan(text)) {
      if (markup !== undefined) {
        this.inClientCode(found, markup);
        continue;
      }
      // A tag reads the text its own way (`sql`, `html`): whether it is prose is the tag's to say.
      const place = tokenPlace(template, this.filename, isTagged ? undefined : around(text.decoded.text, found.match));
      if (place === "displayed") {
        this.displayed(found, text.decoded.text);
        continue;
      }
      if (!isExpression || place === "literal-only") {
        this.reportUnfixable(found);
        continue;
      }
      if (this.inClientFile(found)) continue;
      // A template turns the read into a string, whatever its type: no helper is needed.
      const replacing = (variable: string, safe: boolean): Alternative => {
        const lookup = this.settings.lookup(variable);
        return { replacement: lookup, fix: { fix: (fixer) => fixer.replaceTextRange([found.start, found.end], `\${${lookup}}`), safe } };
      };
      this.queueVariableRead(
        { messageId: "hardcodedToken", at: { range: [found.start, found.end] }, match: found.match },
        { preferred: this.settings.variableName, safeWhenAlone: !isTagged && place === "code", replacing },
      );
    }
  }

  jsxText(node: TSESTree.JSXText): void {
    if (!mayContainToken(node.raw)) return;
    const text = jsxTextText(node);
    for (const found of this.scan(text)) this.displayed(found, text.decoded.text);
  }

  assemblyNode(node: TSESTree.Node): void {
    if (isAssemblyNode(node) && !isAssemblyPiece(node)) this.assembler.noteRoot(node);
  }

  base64Call(node: TSESTree.CallExpression): void {
    const argument = node.arguments[0];
    if (!argument) return;
    const decoder = base64Decoder(node);
    if (!decoder) return;
    // The encoded text is written in the call, or in a `const` the call reads.
    const binding = argument.type === AST_NODE_TYPES.Identifier ? constStringBinding(argument, this.getScope) : undefined;
    const encoded = binding ? binding.value : argument.type === AST_NODE_TYPES.Literal && typeof argument.value === "string" ? argument.value : undefined;
    if (encoded === undefined || encoded.length < SHORTEST_ENCODED_TOKEN) return;
    const decoded = decodeBase64Literal(encoded);
    if (decoded === undefined) return;
    const removals = binding ? removalsFor([binding.binding], node, this.sourceCode.text) : [];
    // `atob` yields a string like the env read. `Buffer.from` yields a Buffer: only a `.toString()`
    // of it is text, and that whole call is offered to a person (the Buffer may be used as bytes elsewhere).
    const decodedText = decoder === "atob" ? node : bufferToStringCall(node);
    for (const match of findTokens(decoded, this.allowList)) {
      const place = decodedText ? tokenPlace(decodedText, this.filename) : "literal-only";
      const canFix = decodedText !== undefined && decoded === match.value && place !== "literal-only" && replacementSlot(decodedText) === "expression" && removals !== undefined;
      this.reportValue({ messageId: "encodedToken", node, match, place, canFix, replace: decodedText ?? node, extraEdits: removals ?? [], autofixable: !binding && decoder === "atob" });
    }
  }

  /** `let t = "hf_"; t += "…"`: grouped by variable, put together when the file is read. */
  private appends: Map<TSESLint.Scope.Variable, TSESTree.AssignmentExpression[]> | undefined;

  appendingAssignment(node: TSESTree.AssignmentExpression): void {
    // `i += 1` is arithmetic: only text appended to text can build a token.
    const right = node.right;
    const isText = (right.type === AST_NODE_TYPES.Literal && typeof right.value === "string") || right.type === AST_NODE_TYPES.TemplateLiteral;
    if (!isText) return;
    const variable = findVariable(this.getScope(node), node.left as TSESTree.Identifier);
    if (!variable) return;
    this.appends ??= new Map();
    const known = this.appends.get(variable);
    if (known) known.push(node);
    else this.appends.set(variable, [node]);
  }

  /**
   * The text a `let` holds after its appends, when it is written once and only appended to after.
   * Reported on the last append, with no fix: the pieces stand in several statements a person
   * must rewrite, and the report stays until they do.
   */
  private appendedValues(appendsByVariable: ReadonlyMap<TSESLint.Scope.Variable, readonly TSESTree.AssignmentExpression[]>): void {
    for (const [variable, appends] of appendsByVariable) {
      const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
      const init = definition?.type === "Variable" ? definition.node.init : null;
      const writes = variable.references.filter((reference) => reference.isWrite() && !reference.init);
      if (!init || writes.length !== appends.length) continue;
      let value = "";
      /** Where each statement's text starts in `value`. */
      const partStarts: number[] = [];
      for (const part of [init, ...appends.map((append) => append.right)]) {
        const assembly = this.assembler.assemble(part);
        const run = assembly.runs[0];
        if (!assembly.complete || assembly.runs.length > 1) {
          value = "";
          break;
        }
        partStarts.push(value.length);
        value += run ? runText(run) : "";
      }
      const last = appends[appends.length - 1];
      if (!last) continue;
      for (const match of findTokens(value, this.allowList)) {
        // A token written whole in one statement is reported where it is written, once.
        const parts = partStarts.filter((start, index) => start < match.end && (partStarts[index + 1] ?? value.length) > match.start);
        if (parts.length < 2) continue;
        this.queue({ messageId: "assembledToken", at: { node: last }, match, replacement: this.settings.lookup() });
      }
    }
  }

  /** A file of the plugin's text language (`configs.text`): no JavaScript to walk. */
  textFile(): void {
    checkTextDocument(this.reporter, this.sourceCode.text, this.filename);
  }

  /**
   * Whether the end of a file has anything to read when no node gave the check work: a comment
   * that may hold a token, or a component's markup. Parsers hand ESLint the comments on the Program node.
   */
  static hasWorkAtEnd(program: TSESTree.Program, text: () => string): boolean {
    return componentOfProgram(program) !== undefined || commentsMayHoldToken(program, text);
  }

  finishFile(program: TSESTree.Program): void {
    // Parsers hand ESLint the comments on the Program node; reading them there leaves the context alone.
    // Each comment is tested in turn; a large file's text is searched first (`isSearchedAsText`).
    if (!isSearchedAsText(program) || mayContainToken(this.sourceCode.text)) this.comments(program.comments ?? this.sourceCode.getAllComments());
    if (this.assemblerInstance) {
      for (const declarator of this.declarators) this.assemblerInstance.noteDeclarator(declarator);
      for (const root of this.assemblerInstance.rootsReaching(SHORTEST_TOKEN_LENGTH)) this.assembly(root);
    }
    if (this.appends) this.appendedValues(this.appends);
    const component = componentOfProgram(program);
    if (component === "vue") this.vueTemplateText(program);
    if (component) this.componentMarkup(component);
    if (this.pending.length > 0) this.flush();
  }

  /**
   * A component's markup, styles and HTML comments are no JavaScript the checks above read: what
   * is left of the file's tokens once those reported are set aside is there. No fix: in Svelte and
   * Vue markup any read of the variable would reach the browser, and in Astro's the markup is
   * what the page shows.
   */
  private componentMarkup(component: ComponentExtension): void {
    const text = this.sourceCode.text;
    if (!mayContainToken(text)) return;
    const reported = this.pending.map((report) => ("range" in report.at ? report.at.range : report.at.node.range));
    const where = component === "astro" ? undefined : this.fixer.clientCode;
    for (const match of findTokens(text, this.allowList)) {
      if (reported.some(([start, end]) => start < match.end && match.start < end)) continue;
      const messageId = where === undefined ? "hardcodedToken" : "tokenInClientCode";
      this.queue({ messageId, at: { range: [match.start, match.end] }, match, replacement: this.settings.variableName, writesLookup: false, where });
    }
  }

  private comments(comments: readonly TSESTree.Comment[]): void {
    // Each comment is tested alone: comments are a small part of a file, and most are short.
    for (const comment of comments) {
      if (!mayContainToken(comment.value)) continue;
      const bodyStart = comment.range[0] + 2;
      for (const match of findTokens(comment.value, this.allowList)) {
        const start = bodyStart + match.start;
        const end = bodyStart + match.end;
        const variableName = this.settings.variableName;
        // A comment cannot read the environment: the token gives way to the variable's name.
        this.queue({
          messageId: "hardcodedToken",
          at: { range: [start, end] },
          match,
          replacement: variableName,
          fix: { fix: (fixer) => fixer.replaceTextRange([start, end], variableName), safe: true },
          writesLookup: false,
        });
      }
    }
  }

  private stringLiteral(node: TSESTree.StringLiteral): void {
    const text = stringLiteralText(node);
    if (!text) return;
    const decoded = text.decoded.text;
    const markup = componentTemplateOf(node);
    for (const found of this.scan(text)) {
      if (markup !== undefined) {
        this.inClientCode(found, markup);
        continue;
      }
      const place = tokenPlace(node, this.filename, around(decoded, found.match));
      if (place === "displayed") {
        this.displayed(found, decoded);
        continue;
      }
      const isWhole = found.match.start === 0 && found.match.end === decoded.length;
      const sink = isWhole ? findTokenSink(node, this.sinkFile) : undefined;
      const at = { range: [found.start, found.end] as const };
      if (sink?.kind === "env-assignment") {
        // The value belongs in the environment itself: removing the statement is the remedy.
        const replacement = this.settings.lookup(sink.envName);
        this.queue({ messageId: "hardcodedToken", at, match: found.match, replacement, fix: removeStatementFix(node, this.sourceCode.text), suggestionId: "removeEnvAssignment", writesLookup: false });
        continue;
      }
      if (sink?.kind === "fallback") {
        const replacement = this.settings.lookup(sink.envName);
        this.queue({ messageId: "hardcodedToken", at, match: found.match, replacement, fix: removeFallbackFix(node, this.sourceCode), suggestionId: "removeFallback" });
        continue;
      }
      const slot = replacementSlot(node);
      const assertion = place === "literal-only" && isWhole ? droppableConstAssertion(node, this.filename) : undefined;
      if (assertion && replacementSlot(assertion) === "expression") {
        // The read without `as const`: the type widens, which a person judges.
        this.reportValue({ messageId: "hardcodedToken", node, match: found.match, place: "code", canFix: true, replace: assertion, autofixable: false });
        continue;
      }
      if (place === "literal-only" || slot === "none") {
        this.reportUnfixable(found);
        continue;
      }
      if (this.inClientFile(found)) continue;
      const replacing = (variable: string, safe: boolean): Alternative => {
        if (isWhole) {
          const value = this.fixer.valueExpression(outermostWrapper(node), variable, sink?.acceptsUndefined);
          const written = slot === "jsx-attribute" ? `{${value.text}}` : value.text;
          return { replacement: value.text, fix: { fix: (fixer) => fixer.replaceText(node, written), safe }, needsHelper: value.needsHelper };
        }
        const lookup = this.settings.lookup(variable);
        const fix = partOfStringFix(node, text, found.start - text.rawStart, found.end - text.rawStart, lookup);
        return { replacement: lookup, fix: fix && { ...fix, safe } };
      };
      this.queueVariableRead({ messageId: "hardcodedToken", at, match: found.match }, { preferred: sink?.envName ?? this.settings.variableName, safeWhenAlone: place === "code", replacing });
    }
  }

  private regExp(node: TSESTree.RegExpLiteral): void {
    const patternStart = node.range[0] + 1;
    for (const match of findTokens(node.regex.pattern, this.allowList)) {
      this.reportUnfixable({ match, start: patternStart + match.start, end: patternStart + match.end });
    }
  }

  private assembly(node: TSESTree.Node): void {
    const assembly = this.assembler.assemble(node);
    for (const run of assembly.runs) {
      const value = runText(run);
      for (const match of findTokens(value, this.allowList)) {
        // A token inside one piece is reported where that piece is written.
        if (piecesOverlapping(run, match).length < 2) continue;
        const surrounding = around(value, match);
        const place = tokenPlace(node, this.filename, surrounding);
        const removals = removalsFor(assembly.bindings, node, this.sourceCode.text);
        const canFix = assembly.complete && assembly.runs.length === 1 && replacementSlot(node) === "expression" && removals !== undefined;
        if (place === "displayed") {
          this.displayedAssembly(node, match, value, canFix ? removals : undefined);
          continue;
        }
        this.reportValue({
          messageId: "assembledToken",
          node,
          match,
          place,
          canFix,
          replace: node,
          around: surrounding,
          extraEdits: removals ?? [],
          // Pieces read from a `const` are written elsewhere: a person confirms their removal.
          autofixable: run.every((piece) => !piece.viaBinding),
        });
      }
    }
  }

  /** An assembled token in displayed text: the whole expression becomes the text with the name in words. */
  private displayedAssembly(node: TSESTree.Node, match: TokenMatch, value: string, removals: readonly (readonly [number, number])[] | undefined): void {
    const words = displayedName(this.settings.variableName, value);
    const text = JSON.stringify(value.slice(0, match.start) + words + value.slice(match.end));
    this.queue({
      messageId: "tokenInDisplayedText",
      at: { node },
      match,
      replacement: words,
      fix: removals && {
        fix: (fixer) => [fixer.replaceText(node, text), ...removals.map((range) => fixer.removeRange(range))],
        safe: removals.length === 0,
      },
      writesLookup: false,
    });
  }

}

/**
 * Past this size a file's text is searched once rather than each comment: by the end of a walk the
 * comment objects of a large file are far apart in memory, its text is in one piece. Below it,
 * reading the few comments cost less than a search of the whole text (docs/performance.md, eighth round).
 */
const TEXT_SEARCH_FROM_LENGTH = 16 * 1024;

const isSearchedAsText = (program: TSESTree.Program): boolean => program.range[1] >= TEXT_SEARCH_FROM_LENGTH;

/** Whether any comment of the file may hold a token (comments are part of the text: none holds an anchor the text lacks). */
function commentsMayHoldToken(program: TSESTree.Program, text: () => string): boolean {
  const comments = program.comments;
  if (comments === undefined || isSearchedAsText(program)) return mayContainToken(text());
  for (const comment of comments) if (mayContainToken(comment.value)) return true;
  return false;
}

function around(text: string, match: TokenMatch): { before: string; after: string } {
  return { before: text.slice(0, match.start), after: text.slice(match.end) };
}

