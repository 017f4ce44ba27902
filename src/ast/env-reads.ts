import { AST_NODE_TYPES } from "./node-types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { RuntimeEnvAccess } from "../options/fix-and-allow";
import { envReadName, isEnvObject, keyName, outermostValueWrapper, skipWrappers } from "./names";
import { findVariable } from "./scope";

/** One read of an env variable, with what a report or a rename needs. */
export interface EnvRead {
  /** The node to report: the member expression, the destructured property, the `Deno.env.get` call. */
  readonly node: TSESTree.Node;
  readonly name: string;
  /** How the code reads the environment: `process.env`, `import.meta.env`, `Bun.env`, `Deno.env.get`. */
  readonly via: string;
  /** Where the variable's name is written, when renaming it there renames the read alone. */
  readonly nameRange?: TSESTree.Range;
}

/**
 * Selects the env objects (`process.env`, `import.meta.env`, `Bun.env`) by their `env` key and the
 * `Deno.env.get(…)` calls, so that ESLint calls a rule on those only, never on every member.
 */
export const ENV_READ_SELECTOR = [
  'MemberExpression[property.name="env"]',
  'MemberExpression[computed=true][property.value="env"]',
  'CallExpression[callee.property.name="get"][callee.object.property.name="env"]',
].join(", ");

function viaOf(envObject: TSESTree.MemberExpression): string {
  const owner = envObject.object;
  if (owner.type === AST_NODE_TYPES.Identifier) return `${owner.name}.env`;
  return "import.meta.env";
}

/** The env reads made at a node chosen by `ENV_READ_SELECTOR`: none, one, or one per destructured key. */
export function envReadsAt(node: TSESTree.MemberExpression | TSESTree.CallExpression): EnvRead[] {
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const name = envReadName(node);
    return name === undefined ? [] : [{ node, name, via: "Deno.env.get" }];
  }
  if (!isEnvObject(node)) return [];
  const envObject = skipWrappers(node) as TSESTree.MemberExpression;
  const written = outermostValueWrapper(node);
  const parent = written.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === written) {
    const name = envReadName(parent);
    if (name === undefined) return [];
    const property = parent.property;
    const nameRange: TSESTree.Range =
      property.type === AST_NODE_TYPES.Identifier ? property.range : [property.range[0] + 1, property.range[1] - 1];
    return [{ node: parent, name, via: viaOf(envObject), nameRange }];
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === written && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
    return parent.id.properties.flatMap((property) => {
      if (property.type !== AST_NODE_TYPES.Property) return [];
      const name = keyName(property.key, property.computed);
      // Renaming a destructured key would also rename the local binding: no name range.
      return name === undefined ? [] : [{ node: property, name, via: viaOf(envObject) }];
    });
  }
  return [];
}

/** SvelteKit's env modules: `$env/static/private` exports each variable, `$env/dynamic/*` an `env` object. */
export const SVELTEKIT_ENV_MODULES = ["$env/static/private", "$env/static/public", "$env/dynamic/private", "$env/dynamic/public"] as const;

/** Imports of these modules, so that ESLint calls a rule on those only. */
export function importsOf(modules: readonly string[]): string {
  return modules.map((module) => `ImportDeclaration[source.value="${module}"]`).join(", ");
}

/**
 * The env reads an import of a SvelteKit env module makes: each variable imported from a static
 * module (`import { HF_TOKEN } from "$env/static/private"`), and each read of a dynamic module's
 * `env` (`env.HF_TOKEN`, `env["HF_TOKEN"]`, `const { HF_TOKEN } = env`). `via` is the module.
 */
export function svelteKitEnvReads(node: TSESTree.ImportDeclaration, getScope: (node: TSESTree.Node) => TSESLint.Scope.Scope): EnvRead[] {
  const via = node.source.value;
  const isStatic = via.startsWith("$env/static/");
  return node.specifiers.flatMap((specifier): EnvRead[] => {
    if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return [];
    const imported = keyName(specifier.imported, false);
    if (imported === undefined) return [];
    if (isStatic) return [{ node: specifier, name: imported, via }];
    if (imported !== "env") return [];
    const variable = findVariable(getScope(specifier.local), specifier.local);
    return (variable?.references ?? []).flatMap((reference): EnvRead[] => {
      const read = reference.identifier;
      const parent = read.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === read) {
        const name = keyName(parent.property, parent.computed);
        return name === undefined ? [] : [{ node: parent, name, via }];
      }
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === read && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
        return parent.id.properties.flatMap((property): EnvRead[] => {
          if (property.type !== AST_NODE_TYPES.Property) return [];
          const name = keyName(property.key, property.computed);
          return name === undefined ? [] : [{ node: property, name, via }];
        });
      }
      return [];
    });
  });
}

/** Globals whose code reads the environment its own way, checked in this order. */
const RUNTIME_GLOBALS: ReadonlyArray<readonly [string, RuntimeEnvAccess]> = [
  ["Deno", "Deno.env.get"],
  ["Bun", "Bun.env"],
];

function readsGlobal(globalScope: TSESLint.Scope.Scope, name: string): boolean {
  // A configured global (`languageOptions.globals`) is a variable of the global scope; any other
  // stays unresolved and passes `through` it. A local of the same name is neither.
  if ((globalScope.set.get(name)?.references.length ?? 0) > 0) return true;
  return globalScope.through.some((reference) => reference.identifier.name === name);
}

/**
 * The runtime a file's code shows it runs on, by the globals it reads: `Deno` or `Bun`, and never
 * `process`. A fix in that file then reads the environment as the file already does
 * (`Deno.env.get("HF_TOKEN")`), rather than through Node's `process.env`. Scope, not text, so a
 * comment that names `Deno` proves nothing.
 */
export function runtimeOfCode(scopeManager: TSESLint.Scope.ScopeManager | null | undefined): RuntimeEnvAccess | undefined {
  const globalScope = scopeManager?.globalScope;
  if (!globalScope || readsGlobal(globalScope, "process")) return undefined;
  return RUNTIME_GLOBALS.find(([name]) => readsGlobal(globalScope, name))?.[1];
}
