import { AST_NODE_TYPES } from "./node-types";
import { findVariable } from "./scope";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { CREDENTIAL_NAME_ENDING, HUGGING_FACE_HOSTS, WordMentions, isAllowedHost, isEnvStyleName, isHfTokenName } from "../core";
import { envReadName, isDenoEnv, isEnvObject, keyName, outermostWrapper, referencedName, skipWrappers } from "./names";
import { CREDENTIAL_KEYS, ENDPOINT_KEYS, literalHost, outgoingRequest } from "./requests";
import { constantValueOf } from "./token-values";
import { packageOfSpecifier, requiredSpecifier } from "./specifiers";
import { cataloguedArgumentSink, cataloguedSink } from "./catalogue-sinks";
import { plainStringValue } from "./literal-text";
import { JS_TOKEN_PACKAGES, JS_TOKEN_SLOTS } from "../catalogue/js-token-slots";
import { HUGGING_FACE_PROVIDER_NAMES } from "../catalogue/requests";

/** Where a value ends up, when that place is a Hugging Face token. */
export interface TokenSink {
  /** How the sink is written, for messages: `HF_TOKEN`, `settings.hfToken`, `new InferenceClient()`. */
  readonly description: string;
  /** The env variable a fix should read: the sink's own name when it is env-style. */
  readonly envName: string | undefined;
  readonly kind: SinkKind;
  /** The library declares the slot optional (`new InferenceClient(accessToken?)`): an env read fits its type. */
  readonly acceptsUndefined?: boolean;
  /** What the literal writes before the secret (`Bearer ` in an Authorization header): the secret is the rest, and no read replaces the whole. */
  readonly secretAfter?: string;
}

export type SinkKind =
  /** `const HF_TOKEN = …`, `{ hfToken: … }`, `x.hfToken = …`, `new HfInference(…)`. */
  | "value"
  /** `process.env.HF_TOKEN = …`: replacing the value by a read of the same variable means nothing. */
  | "env-assignment"
  /** `process.env.HF_TOKEN ?? "…"`: the literal is a fallback. */
  | "fallback";

/**
 * One file as the sink lookups see it: scopes on demand, and which words are written in it. A
 * class or package can only be reached under another name where its own name is written, so a
 * file that never writes one skips the scope lookups for it (`new Error("…")` is common; a client
 * of Hugging Face's is not).
 */
export class SinkFile {
  private mentions: WordMentions | undefined;

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  readonly getScope = (node: TSESTree.Node): TSESLint.Scope.Scope => this.sourceCode.getScope(node);

  readonly mentionsAny = (words: readonly string[]): boolean => {
    this.mentions ??= new WordMentions(this.sourceCode.text, MENTIONED_WORDS);
    return this.mentions.mentionsAny(words);
  };
}

type GetScope = SinkFile["getScope"];

/** Constructors of `@huggingface/inference` and the position of their token argument. */
const CLIENT_TOKEN_ARGUMENT: Readonly<Record<string, number>> = {
  InferenceClient: 0,
  HfInference: 0,
  InferenceClientEndpoint: 1,
  HfInferenceEndpoint: 1,
};

const HF_CALL_PACKAGES = /^@huggingface\/(?:inference|hub)$/;
const GRADIO_PACKAGE = /^@gradio\/client$/;
/** Written in every file that can import, require or name what each of the above stands for. */
const CLIENT_CLASS_WORDS = ["InferenceClient", "HfInference"];
const HF_CALL_WORDS = ["@huggingface/", ...CLIENT_CLASS_WORDS];
const GRADIO_WORDS = ["@gradio/client"];
const LANGCHAIN_CLASS_WORDS = ["HuggingFace"];
/** Every word a sink lookup asks about: the scoped ones are found in one pass over a file's `@`s. */
const MENTIONED_WORDS = [...CLIENT_CLASS_WORDS, ...HF_CALL_WORDS, ...GRADIO_WORDS, ...LANGCHAIN_CLASS_WORDS, ...JS_TOKEN_PACKAGES];
/** LangChain's Hugging Face classes take the token as `apiKey` in their options. */
const LANGCHAIN_HF_CLASSES = new Set(["HuggingFaceInference", "HuggingFaceInferenceEmbeddings", "HuggingFaceTransformersEmbeddings", "ChatHuggingFace"]);

export { packageOfSpecifier } from "./specifiers";

function named(name: string, description = name): TokenSink | undefined {
  return isHfTokenName(name) ? { description, envName: isEnvStyleName(name) ? name : undefined, kind: "value" } : undefined;
}

const NAME = `/${CREDENTIAL_NAME_ENDING.source}/i`;
/** The catalogue's client credential keys (`auth`, `openAIApiKey`); the slots' own keys all end in a credential word (`NAME`). */
const CREDENTIAL_KEY = `/^(?:${[...CREDENTIAL_KEYS].join("|")})$/`;
/** Classes and functions of the catalogue given the token itself as an argument (`new HfAgent(token)`, `LLMFromHub(token)`). */
const TOKEN_ARGUMENT_CALLEES = `/^(?:${[...new Set([...Object.keys(CLIENT_TOKEN_ARGUMENT), ...JS_TOKEN_SLOTS.filter((slot) => slot.path === "").map((slot) => slot.export.split(".").at(-1) ?? slot.export)])].join("|")})$/`;
const ERROR_CLASS_NAME = "/(?:Error|Exception)$/";
/** Slot keys of the catalogue that end in no credential word: node-llama-cpp's `tokens: { huggingFace }`. */
const SERVICE_SLOT_KEYS = [...new Set(JS_TOKEN_SLOTS.map((slot) => slot.path.split(".").at(-1) ?? ""))].filter((key) => key !== "" && !CREDENTIAL_NAME_ENDING.test(key));
const SERVICE_SLOT_KEY = `/^(?:${SERVICE_SLOT_KEYS.join("|")})$/`;

/**
 * Each place `findTokenSink` looks, with what its name or shape must be for a sink to be there.
 * Every sink name ends in a credential word (`CREDENTIAL_NAME_ENDING`), so ESLint's selector
 * matching skips values given to other names (most long strings in code) before a rule is called.
 * Names are tested whatever the parent's type (`id` of a declarator or enum member, `left` of a
 * default or an assignment, `key` of a property or field, `name` of a JSX attribute): a wider
 * net costs nothing, since `findTokenSink` decides, and keeps the selector short for ESLint to
 * parse when a lint starts.
 */
const SINK_PLACES: readonly string[] = [
  ...["id.name", "id.value", "left.name", "left.property.name", "left.property.value", "key.name", "key.value", "name.name"].map((path) => `[${path}=${NAME}]`),
  // The catalogue's client credential keys (`auth`), read only where options point at Hugging Face or say so.
  `[key.name=${CREDENTIAL_KEY}]`,
  // Slot keys named after the service (`tokens.huggingFace`), read only in the slot's call.
  ...(SERVICE_SLOT_KEYS.length > 0 ? [`[key.name=${SERVICE_SLOT_KEY}]`] : []),
  // Functions of the catalogue given the token itself as an argument (`LLMFromHub(token)`); `new` is read whatever the class.
  `CallExpression[callee.name=${TOKEN_ARGUMENT_CALLEES}]`,
  `CallExpression[callee.property.name=${TOKEN_ARGUMENT_CALLEES}]`,
  // An Authorization header, for a request to Hugging Face (`authorizationSink`).
  "[key.name=/^authorization$/i]",
  "[key.value=/^authorization$/i]",
  // Keys written as templates without expressions, and assignment targets behind a type wrapper.
  '[key.type="TemplateLiteral"]',
  '[id.type="TemplateLiteral"]',
  '[left.property.type="TemplateLiteral"]',
  "[left.type=/^TS/]",
  `${AST_NODE_TYPES.LogicalExpression}[operator!="&&"]`,
  // Error classes are what most constructors given a long string are (`new Error("…")`), and no client is one.
  `${AST_NODE_TYPES.NewExpression}:not([callee.name=${ERROR_CLASS_NAME}], [callee.property.name=${ERROR_CLASS_NAME}])`,
  '[callee.property.name="set"]',
  '[callee.property.value="set"]',
  // Type wrappers stand between a value and its sink: `"…" as string`.
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
];

/**
 * Names standing where a sink receives a value, for a value written in a `const` elsewhere
 * (`const key = "…"; new HfInference(key)`, `{ apiKey: key }`, `{ hfToken }`). Narrower than the
 * literal places: identifiers are everywhere, and a name given to `new` is common.
 */
export const NAME_IN_SINK_PLACE = [
  `Property[key.name=${NAME}] > Identifier.value`,
  `Property[key.name=${CREDENTIAL_KEY}] > Identifier.value`,
  ...(SERVICE_SLOT_KEYS.length > 0 ? [`Property[key.name=${SERVICE_SLOT_KEY}] > Identifier.value`] : []),
  `NewExpression[callee.name=${TOKEN_ARGUMENT_CALLEES}] > Identifier.arguments`,
  `CallExpression[callee.name=${TOKEN_ARGUMENT_CALLEES}] > Identifier.arguments`,
  `VariableDeclarator[id.name=${NAME}] > Identifier.init`,
  // After the scheme of an Authorization header (`bearerNameSink`).
  ...["key.name", "key.value"].flatMap((key) => [
    `Property[${key}=/^authorization$/i] > TemplateLiteral.value > Identifier.expressions`,
    `Property[${key}=/^authorization$/i] > BinaryExpression.value > Identifier.right`,
  ]),
].join(", ");

/** A selector for values matched by any of `values` that stand where a sink can receive them. */
export function inSinkPlace(values: readonly string[]): string {
  return `:matches(${SINK_PLACES.join(", ")}) > :matches(${values.join(", ")})`;
}

/**
 * The Hugging Face token sink that receives `literal` directly, if any. Shared by the rules so
 * that a reported literal and its fix agree on what the sink is called.
 */
export function findTokenSink(literal: TSESTree.Node, file: SinkFile): TokenSink | undefined {
  const node = outermostWrapper(literal);
  const parent = node.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier ? named(parent.id.name) : undefined;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === node && parent.left.type === AST_NODE_TYPES.Identifier ? named(parent.left.name) : undefined;
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty: {
      const name = parent.value === node ? keyName(parent.key, parent.computed) : undefined;
      return name === undefined ? undefined : named(name);
    }
    case AST_NODE_TYPES.TSEnumMember: {
      const name = parent.initializer === node ? keyName(parent.id, false) : undefined;
      return name === undefined ? undefined : named(name);
    }
    case AST_NODE_TYPES.Property:
      // `{ hfToken }` gives its name's value: only a name, never a literal, stands there.
      return parent.value === node && (!parent.shorthand || node.type === AST_NODE_TYPES.Identifier) ? propertySink(parent, file) : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === node ? assignmentSink(parent) : undefined;
    case AST_NODE_TYPES.LogicalExpression:
      return parent.right === node && parent.operator !== "&&" ? fallbackSink(parent.left) : undefined;
    case AST_NODE_TYPES.NewExpression:
      return constructorSink(parent, node, file) ?? cataloguedArgumentSink(parent, node, file.getScope);
    case AST_NODE_TYPES.CallExpression:
      return envSetSink(parent, node) ?? cataloguedArgumentSink(parent, node, file.getScope);
    case AST_NODE_TYPES.JSXAttribute:
      return parent.value === node && parent.name.type === AST_NODE_TYPES.JSXIdentifier ? named(parent.name.name) : undefined;
    default:
      return undefined;
  }
}

function propertySink(property: TSESTree.Property, file: SinkFile): TokenSink | undefined {
  const name = keyName(property.key, property.computed);
  if (name === undefined) return undefined;
  const byName = named(name);
  if (byName) return byName;
  if (name.toLowerCase() === "authorization") return authorizationSink(property, file.getScope);
  if (name === "accessToken" && file.mentionsAny(HF_CALL_WORDS) && isArgumentOfLibraryCall(property, HF_CALL_PACKAGES, file.getScope)) {
    return { description: "accessToken", envName: undefined, kind: "value" };
  }
  if ((name === "token" || name === "hf_token" || name === "oauth_token") && file.mentionsAny(GRADIO_WORDS) && isArgumentOfLibraryCall(property, GRADIO_PACKAGE, file.getScope)) {
    return { description: `@gradio/client ${name}`, envName: undefined, kind: "value" };
  }
  const catalogued = cataloguedSink(property, name, file.mentionsAny, file.getScope);
  if (catalogued) return catalogued;
  if (!CREDENTIAL_KEYS.has(name)) return undefined;
  const options = property.parent;
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const owner = options.parent;
  if (owner?.type === AST_NODE_TYPES.NewExpression && owner.arguments[0] === options && file.mentionsAny(LANGCHAIN_CLASS_WORDS)) {
    const className = importedName(owner.callee, file.getScope);
    if (className !== undefined && LANGCHAIN_HF_CLASSES.has(className)) {
      return { description: `new ${className}() ${name}`, envName: undefined, kind: "value", acceptsUndefined: true };
    }
  }
  if (pointsAtHuggingFace(options)) {
    return { description: `${name} of a client pointed at Hugging Face`, envName: undefined, kind: "value" };
  }
  const about = aboutHuggingFace(options);
  return about === undefined ? undefined : { description: `${name} of ${about}`, envName: undefined, kind: "value" };
}

const BEARER = /^Bearer +/i;

/**
 * `Authorization: "Bearer …"` in the headers of a request the catalogue knows, sent to a Hugging
 * Face host (`fetch("https://router.huggingface.co/…", { headers })`, `axios.post(url, data, {
 * headers })`): whatever its shape, the credential is a Hugging Face token. Headers a client is
 * configured with are read with its endpoint (`pointsAtHuggingFace`).
 */
function authorizationSink(property: TSESTree.Property, getScope: GetScope): TokenSink | undefined {
  const text = plainStringValue(skipWrappers(property.value));
  const prefix = text === undefined ? undefined : BEARER.exec(text)?.[0];
  const request = prefix === undefined ? undefined : huggingFaceRequestGiven(property, getScope);
  return request && { description: `The Authorization header of ${request.client}() to ${request.host}`, envName: undefined, kind: "value", secretAfter: prefix };
}

/** The request to a Hugging Face host whose headers hold `property`, written in the call or kept in `const`s. */
function huggingFaceRequestGiven(property: TSESTree.Property, getScope: GetScope): { client: string; host: string } | undefined {
  const constantOf = (identifier: TSESTree.Identifier) => constantValueOf(identifier, getScope);
  for (const { call, argument } of callsGiven(property.parent, getScope, 0)) {
    const request = outgoingRequest(call, constantOf);
    if (!request || skipWrappers(request.url) === argument) continue;
    const host = literalHost(request.url, true, constantOf);
    if (host !== undefined && isAllowedHost(host, HUGGING_FACE_HOSTS)) return { client: request.client, host };
  }
  return undefined;
}

const BEARER_SCHEME = /^Bearer +$/i;

/**
 * A name given as the credential of an Authorization header to Hugging Face, after the scheme:
 * `` Authorization: `Bearer ${key}` `` or `"Bearer " + key`. What the name holds is the token.
 */
export function bearerNameSink(name: TSESTree.Identifier, file: SinkFile): TokenSink | undefined {
  const holder = name.parent;
  let scheme: string | undefined;
  if (holder?.type === AST_NODE_TYPES.TemplateLiteral && holder.expressions.length === 1 && holder.quasis[1]?.value.cooked === "") {
    scheme = holder.quasis[0]?.value.cooked ?? undefined;
  } else if (holder?.type === AST_NODE_TYPES.BinaryExpression && holder.operator === "+" && holder.right === name) {
    scheme = plainStringValue(skipWrappers(holder.left));
  }
  const property = holder && outermostWrapper(holder).parent;
  if (scheme === undefined || !BEARER_SCHEME.test(scheme) || property?.type !== AST_NODE_TYPES.Property || keyName(property.key, property.computed)?.toLowerCase() !== "authorization") return undefined;
  const request = huggingFaceRequestGiven(property, file.getScope);
  return request && { description: `The Authorization header of ${request.client}() to ${request.host}`, envName: undefined, kind: "value" };
}

/** How many `const`s an object is followed through to the call it is given to (`const headers = {…}` then `{ headers }`). */
const MAX_CONST_HOPS = 2;

/**
 * The calls an object is given to: as an argument, inside other objects written in the call, or
 * through the `const`s it is kept in (`const headers = {…}; fetch(url, { headers })`).
 */
function callsGiven(object: TSESTree.Node, getScope: GetScope, hops: number): Array<{ call: TSESTree.CallExpression | TSESTree.NewExpression; argument: TSESTree.Node }> {
  let current = outermostWrapper(object);
  for (let depth = 0; depth < 6; depth += 1) {
    const parent = current.parent;
    if (!parent) return [];
    if (parent.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
      current = outermostWrapper(parent.parent);
      continue;
    }
    if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.arguments.some((argument) => argument === current)) {
      return [{ call: parent, argument: skipWrappers(current) }];
    }
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier && hops < MAX_CONST_HOPS) {
      const variable = findVariable(getScope(parent.id), parent.id);
      if (!variable || variable.references.some((reference) => reference.isWrite() && !reference.init)) return [];
      return variable.references.filter((reference) => reference.isRead()).flatMap((reference) => callsGiven(reference.identifier, getScope, hops + 1));
    }
    return [];
  }
  return [];
}

/** Callee names that say Hugging Face: `createHuggingFace`, `ChatHuggingFace`, `HfAgent`, `hfClient`, `huggingface`. */
const HF_CALLEE = /hugging_?face|^hf(?:[A-Z_]|$)|[a-z]Hf[A-Z]|^Hf[A-Z]|HF[A-Z]/i;
/** Provider values that name Hugging Face in the options of multi-provider clients (Vercel AI SDK, LiteLLM, LangChain). */
const HF_PROVIDERS = new Set(HUGGING_FACE_PROVIDER_NAMES.map((provider) => provider.name));

/**
 * Context as evidence: a credential key in options that are about Hugging Face — given to a
 * callee whose name says so (`new ChatHuggingFace({ apiKey })`, `createHuggingFace({ apiKey })`)
 * or next to `provider: "huggingface"`. The same key elsewhere is not reported.
 */
function aboutHuggingFace(options: TSESTree.ObjectExpression): string | undefined {
  const owner = options.parent;
  if ((owner?.type === AST_NODE_TYPES.CallExpression || owner?.type === AST_NODE_TYPES.NewExpression) && owner.arguments.includes(options)) {
    const callee = referencedName(owner.callee);
    if (callee !== undefined && HF_CALLEE.test(callee)) return `${owner.type === AST_NODE_TYPES.NewExpression ? "new " : ""}${callee}()`;
  }
  for (const property of options.properties) {
    if (property.type !== AST_NODE_TYPES.Property || keyName(property.key, property.computed) !== "provider") continue;
    const value = skipWrappers(property.value);
    if (value.type === AST_NODE_TYPES.Literal && typeof value.value === "string" && HF_PROVIDERS.has(value.value.toLowerCase())) return `options with provider "${value.value}"`;
  }
  return undefined;
}

function assignmentSink(assignment: TSESTree.AssignmentExpression): TokenSink | undefined {
  if (assignment.operator !== "=" && assignment.operator !== "||=" && assignment.operator !== "??=") return undefined;
  const target = skipWrappers(assignment.left);
  if (target.type === AST_NODE_TYPES.Identifier) return named(target.name);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = keyName(target.property, target.computed);
  if (name === undefined || !isHfTokenName(name)) return undefined;
  if (isEnvObject(target.object)) return { description: `env ${name}`, envName: name, kind: "env-assignment" };
  return named(name);
}

/**
 * `process.env.HF_TOKEN ?? "…"`: the env read is there, the literal is a fallback to remove.
 * `opts?.hfToken ?? "…"`: nothing reads the environment, so the literal is a value to replace.
 */
function fallbackSink(primary: TSESTree.Node): TokenSink | undefined {
  const envName = envReadName(primary);
  const name = envName ?? referencedName(primary);
  if (name === undefined || !isHfTokenName(name)) return undefined;
  if (envName !== undefined) return { description: name, envName, kind: "fallback" };
  return { description: name, envName: isEnvStyleName(name) ? name : undefined, kind: "value" };
}

/** `Deno.env.set("HF_TOKEN", "…")`: an env assignment written as a call. */
function envSetSink(call: TSESTree.CallExpression, argument: TSESTree.Node): TokenSink | undefined {
  const callee = call.callee;
  if (call.arguments[1] !== argument || callee.type !== AST_NODE_TYPES.MemberExpression || keyName(callee.property, callee.computed) !== "set") return undefined;
  const nameNode = call.arguments[0];
  const name = nameNode?.type === AST_NODE_TYPES.Literal && typeof nameNode.value === "string" ? nameNode.value : undefined;
  if (!isDenoEnv(callee.object) || name === undefined || !isHfTokenName(name)) return undefined;
  return { description: `env ${name}`, envName: name, kind: "env-assignment" };
}

/**
 * Whether an options object sets a base URL or endpoint on a Hugging Face host: in itself, in an
 * object one level in, or in the object it sits in (LangChain's `new ChatOpenAI({ apiKey,
 * configuration: { baseURL } })`), as `configuredClient` reads a client's options.
 */
function pointsAtHuggingFace(options: TSESTree.ObjectExpression): boolean {
  const holder = options.parent;
  const outer = holder?.type === AST_NODE_TYPES.Property && holder.parent.type === AST_NODE_TYPES.ObjectExpression ? holder.parent : undefined;
  const inner = options.properties.flatMap((property) => (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.ObjectExpression ? [property.value] : []));
  return [options, ...inner, ...(outer ? [outer] : [])].some(setsHuggingFaceEndpoint);
}

function setsHuggingFaceEndpoint(options: TSESTree.ObjectExpression): boolean {
  return options.properties.some((property) => {
    if (property.type !== AST_NODE_TYPES.Property) return false;
    const key = keyName(property.key, property.computed);
    if (key === undefined || !ENDPOINT_KEYS.has(key)) return false;
    const host = literalHost(property.value);
    return host !== undefined && isAllowedHost(host, HUGGING_FACE_HOSTS);
  });
}

/**
 * The exported name a callee stands for: `HF` in `import { InferenceClient as HF }` or
 * `const { InferenceClient: HF } = require(…)` is `InferenceClient`; `hf.InferenceClient` is
 * `InferenceClient`. Any other name is itself.
 */
function importedName(callee: TSESTree.Node, getScope: GetScope): string | undefined {
  const inner = skipWrappers(callee);
  if (inner.type !== AST_NODE_TYPES.Identifier) return referencedName(inner);
  const variable = findVariable(getScope(inner), inner);
  const definition = variable?.defs[0];
  if (definition?.type === "ImportBinding" && definition.node.type === AST_NODE_TYPES.ImportSpecifier) {
    return keyName(definition.node.imported, false) ?? inner.name;
  }
  if (definition?.type === "Variable" && definition.node.id.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of definition.node.id.properties) {
      if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier && property.value.name === inner.name) {
        return keyName(property.key, property.computed) ?? inner.name;
      }
    }
  }
  return inner.name;
}

function constructorSink(call: TSESTree.NewExpression, argument: TSESTree.Node, file: SinkFile): TokenSink | undefined {
  // Asked of the callee's binding, not of the file's text: few calls get here (a long string given
  // to `new`), and searching a bundle's text for the class names cost 0.3 ms a name.
  const className = importedName(call.callee, file.getScope);
  if (className === undefined) return undefined;
  const position = CLIENT_TOKEN_ARGUMENT[className];
  if (position === undefined || call.arguments[position] !== argument) return undefined;
  return { description: `new ${className}()`, envName: undefined, kind: "value", acceptsUndefined: true };
}

/** The call whose argument (possibly nested in object literals) holds `property`. */
function enclosingCall(property: TSESTree.Property): TSESTree.CallExpression | undefined {
  let current: TSESTree.Node = property;
  for (let depth = 0; depth < 6 && current.parent; depth += 1) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === AST_NODE_TYPES.CallExpression) {
      return parent.arguments.includes(current as TSESTree.CallExpressionArgument) ? parent : undefined;
    }
    if (parent.type !== AST_NODE_TYPES.ObjectExpression && parent.type !== AST_NODE_TYPES.Property) return undefined;
    current = parent;
  }
  return undefined;
}

function rootIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current = skipWrappers(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = skipWrappers(current.object);
  if (current.type === AST_NODE_TYPES.AwaitExpression) return rootIdentifier(current.argument);
  return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
}


/**
 * Whether `property` sits in an argument of a call into a library: the callee's root is imported
 * or required from it, or is a client constructed from one of its classes.
 */
function isArgumentOfLibraryCall(property: TSESTree.Property, library: RegExp, getScope: GetScope): boolean {
  const call = enclosingCall(property);
  const root = call && rootIdentifier(call.callee);
  if (!root) return false;
  const variable = findVariable(getScope(root), root);
  for (const definition of variable?.defs ?? []) {
    if (definition.type === "ImportBinding") {
      const declaration = definition.parent;
      if (declaration.type === AST_NODE_TYPES.ImportDeclaration && library.test(packageOfSpecifier(declaration.source.value))) return true;
    }
    if (definition.type === "Variable") {
      const init = definition.node.init;
      const source = requiredSpecifier(init);
      if (source !== undefined && library.test(packageOfSpecifier(source))) return true;
      const created = init ? skipWrappers(init) : undefined;
      if (created?.type === AST_NODE_TYPES.NewExpression) {
        const className = referencedName(created.callee);
        if (className !== undefined && className in CLIENT_TOKEN_ARGUMENT && library.source === HF_CALL_PACKAGES.source) {
          return true;
        }
      }
    }
  }
  return false;
}
