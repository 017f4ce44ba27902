import { AST_NODE_TYPES } from "./node-types";
import type { TSESTree } from "@typescript-eslint/utils";
import { decodeLiteralBody, type DecodedText } from "../core";

/** The text a literal-like node holds, and where its raw body starts in the file. */
export interface LiteralText {
  readonly decoded: DecodedText;
  /** Absolute offset in the source file of raw body character 0. */
  readonly rawStart: number;
  /** The body as written, without delimiters. */
  readonly raw: string;
  /** JSX strings and text take backslashes literally; JS strings and templates do not. */
  readonly verbatim: boolean;
}

function verbatim(raw: string, rawStart: number): LiteralText {
  return { decoded: { text: raw, rawOffsets: undefined }, rawStart, raw, verbatim: true };
}

export function isJsxAttributeValue(node: TSESTree.Node): boolean {
  return node.parent?.type === AST_NODE_TYPES.JSXAttribute && node.parent.value === node;
}

export function stringLiteralText(node: TSESTree.StringLiteral): LiteralText | undefined {
  const raw = node.raw.slice(1, -1);
  const rawStart = node.range[0] + 1;
  if (isJsxAttributeValue(node)) return verbatim(raw, rawStart);
  const decoded = decodeLiteralBody(raw, "string");
  return decoded && { decoded, rawStart, raw, verbatim: false };
}

export function templateElementText(node: TSESTree.TemplateElement, sourceText: string): LiteralText {
  const raw = node.value.raw;
  // Parsers differ on whether the range includes the delimiters (` and } before, ` and ${ after).
  const first = sourceText[node.range[0]];
  const rawStart = first === "`" || first === "}" ? node.range[0] + 1 : node.range[0];
  const decoded = decodeLiteralBody(raw, "template") ?? { text: raw, rawOffsets: undefined };
  return { decoded, rawStart, raw, verbatim: false };
}

export function jsxTextText(node: TSESTree.JSXText): LiteralText {
  return verbatim(node.raw, node.range[0]);
}

/** Text of a component's markup (a Svelte text node), as written at `range` of the file. */
export function markupText(fileText: string, range: readonly [number, number]): LiteralText {
  return verbatim(fileText.slice(range[0], range[1]), range[0]);
}

/** Static value of a string literal or an expression-free template literal. */
export function plainStringValue(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === "string") return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}
