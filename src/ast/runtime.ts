import { AST_NODE_TYPES } from "./node-types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { RUNTIME_SETTING_VALUES, runtimeFromSetting, runtimeOf, type CodeFacts, type RuntimeVerdict } from "../core";
import { projectOfFile } from "../io/project";
import { componentOfProgram, isClientFile } from "./fix-policy";
import { keyName } from "./names";
import { pluginSetting } from "./plugin-settings";

type SourceCode = Readonly<TSESLint.SourceCode>;

const NODE_CODE: RuntimeVerdict = { runtime: "node", where: "Node code" };

const BROWSER_GLOBALS = ["window", "document", "localStorage", "sessionStorage", "self", "location"] as const;
const NODE_GLOBALS = ["require", "__dirname", "__filename", "Buffer", "module", "exports"] as const;
/** Node's built-in modules a server file imports; `node:` names are all built-ins. */
const NODE_BUILTINS = new Set(["fs", "fs/promises", "path", "os", "child_process", "http", "https", "net", "crypto", "url", "util", "stream", "worker_threads", "dns", "tls", "zlib", "cluster", "readline"]);

/** The global's reads: a configured global (`languageOptions.globals`) is a variable of the global scope; any other stays unresolved and passes `through` it. A local of the same name is neither. */
function globalReads(globalScope: TSESLint.Scope.Scope, name: string): TSESTree.Identifier[] {
  const configured = globalScope.set.get(name)?.references ?? [];
  return [...configured, ...globalScope.through.filter((reference) => reference.identifier.name === name)].map((reference) => reference.identifier as TSESTree.Identifier);
}

function readsGlobal(globalScope: TSESLint.Scope.Scope, name: string): boolean {
  return globalReads(globalScope, name).length > 0;
}

/** `process.argv`, `process.exit()`, `process.cwd()`: Node's process. `process.env.X` alone is what bundlers inline for browsers too. */
function readsNodeProcess(globalScope: TSESLint.Scope.Scope): boolean {
  return globalReads(globalScope, "process").some((identifier) => {
    const parent = identifier.parent;
    return parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== identifier || keyName(parent.property, parent.computed) !== "env";
  });
}

function importsNodeBuiltin(program: TSESTree.Program): boolean {
  return program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      (statement.source.value.startsWith("node:") || NODE_BUILTINS.has(statement.source.value)),
  );
}

function directiveOf(program: TSESTree.Program): CodeFacts["directive"] {
  if (isClientFile(program)) return "use client";
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return undefined;
    if (statement.directive === "use server") return "use server";
  }
  return undefined;
}

/** What a file's own code says of where it runs: directives, and the globals it reads (scope, not text). */
export function codeFactsOf(sourceCode: SourceCode): CodeFacts {
  const program = sourceCode.ast;
  const globalScope = sourceCode.scopeManager?.globalScope;
  const reads = (names: readonly string[]) => globalScope !== null && globalScope !== undefined && names.some((name) => readsGlobal(globalScope, name));
  const readsProcess = reads(["process"]);
  const runtimeGlobal = readsProcess ? undefined : reads(["Deno"]) ? "deno" : reads(["Bun"]) ? "bun" : undefined;
  return {
    directive: directiveOf(program),
    browserGlobals: reads(BROWSER_GLOBALS),
    nodeGlobals: reads(NODE_GLOBALS) || (globalScope !== null && globalScope !== undefined && readsNodeProcess(globalScope)) || importsNodeBuiltin(program),
    runtimeGlobal,
  };
}

/** The plugin's shared settings: `settings: { "hf-secrets": { runtime: "browser" } }` for files a config's `files` names. */
function runtimeSetting(settings: unknown): RuntimeVerdict | undefined {
  const value = pluginSetting(settings, "runtime", RUNTIME_SETTING_VALUES);
  return value === undefined ? undefined : runtimeFromSetting(value);
}

/**
 * Where the file runs (core/runtime): the team's setting first, then the component framework
 * whose parser read it, then its project's conventions and its own code.
 */
export function runtimeOfFile(options: { sourceCode: SourceCode; filename: string; settings: unknown }): RuntimeVerdict {
  const { sourceCode, filename } = options;
  const configured = runtimeSetting(options.settings);
  if (configured) return configured;
  // A text language's tree (notebooks, .env, Markdown): its fixes are the format's own.
  if (sourceCode.ast.type !== AST_NODE_TYPES.Program) return NODE_CODE;
  const component = componentOfProgram(sourceCode.ast);
  if (component === "svelte") return { runtime: "browser", where: "a Svelte component" };
  if (component === "vue") return { runtime: "browser", where: "a Vue component" };
  if (component === "astro") return { runtime: "node", where: "an Astro component", framework: "astro" };
  return runtimeOf({ ...projectOfFile(filename), code: codeFactsOf(sourceCode) });
}
