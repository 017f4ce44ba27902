import { AST_NODE_TYPES } from "./node-types";
import type { TSESTree } from "@typescript-eslint/utils";
import { literalHostOf, regExpAlternatives } from "../core";
import { CLIENT_OPTION_KEYS, CONNECTION_APIS, REQUEST_APIS, TELEMETRY_SDKS } from "../catalogue/requests";
import { moduleOfBinding } from "./specifiers";
import { classOf, forEachNodeWithInstanceThis, type VisitorKeys, type WalkedFile } from "./token-values";
import { keyName, propertyValue, referencedName, skipWrappers } from "./names";
import { findVariable, methodCallsOn } from "./scope";
import type { TSESLint } from "@typescript-eslint/utils";

/** An outgoing request the code makes, as far as the code shows it. */
export interface OutgoingRequest {
  /** How the request is made, for messages: `fetch`, `axios.post`, `new WebSocket`. */
  readonly client: string;
  /** The expression that gives the URL. */
  readonly url: TSESTree.Node;
  /** What the request sends besides the URL: header values (`headers: {…}`, `new Headers({…})`), the body. */
  readonly sentValues: readonly TSESTree.Node[];
  /** The host, where the code names one without a URL (`net.connect(443, "logs.example.net")`). */
  readonly host?: string;
  /** The URL is a request of its own already (`new WebSocket(url)`): only what is sent besides it is checked here. */
  readonly urlIsCheckedAlone?: boolean;
}

/*
 * What sends a request, from the catalogue (src/catalogue/requests.ts, after CodeQL's client-request
 * models): clients called with the URL first (or a config holding it), their methods, the
 * factories of instances whose every request sends the config's headers to its base URL, and
 * constructors given the URL first.
 */
const CLIENTS = new Set(REQUEST_APIS.filter((api) => !api.constructed).map((api) => api.callee));
const CALLED_CLIENTS = new Set(REQUEST_APIS.filter((api) => api.called).map((api) => api.callee));
/** Each client's methods that send, and its factories: `axios` → `get`, `post`, …, `create`. */
const METHODS_OF = new Map<string, Set<string>>();
for (const api of REQUEST_APIS) {
  const methods = METHODS_OF.get(api.callee) ?? new Set<string>();
  for (const method of [...api.methods, ...api.factories]) methods.add(method);
  METHODS_OF.set(api.callee, methods);
}
const URL_CONSTRUCTORS = new Set(REQUEST_APIS.filter((api) => api.constructed && !api.opened).map((api) => api.callee));
/** Constructors of instances given the URL by `open(method, url)`: `new XMLHttpRequest()`. */
const OPENED_CONSTRUCTORS = new Set(REQUEST_APIS.filter((api) => api.opened).map((api) => api.callee));
const INSTANCE_METHODS = new Set(REQUEST_APIS.flatMap((api) => api.factories));
/** Calls given the HTTP method first and the URL second: `needle`, `needle.request`, `superagent`. */
const METHOD_FIRST_CALLS = new Set(REQUEST_APIS.flatMap((api) => (api.methodFirst ?? []).map((form) => (form === "()" ? api.callee : `${api.callee}.${form}`))));
const BASE_URL_KEYS = ["baseURL", "prefixUrl", "prefix"];


const optionKeys = (role: string): ReadonlySet<string> => new Set(CLIENT_OPTION_KEYS.filter((entry) => entry.role === role).map((entry) => entry.key));
/** SDK option keys that point a client at a server (`baseURL`), from the catalogue. */
export const ENDPOINT_KEYS = optionKeys("endpoint");
/** SDK option keys that give a client its credential (`apiKey`), from the catalogue. */
export const CREDENTIAL_KEYS = optionKeys("credential");
const HEADER_KEYS = optionKeys("headers");

/** The endpoint option of an SDK client's options: `baseURL` in `new OpenAI({ apiKey, baseURL })`. */
export const CONFIGURED_CLIENT_SELECTOR = `Property[key.name=/^(?:${[...ENDPOINT_KEYS].join("|")})$/]`;

/**
 * Selects the calls and constructions `outgoingRequest` can recognise, so that ESLint calls a rule
 * on those only (a wrapped callee such as `(fetch as F)(…)` is selected and checked in code).
 */
export const OUTGOING_REQUEST_SELECTOR = [
  `CallExpression[callee.name=/^(?:${regExpAlternatives(CLIENTS)})$/]`,
  `CallExpression[callee.object.name=/^(?:${regExpAlternatives(CLIENTS)})$/]`,
  'CallExpression[callee.property.name="fetch"]',
  'CallExpression[callee.property.name="sendBeacon"]',
  "CallExpression[callee.expression]",
  `NewExpression[callee.name=/^(?:${regExpAlternatives(URL_CONSTRUCTORS)})$/]`,
  `NewExpression[callee.property.name=/^(?:${regExpAlternatives(URL_CONSTRUCTORS)})$/]`,
].join(", ");

function calleeClient(callee: TSESTree.Node): string | undefined {
  const inner = skipWrappers(callee);
  if (inner.type === AST_NODE_TYPES.Identifier) return CALLED_CLIENTS.has(inner.name) ? inner.name : undefined;
  if (inner.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = keyName(inner.property, inner.computed);
  const owner = referencedName(inner.object);
  if (method === undefined || owner === undefined) return undefined;
  // `globalThis.fetch(…)`, `window.fetch(…)`: the platform's fetch.
  if (method === "fetch" && (owner === "globalThis" || owner === "window" || owner === "self")) return "fetch";
  if (method === "sendBeacon" && owner === "navigator") return "navigator.sendBeacon";
  return METHODS_OF.get(owner)?.has(method) === true ? `${owner}.${method}` : undefined;
}


/** The values of a `headers` option: an object literal, or `new Headers({…})` / `new Headers([[k, v]])`. */
function headerValuesOf(headers: TSESTree.Node | undefined): TSESTree.Node[] {
  if (!headers) return [];
  const inner = skipWrappers(headers);
  if (inner.type === AST_NODE_TYPES.ObjectExpression) {
    return inner.properties.map((entry) => (entry.type === AST_NODE_TYPES.Property ? entry.value : entry.argument));
  }
  if (inner.type === AST_NODE_TYPES.NewExpression && referencedName(inner.callee) === "Headers") {
    const [init] = inner.arguments;
    if (!init) return [];
    const list = skipWrappers(init);
    if (list.type === AST_NODE_TYPES.ArrayExpression) {
      return list.elements.flatMap((pair) => {
        const entry = pair && skipWrappers(pair);
        return entry?.type === AST_NODE_TYPES.ArrayExpression && entry.elements[1] ? [entry.elements[1]] : [];
      });
    }
    return headerValuesOf(init);
  }
  return [];
}

/** Each client's methods chained on a request that add to what it sends: `superagent` → `set`, `send`, … */
const CHAINED_OF = new Map(REQUEST_APIS.flatMap((api) => (api.chained ? [[api.callee, new Set(api.chained)] as const] : [])));

/** What the calls chained on a request send: `superagent.post(url).set("Authorization", …).send(body)`. */
function chainedSentValues(request: TSESTree.CallExpression, client: string): TSESTree.Node[] {
  const dot = client.indexOf(".");
  const methods = CHAINED_OF.get(dot === -1 ? client : client.slice(0, dot));
  if (!methods) return [];
  const sent: TSESTree.Node[] = [];
  for (let call: TSESTree.Node = request; ; ) {
    const member: TSESTree.Node | undefined = call.parent;
    const next: TSESTree.Node | undefined = member?.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== call || next?.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) return sent;
    const method = keyName(member.property, member.computed);
    if (method !== undefined && methods.has(method)) for (const argument of next.arguments) if (argument.type !== AST_NODE_TYPES.SpreadElement) sent.push(...sentValuesOf(argument));
    call = next;
  }
}

/** How deep the objects a request is given are opened, so that a report points at the value that carries the token: `headers.common.Authorization`. */
const SENT_OBJECT_DEPTH = 3;

/**
 * The values a request sends, from what it is given besides the URL: every property of its options,
 * headers, body, query parameters (`params`, `searchParams`) and auth, opened down to the values,
 * whether written in place or kept in a `const` (the flow reads those). Callbacks send nothing.
 */
function sentValuesOf(given: TSESTree.Node, depth = 0): TSESTree.Node[] {
  const inner = skipWrappers(given);
  if (inner.type === AST_NODE_TYPES.ArrowFunctionExpression || inner.type === AST_NODE_TYPES.FunctionExpression) return [];
  if (inner.type === AST_NODE_TYPES.NewExpression && referencedName(inner.callee) === "Headers") return headerValuesOf(inner);
  if (inner.type !== AST_NODE_TYPES.ObjectExpression || depth >= SENT_OBJECT_DEPTH) return [given];
  return inner.properties.flatMap((entry) => sentValuesOf(entry.type === AST_NODE_TYPES.Property ? entry.value : entry.argument, depth + 1));
}

/** The options a request is given as its first argument, written in place or kept in a `const`: `https.request({ hostname, headers })`. */
function firstOptions(first: TSESTree.Node, constantOf: ConstantOf): TSESTree.ObjectExpression | undefined {
  const inner = skipWrappers(first);
  const value = inner.type === AST_NODE_TYPES.Identifier ? constantOf(inner) : inner;
  const object = value && skipWrappers(value);
  return object?.type === AST_NODE_TYPES.ObjectExpression ? object : undefined;
}

/**
 * Where options given first send the request: their `url`, or (Node's `http.request(options)`) the
 * host they name in `hostname` or `host`, a host name without scheme or port.
 */
function optionsTarget(options: TSESTree.ObjectExpression): { url: TSESTree.Node; host?: string } | undefined {
  const url = propertyValue(options, "url");
  if (url) return { url };
  const named = propertyValue(options, "hostname") ?? propertyValue(options, "host");
  const inner = named && skipWrappers(named);
  if (inner?.type !== AST_NODE_TYPES.Literal || typeof inner.value !== "string" || !isHostName(inner.value)) return undefined;
  return { url: inner, host: inner.value.toLowerCase() };
}

/** The request a call or `new` expression makes, if it is one the plugin knows. `constantOf` reads options kept in a `const`. */
export function outgoingRequest(node: TSESTree.CallExpression | TSESTree.NewExpression, constantOf: ConstantOf): OutgoingRequest | undefined {
  const client = node.type === AST_NODE_TYPES.CallExpression ? calleeClient(node.callee) : undefined;
  const [first, ...rest] = client !== undefined && METHOD_FIRST_CALLS.has(client) ? withoutMethod(node.arguments) : node.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const sentAfterFirst = rest.flatMap((argument) => (argument.type === AST_NODE_TYPES.SpreadElement ? [] : sentValuesOf(argument)));
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const name = referencedName(node.callee);
    return name !== undefined && URL_CONSTRUCTORS.has(name) ? { client: `new ${name}`, url: first, sentValues: name === "Request" ? sentAfterFirst : [] } : undefined;
  }
  if (client === undefined) return undefined;
  const chained = chainedSentValues(node, client);
  if (chained.length > 0) sentAfterFirst.push(...chained);
  // `navigator.sendBeacon(url, data)`: the data is the body.
  if (client === "navigator.sendBeacon") return { client, url: first, sentValues: rest.slice(0, 1) };
  const options = firstOptions(first, constantOf);
  if (INSTANCE_METHODS.has(client.slice(client.indexOf(".") + 1))) {
    const base = options && BASE_URL_KEYS.map((key) => propertyValue(options, key)).find((value) => value !== undefined);
    return base ? { client, url: base, sentValues: [...sentValuesOf(first), ...sentAfterFirst] } : undefined;
  }
  if (!options) return { client, url: first, sentValues: sentAfterFirst };
  // `axios({ url, headers })`, `https.request({ hostname, headers })`: the options name where it goes, and hold what it sends.
  const target = optionsTarget(options);
  return target ? { client, ...target, sentValues: [...sentValuesOf(first), ...sentAfterFirst] } : undefined;
}

/**
 * The arguments from the URL on, of a call given the HTTP method first: `needle("post", url, data)`.
 * superagent's own call takes the URL alone too, `superagent(url)` or `superagent(url, callback)`.
 */
function withoutMethod(given: readonly TSESTree.CallExpressionArgument[]): readonly TSESTree.CallExpressionArgument[] {
  const second = given[1] && skipWrappers(given[1]);
  const isCallback = second?.type === AST_NODE_TYPES.ArrowFunctionExpression || second?.type === AST_NODE_TYPES.FunctionExpression;
  return second === undefined || isCallback ? given : given.slice(1);
}

/** The value a name stands for, when the file binds it once (`const API = "https://…"`). */
export type ConstantOf = (identifier: TSESTree.Identifier) => TSESTree.Node | undefined;

/**
 * The host a URL expression names in its literal text (`"https://…"`, `` `https://…/${x}` ``,
 * `"https://…" + x`), or in the `const` a name there is bound to (`` `${API_BASE}/chat` ``).
 * `isWhole` is false for the left side of a `+`: its text is only a beginning.
 */
export function literalHost(url: TSESTree.Node, isWhole = true, constantOf?: ConstantOf, depth = 0): string | undefined {
  const inner = skipWrappers(url);
  if (depth > 4) return undefined;
  if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === "string") return literalHostOf(inner.value, isWhole);
  if (inner.type === AST_NODE_TYPES.TemplateLiteral) {
    const start = inner.quasis[0]?.value.cooked;
    if (start === "" && inner.expressions[0]) {
      // `${BASE}/chat`: a path, query or fragment after the name ends the host it gives.
      const after = inner.quasis[1]?.value.cooked ?? "";
      const endsHost = inner.expressions.length === 1 ? isWhole || /^[/?#]/.test(after) : /^[/?#]/.test(after);
      return literalHost(inner.expressions[0], endsHost, constantOf, depth + 1);
    }
    return start == null ? undefined : literalHostOf(start, isWhole && inner.expressions.length === 0);
  }
  if (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === "+") {
    return literalHost(inner.left, false, constantOf, depth + 1);
  }
  if (inner.type === AST_NODE_TYPES.Identifier && constantOf) {
    const value = constantOf(inner);
    return value ? literalHost(value, isWhole, constantOf, depth + 1) : undefined;
  }
  // `new URL("/v1/chat", "https://api.example.org")`: the base names the host.
  if (inner.type === AST_NODE_TYPES.NewExpression && referencedName(inner.callee) === "URL") {
    const [path, base] = inner.arguments;
    return (path && literalHost(path, isWhole, constantOf, depth + 1)) ?? (base ? literalHost(base, true, constantOf, depth + 1) : undefined);
  }
  return undefined;
}

/**
 * A client an SDK creates with an endpoint and a credential in the same options (`new OpenAI({
 * apiKey, baseURL })`, `createOpenAI(…)`, LangChain's `configuration: { baseURL }`): every request
 * it makes sends the credential to the endpoint. The keys come from the catalogue's client options.
 */
export function configuredClient(endpoint: TSESTree.Property, constantOf: ConstantOf): OutgoingRequest | undefined {
  const options = endpoint.parent;
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const objects: TSESTree.ObjectExpression[] = [options];
  let holder: TSESTree.Node | undefined = options.parent;
  if (holder?.type === AST_NODE_TYPES.Property && holder.parent.type === AST_NODE_TYPES.ObjectExpression) {
    objects.push(holder.parent);
    holder = holder.parent.parent;
  }
  if (holder?.type !== AST_NODE_TYPES.CallExpression && holder?.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const outermost = objects.at(-1);
  if (!holder.arguments.some((argument) => skipWrappers(argument) === outermost)) return undefined;
  // `axios.create({ baseURL, headers })` and the like are requests of their own.
  if (outgoingRequest(holder, constantOf)) return undefined;
  const sentValues = objects.flatMap((object) =>
    object.properties.flatMap((entry) => {
      if (entry.type !== AST_NODE_TYPES.Property) return [];
      const key = keyName(entry.key, entry.computed);
      if (key === undefined) return [];
      if (CREDENTIAL_KEYS.has(key)) return [entry.value];
      return HEADER_KEYS.has(key) ? headerValuesOf(entry.value) : [];
    }),
  );
  if (sentValues.length === 0) return undefined;
  const name = referencedName(holder.callee) ?? "client";
  return { client: holder.type === AST_NODE_TYPES.NewExpression ? `new ${name}` : name, url: endpoint.value, sentValues };
}

/** `xhr.open(method, url)`: where an XMLHttpRequest is given its URL. */

export const OPENED_REQUEST_SELECTOR = 'CallExpression[callee.property.name="open"][arguments.length>=2]';

/**
 * The request an `open(method, url)` call sets up on a variable made with `new XMLHttpRequest()`:
 * what the same variable's `setRequestHeader(name, value)` and `send(body)` calls send goes to that
 * URL.
 */
export function openedRequest(open: TSESTree.CallExpression, getScope: (node: TSESTree.Node) => TSESLint.Scope.Scope): OutgoingRequest | undefined {
  const callee = skipWrappers(open.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const url = open.arguments[1];
  const variable = findVariable(getScope(callee.object), callee.object);
  const definition = variable?.defs[0];
  const init = definition?.type === "Variable" ? definition.node.init && skipWrappers(definition.node.init) : undefined;
  if (!url || url.type === AST_NODE_TYPES.SpreadElement || init?.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const constructor = referencedName(init.callee);
  if (constructor === undefined || !OPENED_CONSTRUCTORS.has(constructor)) return undefined;
  const sentValues: TSESTree.Node[] = [];
  for (const call of methodCallsOn(variable)) {
    const member = call.callee as TSESTree.MemberExpression;
    const method = keyName(member.property, member.computed);
    const value = method === "setRequestHeader" ? call.arguments[1] : method === "send" ? call.arguments[0] : undefined;
    if (value && value.type !== AST_NODE_TYPES.SpreadElement) sentValues.push(value);
  }
  return { client: `${constructor}.open`, url, sentValues };
}

const CONNECTION_CONSTRUCTORS = CONNECTION_APIS.filter((api) => api.form === "constructor");
const CONNECTION_FUNCTIONS = CONNECTION_APIS.filter((api) => api.form === "function");
const CONNECTION_MODULES = CONNECTION_APIS.filter((api) => api.form === "method");

const CONNECTION_OPENINGS = [
  `NewExpression.%[callee.name=/^(?:${regExpAlternatives(CONNECTION_CONSTRUCTORS.map((api) => api.callee))})$/]`,
  `CallExpression.%[callee.name=/^(?:${regExpAlternatives(CONNECTION_FUNCTIONS.map((api) => api.callee))})$/]`,
  `CallExpression.%[callee.object.name=/^(?:${regExpAlternatives(CONNECTION_MODULES.map((api) => api.callee))})$/][callee.property.name=/^(?:${regExpAlternatives(CONNECTION_MODULES.flatMap((api) => api.methods))})$/]`,
];

/**
 * A connection opened (src/catalogue/requests.ts) and kept in a variable (`const ws = new
 * WebSocket(url)`) or in a field of the instance (`this.socket = net.connect(…)`).
 */
export const CONNECTION_SELECTOR = [
  ...CONNECTION_OPENINGS.map((opening) => `VariableDeclarator > ${opening.replace("%", "init")}`),
  ...CONNECTION_OPENINGS.map((opening) => `AssignmentExpression[operator="="][left.object.type="ThisExpression"] > ${opening.replace("%", "right")}`),
].join(", ");

/** `this.key.method(…)` calls in the class, where `this` is its instance. */
export function fieldCalls(owner: TSESTree.ClassDeclaration | TSESTree.ClassExpression, key: string, visitorKeys: VisitorKeys): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  forEachNodeWithInstanceThis(owner, visitorKeys, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const receiver = node.callee.object;
    if (receiver.type === AST_NODE_TYPES.MemberExpression && receiver.object.type === AST_NODE_TYPES.ThisExpression && keyName(receiver.property, receiver.computed) === key) calls.push(node);
  });
  return calls;
}

/** The calls made on where a connection is kept: the variable's references, or `this.key` in the class. */
function callsOnConnection(opening: TSESTree.NewExpression | TSESTree.CallExpression, { getScope, visitorKeys }: WalkedFile): TSESTree.CallExpression[] | undefined {
  const holder = opening.parent;
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) return methodCallsOn(findVariable(getScope(holder.id), holder.id));
  if (holder?.type !== AST_NODE_TYPES.AssignmentExpression || holder.left.type !== AST_NODE_TYPES.MemberExpression || holder.left.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  const key = keyName(holder.left.property, holder.left.computed);
  const owner = classOf(holder.left.object);
  return key === undefined || !owner ? undefined : fieldCalls(owner, key, visitorKeys);
}

/** A label of a host name; the labels are split in code, so that no shipped pattern nests repetition. */
const HOST_LABEL = /^[a-z0-9-]+$/i;

/** A host name as `net.connect` takes it, no scheme or path: labels of up to 63 letters, digits and inner hyphens. */
const isHostName = (text: string): boolean =>
  text.length <= 253 && text.split(".").every((label) => label.length <= 63 && HOST_LABEL.test(label) && !label.startsWith("-") && !label.endsWith("-"));

/** The host a `net`/`tls` connection goes to: `(port, host)`, or the options' `host`; `undefined` where the code does not spell it out. */
function connectedHost(call: TSESTree.CallExpression): { node: TSESTree.Node; host: string } | undefined {
  const [first, second] = call.arguments;
  const given = first?.type === AST_NODE_TYPES.ObjectExpression ? propertyValue(first, "host") : second;
  const inner = given ? skipWrappers(given) : undefined;
  if (inner?.type !== AST_NODE_TYPES.Literal || typeof inner.value !== "string" || !isHostName(inner.value)) return undefined;
  return { node: inner, host: inner.value.toLowerCase() };
}

/** The connection an opening call makes, if the catalogue names it. */
function openedConnection(opening: TSESTree.NewExpression | TSESTree.CallExpression, getScope: (node: TSESTree.Node) => TSESLint.Scope.Scope) {
  const callee = skipWrappers(opening.callee);
  if (opening.type === AST_NODE_TYPES.NewExpression) {
    const name = referencedName(callee);
    return CONNECTION_CONSTRUCTORS.find((api) => api.callee === name);
  }
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const from = moduleOfBinding(callee, getScope)?.module;
    return CONNECTION_FUNCTIONS.find((api) => api.callee === callee.name && from !== undefined && api.packages?.includes(from) === true);
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const owner = referencedName(callee.object);
  const method = keyName(callee.property, callee.computed);
  return CONNECTION_MODULES.find((api) => api.callee === owner && method !== undefined && api.methods.includes(method));
}

/** What `calls` send through the methods in `sends` (`send(data)` from argument 0, socket.io's `emit(event, …data)` from 1): each argument, with its method. */
export function sentArguments(calls: readonly TSESTree.CallExpression[], sends: ReadonlyArray<{ readonly method: string; readonly from: number }>): Array<{ readonly method: string; readonly value: TSESTree.Expression }> {
  const sent: Array<{ method: string; value: TSESTree.Expression }> = [];
  for (const call of calls) {
    const member = call.callee as TSESTree.MemberExpression;
    const method = keyName(member.property, member.computed);
    const send = sends.find((candidate) => candidate.method === method);
    if (!send) continue;
    for (const argument of call.arguments.slice(send.from)) if (argument.type !== AST_NODE_TYPES.SpreadElement) sent.push({ method: send.method, value: argument });
  }
  return sent;
}

/**
 * What a connection sends, to where it was opened: the arguments of its send methods, called on
 * the variable or field it was stored in (`ws.send(…)`, `socket.emit("auth", …)`, `this.socket.write(…)`).
 */
export function connectionRequest(opening: TSESTree.NewExpression | TSESTree.CallExpression, file: WalkedFile): OutgoingRequest | undefined {
  const api = openedConnection(opening, file.getScope);
  if (!api) return undefined;
  let url: TSESTree.Node | undefined;
  let host: string | undefined;
  if (api.target === "url") {
    const first = opening.arguments[0];
    url = first && first.type !== AST_NODE_TYPES.SpreadElement ? first : undefined;
  } else if (opening.type === AST_NODE_TYPES.CallExpression) {
    const connected = connectedHost(opening);
    url = connected?.node;
    host = connected?.host;
  }
  if (!url) return undefined;
  const sentValues = sentArguments(callsOnConnection(opening, file) ?? [], api.sends).map((sent) => sent.value);
  const opened = api.form === "constructor" ? `new ${api.callee}` : api.form === "function" ? api.callee : `${api.callee}.${referencedName(skipWrappers(opening.callee)) ?? ""}`;
  // The host literal of a socket carries nothing; a WebSocket's URL is checked where it is constructed.
  const urlIsCheckedAlone = host !== undefined || (api.form === "constructor" && URL_CONSTRUCTORS.has(api.callee));
  return sentValues.length === 0 ? undefined : { client: `${opened}(…).${api.sends.map((candidate) => candidate.method).join("/")}`, url, sentValues, host, urlIsCheckedAlone };
}

/** Clients whose factories make an instance with a base URL (`axios.create`, `got.extend`, `ky.create`), with those factories. */
const INSTANCE_FACTORIES = REQUEST_APIS.filter((api) => api.factories.length > 0 && api.methods.length > 0);
const FACTORY_CALL = `[callee.object.name=/^(?:${regExpAlternatives(INSTANCE_FACTORIES.map((api) => api.callee))})$/][callee.property.name=/^(?:${regExpAlternatives(INSTANCE_FACTORIES.flatMap((api) => api.factories))})$/]`;

/** An instance made by a client's factory and kept in a variable or in a field of the instance: `const api = axios.create({ baseURL })`. */
export const CLIENT_INSTANCE_SELECTOR = [
  `VariableDeclarator > CallExpression.init${FACTORY_CALL}`,
  `AssignmentExpression[operator="="][left.object.type="ThisExpression"] > CallExpression.right${FACTORY_CALL}`,
].join(", ");

/**
 * The requests made on a client instance (`api.post(path, data, config)`): each goes to the base
 * URL the factory was given, and sends all it is given, the path included. The instance is followed
 * where it is kept, as a connection is (`api` in the file, or `this.api` in the class's methods).
 */
export function instanceRequests(factoryCall: TSESTree.CallExpression, file: WalkedFile & { readonly constantOf: ConstantOf }): OutgoingRequest[] {
  const callee = skipWrappers(factoryCall.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const client = referencedName(callee.object);
  const factory = keyName(callee.property, callee.computed);
  const api = INSTANCE_FACTORIES.find((candidate) => candidate.callee === client && factory !== undefined && candidate.factories.includes(factory));
  const [config] = factoryCall.arguments;
  const options = api && config && config.type !== AST_NODE_TYPES.SpreadElement ? firstOptions(config, file.constantOf) : undefined;
  const base = options && BASE_URL_KEYS.map((key) => propertyValue(options, key)).find((value) => value !== undefined);
  if (!api || !base) return [];
  return (callsOnConnection(factoryCall, file) ?? []).flatMap((call) => {
    const member = call.callee as TSESTree.MemberExpression;
    const method = keyName(member.property, member.computed);
    if (method === undefined || !api.methods.includes(method)) return [];
    const sentValues = call.arguments.flatMap((argument) => (argument.type === AST_NODE_TYPES.SpreadElement ? [] : sentValuesOf(argument)));
    return [{ client: `${api.callee}.${factory ?? ""}(…).${method}`, url: base, sentValues, urlIsCheckedAlone: true }];
  });
}

/** Each telemetry SDK's package, with what it sends and where (src/catalogue/requests.ts, TELEMETRY_SDKS). */
const TELEMETRY_BY_PACKAGE = new Map(TELEMETRY_SDKS.flatMap((sdk) => sdk.packages.map((name) => [name, sdk] as const)));
const TELEMETRY_METHODS = `/^(?:${regExpAlternatives(new Set(TELEMETRY_SDKS.flatMap((sdk) => sdk.methods)))})$/`;

/** Calls named like a telemetry SDK's sending functions: `Sentry.setContext(…)`, `track(…)`. */
export const TELEMETRY_SELECTOR = [`CallExpression[callee.property.name=${TELEMETRY_METHODS}]`, `CallExpression[callee.name=${TELEMETRY_METHODS}]`].join(", ");

/**
 * What a call of an error-tracking or analytics SDK sends to the vendor: its arguments, where the
 * callee is the SDK's module (`import * as Sentry from "@sentry/node"`, `import posthog from
 * "posthog-js"`) or a function imported from it by name.
 */
export function telemetryRequest(call: TSESTree.CallExpression, getScope: (node: TSESTree.Node) => TSESLint.Scope.Scope): OutgoingRequest | undefined {
  const callee = skipWrappers(call.callee);
  const named = callee.type === AST_NODE_TYPES.Identifier ? callee : undefined;
  const member = callee.type === AST_NODE_TYPES.MemberExpression ? callee : undefined;
  const method = named?.name ?? (member && keyName(member.property, member.computed));
  const owner = named ?? (member && skipWrappers(member.object));
  if (method === undefined || owner?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const binding = moduleOfBinding(owner, getScope);
  const sdk = binding && TELEMETRY_BY_PACKAGE.get(binding.module);
  // A function imported by name is the SDK's own only under its own name; through the module, any name is.
  if (!sdk || !sdk.methods.includes(named ? (binding.imported ?? "") : method)) return undefined;
  const sentValues = call.arguments.flatMap((argument) => (argument.type === AST_NODE_TYPES.SpreadElement ? [] : sentValuesOf(argument)));
  return { client: named ? method : `${owner.name}.${method}`, url: call.callee, host: sdk.host, sentValues, urlIsCheckedAlone: true };
}
