import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TSESLint } from "@typescript-eslint/utils";
import { PLUGIN_NAMESPACE, allRuleEntries, flatConfig, inventoryRuleEntries, recommendedRuleEntries } from "./configs";
import { rules } from "./rules";

const { name, version } = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as {
  name: string;
  version: string;
};

const configs: Record<"recommended" | "all" | "inventory", TSESLint.FlatConfig.ConfigArray> = {
  recommended: [],
  all: [],
  inventory: [],
};

const plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs,
};

// The configs refer to the plugin object itself, so they are filled in once it exists.
configs.recommended.push(...flatConfig("recommended", plugin as TSESLint.FlatConfig.Plugin, recommendedRuleEntries(rules)));
configs.all.push(...flatConfig("all", plugin as TSESLint.FlatConfig.Plugin, allRuleEntries(rules)));
configs.inventory.push(...flatConfig("inventory", plugin as TSESLint.FlatConfig.Plugin, inventoryRuleEntries(rules)));

export = plugin;
