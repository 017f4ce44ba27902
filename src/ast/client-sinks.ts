import { AST_NODE_TYPES } from "./node-types";
import { findVariable, methodCallsOn } from "./scope";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { regExpAlternatives } from "../core";
import { CLIENT_STORAGE_TABLE } from "../catalogue/client-storage";
import { PAGE_DATA_FUNCTIONS, REALTIME_SERVERS, RESPONSE_APIS, ROUTE_HANDLER_RETURNS, SERVER_FUNCTION_DIRECTIVES, type RealtimeServer, type RouteHandlerReturn } from "../catalogue/responses";
import { isClientFile } from "./fix-policy";
import { keyName, referencedName, skipWrappers } from "./names";
import { moduleOfBinding, packageOfSpecifier, requiredSpecifier } from "./specifiers";
import { constantValueOf, isFunction, returnedValues, type FunctionNode, type VisitorKeys, type WalkedFile } from "./token-values";
import { importsClientModule } from "../io/module-exports";
import { sentArguments } from "./requests";

/*
 * Where a value leaves the server for the client, or is kept in the browser: response bodies and
 * cookies (src/catalogue/responses.ts) and client-side storage (src/catalogue/client-storage.ts).
 * Code holds only the matching; which APIs and which argument come from the tables.
 */

export interface ClientSink {
  /** Set for a page-data function's return: the keys of the value that reach the page (`props`). */
  readonly path?: readonly string[];
  /** How the code sends or stores it, for messages: `res.json`, `new Response`, `localStorage.setItem`. */
  readonly api: string;
  readonly kind: "response" | "storage" | "page-data" | "client-props" | "handler-return" | "server-function" | "push";
  /** The value sent or stored. */
  readonly value: TSESTree.Node;
}

type GetScope = (node: TSESTree.Node) => TSESLint.Scope.Scope;


const RESPONSE_METHODS = RESPONSE_APIS.filter((api) => api.form === "method");
const RESPONSE_PROPERTIES = RESPONSE_APIS.filter((api) => api.form === "property-write");
const RESPONSE_CONSTRUCTORS = RESPONSE_APIS.filter((api) => api.form === "constructor");
const RESPONSE_STATICS = RESPONSE_APIS.filter((api) => api.form === "static");
const RESPONSE_FUNCTIONS = RESPONSE_APIS.filter((api) => api.form === "function");
const STORAGE_METHODS = CLIENT_STORAGE_TABLE.filter((entry) => entry.methods.length > 0);
const STORAGE_WRITES = CLIENT_STORAGE_TABLE.filter((entry) => entry.propertyWrite);


/** Express's, Fastify's and Koa's response setters that return the response, so calls chain. */
const CHAINED_SETTERS = new Set(["status", "code", "type", "set", "header", "headers", "append", "vary", "location", "cookie", "clearCookie"]);

const CALLED_METHODS = `/^(?:${regExpAlternatives([...RESPONSE_METHODS, ...RESPONSE_STATICS].flatMap((api) => api.names).concat(STORAGE_METHODS.flatMap((entry) => entry.methods)))})$/`;
const CALLED_OWNERS = `/^(?:${regExpAlternatives([...RESPONSE_METHODS, ...RESPONSE_STATICS].flatMap((api) => api.receivers).concat(STORAGE_METHODS.map((entry) => entry.owner)))})$/`;

/**
 * Selects every node `clientSinksAt` can recognise, from the tables. A method call is selected
 * only on an owner the tables name (`res`, `this.res`, `window.localStorage`), or on a call or
 * `await` that can return one (`res.status(200)`, `cookies()`): `.set`, `.end` and `.json` of other
 * objects are everywhere.
 */
export const CLIENT_SINK_SELECTOR = [
  `CallExpression[callee.property.name=${CALLED_METHODS}][callee.object.name=${CALLED_OWNERS}]`,
  `CallExpression[callee.property.name=${CALLED_METHODS}][callee.object.property.name=${CALLED_OWNERS}]`,
  `CallExpression[callee.property.name=${CALLED_METHODS}][callee.object.type=/^(?:CallExpression|AwaitExpression|TSAsExpression|TSNonNullExpression)$/]`,
  `AssignmentExpression[left.property.name=/^(?:${regExpAlternatives(RESPONSE_PROPERTIES.flatMap((api) => api.names))})$/]`,
  `AssignmentExpression[left.object.name=/^(?:${regExpAlternatives(STORAGE_WRITES.map((entry) => entry.owner))})$/]`,
  'AssignmentExpression[left.property.name="cookie"]',
  `NewExpression[callee.name=/^(?:${regExpAlternatives(RESPONSE_CONSTRUCTORS.flatMap((api) => api.receivers))})$/]`,
  `CallExpression[callee.name=/^(?:${regExpAlternatives(RESPONSE_FUNCTIONS.flatMap((api) => api.receivers))})$/]`,
].join(", ");

/** The name an object is known by: `res`, `this.res`'s `res`, `window.localStorage`'s `localStorage`, `cookies()`'s `cookies`. */
function ownerName(node: TSESTree.Node): string | undefined {
  const inner = skipWrappers(node);
  if (inner.type === AST_NODE_TYPES.AwaitExpression) return ownerName(inner.argument);
  // `res.status(200).json(…)`, `reply.code(201).send(…)`: setters that return the response.
  if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = keyName(inner.callee.property, inner.callee.computed);
    if (method !== undefined && CHAINED_SETTERS.has(method)) return ownerName(inner.callee.object);
  }
  if (inner.type === AST_NODE_TYPES.CallExpression && inner.arguments.length === 0) return referencedName(inner.callee);
  return referencedName(inner);
}

function argumentAt(call: TSESTree.CallExpression | TSESTree.NewExpression, position: number | "last"): TSESTree.Node | undefined {
  const argument = position === "last" ? call.arguments.at(-1) : call.arguments[position];
  return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : undefined;
}


function callSinks(call: TSESTree.CallExpression, getScope: GetScope): ClientSink[] {
  const callee = skipWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const from = moduleOfBinding(callee, getScope)?.module;
    const api = from === undefined ? undefined : RESPONSE_FUNCTIONS.find((candidate) => candidate.receivers.includes(callee.name) && candidate.packages?.includes(from) === true);
    const value = api && argumentAt(call, api.argument);
    return value ? [{ api: callee.name, kind: "response", value }] : [];
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const method = keyName(callee.property, callee.computed);
  const owner = ownerName(callee.object);
  if (method === undefined || owner === undefined) return [];
  const sinks: ClientSink[] = [];
  for (const api of [...RESPONSE_METHODS, ...RESPONSE_STATICS]) {
    if (!api.names.includes(method) || !api.receivers.includes(owner)) continue;
    const value = argumentAt(call, api.argument);
    if (value) sinks.push({ api: `${owner}.${method}`, kind: "response", value });
  }
  for (const entry of STORAGE_METHODS) {
    if (entry.owner !== owner || !entry.methods.includes(method)) continue;
    const value = argumentAt(call, entry.valueArgument);
    if (value) sinks.push({ api: `${owner}.${method}`, kind: "storage", value });
  }
  return sinks.slice(0, 1);
}

function assignmentSinks(assignment: TSESTree.AssignmentExpression): ClientSink[] {
  const target = assignment.left;
  if (target.type !== AST_NODE_TYPES.MemberExpression) return [];
  const property = keyName(target.property, target.computed);
  const owner = ownerName(target.object);
  if (owner === undefined) return [];
  // `ctx.body = …`, `ctx.response.body = …`.
  const responseOwner = owner === "response" && target.object.type === AST_NODE_TYPES.MemberExpression ? ownerName(target.object.object) : owner;
  const response = RESPONSE_PROPERTIES.find((api) => property !== undefined && api.names.includes(property) && responseOwner !== undefined && api.receivers.includes(responseOwner));
  if (response) return [{ api: `${responseOwner ?? owner}.${property ?? ""}`, kind: "response", value: assignment.right }];
  if (owner === "document" && property === "cookie") return [{ api: "document.cookie", kind: "storage", value: assignment.right }];
  const storage = STORAGE_WRITES.find((entry) => entry.owner === owner && entry.owner !== "document");
  // `localStorage.token = …`, `localStorage["hf"] = …`: any key but the storage's own methods.
  if (storage && !storage.methods.includes(property ?? "")) return [{ api: `${owner}.${property ?? "[…]"}`, kind: "storage", value: assignment.right }];
  return [];
}

/** The values a node chosen by `CLIENT_SINK_SELECTOR` sends to the client or stores in the browser. */
export function clientSinksAt(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression, getScope: GetScope): ClientSink[] {
  if (node.type === AST_NODE_TYPES.AssignmentExpression) return node.operator === "=" ? assignmentSinks(node) : [];
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const name = referencedName(node.callee);
    const api = RESPONSE_CONSTRUCTORS.find((candidate) => name !== undefined && candidate.receivers.includes(name));
    const value = api && argumentAt(node, api.argument);
    return value ? [{ api: `new ${name ?? ""}`, kind: "response", value }] : [];
  }
  return callSinks(node, getScope);
}

const pageDataNames = regExpAlternatives(PAGE_DATA_FUNCTIONS.map((entry) => entry.name));

/** Exported page-data functions: `export async function getServerSideProps`, `export const load = …`. */
export const PAGE_DATA_SELECTOR = [
  `ExportNamedDeclaration > FunctionDeclaration[id.name=/^(?:${pageDataNames})$/]`,
  `ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[id.name=/^(?:${pageDataNames})$/]`,
].join(", ");

/** What an exported page-data function returns to the page, each return with the keys that reach it. */
export function pageDataSinks(node: TSESTree.FunctionDeclaration | TSESTree.VariableDeclarator, file: WalkedFile & { readonly filename: string }): ClientSink[] {
  const name = node.id?.type === AST_NODE_TYPES.Identifier ? node.id.name : undefined;
  const entry = PAGE_DATA_FUNCTIONS.find((candidate) => candidate.name === name && (candidate.files?.test(file.filename) ?? true));
  const fn = node.type === AST_NODE_TYPES.FunctionDeclaration ? node : node.init && skipWrappers(node.init);
  if (!entry || !isFunction(fn)) return [];
  const values = fn.body.type === AST_NODE_TYPES.BlockStatement ? returnedValues(fn.body, file.visitorKeys) : [fn.body];
  return values.map((value) => ({ api: entry.name, kind: "page-data", value, path: entry.path }));
}

/** A prop given an expression on a component element: `<Chat token={…} />`. */
export const COMPONENT_PROP_SELECTOR = "JSXOpeningElement[name.name=/^[A-Z]/] > JSXAttribute > JSXExpressionContainer.value";

/**
 * A prop a server component gives a component imported from a `"use client"` module (local, or an
 * installed package's that says so where its entry or a re-export defines the component): React sends
 * every such prop to the browser with the page (nextjs.org/docs/app/getting-started/server-and-client-components).
 * Files that are client components themselves are left out: their props do not cross the boundary.
 */
export function clientPropSink(container: TSESTree.JSXExpressionContainer, filename: string, program: TSESTree.Program, getScope: GetScope): ClientSink | undefined {
  if (container.expression.type === AST_NODE_TYPES.JSXEmptyExpression) return undefined;
  const element = container.parent.parent;
  if (element?.type !== AST_NODE_TYPES.JSXOpeningElement || element.name.type !== AST_NODE_TYPES.JSXIdentifier) return undefined;
  if (isClientFile(program)) return undefined;
  const definition = findVariable(getScope(element), element.name.name)?.defs[0];
  const declaration = definition?.type === "ImportBinding" ? definition.parent : undefined;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || typeof declaration.source.value !== "string") return undefined;
  const binding = definition?.node;
  const importedName = binding?.type === AST_NODE_TYPES.ImportSpecifier ? keyName(binding.imported, false) : binding?.type === AST_NODE_TYPES.ImportDefaultSpecifier ? "default" : undefined;
  if (!importsClientModule(filename, declaration.source.value, importedName)) return undefined;
  return { api: `<${element.name.name}>`, kind: "client-props", value: container.expression };
}

const ROUTE_METHODS = ROUTE_HANDLER_RETURNS.filter((entry) => entry.form === "method");
const ROUTE_OBJECTS = ROUTE_HANDLER_RETURNS.filter((entry) => entry.form === "route-object");
const ROUTE_DECORATORS = ROUTE_HANDLER_RETURNS.filter((entry) => entry.form === "decorator");
/** What a handler argument can be: a function written in place, the name of one, or `{ handler }` options. */
const HANDLER_ARGUMENT = "/^(?:ArrowFunctionExpression|FunctionExpression|Identifier|ObjectExpression)$/";

/**
 * Route registrations whose handler's return is sent (src/catalogue/responses.ts): a shorthand
 * method given a handler as its second or third argument, a route object or an array of them, and
 * a decorated class method. Express's `app.get(path, handler)` is selected too and left out by
 * `routeHandlerSinks`, which asks what the file imports.
 */
export const ROUTE_HANDLER_SELECTOR = [
  `CallExpression[callee.property.name=/^(?:${regExpAlternatives(ROUTE_METHODS.flatMap((entry) => entry.names))})$/]:matches([arguments.1.type=${HANDLER_ARGUMENT}], [arguments.2.type=${HANDLER_ARGUMENT}])`,
  `CallExpression[callee.property.name=/^(?:${regExpAlternatives(ROUTE_OBJECTS.flatMap((entry) => entry.names))})$/][arguments.0.type=/^(?:ObjectExpression|ArrayExpression|Identifier)$/]`,
  "MethodDefinition[decorators.length>0]",
].join(", ");

/** The function a handler argument is: written in place, or the local function a name is bound to. */
function handlerFunction(node: TSESTree.Node | undefined, getScope: GetScope): FunctionNode | undefined {
  if (!node) return undefined;
  const inner = skipWrappers(node);
  if (isFunction(inner)) return inner;
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = findVariable(getScope(inner), inner)?.defs[0];
  if (definition?.type === "FunctionName" && isFunction(definition.node)) return definition.node;
  const init = definition?.type === "Variable" && definition.node.init ? skipWrappers(definition.node.init) : undefined;
  return isFunction(init) ? init : undefined;
}

/** An object or array written in place, or the one a name is bound to and never rebound (`const routes = [ … ]`). */
function writtenValue(node: TSESTree.Node | null | undefined, getScope: GetScope): TSESTree.Node | undefined {
  const inner = node ? skipWrappers(node) : undefined;
  if (inner?.type !== AST_NODE_TYPES.Identifier) return inner;
  const bound = constantValueOf(inner, getScope);
  return bound && skipWrappers(bound);
}

/** `{ handler }`, or Hapi's `{ options: { handler } }` and `{ config: { handler } }`, written in place or in a `const`. */
function handlerOfOptions(node: TSESTree.Node, getScope: GetScope): FunctionNode | undefined {
  const options = writtenValue(node, getScope);
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  for (const property of options.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = keyName(property.key, property.computed);
    if (key === "handler") return handlerFunction(property.value, getScope);
    if (key === "options" || key === "config") {
      const nested = handlerOfOptions(property.value, getScope);
      if (nested) return nested;
    }
  }
  return undefined;
}

/** The packages a file imports or requires, read once per file from its top-level statements. */
const importedPackagesOf = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

function requiredModule(node: TSESTree.Node | null | undefined): string | undefined {
  let inner = node ? skipWrappers(node) : undefined;
  // `require("fastify")({ logger: true })`, `require("fastify").default()`, `await import("fastify")`.
  while (inner) {
    if (inner.type === AST_NODE_TYPES.AwaitExpression) inner = skipWrappers(inner.argument);
    else if (inner.type === AST_NODE_TYPES.ImportExpression) return inner.source.type === AST_NODE_TYPES.Literal && typeof inner.source.value === "string" ? inner.source.value : undefined;
    else if (inner.type === AST_NODE_TYPES.MemberExpression) inner = skipWrappers(inner.object);
    else if (inner.type === AST_NODE_TYPES.CallExpression) {
      const required = requiredSpecifier(inner);
      if (required !== undefined) return required;
      inner = skipWrappers(inner.callee);
    } else return undefined;
  }
  return undefined;
}

function importedPackages(program: TSESTree.Program): ReadonlySet<string> {
  let packages = importedPackagesOf.get(program);
  if (packages) return packages;
  const found = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) found.add(packageOfSpecifier(statement.source.value));
    if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const module = requiredModule(declarator.init);
        if (module !== undefined) found.add(packageOfSpecifier(module));
      }
    }
  }
  packages = found;
  importedPackagesOf.set(program, packages);
  return packages;
}

/** Whether `entry`'s names mean its framework here: the receiver is named as its plugins name it, or the file imports it. */
function isFrameworkOf(entry: RouteHandlerReturn, receiver: string | undefined, program: TSESTree.Program): boolean {
  if (receiver !== undefined && entry.receivers.includes(receiver)) return true;
  const packages = importedPackages(program);
  return entry.packages.some((name) => packages.has(name));
}

function returnSinks({ fn, api, kind = "handler-return", visitorKeys }: { fn: FunctionNode; api: string; kind?: "handler-return" | "server-function"; visitorKeys: VisitorKeys }): ClientSink[] {
  const values = fn.body.type === AST_NODE_TYPES.BlockStatement ? returnedValues(fn.body, visitorKeys) : [fn.body];
  return values.map((value) => ({ api, kind, value }));
}

type Decorated = TSESTree.Node & { readonly decorators?: readonly TSESTree.Decorator[] };

/** The name a decorator is called by (`Get` of `@Get()`), or `undefined`. */
function decoratorCallee(decorator: TSESTree.Decorator): TSESTree.Identifier | undefined {
  const expression = decorator.expression;
  const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
  return callee.type === AST_NODE_TYPES.Identifier ? callee : undefined;
}

/** `@Res()` without `{ passthrough: true }`: the handler writes the response itself and its return is not sent. */
function takesOverResponse(method: TSESTree.FunctionExpression, names: readonly string[]): boolean {
  return method.params.some((parameter) =>
    ((parameter as Decorated).decorators ?? []).some((decorator) => {
      const callee = decoratorCallee(decorator);
      if (!callee || !names.includes(callee.name)) return false;
      const options = decorator.expression.type === AST_NODE_TYPES.CallExpression ? decorator.expression.arguments[0] : undefined;
      const passesThrough =
        options?.type === AST_NODE_TYPES.ObjectExpression &&
        options.properties.some((property) => property.type === AST_NODE_TYPES.Property && keyName(property.key, property.computed) === "passthrough" && property.value.type === AST_NODE_TYPES.Literal && property.value.value === true);
      return !passesThrough;
    }),
  );
}

function decoratedHandlerSinks(method: TSESTree.MethodDefinition, { getScope, visitorKeys }: WalkedFile): ClientSink[] {
  if (method.value.type !== AST_NODE_TYPES.FunctionExpression) return [];
  for (const decorator of (method as Decorated).decorators ?? []) {
    const callee = decoratorCallee(decorator);
    if (!callee) continue;
    const from = moduleOfBinding(callee, getScope)?.module;
    const entry = ROUTE_DECORATORS.find((candidate) => candidate.names.includes(callee.name) && from !== undefined && candidate.packages.includes(from));
    if (!entry) continue;
    if (takesOverResponse(method.value, entry.takeOver ?? [])) return [];
    const name = keyName(method.key, method.computed);
    return returnSinks({ fn: method.value, api: `${entry.framework} handler @${callee.name}()${name === undefined ? "" : ` ${name}`}`, visitorKeys });
  }
  return [];
}

/** What a route handler returns, where the framework that calls it sends that as the response. */
export function routeHandlerSinks(node: TSESTree.CallExpression | TSESTree.MethodDefinition, program: TSESTree.Program, file: WalkedFile): ClientSink[] {
  if (node.type === AST_NODE_TYPES.MethodDefinition) return decoratedHandlerSinks(node, file);
  const { getScope, visitorKeys } = file;
  const callee = skipWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const method = keyName(callee.property, callee.computed);
  const receiver = ownerName(callee.object);
  if (method === undefined) return [];
  const api = `${receiver ?? "…"}.${method}`;
  // The handler is looked for before the file's imports are read: `.get(key, fallback)` and
  // `.delete(a, b)` of maps and caches are common, and reading a bundle's imports is not cheap.
  const shorthands = ROUTE_METHODS.filter((entry) => entry.names.includes(method));
  if (shorthands.length > 0) {
    const last = node.arguments.length >= 2 ? argumentAt(node, "last") : undefined;
    // A function, or route options (`{ handler }`) written in place or kept in a `const`.
    const handler = last && (handlerFunction(last, getScope) ?? handlerOfOptions(last, getScope));
    const shorthand = handler && shorthands.find((entry) => isFrameworkOf(entry, receiver, program));
    if (handler && shorthand) return returnSinks({ fn: handler, api: `${shorthand.framework} route ${api}`, visitorKeys });
  }
  const routeObjects = ROUTE_OBJECTS.filter((entry) => entry.names.includes(method));
  // One route or an array of them, written in place or kept in a `const`, as each route may be.
  const routes = routeObjects.length > 0 ? writtenValue(node.arguments[0], getScope) : undefined;
  if (!routes) return [];
  const objects = routes.type === AST_NODE_TYPES.ArrayExpression ? routes.elements.map((element) => writtenValue(element, getScope)) : [routes];
  const handlers = objects.flatMap((route) => {
    if (route?.type !== AST_NODE_TYPES.ObjectExpression) return [];
    // A route object names its method: `{ method: "GET", path, handler }`.
    const hasMethod = route.properties.some((property) => property.type === AST_NODE_TYPES.Property && keyName(property.key, property.computed) === "method");
    const handler = hasMethod ? handlerOfOptions(route, getScope) : undefined;
    return handler ? [handler] : [];
  });
  const routeObject = handlers.length > 0 ? routeObjects.find((entry) => isFrameworkOf(entry, receiver, program)) : undefined;
  return routeObject ? handlers.flatMap((handler) => returnSinks({ fn: handler, api: `${routeObject.framework} route ${api}`, visitorKeys })) : [];
}

/** A server-function directive (src/catalogue/responses.ts), at the top of a file or of a function body. */
export const SERVER_FUNCTION_SELECTOR = `ExpressionStatement:matches(${SERVER_FUNCTION_DIRECTIVES.map((entry) => `[directive=${JSON.stringify(entry.directive)}]`).join(", ")})`;

/** The functions a module exports, with their names: `export async function f`, `export const f = …`, `export default …`, `export { f }`. */
function exportedFunctions(program: TSESTree.Program): Array<{ name: string; fn: FunctionNode }> {
  const local = new Map<string, FunctionNode>();
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) local.set(declaration.id.name, declaration);
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        const init = declarator.init ? skipWrappers(declarator.init) : undefined;
        if (declarator.id.type === AST_NODE_TYPES.Identifier && isFunction(init)) local.set(declarator.id.name, init);
      }
    }
  }
  const exported: Array<{ name: string; fn: FunctionNode }> = [];
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const declaration = statement.declaration;
      const fn = declaration.type === AST_NODE_TYPES.Identifier ? local.get(declaration.name) : isFunction(declaration) ? declaration : undefined;
      if (fn) exported.push({ name: "default", fn });
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.source) continue;
    const declaration = statement.declaration;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) exported.push({ name: declaration.id.name, fn: declaration });
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        const fn = declarator.id.type === AST_NODE_TYPES.Identifier ? local.get(declarator.id.name) : undefined;
        if (fn && declarator.id.type === AST_NODE_TYPES.Identifier) exported.push({ name: declarator.id.name, fn });
      }
    }
    for (const specifier of statement.specifiers) {
      const localName = keyName(specifier.local, false);
      const fn = localName === undefined ? undefined : local.get(localName);
      if (fn) exported.push({ name: keyName(specifier.exported, false) ?? localName ?? "", fn });
    }
  }
  return exported;
}

/**
 * What a server function returns, which React sends to the browser that called it: each function a
 * file under the directive exports, or the function whose body starts with it. Parsers mark a
 * statement as a directive only in the prologue, before any other statement.
 */
export function serverFunctionSinks(statement: TSESTree.ExpressionStatement, visitorKeys: VisitorKeys): ClientSink[] {
  const container = statement.parent;
  const directive = statement.directive ?? "";
  if (container?.type === AST_NODE_TYPES.Program) {
    return exportedFunctions(container).flatMap(({ name, fn }) => returnSinks({ fn, api: `${name}() ("${directive}")`, kind: "server-function", visitorKeys }));
  }
  const fn = container?.parent;
  if (!isFunction(fn)) return [];
  const holder = fn.parent;
  const name = fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.id ? fn.id.name : holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier ? holder.id.name : "this function";
  return returnSinks({ fn, api: `${name}() ("${directive}")`, kind: "server-function", visitorKeys });
}

/** A real-time server's connection handler: `io.on("connection", (socket) => …)`, `wss.on("connection", (ws) => …)`. */
export const REALTIME_CONNECTION_SELECTOR = `CallExpression[callee.property.name="on"][arguments.length=2][arguments.0.value=/^(?:${regExpAlternatives(REALTIME_SERVERS.map((server) => server.event))})$/]`;

/** The real-time server a `new Server(…)`, `new WebSocket.Server(…)` or `require("socket.io")(…)` makes, from the catalogue. */
function realtimeServerOf(made: TSESTree.Node, getScope: GetScope): RealtimeServer | undefined {
  const inner = skipWrappers(made);
  if (inner.type !== AST_NODE_TYPES.NewExpression && inner.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = skipWrappers(inner.callee);
  if (inner.type === AST_NODE_TYPES.CallExpression) {
    // `require("socket.io")(server)`, or the default export imported and called.
    const module = callee.type === AST_NODE_TYPES.Identifier ? moduleOfBinding(callee, getScope) : undefined;
    const required = callee.type === AST_NODE_TYPES.CallExpression ? requiredSpecifier(callee) : module?.imported === undefined ? module?.module : undefined;
    return REALTIME_SERVERS.find((server) => server.calledDefault && required !== undefined && server.packages.includes(packageOfSpecifier(required)));
  }
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const from = moduleOfBinding(callee, getScope);
    return REALTIME_SERVERS.find((server) => from !== undefined && server.packages.includes(from.module) && server.constructors.includes(from.imported ?? callee.name));
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const from = moduleOfBinding(callee.object, getScope);
  const name = keyName(callee.property, callee.computed);
  return REALTIME_SERVERS.find((server) => from !== undefined && server.packages.includes(from.module) && name !== undefined && server.constructors.includes(name));
}

/**
 * What a real-time server's connection handler sends to the connected client: the arguments of the
 * socket's send methods (src/catalogue/responses.ts). The server is a `const` made in the file;
 * `io.of("/chat")` is a namespace of it.
 */
export function realtimeServerSinks(registration: TSESTree.CallExpression, getScope: GetScope): ClientSink[] {
  const callee = skipWrappers(registration.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  let receiver = skipWrappers(callee.object);
  if (receiver.type === AST_NODE_TYPES.CallExpression && receiver.callee.type === AST_NODE_TYPES.MemberExpression && keyName(receiver.callee.property, receiver.callee.computed) === "of") {
    receiver = skipWrappers(receiver.callee.object);
  }
  const made = receiver.type === AST_NODE_TYPES.Identifier ? constantValueOf(receiver, getScope) : receiver;
  const server = made && realtimeServerOf(made, getScope);
  const handler = registration.arguments[1];
  const socket = isFunction(handler) ? handler.params[0] : undefined;
  if (!server || socket?.type !== AST_NODE_TYPES.Identifier) return [];
  return sentArguments(methodCallsOn(findVariable(getScope(socket), socket)), server.sends).map(({ method, value }) => ({ api: `${server.packages[0] ?? ""} socket.${method}`, kind: "push", value }));
}
