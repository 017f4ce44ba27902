import { AST_NODE_TYPES } from "./node-types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { constBinding, type Binding } from "./assembly";
import { keyName, referencedName } from "./names";

export type Base64Decoder = "atob" | "Buffer.from";

export function base64Decoder(node: TSESTree.CallExpression): Base64Decoder | undefined {
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

/** A `const` holding a string literal, read by `identifier`: its value and binding. */
export function constStringBinding(identifier: TSESTree.Identifier, getScope: (node: TSESTree.Node) => TSESLint.Scope.Scope): { value: string; binding: Binding } | undefined {
  const binding = constBinding(identifier, getScope);
  const init = binding?.declarator.init;
  if (!binding || init?.type !== AST_NODE_TYPES.Literal || typeof init.value !== "string") return undefined;
  return { value: init.value, binding };
}

/**
 * The call that turns a decoded Buffer into text: `Buffer.from(b64, "base64").toString()` (or
 * `.toString("utf8")`). That whole expression is a string, as an env read is; the Buffer alone is not.
 */
export function bufferToStringCall(decoding: TSESTree.CallExpression): TSESTree.CallExpression | undefined {
  const member = decoding.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== decoding || keyName(member.property, member.computed) !== "toString") return undefined;
  const call = member.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return undefined;
  const [encoding, ...rest] = call.arguments;
  const isText = encoding === undefined || (encoding.type === AST_NODE_TYPES.Literal && (encoding.value === "utf8" || encoding.value === "utf-8"));
  return isText && rest.length === 0 ? call : undefined;
}
