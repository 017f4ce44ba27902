import { AST_NODE_TYPES } from "./node-types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { envReadName, isDenoEnv, isEnvObject, keyName, outermostValueWrapper, skipWrappers } from "./names";
import { findVariable } from "./scope";
import { CREDENTIAL_NAME_ENDING, HF_WORD_MENTION } from "../core";

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
  return readsOfEnvObject(node, viaOf(skipWrappers(node) as TSESTree.MemberExpression));
}

/**
 * The reads made of an object that holds the environment (`process.env`, SvelteKit's `env`),
 * where it is written: a key read from it (`env.X`, `env["X"]`, through wrappers), or the keys
 * destructured from it (`const { X } = env`).
 */
function readsOfEnvObject(envObject: TSESTree.Node, via: string): EnvRead[] {
  const written = outermostValueWrapper(envObject);
  const parent = written.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === written) {
    const name = keyName(parent.property, parent.computed);
    if (name === undefined) return [];
    const property = parent.property;
    const nameRange: TSESTree.Range =
      property.type === AST_NODE_TYPES.Identifier ? property.range : [property.range[0] + 1, property.range[1] - 1];
    return [{ node: parent, name, via, nameRange }];
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === written && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
    return parent.id.properties.flatMap((property) => {
      if (property.type !== AST_NODE_TYPES.Property) return [];
      const name = keyName(property.key, property.computed);
      // Renaming a destructured key would also rename the local binding: no name range.
      return name === undefined ? [] : [{ node: property, name, via }];
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
    return (variable?.references ?? []).flatMap((reference) => readsOfEnvObject(reference.identifier, via));
  });
}

/**
 * Attribute tests an env-style name passes when it can be a Hugging Face token's: the reads of
 * other names (`Tensor.FLOAT32`, `Level.DEBUG`, `getEnv("NODE_ENV")`) never reach the rule.
 */
function tokenNameTests(attribute: string): string {
  return `[${attribute}=/^[A-Z][A-Z0-9_]*$/][${attribute}=/${CREDENTIAL_NAME_ENDING.source}/i][${attribute}=/${HF_WORD_MENTION.source}/i]`;
}

/**
 * Reads of an env-style name (`HF_TOKEN`) on an object that is no env object itself: a config
 * built from the environment (`config.HF_TOKEN`) or an alias of one (`const env = import.meta.env`).
 * Lower-case keys (`options.hfToken`) are options, not the environment, and are left out.
 */
export const ENV_STYLE_MEMBER_SELECTOR = [
  `MemberExpression[computed=false]${tokenNameTests("property.name")}`,
  `MemberExpression[computed=true]${tokenNameTests("property.value")}`,
].join(", ");

/** Text short enough to name an object in a one-word column: `config`, `this.settings`. */
const PLAIN_PATH = /^[\w$.]+$/;

/**
 * The read an env-style member makes, unless another reader lists it: env objects
 * (`process.env.X`, `envReadsAt`) and SvelteKit's dynamic `env` (`svelteKitEnvReads`). An alias
 * of an env object is read through that object; anything else through its own text.
 */
export function envStyleMemberRead(
  node: TSESTree.MemberExpression,
  sourceText: string,
  getScope: (node: TSESTree.Node) => TSESLint.Scope.Scope,
): EnvRead | undefined {
  const name = keyName(node.property, node.computed);
  const object = skipWrappers(node.object);
  if (name === undefined || isEnvObject(object) || isDenoEnv(object)) return undefined;
  let via = sourceText.slice(object.range[0], object.range[1]);
  if (object.type === AST_NODE_TYPES.Identifier) {
    const definition = findVariable(getScope(object), object)?.defs[0];
    if (definition?.type === "ImportBinding") {
      const source = definition.parent.type === AST_NODE_TYPES.ImportDeclaration ? definition.parent.source.value : "";
      if ((SVELTEKIT_ENV_MODULES as readonly string[]).includes(source)) return undefined;
    }
    const init = definition?.type === "Variable" ? definition.node.init : null;
    if (init && isEnvObject(init)) via = viaOf(skipWrappers(init) as TSESTree.MemberExpression);
  }
  return { node, name, via: PLAIN_PATH.test(via) ? via : "an object" };
}

/** Calls given an env-style name as their first argument: `requireEnv("HF_TOKEN")`. */
export const NAMED_READ_CALL_SELECTOR = `CallExpression${tokenNameTests("arguments.0.value")}`;

/** A function that reads configuration by name, as its name says: `getEnv`, `getSecret`, `core.getInput`, `configService.get`. */
const READS_BY_NAME = /env|secret|config|input|var/i;
/** …unless its own name says it writes: `vi.stubEnv("HF_TOKEN", …)`, `setEnv`, `restoreEnv`. */
const WRITES_BY_NAME = /(?:^|\.)(?:set|restore|delete|unset|stub|mock|clear|reset|remove)[^.]*$/i;

/**
 * The read a call makes when it fetches a variable by name: the helper the TypeScript fix writes
 * (`requireEnv("HF_TOKEN")`), LangChain's `getEnvironmentVariable`, GitHub Actions'
 * `core.getInput`, a team's `getSecret`. `Deno.env.get` is an env read of its own.
 */
export function namedReadCall(node: TSESTree.CallExpression, sourceText: string): EnvRead | undefined {
  const argument = node.arguments[0];
  const callee = skipWrappers(node.callee);
  if (argument?.type !== AST_NODE_TYPES.Literal || typeof argument.value !== "string") return undefined;
  if (callee.type === AST_NODE_TYPES.MemberExpression && isDenoEnv(callee.object)) return undefined;
  const via = sourceText.slice(callee.range[0], callee.range[1]);
  return PLAIN_PATH.test(via) && READS_BY_NAME.test(via) && !WRITES_BY_NAME.test(via) ? { node, name: argument.value, via } : undefined;
}
