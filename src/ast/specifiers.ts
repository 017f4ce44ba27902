import { AST_NODE_TYPES } from "./node-types";
import { findVariable } from "./scope";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { keyName, skipWrappers } from "./names";

/*
 * A module specifier as Node, Deno and CDNs write it: `npm:@huggingface/inference@4`,
 * `jsr:@huggingface/hub`, `https://esm.sh/@huggingface/inference@4.0.0/…`. Split in code so that
 * no shipped pattern nests repetition.
 */
const SPECIFIER_PREFIX = /^(?:npm:|jsr:|https?:\/\/(?:esm\.sh|cdn\.jsdelivr\.net\/npm|cdn\.skypack\.dev|unpkg\.com|esm\.run)\/)/;

/** The package a module specifier names (`@scope/name`, no version, no path), or the specifier itself. */
export function packageOfSpecifier(specifier: string): string {
  const bare = specifier.replace(SPECIFIER_PREFIX, "");
  const parts = bare.split("/");
  const scoped = bare.startsWith("@");
  const name = scoped ? `${parts[0] ?? ""}/${parts[1] ?? ""}` : (parts[0] ?? "");
  const versionAt = name.indexOf("@", scoped ? 1 : 0);
  return versionAt === -1 ? name : name.slice(0, versionAt);
}


/** `require("./config")`'s specifier, when `node` is that call. */
export function requiredSpecifier(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const inner = skipWrappers(node);
  if (inner.type !== AST_NODE_TYPES.CallExpression || inner.callee.type !== AST_NODE_TYPES.Identifier || inner.callee.name !== "require") return undefined;
  const [argument] = inner.arguments;
  return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === "string" ? argument.value : undefined;
}

/**
 * The package a name is imported or required from, and the export it names (`undefined` for a
 * default or namespace binding): `import { Client as C } from "@gradio/client"`,
 * `const { send } = require("micro")`, `const hub = await import("@huggingface/hub")`.
 */
export function moduleOfBinding(identifier: TSESTree.Identifier, getScope: (node: TSESTree.Node) => TSESLint.Scope.Scope): { module: string; imported: string | undefined } | undefined {
  const definition = findVariable(getScope(identifier), identifier)?.defs[0];
  if (definition?.type === "ImportBinding") {
    const declaration = definition.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
    const node = definition.node;
    const imported = node.type === AST_NODE_TYPES.ImportSpecifier ? keyName(node.imported, false) : undefined;
    return { module: packageOfSpecifier(declaration.source.value), imported };
  }
  if (definition?.type === "Variable") {
    const init = definition.node.init ? skipWrappers(definition.node.init) : undefined;
    const required = init?.type === AST_NODE_TYPES.AwaitExpression ? skipWrappers(init.argument) : init;
    const isRequire = required?.type === AST_NODE_TYPES.CallExpression && required.callee.type === AST_NODE_TYPES.Identifier && (required.callee.name === "require" || required.callee.name === "import");
    const isImport = required?.type === AST_NODE_TYPES.ImportExpression;
    const source = isRequire ? required.arguments[0] : isImport ? required.source : undefined;
    if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== "string") return undefined;
    const pattern = definition.node.id;
    if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
      for (const entry of pattern.properties) {
        if (entry.type === AST_NODE_TYPES.Property && entry.value.type === AST_NODE_TYPES.Identifier && entry.value.name === identifier.name) {
          return { module: packageOfSpecifier(source.value), imported: keyName(entry.key, entry.computed) };
        }
      }
    }
    return { module: packageOfSpecifier(source.value), imported: undefined };
  }
  return undefined;
}
