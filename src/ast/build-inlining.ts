import { AST_NODE_TYPES } from "./node-types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isHfTokenName } from "../core";
import { envReadName, keyName, referencedName, skipWrappers } from "./names";

/*
 * Build-time inlining: bundler settings that write a value into the code shipped to browsers
 * (webpack's and Rspack's `DefinePlugin` and `EnvironmentPlugin`, Vite's, esbuild's and Rollup's
 * `define`, Next.js's `env` and `publicRuntimeConfig`, Vite's `envPrefix`), as their docs describe
 * them (webpack.js.org/plugins/define-plugin, /environment-plugin; vite.dev/config/shared-options
 * `define` and `envPrefix`; esbuild.github.io/api/#define; nextjs.org/docs/app/api-reference/config/next-config-js/env).
 * A Hugging Face token read there reaches every visitor.
 */

export interface InlinedToken {
  readonly node: TSESTree.Node;
  /** What inlines it, for messages: `DefinePlugin`, `define`, `next.config env`. */
  readonly by: string;
  /** The token variable: `HF_TOKEN`. */
  readonly name: string;
}

export const BUILD_INLINING_SELECTOR = [
  "NewExpression[callee.name=/^(?:DefinePlugin|EnvironmentPlugin)$/]",
  "NewExpression[callee.property.name=/^(?:DefinePlugin|EnvironmentPlugin)$/]",
  'Property[key.name="define"][value.type="ObjectExpression"]',
  'Property[key.name=/^(?:env|publicRuntimeConfig)$/][value.type="ObjectExpression"]',
  'Property[key.name="envPrefix"]',
].join(", ");

/** A token name written as a key that a bundler replaces: `"process.env.HF_TOKEN"`, `"import.meta.env.HF_TOKEN"`. */
function tokenNameInKey(key: string): string | undefined {
  const name = key.replace(/^(?:process\.env\.|import\.meta\.env\.)/, "");
  return name !== key && isHfTokenName(name) ? name : undefined;
}

/** A token env read anywhere in `value`: `process.env.HF_TOKEN`, `JSON.stringify(process.env.HF_TOKEN)`. */
function tokenReadIn(value: TSESTree.Node, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  const inner = skipWrappers(value);
  const read = envReadName(inner);
  if (read !== undefined) return isHfTokenName(read) ? read : undefined;
  if (inner.type === AST_NODE_TYPES.CallExpression) {
    for (const argument of inner.arguments) {
      const found = tokenReadIn(argument, depth + 1);
      if (found) return found;
    }
  }
  if (inner.type === AST_NODE_TYPES.TemplateLiteral) {
    for (const expression of inner.expressions) {
      const found = tokenReadIn(expression, depth + 1);
      if (found) return found;
    }
  }
  if (inner.type === AST_NODE_TYPES.LogicalExpression || inner.type === AST_NODE_TYPES.BinaryExpression) {
    return tokenReadIn(inner.left, depth + 1) ?? tokenReadIn(inner.right, depth + 1);
  }
  return undefined;
}

/** The tokens one entry of an object a bundler inlines carries: by key or by value. */
function inlinedEntries(object: TSESTree.ObjectExpression, by: string, keysAreNames: boolean): InlinedToken[] {
  return object.properties.flatMap((property): InlinedToken[] => {
    if (property.type !== AST_NODE_TYPES.Property) return [];
    const key = keyName(property.key, property.computed);
    const byKey = key === undefined ? undefined : keysAreNames && isHfTokenName(key) ? key : tokenNameInKey(key);
    const name = byKey ?? tokenReadIn(property.value);
    return name === undefined ? [] : [{ node: property, by, name }];
  });
}

/** `["HF_", "VITE_"]`: a prefix that makes a token variable public (`HF_TOKEN` starts with `HF_`). */
function exposingPrefixes(value: TSESTree.Node): TSESTree.Node[] {
  const inner = skipWrappers(value);
  const prefixes = inner.type === AST_NODE_TYPES.ArrayExpression ? inner.elements : [inner];
  return prefixes.flatMap((prefix) => {
    if (prefix?.type !== AST_NODE_TYPES.Literal || typeof prefix.value !== "string" || prefix.value === "") return [];
    const text = prefix.value;
    return ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACEHUB_API_TOKEN", "HF_API_KEY"].some((name) => name.startsWith(text)) ? [prefix] : [];
  });
}

/** The tokens a node chosen by `BUILD_INLINING_SELECTOR` inlines into the browser bundle. */
export function inlinedTokens(node: TSESTree.NewExpression | TSESTree.Property, filename: string): InlinedToken[] {
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const plugin = referencedName(node.callee) ?? "";
    const [options] = node.arguments;
    const inner = options && skipWrappers(options);
    if (inner?.type === AST_NODE_TYPES.ObjectExpression) return inlinedEntries(inner, plugin, plugin === "EnvironmentPlugin");
    if (plugin === "EnvironmentPlugin" && inner?.type === AST_NODE_TYPES.ArrayExpression) {
      return inner.elements.flatMap((element) =>
        element?.type === AST_NODE_TYPES.Literal && typeof element.value === "string" && isHfTokenName(element.value) ? [{ node: element, by: plugin, name: element.value }] : [],
      );
    }
    if (plugin === "EnvironmentPlugin" && inner?.type === AST_NODE_TYPES.Literal && typeof inner.value === "string" && isHfTokenName(inner.value)) {
      return [{ node: inner, by: plugin, name: inner.value }];
    }
    return [];
  }
  const key = keyName(node.key, node.computed);
  if (key === "envPrefix") {
    return exposingPrefixes(node.value).map((prefix) => ({ node: prefix, by: "envPrefix", name: `${String((prefix as TSESTree.StringLiteral).value)}…` }));
  }
  if (node.value.type !== AST_NODE_TYPES.ObjectExpression) return [];
  if (key === "define") return inlinedEntries(node.value, "define", false);
  // Next.js's `env` and `publicRuntimeConfig` only in its config file: elsewhere `env` is anything.
  if (/(?:^|[\\/])next\.config\.[cm]?[jt]s$/.test(filename)) return inlinedEntries(node.value, `next.config ${key ?? ""}`, true);
  return [];
}
