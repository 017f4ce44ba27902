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
  readonly form: "plugin" | "config-key";
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
  { setting: "envPrefix", form: "config-key", tool: "Vite", keysAreNames: false, source: "vite.dev/config/shared-options#envprefix: a prefix that a token variable starts with makes it public" },
];
