import { AST_NODE_TYPES } from "./node-types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isHfTokenName } from "../core";
import { BUILD_INLINING_TABLE } from "../catalogue/build-inlining";
import { keyName, propertyValue, referencedName, skipWrappers } from "./names";
import { moduleOfBinding } from "./specifiers";
import { LITERAL_TOKEN, carriedTokenName, isWholeEnvironment } from "./token-values";
import type { FlowFile } from "./token-values";

/*
 * Build-time inlining: bundler settings that write a value into the code shipped to browsers, from
 * the catalogue (src/catalogue/build-inlining.ts, with each tool's docs). A Hugging Face token read
 * there reaches every visitor.
 */

const PLUGINS = BUILD_INLINING_TABLE.filter((entry) => entry.form === "plugin");
const CONFIG_KEYS = BUILD_INLINING_TABLE.filter((entry) => entry.form === "config-key");
const FUNCTIONS = BUILD_INLINING_TABLE.filter((entry) => entry.form === "function");
const functionNames = FUNCTIONS.map((entry) => entry.setting).join("|");
const pluginNames = PLUGINS.map((entry) => entry.setting).join("|");
const objectKeys = CONFIG_KEYS.filter((entry) => entry.setting !== "envPrefix").map((entry) => entry.setting).join("|");

/** What a whole environment inlined is named in messages. */
export const WHOLE_ENVIRONMENT = "the whole environment (every variable, any Hugging Face token with them)";

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
  `CallExpression[callee.name=/^(?:${functionNames})$/]`,
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
    // `"process.env": JSON.stringify(process.env)`: every variable, the token among them (CodeQL's build-artifact leak).
    if (byKey === undefined && !keysAreNames && isWholeEnvironment(property.value, file.getScope)) return [{ node: property, by, name: WHOLE_ENVIRONMENT }];
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

/** `next.config`, `docusaurus.config`, `app.config`: a config file as its docs name it. */
function configFileName(filename: string): string {
  return (filename.split(/[\\/]/).at(-1) ?? filename).replace(/\.[cm]?[jt]s$/, "");
}

/** What a plugin given its options (`new DefinePlugin({…})`, `replace({…})`, `EnvironmentPlugin([…])`) inlines. */
function pluginOptions(options: TSESTree.Node | undefined, entry: (typeof BUILD_INLINING_TABLE)[number], file: FlowFile): InlinedToken[] {
  const inner = options && skipWrappers(options);
  const by = entry.setting;
  if (inner?.type === AST_NODE_TYPES.ObjectExpression) {
    const values = entry.innerKey ? innerObject(inner, entry.innerKey) : undefined;
    if (values) return inlinedEntries(values, by, entry.keysAreNames, file);
    return inlinedEntries(inner, by, entry.keysAreNames, file);
  }
  if (!entry.keysAreNames) return [];
  // EnvironmentPlugin's names: an array, one name, or vite-plugin-environment's `"all"`.
  const names = inner?.type === AST_NODE_TYPES.ArrayExpression ? inner.elements : [inner];
  return names.flatMap((element): InlinedToken[] => {
    if (element?.type !== AST_NODE_TYPES.Literal || typeof element.value !== "string") return [];
    if (element.value === "all" && entry.form === "function") return [{ node: element, by, name: WHOLE_ENVIRONMENT }];
    return isHfTokenName(element.value) ? [{ node: element, by, name: element.value }] : [];
  });
}

/** The tokens a node chosen by `BUILD_INLINING_SELECTOR` inlines into the browser bundle. */
export function inlinedTokens(node: TSESTree.NewExpression | TSESTree.CallExpression | TSESTree.Property, file: FlowFile): InlinedToken[] {
  const { filename } = file;
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const plugin = referencedName(node.callee) ?? "";
    const entry = PLUGINS.find((candidate) => candidate.setting === plugin);
    return entry ? pluginOptions(node.arguments[0], entry, file) : [];
  }
  if (node.type === AST_NODE_TYPES.CallExpression) {
    // A function of the catalogue, imported or required from its package: `replace` is a common name.
    const callee = skipWrappers(node.callee);
    const module = callee.type === AST_NODE_TYPES.Identifier ? moduleOfBinding(callee, file.getScope)?.module : undefined;
    const entry = FUNCTIONS.find((candidate) => callee.type === AST_NODE_TYPES.Identifier && candidate.setting === callee.name && candidate.module === module);
    return entry ? pluginOptions(node.arguments[0], entry, file) : [];
  }
  const key = keyName(node.key, node.computed);
  if (key === "envPrefix") {
    return exposingPrefixes(node.value).map((prefix) => ({ node: prefix, by: "envPrefix", name: `${String((prefix as TSESTree.StringLiteral).value)}…` }));
  }
  if (node.value.type !== AST_NODE_TYPES.ObjectExpression) return [];
  // Next.js's `env` and `publicRuntimeConfig` only in its config file: elsewhere `env` is anything.
  const entry = CONFIG_KEYS.find((candidate) => candidate.setting === key && (candidate.configFile?.test(filename) ?? true));
  if (!entry) return [];
  const by = entry.innerKey ? `${entry.setting}.${entry.innerKey}` : entry.configFile ? `${configFileName(filename)} ${entry.setting}` : entry.setting;
  const inlined = entry.innerKey ? innerObject(node.value, entry.innerKey) : node.value;
  return inlined ? inlinedEntries(inlined, by, entry.keysAreNames, file) : [];
}
