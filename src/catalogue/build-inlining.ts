import { codeql } from "./sources";
import type { Sourced } from "./sources";

/**
 * Bundler settings that write a value into the code shipped to browsers. A Hugging Face token read
 * there reaches every visitor (`no-public-token-env`). CodeQL's build-artifact-leak query models
 * webpack's DefinePlugin; the rest come from the tools' docs.
 */
export interface BuildInlining extends Sourced {
  /** How the code writes it, as the rule's selector finds it. */
  readonly setting: string;
  /** `new Plugin(…)`, a key of a config object, or a function called from `module` (`replace(…)`). */
  readonly form: "plugin" | "config-key" | "function";
  /** For a function: the package it is imported or required from. */
  readonly module?: string;
  readonly tool: string;
  /** The setting's keys are env-var names (`EnvironmentPlugin`), not expressions to replace. */
  readonly keysAreNames: boolean;
  /** Only in this config file: elsewhere the key means anything. */
  readonly configFile?: RegExp;
  /** The object under the setting that is inlined: `public` of Nuxt's `runtimeConfig`. */
  readonly innerKey?: string;
}

export const BUILD_INLINING_TABLE: readonly BuildInlining[] = [
  { setting: "DefinePlugin", form: "plugin", tool: "webpack, Rspack", keysAreNames: false, source: `${codeql("javascript/ql/lib/semmle/javascript/security/dataflow/BuildArtifactLeakCustomizations.qll")}; webpack.js.org/plugins/define-plugin` },
  { setting: "EnvironmentPlugin", form: "plugin", tool: "webpack, Rspack", keysAreNames: true, source: "webpack.js.org/plugins/environment-plugin (not modelled by CodeQL)" },
  { setting: "define", form: "config-key", tool: "Vite, esbuild, Rollup's replace, Rsbuild `source.define`, Bun.build", keysAreNames: false, source: "vite.dev/config/shared-options#define; esbuild.github.io/api/#define; rsbuild.dev/config/source/define; bun.sh/docs/bundler#define" },
  { setting: "env", form: "config-key", tool: "Next.js", keysAreNames: true, configFile: /(?:^|[\\/])next\.config\.[cm]?[jt]s$/, source: "nextjs.org/docs/app/api-reference/config/next-config-js/env" },
  { setting: "publicRuntimeConfig", form: "config-key", tool: "Next.js (pages router)", keysAreNames: true, configFile: /(?:^|[\\/])next\.config\.[cm]?[jt]s$/, source: "nextjs.org/docs/pages/api-reference/config/next-config-js/runtime-configuration" },
  { setting: "runtimeConfig", form: "config-key", tool: "Nuxt (`runtimeConfig.public`)", keysAreNames: true, configFile: /(?:^|[\\/])nuxt\.config\.[cm]?[jt]s$/, innerKey: "public", source: "nuxt.com/docs/guide/going-further/runtime-config: `public` keys are sent to the client" },
  { setting: "customFields", form: "config-key", tool: "Docusaurus", keysAreNames: false, configFile: /(?:^|[\\/])docusaurus\.config\.[cm]?[jt]s$/, source: "docusaurus.io/docs/api/docusaurus-config#customFields: read in the browser through `useDocusaurusContext().siteConfig.customFields`" },
  { setting: "extra", form: "config-key", tool: "Expo (app config)", keysAreNames: false, configFile: /(?:^|[\\/])app\.config\.[cm]?[jt]s$/, source: "docs.expo.dev/versions/latest/config/app/#extra: embedded in the app's manifest, read on the device through `expo-constants`" },
  { setting: "replace", form: "function", module: "@rollup/plugin-replace", tool: "Rollup (@rollup/plugin-replace)", keysAreNames: false, innerKey: "values", source: "github.com/rollup/plugins/tree/master/packages/replace (@rollup/plugin-replace 6): the options' keys, or `values`, are replaced in the bundle by their values" },
  { setting: "EnvironmentPlugin", form: "function", module: "vite-plugin-environment", tool: "Vite (vite-plugin-environment)", keysAreNames: true, source: "vite-plugin-environment 1.1 readme: `EnvironmentPlugin(['API_KEY'])`, `EnvironmentPlugin({ API_KEY: null })`, and `'all'` for every variable, exposed as `process.env.X` in client code" },
  { setting: "envPrefix", form: "config-key", tool: "Vite", keysAreNames: false, source: "vite.dev/config/shared-options#envprefix: a prefix that a token variable starts with makes it public" },
];
