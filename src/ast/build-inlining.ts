import { AST_NODE_TYPES } from "./node-types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isHfTokenName } from "../core";
import { BUILD_INLINING_TABLE } from "../catalogue/build-inlining";
import { keyName, propertyValue, referencedName, skipWrappers } from "./names";
import { LITERAL_TOKEN, carriedTokenName } from "./token-values";
import type { FlowFile } from "./token-values";

/*
 * Build-time inlining: bundler settings that write a value into the code shipped to browsers, from
 * the catalogue (src/catalogue/build-inlining.ts, with each tool's docs). A Hugging Face token read
 * there reaches every visitor.
 */

const PLUGINS = BUILD_INLINING_TABLE.filter((entry) => entry.form === "plugin");
const CONFIG_KEYS = BUILD_INLINING_TABLE.filter((entry) => entry.form === "config-key");
const pluginNames = PLUGINS.map((entry) => entry.setting).join("|");
const objectKeys = CONFIG_KEYS.filter((entry) => entry.setting !== "envPrefix").map((entry) => entry.setting).join("|");

export interface InlinedToken {
  readonly node: TSESTree.Node;
  /** What inlines it, for messages: `DefinePlugin`, `define`, `next.config env`. */
  readonly by: string;
  /** The token variable: `HF_TOKEN`. */
  readonly name: string;
}

export const BUILD_INLINING_SELECTOR = [
  `NewExpression[callee.name=/^(?:${pluginNames})$/]`,
  `NewExpression[callee.property.name=/^(?:${pluginNames})$/]`,
  `Property[key.name=/^(?:${objectKeys})$/][value.type="ObjectExpression"]`,
  'Property[key.name="envPrefix"]',
].join(", ");

/** A token name written as a key that a bundler replaces: `"process.env.HF_TOKEN"`, `"import.meta.env.HF_TOKEN"`. */
function tokenNameInKey(key: string): string | undefined {
  const name = key.replace(/^(?:process\.env\.|import\.meta\.env\.)/, "");
  return name !== key && isHfTokenName(name) ? name : undefined;
}

/** The tokens one entry of an object a bundler inlines carries: by key or by value. */
function inlinedEntries(object: TSESTree.ObjectExpression, by: string, keysAreNames: boolean, file: FlowFile): InlinedToken[] {
  return object.properties.flatMap((property): InlinedToken[] => {
    if (property.type !== AST_NODE_TYPES.Property) return [];
    const key = keyName(property.key, property.computed);
    const byKey = key === undefined ? undefined : keysAreNames && isHfTokenName(key) ? key : tokenNameInKey(key);
    // A literal token there is already no-hardcoded-token's finding: one finding for one token.
    const carried = byKey ?? carriedTokenName(property.value, file);
    const name = carried === LITERAL_TOKEN ? undefined : carried;
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

function innerObject(object: TSESTree.ObjectExpression, key: string): TSESTree.ObjectExpression | undefined {
  const value = propertyValue(object, key);
  const inner = value && skipWrappers(value);
  return inner?.type === AST_NODE_TYPES.ObjectExpression ? inner : undefined;
}

/** The tokens a node chosen by `BUILD_INLINING_SELECTOR` inlines into the browser bundle. */
export function inlinedTokens(node: TSESTree.NewExpression | TSESTree.Property, file: FlowFile): InlinedToken[] {
  const { filename } = file;
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const plugin = referencedName(node.callee) ?? "";
    const [options] = node.arguments;
    const inner = options && skipWrappers(options);
    const keysAreNames = PLUGINS.find((entry) => entry.setting === plugin)?.keysAreNames === true;
    if (inner?.type === AST_NODE_TYPES.ObjectExpression) return inlinedEntries(inner, plugin, keysAreNames, file);
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
  // Next.js's `env` and `publicRuntimeConfig` only in its config file: elsewhere `env` is anything.
  const entry = CONFIG_KEYS.find((candidate) => candidate.setting === key && (candidate.configFile?.test(filename) ?? true));
  if (!entry) return [];
  const by = entry.innerKey ? `${entry.setting}.${entry.innerKey}` : entry.configFile ? `next.config ${entry.setting}` : entry.setting;
  const inlined = entry.innerKey ? innerObject(node.value, entry.innerKey) : node.value;
  return inlined ? inlinedEntries(inlined, by, entry.keysAreNames, file) : [];
}
