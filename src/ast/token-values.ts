import { AST_NODE_TYPES } from "./node-types";
import { findVariable } from "./scope";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findTokens, isHfTokenName } from "../core";
import { envReadName, isEnvObject, keyName, skipWrappers } from "./names";

type GetScope = (node: TSESTree.Node) => TSESLint.Scope.Scope;

const MAX_DEPTH = 8;
/** Calls that pass their argument's text through unchanged. */
const PASS_THROUGH_FUNCTIONS = new Set(["String", "encodeURIComponent", "encodeURI"]);
const PASS_THROUGH_METHODS = new Set(["toString", "trim", "concat", "valueOf"]);

/**
 * The name of the Hugging Face token an expression carries whole (an env read of a token-like
 * name, a binding of one, a literal token, or these inside templates, concatenations, objects,
 * arrays and `JSON.stringify`), or `undefined`. Derived values that hide it (`token.length`,
 * `!!token`, `token.slice(0, 4)`, comparisons) carry no token.
 */
export function carriedTokenName(node: TSESTree.Node, getScope: GetScope, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const next = (child: TSESTree.Node | null | undefined): string | undefined =>
    child ? carriedTokenName(child, getScope, depth + 1) : undefined;
  const inner = skipWrappers(node);
  const envName = envReadName(inner);
  if (envName !== undefined) return isHfTokenName(envName) ? envName : undefined;
  switch (inner.type) {
    case AST_NODE_TYPES.Literal:
      return typeof inner.value === "string" && findTokens(inner.value).length > 0 ? "a literal token" : undefined;
    case AST_NODE_TYPES.TemplateLiteral:
      if (inner.quasis.some((quasi) => findTokens(quasi.value.cooked ?? quasi.value.raw).length > 0)) return "a literal token";
      return firstDefined(inner.expressions, next);
    case AST_NODE_TYPES.BinaryExpression:
      return inner.operator === "+" ? (next(inner.left) ?? next(inner.right)) : undefined;
    case AST_NODE_TYPES.LogicalExpression:
      return inner.operator === "&&" ? next(inner.right) : (next(inner.left) ?? next(inner.right));
    case AST_NODE_TYPES.ConditionalExpression:
      return next(inner.consequent) ?? next(inner.alternate);
    case AST_NODE_TYPES.ObjectExpression:
      return firstDefined(inner.properties, (property) =>
        property.type === AST_NODE_TYPES.Property ? next(property.value) : next(property.argument),
      );
    case AST_NODE_TYPES.ArrayExpression:
      return firstDefined(inner.elements, (element) =>
        element?.type === AST_NODE_TYPES.SpreadElement ? next(element.argument) : next(element),
      );
    case AST_NODE_TYPES.CallExpression:
      return passedThrough(inner, next);
    case AST_NODE_TYPES.Identifier:
      return boundTokenName(inner, getScope, depth);
    default:
      return undefined;
  }
}

function firstDefined<T>(items: readonly T[], read: (item: T) => string | undefined): string | undefined {
  for (const item of items) {
    const found = read(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

function passedThrough(call: TSESTree.CallExpression, next: (node: TSESTree.Node) => string | undefined): string | undefined {
  const callee = skipWrappers(call.callee);
  const argument = call.arguments[0];
  if (callee.type === AST_NODE_TYPES.Identifier && PASS_THROUGH_FUNCTIONS.has(callee.name)) {
    return argument ? next(argument) : undefined;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = keyName(callee.property, callee.computed);
  if (
    method === "stringify" &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === "JSON"
  ) {
    return argument ? next(argument) : undefined;
  }
  return method !== undefined && PASS_THROUGH_METHODS.has(method) ? next(callee.object) : undefined;
}

/** A `const`, or a `let`/`var` never written after its declaration, initialised with a token value. */
function boundTokenName(identifier: TSESTree.Identifier, getScope: GetScope, depth: number): string | undefined {
  const variable = findVariable(getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== "Variable" || !definition.node.init) return undefined;
  const isWrittenLater = variable.references.some((reference) => reference.isWrite() && !reference.init);
  if (isWrittenLater) return undefined;
  const id = definition.node.id;
  if (id.type === AST_NODE_TYPES.Identifier) {
    return carriedTokenName(definition.node.init, getScope, depth + 1) === undefined ? undefined : identifier.name;
  }
  // `const { HF_TOKEN } = process.env`: the binding reads the env variable of its key's name.
  if (id.type === AST_NODE_TYPES.ObjectPattern && isEnvObject(definition.node.init)) {
    for (const property of id.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const target = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (target.type !== AST_NODE_TYPES.Identifier || target.name !== identifier.name) continue;
      const key = keyName(property.key, property.computed);
      return key !== undefined && isHfTokenName(key) ? key : undefined;
    }
  }
  return undefined;
}
