import type { TSESLint } from "@typescript-eslint/utils";
import { CODE_EXTENSIONS, COMPONENT_EXTENSIONS, NAMED_TEXT_FILES, TEXT_EXTENSIONS, TOOL_FOLDERS, type ComponentExtension } from "./core";
import { isInstalledInProject } from "./io/installed";
import { envFilesGitState } from "./io/git";
import { lazyTypeScriptParser } from "./io/typescript-parser";
import type { rules as allRules } from "./rules";
import type { HfSecretsRuleDocs } from "./util/create-rule";

export const PLUGIN_NAMESPACE = "hf-secrets";

export const JS_AND_TS_FILES = [`**/*.{${CODE_EXTENSIONS.join(",")}}`];
const TS_FILES = ["**/*.{ts,tsx,mts,cts}"];

/** The parser each framework's ESLint plugin sets for its components. */
const COMPONENT_PARSERS: Readonly<Record<ComponentExtension, string>> = {
  svelte: "svelte-eslint-parser",
  vue: "vue-eslint-parser",
  astro: "astro-eslint-parser",
};

/**
 * Components of the frameworks whose parser the project has installed: their ESLint plugin's
 * config (placed before ours) sets it. Without the parser ESLint could not read the file, so a
 * project without the framework keeps linting exactly what it linted before.
 */
export function componentFiles(cwd: string = process.cwd()): string[] {
  return COMPONENT_EXTENSIONS.filter((extension) => isInstalledInProject(COMPONENT_PARSERS[extension], cwd)).map((extension) => `**/*.${extension}`);
}

type Rules = typeof allRules;
type RuleEntries = Record<string, "error" | "warn">;

/** Rule entries at the severity each rule declares for a config in its docs metadata, so a new rule needs no edit here. */
function entriesBySeverityIn(rules: Rules, config: "recommended" | "inventory"): RuleEntries {
  const entries: RuleEntries = {};
  for (const [name, rule] of Object.entries(rules)) {
    const severity = (rule.meta.docs as HfSecretsRuleDocs | undefined)?.[config];
    if (severity) entries[`${PLUGIN_NAMESPACE}/${name}`] = severity;
  }
  return entries;
}

export function recommendedRuleEntries(rules: Rules): RuleEntries {
  return entriesBySeverityIn(rules, "recommended");
}

/** The rules of `configs.inventory`, at their inventory severity. */
export function inventoryRuleEntries(rules: Rules): RuleEntries {
  return entriesBySeverityIn(rules, "inventory");
}

/** Every rule that finds problems, as errors; inventory rules list places and are left out. */
export function allRuleEntries(rules: Rules): RuleEntries {
  return Object.fromEntries(
    Object.entries(rules)
      .filter(([, rule]) => !(rule.meta.docs as HfSecretsRuleDocs | undefined)?.inventory)
      .map(([name]) => [`${PLUGIN_NAMESPACE}/${name}`, "error"]),
  );
}

interface FlatConfigParts {
  name: string;
  plugin: TSESLint.FlatConfig.Plugin;
  ruleEntries: RuleEntries;
  /** `componentFiles()`, looked up once for all the configs. */
  installedComponentFiles: readonly string[];
}

/**
 * A flat config: the rules for every JS/TS file, plus typescript-eslint's parser for TS files so
 * that the three-line set-up also reads `.ts` (loaded only when a `.ts` file is linted). Configs
 * placed after it may choose another parser.
 */
export function flatConfig({ name, plugin, ruleEntries, installedComponentFiles }: FlatConfigParts): TSESLint.FlatConfig.ConfigArray {
  return [
    {
      name: `${PLUGIN_NAMESPACE}/${name}`,
      files: JS_AND_TS_FILES,
      plugins: { [PLUGIN_NAMESPACE]: plugin },
      // Tokens hide in React components as often as anywhere: read JSX in .js files too.
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: ruleEntries,
    },
    {
      name: `${PLUGIN_NAMESPACE}/${name}/typescript`,
      files: TS_FILES,
      languageOptions: { parser: lazyTypeScriptParser },
    },
    ...(installedComponentFiles.length === 0
      ? []
      : [
          {
            // No parser and no parser options here: the framework's own config has set both.
            name: `${PLUGIN_NAMESPACE}/${name}/components`,
            files: [...installedComponentFiles],
            plugins: { [PLUGIN_NAMESPACE]: plugin },
            rules: ruleEntries,
          },
        ]),
  ];
}

/**
 * The same rules for ESLint 8.57's `.eslintrc` (`extends: ["plugin:hf-secrets/legacy-recommended"]`):
 * JSX read in every file, typescript-eslint's parser for TypeScript files.
 */
export function legacyConfig(ruleEntries: RuleEntries): Record<string, unknown> {
  return {
    plugins: [PLUGIN_NAMESPACE],
    parserOptions: { ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: true } },
    rules: ruleEntries,
    overrides: [{ files: ["*.ts", "*.tsx", "*.mts", "*.cts"], parser: "@typescript-eslint/parser" }],
  };
}

const ENV_FILES = ["**/.env", "**/.env.*", "**/*.env"];
const ENV_STATE_SETTING = `${PLUGIN_NAMESPACE}/env-files-git-state`;

/** Text files where tokens leak outside JavaScript: notebooks, env files, CI workflows, docs, configs, scripts. */
export const TEXT_FILES = [`**/*.{${TEXT_EXTENSIONS.join(",")}}`, "**/.env*", ...NAMED_TEXT_FILES];

/**
 * Global ignores (an entry with nothing but `ignores`): virtualenvs and tool caches. A later
 * entry whose `ignores` negates one of them lints that folder again (docs/text-files.md).
 */
export const TOOL_FOLDER_IGNORES = TOOL_FOLDERS.map((folder) => `**/${folder}/`);

/** `configs.text`: the token scan on text files, through the plugin's text language. */
export function textConfig(plugin: TSESLint.FlatConfig.Plugin): TSESLint.FlatConfig.ConfigArray {
  return [
    { name: `${PLUGIN_NAMESPACE}/text/ignores`, ignores: TOOL_FOLDER_IGNORES },
    {
      name: `${PLUGIN_NAMESPACE}/text`,
      files: TEXT_FILES,
      plugins: { [PLUGIN_NAMESPACE]: plugin },
      language: `${PLUGIN_NAMESPACE}/text`,
      rules: {
        [`${PLUGIN_NAMESPACE}/no-hardcoded-token`]: "error",
        [`${PLUGIN_NAMESPACE}/no-literal-token-assignment`]: "error",
      },
    } as TSESLint.FlatConfig.Config,
    {
      name: `${PLUGIN_NAMESPACE}/text/env-files`,
      files: ENV_FILES,
      // Read when ESLint computes the config, and hashed with it: a .gitignore change invalidates
      // the cached results of env files, whose findings depend on what git would commit.
      settings: {
        get [ENV_STATE_SETTING]() {
          return envFilesGitState(process.cwd());
        },
      },
    },
  ];
}
