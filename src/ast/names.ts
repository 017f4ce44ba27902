import { AST_NODE_TYPES } from "./node-types";
import type { TSESTree } from "@typescript-eslint/utils";

/** The written name of a key: `a`, `"a"`, `["a"]`, `#a`; `undefined` for computed expressions. */
export function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && (key.type === AST_NODE_TYPES.Identifier || key.type === AST_NODE_TYPES.PrivateIdentifier)) {
    return key.name;
  }
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === "string") return key.value;
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) {
    return key.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The value of an object literal's first entry written with key `name`: `headers` of `{ headers: … }`. */
export function propertyValue(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  for (const entry of object.properties) {
    if (entry.type === AST_NODE_TYPES.Property && keyName(entry.key, entry.computed) === name) return entry.value;
  }
  return undefined;
}

/** The name an expression is read under: `x`, `a.b.x`, `a["x"]`, `a?.x`. */
export function referencedName(node: TSESTree.Node): string | undefined {
  const inner = skipWrappers(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return keyName(inner.property, inner.computed);
  return undefined;
}

type ValueWrapper =
  | TSESTree.TSAsExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSTypeAssertion
  | TSESTree.ChainExpression;

/** TypeScript's wrappers: a literal inside one still stands where the wrapper stands. */
const TYPE_WRAPPERS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/** Type wrappers and optional chaining: none changes the value it wraps. */
const VALUE_WRAPPERS: ReadonlySet<AST_NODE_TYPES> = new Set([...TYPE_WRAPPERS, AST_NODE_TYPES.ChainExpression]);

function isValueWrapper(node: TSESTree.Node): node is ValueWrapper {
  return VALUE_WRAPPERS.has(node.type);
}

/** Steps through parentheses-free wrappers that do not change a value: `x as T`, `x!`, `x satisfies T`, `a?.b`. */
export function skipWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isValueWrapper(current)) current = current.expression;
  return current;
}

/** `x as T`, `x satisfies T`, `x!`, `<T>x`: wrappers that change a type, not a value. */
export function isTypeWrapper(node: TSESTree.Node): boolean {
  return TYPE_WRAPPERS.has(node.type);
}

function outermostIn(wrappers: ReadonlySet<AST_NODE_TYPES>, node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && wrappers.has(current.parent.type)) current = current.parent;
  return current;
}

/** The outermost node whose value is `node`'s value, climbing through type wrappers (`"…" as string`). */
export function outermostWrapper(node: TSESTree.Node): TSESTree.Node {
  return outermostIn(TYPE_WRAPPERS, node);
}

/** The outermost node `skipWrappers` steps through to reach `node`: where its value is used. */
export function outermostValueWrapper(node: TSESTree.Node): TSESTree.Node {
  return outermostIn(VALUE_WRAPPERS, node);
}

/** `process.env`, `import.meta.env`, `Bun.env`: objects whose members are env variables. */
export function isEnvObject(node: TSESTree.Node): boolean {
  const inner = skipWrappers(node);
  if (inner.type !== AST_NODE_TYPES.MemberExpression || keyName(inner.property, inner.computed) !== "env") {
    return false;
  }
  const owner = inner.object;
  if (owner.type === AST_NODE_TYPES.Identifier) return owner.name === "process" || owner.name === "Bun";
  return owner.type === AST_NODE_TYPES.MetaProperty && owner.meta.name === "import" && owner.property.name === "meta";
}

/** `Deno.env`: the object whose `get` and `set` read and write Deno's environment. */
export function isDenoEnv(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === "Deno" &&
    keyName(node.property, node.computed) === "env"
  );
}

/** The variable name of an env read (`process.env.X`, `process.env["X"]`, `Deno.env.get("X")`), if it is one. */
export function envReadName(node: TSESTree.Node): string | undefined {
  const inner = skipWrappers(node);
  if (inner.type === AST_NODE_TYPES.MemberExpression && isEnvObject(inner.object)) {
    return keyName(inner.property, inner.computed);
  }
  if (
    inner.type === AST_NODE_TYPES.CallExpression &&
    inner.callee.type === AST_NODE_TYPES.MemberExpression &&
    keyName(inner.callee.property, inner.callee.computed) === "get" &&
    isDenoEnv(inner.callee.object)
  ) {
    const argument = inner.arguments[0];
    return argument && argument.type === AST_NODE_TYPES.Literal && typeof argument.value === "string"
      ? argument.value
      : undefined;
  }
  return undefined;
}
