import { AST_NODE_TYPES } from "./node-types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { JS_TOKEN_PACKAGES, JS_TOKEN_SLOTS } from "../catalogue/js-token-slots";
import { keyName, skipWrappers } from "./names";
import { moduleOfBinding } from "./specifiers";

/*
 * Token options of the JavaScript packages that take a Hugging Face token, from the catalogue
 * (generated from their type definitions): `uploadFile({ credentials: { accessToken: "…" } })`,
 * `Client.connect(space, { hf_token: "…" })`, `createHuggingFace({ apiKey: "…" })`,
 * `new HuggingFaceInferenceAPI({ accessToken: "…" })`. A call counts where its callee is imported
 * or required from the package (by name, renamed, or through a namespace).
 */

type GetScope = (node: TSESTree.Node) => TSESLint.Scope.Scope;

interface Sink {
  readonly description: string;
  readonly envName: undefined;
  readonly kind: "value";
  readonly acceptsUndefined: boolean;
}

const SLOTS = new Map(JS_TOKEN_SLOTS.map((slot) => [`${slot.package}|${slot.export}|${slot.kind}|${slot.position}|${slot.path}`, slot]));
/** The last name of every catalogued path: a property named otherwise is never looked up. */
const TOKEN_PROPERTY_NAMES = new Set(JS_TOKEN_SLOTS.map((slot) => slot.path.split(".").at(-1) ?? ""));

/** The call or `new` whose argument holds `property` (through nested objects), and the path to it. */
function argumentPath(property: TSESTree.Property): { call: TSESTree.CallExpression | TSESTree.NewExpression; position: number; path: string } | undefined {
  const names: string[] = [];
  let current: TSESTree.Node = property;
  for (let depth = 0; depth < 6; depth += 1) {
    if (current.type === AST_NODE_TYPES.Property) {
      const name = keyName(current.key, current.computed);
      if (name === undefined) return undefined;
      names.unshift(name);
      current = current.parent;
      continue;
    }
    if (current.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent?.type === AST_NODE_TYPES.Property && parent.value === current) {
      current = parent;
      continue;
    }
    if (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) {
      const position = parent.arguments.indexOf(current as TSESTree.CallExpressionArgument);
      return position < 0 ? undefined : { call: parent, position, path: names.join(".") };
    }
    return undefined;
  }
  return undefined;
}


/** The package and export a callee stands for: `createRepo`, `hub.createRepo`, `Client.connect`, `HF` renamed. */
function exportOfCallee(callee: TSESTree.Node, getScope: GetScope): { module: string; name: string } | undefined {
  const inner = skipWrappers(callee);
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const binding = moduleOfBinding(inner, getScope);
    return binding ? { module: binding.module, name: binding.imported ?? inner.name } : undefined;
  }
  if (inner.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const member = keyName(inner.property, inner.computed);
  const object = skipWrappers(inner.object);
  if (member === undefined || object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const binding = moduleOfBinding(object, getScope);
  if (!binding) return undefined;
  // A namespace (`hub.createRepo`) or a class's static method (`Client.connect`).
  return { module: binding.module, name: binding.imported === undefined ? member : `${binding.imported}.${member}` };
}

/** The catalogue's slot at `path` of argument `position` of `call`, when the callee comes from the slot's package. */
function sinkAt(place: { call: TSESTree.CallExpression | TSESTree.NewExpression; position: number; path: string }, getScope: GetScope): Sink | undefined {
  const target = exportOfCallee(place.call.callee, getScope);
  if (!target) return undefined;
  const kind = place.call.type === AST_NODE_TYPES.NewExpression ? "new" : "call";
  const slot = SLOTS.get(`${target.module}|${target.name}|${kind}|${place.position}|${place.path}`);
  if (!slot) return undefined;
  const written = kind === "new" ? `new ${target.name}()` : `${target.name}()`;
  return { description: place.path === "" ? written : `${written} ${place.path}`, envName: undefined, kind: "value", acceptsUndefined: slot.optional };
}

/**
 * A literal given as the token argument itself: `new InferenceClient("…")` from its package. The
 * callee's binding is asked directly: few calls get here (a long string given to a call), and the
 * text search a file-wide test needs is paid again by each bundle that gets here.
 */
export function cataloguedArgumentSink(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node, getScope: GetScope): Sink | undefined {
  const position = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  return position < 0 ? undefined : sinkAt({ call, position, path: "" }, getScope);
}

export function cataloguedSink(property: TSESTree.Property, name: string, mentionsAny: (words: readonly string[]) => boolean, getScope: GetScope): Sink | undefined {
  if (!TOKEN_PROPERTY_NAMES.has(name) || !mentionsAny(JS_TOKEN_PACKAGES)) return undefined;
  const place = argumentPath(property);
  return place ? sinkAt(place, getScope) : undefined;
}
