import { AST_NODE_TYPES } from "./node-types";
import type { TSESTree } from "@typescript-eslint/utils";
import { keyName, outermostValueWrapper, skipWrappers } from "./names";

/*
 * The shapes of expressions that build a string from pieces, as the assembler reads them: `+`,
 * templates, `join`, `concat`. Syntax only: no scope, no values.
 */

/**
 * Node types whose value the assembler can read as (part of) a string, besides `[…].join()`
 * calls; wrappers are listed because what they wrap may be one. Any other `const` is a hole.
 */
export const STRING_PIECE_TYPES: readonly AST_NODE_TYPES[] = [
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.ChainExpression,
];

export function isAssemblyNode(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.BinaryExpression) return node.operator === "+";
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length > 0;
  return isJoinCall(node) || isConcatCall(node);
}

export type MethodCall = TSESTree.CallExpression & { callee: TSESTree.MemberExpression };

/** `[…].join(sep)`, or `parts.join(sep)` where `parts` may be a `const` array. */
export function isJoinCall(node: TSESTree.Node): node is MethodCall {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const target = skipWrappers(node.callee.object).type;
  return (
    keyName(node.callee.property, node.callee.computed) === "join" &&
    (target === AST_NODE_TYPES.ArrayExpression || target === AST_NODE_TYPES.Identifier) &&
    node.arguments.length <= 1
  );
}

/** `"hf_".concat(a, b)`: the string's text, then each argument's. */
export function isConcatCall(node: TSESTree.Node): node is MethodCall {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    keyName(node.callee.property, node.callee.computed) === "concat" &&
    node.arguments.every((argument) => argument.type !== AST_NODE_TYPES.SpreadElement)
  );
}

/**
 * Whether `node` is read as a piece of an enclosing assembly (an operand of `+`, an expression of
 * a template, an element of a joined array): then only the enclosing one is assembled, once.
 */
export function isAssemblyPiece(node: TSESTree.Node): boolean {
  const written = outermostValueWrapper(node);
  const parent = written.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.BinaryExpression:
      return parent.operator === "+";
    case AST_NODE_TYPES.CallExpression:
      return isConcatCall(parent) && parent.arguments.includes(written as TSESTree.CallExpressionArgument);
    case AST_NODE_TYPES.MemberExpression: {
      const call = parent.parent;
      return parent.object === written && call !== undefined && isConcatCall(call) && call.callee === parent;
    }
    case AST_NODE_TYPES.TemplateLiteral:
      return parent.expressions.includes(written as TSESTree.Expression);
    case AST_NODE_TYPES.ArrayExpression: {
      const member = outermostValueWrapper(parent).parent;
      const call = member?.parent;
      return (
        member?.type === AST_NODE_TYPES.MemberExpression &&
        call !== undefined &&
        isJoinCall(call) &&
        hasKnownSeparator(call)
      );
    }
    default:
      return false;
  }
}

export function hasKnownSeparator(call: TSESTree.CallExpression): boolean {
  const separator = call.arguments[0];
  return separator === undefined || (separator.type === AST_NODE_TYPES.Literal && typeof separator.value === "string");
}
