import type * as EslintUtils from "@eslint-community/eslint-utils";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./node-types";

/** Loaded on the first scope lookup: most files never need one, and loading the plugin stays short. */
let eslintUtils: typeof EslintUtils | undefined;

/**
 * The variable a name or identifier refers to from `scope` (the innermost scope around it), looking outward. The same function
 * typescript-eslint re-exports as `ASTUtils.findVariable`, taken from its source so that loading
 * the plugin does not load all of `@typescript-eslint/utils`.
 */
export function findVariable(scope: TSESLint.Scope.Scope, nameOrNode: string | TSESTree.Identifier): TSESLint.Scope.Variable | null {
  eslintUtils ??= require("@eslint-community/eslint-utils") as typeof EslintUtils;
  // By name: given a node, the lookup first descends from `scope` to the innermost scope around it,
  // through every child scope in turn, which in a bundle's module scope means thousands. Callers
  // pass the scope ESLint gives the node (`sourceCode.getScope`), already the innermost.
  const name = typeof nameOrNode === "string" ? nameOrNode : nameOrNode.name;
  return eslintUtils.findVariable(scope as never, name) as TSESLint.Scope.Variable | null;
}

/** The method calls made on a variable: `xhr.send(…)`, `ws.send(…)`, `headers.set(…)`; not `other[variable](…)`. */
export function methodCallsOn(variable: TSESLint.Scope.Variable | null | undefined): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable?.references ?? []) {
    const member = reference.identifier.parent;
    const call = member?.parent;
    if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference.identifier && call?.type === AST_NODE_TYPES.CallExpression && call.callee === member) calls.push(call);
  }
  return calls;
}
