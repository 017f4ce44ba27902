import { AST_NODE_TYPES } from "./node-types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { ACCESSOR_NAME_MARK, stringRawToTemplateRaw, toTemplateRaw } from "../core";
import type { Binding } from "./assembly";
import type { LiteralText } from "./literal-text";
import type { AccessorImport } from "../options/fix-and-allow";
import { accessorImportFix, accessorNameTaken } from "./imports";
import { outermostWrapper } from "./names";

/**
 * Where a literal stands decides what may replace it: an expression slot takes any expression, a
 * JSX attribute value takes an expression container, and keys, types, module names and enum
 * members take nothing but a literal.
 */
export type Slot = "expression" | "jsx-attribute" | "none";

export function replacementSlot(node: TSESTree.Node): Slot {
  const outer = outermostWrapper(node);
  const parent = outer.parent;
  if (!parent) return "none";
  switch (parent.type) {
    case AST_NODE_TYPES.JSXAttribute:
      return "jsx-attribute";
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSEnumMember:
    case AST_NODE_TYPES.TSTemplateLiteralType:
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportAttribute:
    case AST_NODE_TYPES.ImportSpecifier:
    case AST_NODE_TYPES.ExportSpecifier:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.TSImportType:
    case AST_NODE_TYPES.TSModuleDeclaration:
      return "none";
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.TSPropertySignature:
    case AST_NODE_TYPES.TSMethodSignature:
    case AST_NODE_TYPES.TSAbstractPropertyDefinition:
    case AST_NODE_TYPES.TSAbstractMethodDefinition:
    case AST_NODE_TYPES.TSAbstractAccessorProperty:
      return parent.key === outer ? "none" : "expression";
    case AST_NODE_TYPES.ExpressionStatement:
      return parent.directive === undefined ? "expression" : "none";
    case AST_NODE_TYPES.TemplateLiteral:
      return parent.parent.type === AST_NODE_TYPES.TSLiteralType ? "none" : "expression";
    default:
      return "expression";
  }
}

/**
 * For a literal that is the fallback in `process.env.HF_TOKEN ?? "…"`: keep only the env read.
 * Never automatic: the program may rely on the fallback when the variable is unset.
 */
export function removeFallbackFix(literal: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): ProposedFix | undefined {
  const logical = outermostWrapper(literal).parent;
  if (logical?.type !== AST_NODE_TYPES.LogicalExpression) return undefined;
  return { fix: (fixer) => fixer.replaceText(logical, sourceCode.getText(logical.left)), safe: false };
}

/** A template literal whose value is `before`, then the env lookup, then `after`. */
export function templateAround(before: string, lookup: string, after: string): string {
  return `\`${before}\${${lookup}}${after}\``;
}

/** Same, from values rather than raw template text. */
export function templateAroundValues(before: string, lookup: string, after: string): string {
  return templateAround(toTemplateRaw(before), lookup, toTemplateRaw(after));
}

export type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

/** A proposed change and whether it may be applied without a person looking at it. */
export interface ProposedFix {
  readonly fix: Fix;
  /** False where the change alters more than the literal (tagged templates, shared `const`s). */
  readonly safe: boolean;
}

/**
 * Puts a proposed fix where the options and its safety allow: the report's `fix`, or a
 * suggestion with `suggestionId`.
 */
export function placeFix<MessageId extends string>(
  proposed: ProposedFix | undefined,
  fixStyle: "autofix" | "suggestion",
  suggestion: { messageId: MessageId; data: Record<string, string> },
): Pick<TSESLint.ReportDescriptor<MessageId>, "fix" | "suggest"> {
  if (!proposed) return {};
  if (proposed.safe && fixStyle === "autofix") return { fix: proposed.fix };
  return { suggest: [{ ...suggestion, fix: proposed.fix }] };
}

/**
 * A fix that writes a custom accessor also adds the accessor's import (once: ESLint's next fix pass
 * sees it). Where the accessor's name is already taken by something else, no fix is offered.
 */
export function withAccessorImport(options: {
  proposed: ProposedFix | undefined;
  sourceCode: Readonly<TSESLint.SourceCode>;
  spec: AccessorImport | undefined;
  /** The expression the fix writes: the imported name itself where the spec names `{name}`. */
  written: string;
}): ProposedFix | undefined {
  const { proposed, sourceCode } = options;
  if (!proposed || !options.spec) return proposed;
  // `import { HF_TOKEN } from "$env/static/private"`: the binding is the variable the fix reads.
  const spec = options.spec.named === ACCESSOR_NAME_MARK ? { ...options.spec, named: options.written } : options.spec;
  if (accessorNameTaken(sourceCode, spec)) return undefined;
  return {
    safe: proposed.safe,
    fix: (fixer) => {
      const replacement = proposed.fix(fixer);
      const added = accessorImportFix(sourceCode, spec, fixer);
      return added ? [added, ...[replacement].flat()] : replacement;
    },
  };
}

/** The range of a whole statement with its line: indentation before it and the line end after it. */
export function statementLineRange(statement: TSESTree.Node, text: string): [number, number] {
  let start = statement.range[0];
  while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start -= 1;
  if (start > 0 && text[start - 1] !== "\n") start = statement.range[0];
  let end = statement.range[1];
  if (text[end] === "\r") end += 1;
  if (text[end] === "\n") end += 1;
  return [start, end];
}


/** `process.env.HF_TOKEN = "…"` or `Deno.env.set("HF_TOKEN", "…")` standing as a statement: removed whole. */
export function removeStatementFix(literal: TSESTree.Node, text: string): ProposedFix | undefined {
  let current: TSESTree.Node = outermostWrapper(literal);
  while (current.parent && current.parent.type !== AST_NODE_TYPES.ExpressionStatement) {
    if (current.parent.type !== AST_NODE_TYPES.AssignmentExpression && current.parent.type !== AST_NODE_TYPES.CallExpression) return undefined;
    current = current.parent;
  }
  const statement = current.parent;
  if (!statement) return undefined;
  const range = statementLineRange(statement, text);
  return { fix: (fixer) => fixer.removeRange(range), safe: false };
}

/** A token inside a longer string: the string becomes a template around the read. */
export function partOfStringFix(node: TSESTree.StringLiteral, text: LiteralText, rawStart: number, rawEnd: number, lookup: string): ProposedFix | undefined {
  const slot = replacementSlot(node);
  const before = text.raw.slice(0, rawStart);
  const after = text.raw.slice(rawEnd);
  if (slot === "jsx-attribute") {
    // JSX strings decode HTML entities, which a template would not: leave those to a person.
    if (text.raw.includes("&")) return undefined;
    const replacement = `{${templateAround(toTemplateRaw(before), lookup, toTemplateRaw(after))}}`;
    return { fix: (fixer) => fixer.replaceText(node, replacement), safe: true };
  }
  const replacement = templateAround(stringRawToTemplateRaw(before), lookup, stringRawToTemplateRaw(after));
  return { fix: (fixer) => fixer.replaceText(node, replacement), safe: true };
}

/**
 * The line ranges of the `const` declarations a token was read from, when each is read nowhere
 * but in `root` (or in another of them) and may go: one declarator, not exported. `undefined`
 * when one must stay: a fix that left it would leave the token in the file with no report.
 */
export function removalsFor(bindings: readonly Binding[], root: TSESTree.Node, text: string): Array<readonly [number, number]> | undefined {
  const within = (range: TSESTree.Range, outer: TSESTree.Range) => range[0] >= outer[0] && range[1] <= outer[1];
  const removals: Array<readonly [number, number]> = [];
  for (const { declarator, variable } of bindings) {
    const declaration = declarator.parent;
    if (declaration.declarations.length !== 1 || declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return undefined;
    for (const reference of variable.references) {
      if (reference.init) continue;
      const range = reference.identifier.range;
      const readHere = within(range, root.range) || bindings.some((other) => other.declarator.init !== null && within(range, other.declarator.init.range));
      if (!readHere) return undefined;
    }
    removals.push(statementLineRange(declaration, text));
  }
  return removals;
}

