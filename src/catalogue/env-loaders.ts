import type { Sourced } from "./sources";

/**
 * Functions that return the environment, or the values of `.env` files, as an object keyed by
 * variable name: `loadEnv(mode, root, "").HF_TOKEN` is an env read as `process.env.HF_TOKEN` is.
 * The value flow reads a call of one of these (imported or required from its package) as an env
 * object, at `path` of what it returns.
 */
export interface EnvLoader extends Sourced {
  readonly module: string;
  readonly export: string;
  /** Where the variables are in what the call returns: `["parsed"]` of dotenv's `config()`. */
  readonly path: readonly string[];
}

export const ENV_LOADERS: readonly EnvLoader[] = [
  { module: "vite", export: "loadEnv", path: [], source: "vite.dev/guide/api-javascript#loadenv (Vite 7): loads the .env files' variables; with prefixes `\"\"`, every one, the pattern vite.config files use for `define`" },
  { module: "dotenv", export: "config", path: ["parsed"], source: "dotenv 16 readme, config(): returns `{ parsed }`, the keys and values it loaded" },
  { module: "dotenv", export: "parse", path: [], source: "dotenv 16 readme, parse(): returns an object of the keys and values" },
  { module: "dotenv-expand", export: "expand", path: ["parsed"], source: "dotenv-expand 12 readme: `expand(config())` returns `{ parsed }` with variables expanded" },
  { module: "@next/env", export: "loadEnvConfig", path: ["combinedEnv"], source: "@next/env 15 dist/index.d.ts: loadEnvConfig(dir) returns `{ combinedEnv, parsedEnv, loadedEnvFiles }`" },
];
