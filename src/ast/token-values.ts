import { AST_NODE_TYPES } from "./node-types";
import { findVariable, methodCallsOn } from "./scope";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findTokens, isHfTokenName } from "../core";
import type { TokenExport } from "../core/module-exports";
import { importedTokenExport } from "../io/module-exports";
import { FILLED_OBJECTS } from "../catalogue/requests";
import { TEXT_STYLING_MODULES } from "../catalogue/loggers";
import { ENV_LOADERS } from "../catalogue/env-loaders";
import { envReadName, isEnvObject, keyName, skipWrappers } from "./names";
import { moduleOfBinding, packageOfSpecifier, requiredSpecifier } from "./specifiers";

/*
 * One value flow inside a file, for every rule that follows a token to where it goes. A value is
 * followed backwards from where it is used (a logger's argument, a request's header) to what it
 * was made from, through:
 *   consts, and lets whose every write is a plain `=`;
 *   destructuring (`const { token } = config`, defaults included) and property reads (`config.token`);
 *   objects, arrays and spreads written in place, templates, `+`, `??`/`||`, `?:`, `await`;
 *   calls that pass text through (`String(t)`, `t.trim()`, `JSON.stringify(o)`);
 *   a local function's parameters (from the arguments of every call of it in the file, and their
 *   defaults) and its returns (`getToken()`);
 *   class fields (`token = …`, `this.token = …` in any method, constructor parameter properties),
 *   read as `this.token` inside the class;
 *   objects created with it (`new Client(token)` carries the token);
 *   imports of local modules (`import { hfToken } from "./config"`, `require("./config").hfToken`),
 *   where the module exports a token read or a literal in place (core/module-exports), and
 *   SvelteKit's `$env/static/private` and `$env/dynamic/private` reads.
 * What hides the token (`token.length`, `!!token`, `token.slice(0, 4)`, a comparison) carries none.
 * It is flow-insensitive: a value any write gives a variable is a value it may hold.
 */

type GetScope = (node: TSESTree.Node) => TSESLint.Scope.Scope;

/** The keys under which each type of node holds its children, as the file's parser gives them (`sourceCode.visitorKeys`). */
export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/** What the flow needs of the file: scopes, its path to resolve local imports, its text and its parser's visitor keys (class walks). */
export interface FlowFile {
  readonly getScope: GetScope;
  readonly filename: string;
  readonly text: string;
  readonly visitorKeys: VisitorKeys;
  /** The same object for every rule linting the file (ESLint's source code): what the file's answers are kept by. */
  readonly identity: object;
}

/** What a walk of a class or function body reads of the file, beside the nodes: scopes, and where nodes keep their children. */
export type WalkedFile = Pick<FlowFile, "getScope" | "visitorKeys">;

/*
 * A class, not an object literal with getters: V8 builds such a literal's accessors anew each
 * time, and every flow rule makes one per file it is called in (docs/performance.md, thirteenth round).
 */
class LazyFlowFile implements FlowFile {
  readonly getScope: GetScope = (node) => this.sourceCode().getScope(node);

  constructor(
    private readonly sourceCode: () => Readonly<TSESLint.SourceCode>,
    readonly filename: string,
  ) {}

  get text(): string {
    return this.sourceCode().text;
  }

  get visitorKeys(): VisitorKeys {
    return this.sourceCode().visitorKeys;
  }

  get identity(): object {
    return this.sourceCode();
  }
}

/** A rule's file for the flow, reading ESLint's source code only when asked. */
export function flowFileOf(sourceCode: () => Readonly<TSESLint.SourceCode>, filename: string): FlowFile {
  return new LazyFlowFile(sourceCode, filename);
}

const memoByFile = new WeakMap<object, Map<TSESLint.Scope.Variable, Map<string, string | null>>>();

function memoOf(file: FlowFile): Map<TSESLint.Scope.Variable, Map<string, string | null>> {
  const identity = file.identity;
  let memo = memoByFile.get(identity);
  if (!memo) {
    memo = new Map();
    memoByFile.set(identity, memo);
  }
  return memo;
}

/** What the flow names a literal token by, where it names an env variable or a binding otherwise. */
export const LITERAL_TOKEN = "a literal token";

/** Keys into a value, outermost first: `["headers", "Authorization"]`; array indices as text. */
type Path = readonly string[];

/** Steps a single question may take: the flow stays linear in the file however calls nest. */
const STEP_BUDGET = 400;
const MAX_DEPTH = 64;
const MAX_CALL_SITES = 32;

/** Calls that pass their argument's text through unchanged. */
const PASS_THROUGH_FUNCTIONS = new Set(["String", "encodeURIComponent", "encodeURI"]);
const PASS_THROUGH_METHODS = new Set(["toString", "trim", "trimStart", "trimEnd", "concat", "valueOf"]);
/** Node's `util` functions whose text holds their arguments' (Node.js 20 util docs: `format`, `formatWithOptions`, `inspect`, and `styleText` since 20.12). */
const TEXT_OF_ARGUMENTS = new Set(["format", "formatWithOptions", "inspect", "styleText"]);
/** Packages whose calls return their first argument's text, styled (src/catalogue/loggers.ts). */
const TEXT_STYLING_PACKAGES: ReadonlySet<string> = new Set(TEXT_STYLING_MODULES.map((entry) => packageOfSpecifier(entry.module)));
const isUtilModule = (module: string | undefined): boolean => module === "util" || module === "node:util";

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

interface PatternPath {
  /** Keys from the pattern's value to the binding. */
  readonly path: Path;
  /** Defaults on the way, each with the keys from its own value to the binding. */
  readonly defaults: ReadonlyArray<{ readonly value: TSESTree.Node; readonly path: Path }>;
}

/** A function declaration, expression or arrow. */
export const isFunction = (node: TSESTree.Node | null | undefined): node is FunctionNode =>
  node?.type === AST_NODE_TYPES.FunctionDeclaration || node?.type === AST_NODE_TYPES.FunctionExpression || node?.type === AST_NODE_TYPES.ArrowFunctionExpression;

/** The keys that lead from a pattern's value to `target`, or `undefined` when `target` is not in it. */
function patternPath(pattern: TSESTree.Node, target: TSESTree.Node): PatternPath | undefined {
  if (pattern === target) return { path: [], defaults: [] };
  switch (pattern.type) {
    case AST_NODE_TYPES.AssignmentPattern: {
      const found = patternPath(pattern.left, target);
      return found && { path: found.path, defaults: [...found.defaults, { value: pattern.right, path: found.path }] };
    }
    case AST_NODE_TYPES.TSParameterProperty:
      return patternPath(pattern.parameter, target);
    case AST_NODE_TYPES.RestElement:
      // `{ a, ...rest }`: the rest holds the other keys of the same object.
      return patternPath(pattern.argument, target);
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) {
          const found = patternPath(property, target);
          if (found) return found;
          continue;
        }
        const found = patternPath(property.value, target);
        const key = keyName(property.key, property.computed);
        if (found) return key === undefined ? undefined : { path: [key, ...found.path], defaults: found.defaults };
      }
      return undefined;
    case AST_NODE_TYPES.ArrayPattern:
      for (const [index, element] of pattern.elements.entries()) {
        if (!element || element.type === AST_NODE_TYPES.RestElement) continue;
        const found = patternPath(element, target);
        if (found) return { path: [String(index), ...found.path], defaults: found.defaults };
      }
      return undefined;
    default:
      return undefined;
  }
}

/** What a module export carries at `path`: the whole export, or a key of an object written in place. */
function exportAt(summary: TokenExport | undefined, path: Path): string | undefined {
  if (!summary) return undefined;
  if (path.length === 0) return summary.whole;
  return path.length === 1 ? summary.keys.get(path[0] ?? "") : undefined;
}


/** Keys of a node that never hold a child to walk. */
const NOT_CHILDREN = new Set(["parent", "loc", "range", "typeAnnotation", "returnType", "typeParameters", "typeArguments", "tokens", "comments"]);

/**
 * The nodes directly under `node`, for the few on-demand walks of a class or function body. The
 * parser's visitor keys name where they are; a type they do not list has its properties read
 * instead, as ESLint's own traversal does. Reading every node's properties made the walk of a
 * 50-line class 54 µs, against 32 µs with the keys (docs/performance.md, eleventh round).
 */
function childrenOf(node: TSESTree.Node, visitorKeys: VisitorKeys): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  const record = node as unknown as Record<string, unknown>;
  const keys = visitorKeys[node.type];
  if (keys === undefined) {
    for (const key in record) pushChildren(children, key, record[key]);
  } else {
    for (const key of keys) pushChildren(children, key, record[key]);
  }
  return children;
}

function pushChildren(children: TSESTree.Node[], key: string, value: unknown): void {
  if (NOT_CHILDREN.has(key)) return;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (item && typeof (item as TSESTree.Node).type === "string") children.push(item as TSESTree.Node);
  } else if (value && typeof (value as TSESTree.Node).type === "string") {
    children.push(value as TSESTree.Node);
  }
}

/** Whether the text in `range` writes `this.key = …` (not `==`). */
function writesField(text: string, range: TSESTree.Range, key: string): boolean {
  const written = `this.${key}`;
  // Searched in the class's own text: `indexOf` from the class's start would read on to the end of
  // the file wherever the class does not write the field, a megabyte in a bundle.
  const body = text.slice(range[0], range[1]);
  for (let at = body.indexOf(written); at !== -1; at = body.indexOf(written, at + written.length)) {
    let next = at + written.length;
    while (body[next] === " " || body[next] === "\t" || body[next] === "\n" || body[next] === "\r") next += 1;
    if (body[next] === "=" && body[next + 1] !== "=" && body[next + 1] !== ">") return true;
  }
  return false;
}

/**
 * Where the variables are in what `call` returns, when it loads the environment
 * (src/catalogue/env-loaders.ts): `loadEnv` imported from `vite`, `dotenv.config()`,
 * `require("dotenv").config()`.
 */
function envLoaderPath(call: TSESTree.CallExpression, getScope: GetScope): readonly string[] | undefined {
  const callee = skipWrappers(call.callee);
  let module: string | undefined;
  let exported: string | undefined;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    // Loaders are called by their own names (`loadEnv`, `config`): the binding is looked up only for those.
    if (!ENV_LOADER_EXPORTS.has(callee.name)) return undefined;
    const bound = moduleOfBinding(callee, getScope);
    module = bound?.module;
    exported = bound?.imported;
  } else if (callee.type === AST_NODE_TYPES.MemberExpression) {
    exported = keyName(callee.property, callee.computed);
    if (exported === undefined || !ENV_LOADER_EXPORTS.has(exported)) return undefined;
    const owner = skipWrappers(callee.object);
    const required = requiredSpecifier(owner);
    module = required !== undefined ? packageOfSpecifier(required) : owner.type === AST_NODE_TYPES.Identifier ? moduleOfBinding(owner, getScope)?.module : undefined;
  }
  if (module === undefined || exported === undefined) return undefined;
  return ENV_LOADERS.find((loader) => loader.module === module && loader.export === exported)?.path;
}

/**
 * Whether a value is the whole environment: `process.env`, `import.meta.env`, `Bun.env`, what an
 * env loader returns (`loadEnv(mode, root, "")`, dotenv's `config().parsed`), directly or through a
 * `const`, also given to `JSON.stringify` or spread into an object.
 */
export function isWholeEnvironment(node: TSESTree.Node, getScope: GetScope, depth = 0): boolean {
  if (depth > 4) return false;
  const inner = skipWrappers(node);
  if (isEnvObject(inner)) return true;
  switch (inner.type) {
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipWrappers(inner.callee);
      if (isJsonStringify(callee)) return inner.arguments[0] !== undefined && isWholeEnvironment(inner.arguments[0], getScope, depth + 1);
      return envLoaderPath(inner, getScope)?.length === 0;
    }
    case AST_NODE_TYPES.MemberExpression: {
      // `config().parsed`: the loaded variables at the loader's path.
      const object = skipWrappers(inner.object);
      const path = object.type === AST_NODE_TYPES.CallExpression ? envLoaderPath(object, getScope) : undefined;
      return path?.length === 1 && path[0] === keyName(inner.property, inner.computed);
    }
    case AST_NODE_TYPES.ObjectExpression:
      return inner.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement && isWholeEnvironment(property.argument, getScope, depth + 1));
    case AST_NODE_TYPES.Identifier: {
      const value = constantValueOf(inner, getScope);
      return value !== undefined && isWholeEnvironment(value, getScope, depth + 1);
    }
    default:
      return false;
  }
}

/** `JSON.stringify`: its text holds its argument's. */
function isJsonStringify(callee: TSESTree.Node): boolean {
  return callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === "JSON" && keyName(callee.property, callee.computed) === "stringify";
}

/** The names env loaders are exported under: a call of any other name is no loader. */
const ENV_LOADER_EXPORTS: ReadonlySet<string> = new Set(ENV_LOADERS.map((loader) => loader.export));

/** One question to the flow: the steps it has left, and the bindings it is inside (cycles end there). */
class FlowQuestion {
  private steps = STEP_BUDGET;
  private readonly inside = new Set<unknown>();
  private static readonly classWrites = new WeakMap<ClassNode, Map<string, TSESTree.Node[]>>();

  /** Answers cut short in this question: a cycle, the depth or the step budget. */
  private cuts = 0;

  constructor(
    private readonly file: FlowFile,
    /** What bindings carry, by path, kept for the file's later questions. */
    private readonly memo: Map<TSESLint.Scope.Variable, Map<string, string | null>>,
  ) {}

  /** The token the value of `node` at `path` carries; with `path` empty, anywhere in the value. */
  carried(node: TSESTree.Node, path: Path, depth: number): string | undefined {
    if (depth > MAX_DEPTH || this.steps <= 0) {
      this.cuts += 1;
      return undefined;
    }
    this.steps -= 1;
    const next = (child: TSESTree.Node | null | undefined, childPath: Path = path): string | undefined =>
      child ? this.carried(child, childPath, depth + 1) : undefined;
    const inner = skipWrappers(node);
    const envName = envReadName(inner);
    if (envName !== undefined) return path.length === 0 && isHfTokenName(envName) ? envName : undefined;
    if (path.length === 1 && isEnvObject(inner)) return isHfTokenName(path[0] ?? "") ? path[0] : undefined;
    const whole = path.length === 0;
    switch (inner.type) {
      case AST_NODE_TYPES.Literal:
        return whole && typeof inner.value === "string" && findTokens(inner.value).length > 0 ? LITERAL_TOKEN : undefined;
      case AST_NODE_TYPES.TemplateLiteral:
        if (!whole) return undefined;
        if (inner.quasis.some((quasi) => findTokens(quasi.value.cooked ?? quasi.value.raw).length > 0)) return LITERAL_TOKEN;
        return firstDefined(inner.expressions, (expression) => next(expression));
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return undefined;
      case AST_NODE_TYPES.BinaryExpression:
        return whole && inner.operator === "+" ? (next(inner.left) ?? next(inner.right)) : undefined;
      case AST_NODE_TYPES.LogicalExpression:
        return inner.operator === "&&" ? next(inner.right) : (next(inner.left) ?? next(inner.right));
      case AST_NODE_TYPES.ConditionalExpression:
        return next(inner.consequent) ?? next(inner.alternate);
      case AST_NODE_TYPES.AwaitExpression:
        return next(inner.argument);
      case AST_NODE_TYPES.SequenceExpression:
        return next(inner.expressions.at(-1));
      case AST_NODE_TYPES.AssignmentExpression:
        return inner.operator === "=" ? next(inner.right) : undefined;
      case AST_NODE_TYPES.ObjectExpression:
        return this.objectAt(inner, path, depth);
      case AST_NODE_TYPES.ArrayExpression:
        if (whole) {
          return firstDefined(inner.elements, (element) => (element?.type === AST_NODE_TYPES.SpreadElement ? next(element.argument) : next(element)));
        }
        return /^\d+$/.test(path[0] ?? "") ? next(inner.elements[Number(path[0])], path.slice(1)) : undefined;
      case AST_NODE_TYPES.CallExpression:
        return (whole ? this.passedThrough(inner, depth) : undefined) ?? this.returned(inner, path, depth);
      case AST_NODE_TYPES.NewExpression:
        // A client created with the token holds it; `new Api(token).token` reads the field it set.
        return whole ? firstDefined(inner.arguments, (argument) => next(argument)) : this.instanceField(inner, path, depth);
      case AST_NODE_TYPES.MemberExpression: {
        const key = inner.property.type === AST_NODE_TYPES.Literal && typeof inner.property.value === "number" ? String(inner.property.value) : keyName(inner.property, inner.computed);
        if (key === undefined) return undefined;
        if (inner.object.type === AST_NODE_TYPES.ThisExpression) return this.classField(inner.object, [key, ...path], depth);
        return next(inner.object, [key, ...path]);
      }
      case AST_NODE_TYPES.Identifier: {
        // Named as the code names it: the reader finds `token` in the line reported.
        const found = this.bound(inner, path, depth);
        return found !== undefined && whole ? inner.name : found;
      }
      default:
        return undefined;
    }
  }

  private objectAt(object: TSESTree.ObjectExpression, path: Path, depth: number): string | undefined {
    if (path.length === 0) {
      return firstDefined(object.properties, (property) =>
        this.carried(property.type === AST_NODE_TYPES.Property ? property.value : property.argument, [], depth + 1),
      );
    }
    const [key, ...rest] = path;
    // The last entry that can give the key wins, as it does at run time.
    for (let index = object.properties.length - 1; index >= 0; index -= 1) {
      const property = object.properties[index];
      if (!property) continue;
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const found = this.carried(property.argument, path, depth + 1);
        if (found !== undefined) return found;
      } else if (keyName(property.key, property.computed) === key) {
        return this.carried(property.value, rest, depth + 1);
      }
    }
    return undefined;
  }

  private passedThrough(call: TSESTree.CallExpression, depth: number): string | undefined {
    const callee = skipWrappers(call.callee);
    const argument = call.arguments[0];
    if (callee.type === AST_NODE_TYPES.Identifier && PASS_THROUGH_FUNCTIONS.has(callee.name)) {
      return argument ? this.carried(argument, [], depth + 1) : undefined;
    }
    // `format("%s", token)` imported from Node's util module.
    if (callee.type === AST_NODE_TYPES.Identifier && TEXT_OF_ARGUMENTS.has(callee.name) && isUtilModule(moduleOfBinding(callee, this.file.getScope)?.module)) {
      return firstDefined(call.arguments, (given) => this.carried(given, [], depth + 1));
    }
    if (argument && this.stylesText(callee)) return this.carried(argument, [], depth + 1);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = keyName(callee.property, callee.computed);
    if (isJsonStringify(callee)) {
      return argument ? this.carried(argument, [], depth + 1) : undefined;
    }
    if (method !== undefined && TEXT_OF_ARGUMENTS.has(method) && callee.object.type === AST_NODE_TYPES.Identifier && (callee.object.name === "util" || isUtilModule(moduleOfBinding(callee.object, this.file.getScope)?.module))) {
      return firstDefined(call.arguments, (given) => this.carried(given, [], depth + 1));
    }
    return method !== undefined && PASS_THROUGH_METHODS.has(method) ? this.carried(callee.object, [], depth + 1) : undefined;
  }

  /** Whether a callee is a text-styling package or one of its members at any depth: `chalk.bold.red`, `kleur.red().bold`, `red` from colorette. */
  private stylesText(callee: TSESTree.Node): boolean {
    let root = callee;
    for (let hops = 0; hops < 8; hops += 1) {
      if (root.type === AST_NODE_TYPES.MemberExpression) root = skipWrappers(root.object);
      else if (root.type === AST_NODE_TYPES.CallExpression) root = skipWrappers(root.callee);
      else break;
    }
    if (root.type !== AST_NODE_TYPES.Identifier) return false;
    const module = moduleOfBinding(root, this.file.getScope)?.module;
    return module !== undefined && TEXT_STYLING_PACKAGES.has(module);
  }

  /** What a call of a local function, or of a function a local module exports, returns. */
  private returned(call: TSESTree.CallExpression, path: Path, depth: number): string | undefined {
    const loaded = envLoaderPath(call, this.file.getScope);
    if (loaded !== undefined) {
      // `loadEnv(mode, root, "").HF_TOKEN`: a key of the loaded variables is an env read.
      const rest = loaded.every((key, index) => path[index] === key) ? path.slice(loaded.length) : [];
      return rest.length === 1 && isHfTokenName(rest[0] ?? "") ? rest[0] : undefined;
    }
    const callee = skipWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = findVariable(this.file.getScope(callee), callee);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!definition) return undefined;
    if (definition.type === "ImportBinding") return path.length === 0 ? this.imported(definition, []) : undefined;
    const fn = definition.type === "FunctionName" ? definition.node : definition.type === "Variable" ? definition.node.init && skipWrappers(definition.node.init) : undefined;
    if (!isFunction(fn)) return undefined;
    if (this.inside.has(fn)) {
      this.cuts += 1;
      return undefined;
    }
    this.inside.add(fn);
    try {
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return this.carried(fn.body, path, depth + 1);
      return firstDefined(returnedValues(fn.body, this.file.visitorKeys), (value) => this.carried(value, path, depth + 1));
    } finally {
      this.inside.delete(fn);
    }
  }

  /** The value a name is bound to, at `path`. */
  private bound(identifier: TSESTree.Identifier, path: Path, depth: number): string | undefined {
    const variable = findVariable(this.file.getScope(identifier), identifier);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || !definition) return undefined;
    if (this.inside.has(variable)) {
      this.cuts += 1;
      return undefined;
    }
    // What a binding carries at a path is the same for every question in the file: kept, unless
    // this answer was cut short (a cycle or the step budget), which another question may finish.
    const memo = this.memo.get(variable);
    const pathKey = path.join("\0");
    if (memo?.has(pathKey)) return memo.get(pathKey) ?? undefined;
    const cutsBefore = this.cuts;
    this.inside.add(variable);
    let found: string | undefined;
    try {
      switch (definition.type) {
        case "Variable":
          found = definition.name.type === AST_NODE_TYPES.Identifier ? this.variableValue(variable, definition.node, definition.name, path, depth) : undefined;
          break;
        case "Parameter":
          found = isFunction(definition.node) && definition.name.type === AST_NODE_TYPES.Identifier ? this.parameterValue(definition.node, definition.name, path, depth) : undefined;
          break;
        case "ImportBinding":
          found = this.imported(definition, path);
          break;
        default:
          found = undefined;
      }
    } finally {
      this.inside.delete(variable);
    }
    if (this.cuts === cutsBefore) {
      const known = memo ?? new Map<string, string | null>();
      known.set(pathKey, found ?? null);
      this.memo.set(variable, known);
    }
    return found;
  }

  private fromDefaults(found: PatternPath, path: Path, depth: number): string | undefined {
    return firstDefined(found.defaults, (fallback) => this.carried(fallback.value, [...fallback.path, ...path], depth + 1));
  }

  private variableValue(
    variable: TSESLint.Scope.Variable,
    declarator: TSESTree.VariableDeclarator,
    name: TSESTree.Identifier,
    path: Path,
    depth: number,
  ): string | undefined {
    const found = patternPath(declarator.id, name);
    if (!found) return undefined;
    const specifier = requiredSpecifier(declarator.init);
    if (specifier !== undefined) return this.required(specifier, [...found.path, ...path]);
    // Every value written to it must carry the token (`let token; token = process.env.HF_TOKEN`):
    // `token = mask(token)` later means what is logged may be the masked form, which is not reported.
    const later = variable.references.filter((reference) => reference.isWrite() && !reference.init);
    const written: TSESTree.Node[] = [];
    for (const reference of later) {
      const assignment = reference.identifier.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=" || assignment.left !== reference.identifier) return undefined;
      written.push(assignment.right);
    }
    const initial = declarator.init ? this.carried(declarator.init, [...found.path, ...path], depth + 1) : undefined;
    const first = initial ?? this.fromDefaults(found, path, depth);
    if (later.length === 0) return first ?? (found.path.length === 0 && path.length === 0 ? this.filledByMethods(variable, declarator.init, depth) : undefined);
    if (declarator.init && first === undefined) return undefined;
    let carried = first;
    for (const value of written) {
      const each = this.carried(value, path, depth + 1);
      if (each === undefined) return undefined;
      carried ??= each;
    }
    return carried;
  }

  /** What a `new Headers()`, `URLSearchParams` or `FormData` kept in a variable is given by its `set`/`append` calls (src/catalogue/requests.ts). */
  private filledByMethods(variable: TSESLint.Scope.Variable, init: TSESTree.Expression | null, depth: number): string | undefined {
    const made = init ? skipWrappers(init) : undefined;
    if (made?.type !== AST_NODE_TYPES.NewExpression || made.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    const constructorName = made.callee.name;
    const filled = FILLED_OBJECTS.find((entry) => entry.constructorName === constructorName);
    if (!filled) return undefined;
    return firstDefined(methodCallsOn(variable), (call) => {
      const member = call.callee as TSESTree.MemberExpression;
      const method = keyName(member.property, member.computed);
      const value = method !== undefined && filled.methods.includes(method) ? call.arguments[filled.valueArgument] : undefined;
      return value ? this.carried(value, [], depth + 1) : undefined;
    });
  }

  private parameterValue(fn: FunctionNode, name: TSESTree.Identifier, path: Path, depth: number): string | undefined {
    const index = fn.params.findIndex((parameter) => parameter.range[0] <= name.range[0] && name.range[1] <= parameter.range[1]);
    const parameter = fn.params[index];
    const found = parameter && patternPath(parameter, name);
    if (!found) return undefined;
    const fallback = this.fromDefaults(found, path, depth);
    if (fallback !== undefined) return fallback;
    return firstDefined(this.callsOf(fn), (call) => {
      const spreadBefore = call.arguments.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement);
      const argument = spreadBefore ? undefined : call.arguments[index];
      return argument ? this.carried(argument, [...found.path, ...path], depth + 1) : undefined;
    });
  }

  /** The calls of a local function in the file: by its name, or `new` of its class for a constructor. */
  private callsOf(fn: FunctionNode): Array<TSESTree.CallExpression | TSESTree.NewExpression> {
    const parent = fn.parent;
    let name: TSESTree.Identifier | undefined;
    let isConstructor = false;
    let owner: ClassNode | undefined;
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration) name = fn.id ?? undefined;
    else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) name = parent.id;
    else if (parent?.type === AST_NODE_TYPES.MethodDefinition && parent.kind === "constructor") {
      owner = parent.parent.parent;
      isConstructor = true;
      if (owner.type === AST_NODE_TYPES.ClassDeclaration) name = owner.id ?? undefined;
      else if (owner.parent?.type === AST_NODE_TYPES.VariableDeclarator && owner.parent.id.type === AST_NODE_TYPES.Identifier) name = owner.parent.id;
    }
    if (!name) return [];
    // A class's own scope binds its name again, for uses inside it only: look from the scope around it.
    const scope = owner ? this.file.getScope(owner).upper : this.file.getScope(fn);
    // By name: given the node, the lookup would start from the innermost scope around it, the class's.
    const variable = scope && findVariable(scope, name.name);
    const calls: Array<TSESTree.CallExpression | TSESTree.NewExpression> = [];
    for (const reference of variable?.references ?? []) {
      const use = reference.identifier.parent;
      const isCall = isConstructor ? use?.type === AST_NODE_TYPES.NewExpression : use?.type === AST_NODE_TYPES.CallExpression;
      if (isCall && (use as TSESTree.CallExpression | TSESTree.NewExpression).callee === reference.identifier) calls.push(use as TSESTree.CallExpression | TSESTree.NewExpression);
      if (calls.length >= MAX_CALL_SITES) break;
    }
    return calls;
  }

  private imported(definition: TSESLint.Scope.Definition, path: Path): string | undefined {
    const declaration = definition.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || typeof declaration.source.value !== "string") return undefined;
    const specifier = definition.node;
    const source = declaration.source.value;
    // SvelteKit's env modules: `import { HF_TOKEN } from "$env/static/private"`, `env.HF_TOKEN` of `$env/dynamic/private`.
    const svelteKitEnv = /^\$env\/(static|dynamic)\/(?:private|public)$/.exec(source)?.[1];
    if (svelteKitEnv === "static" && specifier.type === AST_NODE_TYPES.ImportSpecifier && path.length === 0) {
      const name = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
      return isHfTokenName(name) ? name : undefined;
    }
    if (svelteKitEnv === "dynamic") return path.length === 1 && isHfTokenName(path[0] ?? "") ? path[0] : undefined;
    if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return path.length > 0 ? this.required(source, path) : undefined;
    if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) return exportAt(importedTokenExport(this.file.filename, source, "default"), path);
    if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
    const importedName = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
    return exportAt(importedTokenExport(this.file.filename, source, importedName), path);
  }

  /** `require("./config")` (or a namespace import) read at `path`: `.hfToken` is the export of that name. */
  private required(specifier: string, path: Path): string | undefined {
    if (path.length === 0) return exportAt(importedTokenExport(this.file.filename, specifier, "default"), []);
    const [name = "", ...rest] = path;
    return exportAt(importedTokenExport(this.file.filename, specifier, name), rest);
  }

  /** `this.token` inside a class: its field's value, every `this.token = …`, or a constructor parameter property. */
  private classField(self: TSESTree.ThisExpression, path: Path, depth: number): string | undefined {
    return this.fieldOf(classOf(self), path, depth);
  }

  /** `new Api(…).token`, or `api.token` where `api` was made so: the field as the class sets it. */
  private instanceField(creation: TSESTree.NewExpression, path: Path, depth: number): string | undefined {
    const callee = skipWrappers(creation.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    const definition = findVariable(this.file.getScope(callee), callee)?.defs[0];
    const owner = definition?.type === "ClassName" ? definition.node : definition?.type === "Variable" ? definition.node.init && skipWrappers(definition.node.init) : undefined;
    return owner?.type === AST_NODE_TYPES.ClassDeclaration || owner?.type === AST_NODE_TYPES.ClassExpression ? this.fieldOf(owner, path, depth) : undefined;
  }

  private fieldOf(owner: ClassNode | undefined, path: Path, depth: number): string | undefined {
    const [key, ...rest] = path;
    if (!owner || key === undefined) return undefined;
    if (this.inside.has(owner)) {
      this.cuts += 1;
      return undefined;
    }
    this.inside.add(owner);
    try {
      return firstDefined(this.fieldValues(owner, key), (value) =>
        value.type === AST_NODE_TYPES.Identifier && value.parent?.type === AST_NODE_TYPES.TSParameterProperty
          ? this.bound(value, rest, depth + 1)
          : this.carried(value, rest, depth + 1),
      );
    } finally {
      this.inside.delete(owner);
    }
  }

  /** The values the class gives field `key`: its declaration, a parameter property, and every `this.key = …` in its methods. */
  private fieldValues(owner: ClassNode, key: string): TSESTree.Node[] {
    let byKey = FlowQuestion.classWrites.get(owner);
    if (!byKey) {
      byKey = new Map();
      FlowQuestion.classWrites.set(owner, byKey);
    }
    const known = byKey.get(key);
    if (known) return known;
    const found: TSESTree.Node[] = [];
    for (const member of owner.body.body) {
      if (member.type === AST_NODE_TYPES.PropertyDefinition && member.value && keyName(member.key, member.computed) === key) found.push(member.value);
      if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "constructor") {
        for (const parameter of member.value.params) {
          if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const binding = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
          if (binding.type === AST_NODE_TYPES.Identifier && binding.name === key) found.push(binding);
        }
      }
    }
    // The walk is paid only where the class's text writes `this.key =`: classes in bundles are large.
    if (writesField(this.file.text, owner.range, key)) found.push(...FlowQuestion.instanceWritesOf(owner, this.file.visitorKeys).get(key) ?? []);
    byKey.set(key, found);
    return found;
  }

  private static readonly instanceWrites = new WeakMap<ClassNode, ReadonlyMap<string, readonly TSESTree.Node[]>>();

  /** Every `this.key = value` in the class's methods, by key: one walk of the class, whatever keys are asked for. */
  private static instanceWritesOf(owner: ClassNode, visitorKeys: VisitorKeys): ReadonlyMap<string, readonly TSESTree.Node[]> {
    const known = FlowQuestion.instanceWrites.get(owner);
    if (known) return known;
    const writes = new Map<string, TSESTree.Node[]>();
    forEachNodeWithInstanceThis(owner, visitorKeys, (node) => {
      if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== "=" || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
      if (node.left.object.type !== AST_NODE_TYPES.ThisExpression) return;
      const key = keyName(node.left.property, node.left.computed);
      if (key === undefined) return;
      const values = writes.get(key);
      if (values) values.push(node.right);
      else writes.set(key, [node.right]);
    });
    FlowQuestion.instanceWrites.set(owner, writes);
    return writes;
  }
}

/** Every node of a class where `this` is its instance: a `function` below a method, or a nested class, has its own `this`; arrows share the method's. */
export function forEachNodeWithInstanceThis(owner: ClassNode, visitorKeys: VisitorKeys, visit: (node: TSESTree.Node) => void): void {
  const walk = (node: TSESTree.Node, inMethod: boolean): void => {
    const hasOwnThis = node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration;
    if (hasOwnThis && inMethod && node.parent?.type !== AST_NODE_TYPES.MethodDefinition) return;
    if ((node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) && node !== owner) return;
    visit(node);
    for (const child of childrenOf(node, visitorKeys)) walk(child, inMethod || node.type === AST_NODE_TYPES.MethodDefinition);
  };
  walk(owner, false);
}

/** The class whose instance `this` is: through arrows, up to the method or field it is written in. */
export function classOf(self: TSESTree.Node): ClassNode | undefined {
  for (let node = self.parent; node; node = node.parent) {
    if (node.type === AST_NODE_TYPES.FunctionExpression) {
      const member = node.parent;
      if (member?.type !== AST_NODE_TYPES.MethodDefinition) return undefined;
      const owner = member.parent.parent;
      return owner.type === AST_NODE_TYPES.ClassDeclaration || owner.type === AST_NODE_TYPES.ClassExpression ? owner : undefined;
    }
    if (node.type === AST_NODE_TYPES.FunctionDeclaration) return undefined;
    if (node.type === AST_NODE_TYPES.PropertyDefinition) {
      const owner = node.parent.parent;
      return owner.type === AST_NODE_TYPES.ClassDeclaration || owner.type === AST_NODE_TYPES.ClassExpression ? owner : undefined;
    }
  }
  return undefined;
}


/** The values a function body returns, not counting those of functions nested in it. */
const returnedValuesOf = new WeakMap<TSESTree.BlockStatement, TSESTree.Node[]>();

export function returnedValues(body: TSESTree.BlockStatement, visitorKeys: VisitorKeys): TSESTree.Node[] {
  const known = returnedValuesOf.get(body);
  if (known) return known;
  const values: TSESTree.Node[] = [];
  returnedValuesOf.set(body, values);
  const walk = (node: TSESTree.Node): void => {
    if (isFunction(node) || node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) return;
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) values.push(node.argument);
      return;
    }
    for (const child of childrenOf(node, visitorKeys)) walk(child);
  };
  for (const statement of body.body) walk(statement);
  return values;
}

function firstDefined<T>(items: readonly T[], read: (item: T) => string | undefined): string | undefined {
  for (const item of items) {
    const found = read(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The name of the Hugging Face token an expression's value carries (an env read of a token-like
 * name, a literal token, or a value made from one: see the module comment), or `undefined`.
 */
export function carriedTokenName(node: TSESTree.Node, file: FlowFile): string | undefined {
  return new FlowQuestion(file, memoOf(file)).carried(node, [], 0);
}

/** The token the value of `node` carries at `path` (`["props"]` of a returned object). */
export function carriedTokenNameAt(node: TSESTree.Node, path: readonly string[], file: FlowFile): string | undefined {
  return new FlowQuestion(file, memoOf(file)).carried(node, path, 0);
}

/** The `const` a name is bound to, when its initial value is the only one: for reading a URL written elsewhere. */
export function constantValueOf(identifier: TSESTree.Identifier, getScope: GetScope): TSESTree.Expression | undefined {
  const variable = findVariable(getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== "Variable" || definition.node.id !== definition.name || !definition.node.init) return undefined;
  if (definition.parent.kind !== "const" && variable?.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  return definition.node.init;
}
