import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ESLint, Linter } from "eslint";
import type { TSESLint } from "@typescript-eslint/utils";
import { PLUGIN_NAMESPACE, allRuleEntries, componentFiles, flatConfig, inventoryRuleEntries, legacyConfig, recommendedRuleEntries, textConfig } from "./configs";
import { textLanguage } from "./languages/text";
import { rules } from "./rules";

const { name, version } = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as {
  name: string;
  version: string;
};

/**
 * The plugin as ESLint's own types see it, so typed `eslint.config.ts` files type-check with
 * `defineConfig`, `Linter.Config[]` and `plugins: { "hf-secrets": hfSecrets }` on ESLint 9 and 10.
 */
interface HfSecretsPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: NonNullable<ESLint.Plugin["rules"]>;
  configs: {
    recommended: Linter.Config[];
    all: Linter.Config[];
    inventory: Linter.Config[];
    /** Text files (notebooks, .env, YAML, Markdown, JSON, Python, shell), through the text language. */
    text: Linter.Config[];
    /** For ESLint 8.57 with `.eslintrc`: `extends: ["plugin:hf-secrets/legacy-recommended"]`. */
    "legacy-recommended": Linter.LegacyConfig;
    "legacy-all": Linter.LegacyConfig;
  };
}

const configs = {
  recommended: [] as TSESLint.FlatConfig.ConfigArray,
  all: [] as TSESLint.FlatConfig.ConfigArray,
  inventory: [] as TSESLint.FlatConfig.ConfigArray,
  text: [] as TSESLint.FlatConfig.ConfigArray,
  "legacy-recommended": legacyConfig(recommendedRuleEntries(rules)),
  "legacy-all": legacyConfig(allRuleEntries(rules)),
};

const plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  languages: { text: textLanguage },
  configs,
};

// The configs refer to the plugin object itself, so they are filled in once it exists.
const configParts = { plugin: plugin as TSESLint.FlatConfig.Plugin, installedComponentFiles: componentFiles() };
configs.recommended.push(...flatConfig({ ...configParts, name: "recommended", ruleEntries: recommendedRuleEntries(rules) }));
configs.all.push(...flatConfig({ ...configParts, name: "all", ruleEntries: allRuleEntries(rules) }));
configs.text.push(...textConfig(configParts.plugin));
configs.inventory.push(...flatConfig({ ...configParts, name: "inventory", ruleEntries: inventoryRuleEntries(rules) }));

// typescript-eslint's rule and config types are stricter than ESLint's and not assignable to them.
const typedPlugin = plugin as unknown as HfSecretsPlugin;
export = typedPlugin;
