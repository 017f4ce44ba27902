import type { JSONSchema } from "@typescript-eslint/utils";
import { derivedFromOptions } from "./derived";

type JSONSchema4 = JSONSchema.JSONSchema4;
import {
  DEFAULT_ENV_ACCESS,
  DEFAULT_VARIABLE_NAME,
  ENV_ACCESS_STYLES,
  VARIABLE_NAME_PATTERN,
  accessorTemplateProblem,
  compileAllowList,
  indexedEnvRead,
  renderAccessor,
  renderEnvLookup,
  type AllowList,
  type EnvAccessStyle,
  type RuntimeVerdict,
} from "../core";

export const FIX_STYLES = ["autofix", "suggestion"] as const;

/** A schema pattern that accepts exactly these words, and reads as their list in an error message. */
function oneOf(words: readonly string[]): string {
  return `^(?:${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`;
}

function choices(words: readonly string[]): string {
  return words.map((word) => `\`${word}\``).join(", ");
}

const IDENTIFIER_PATTERN = "^[A-Za-z_$][A-Za-z0-9_$]*$";
export type FixStyle = (typeof FIX_STYLES)[number];

/** A module the fix imports the accessor from: `{ from: "./secrets", named: "getSecret" }`. */
export interface AccessorImport {
  from: string;
  named?: string;
  default?: string;
}

/** The options both token rules take, so a team configures the fix once. */
export interface FixAndAllowOptions {
  envAccess?: EnvAccessStyle;
  accessor?: string;
  accessorImport?: AccessorImport;
  variableName?: string;
  fixStyle?: FixStyle;
  allowedValues?: string[];
  allowedPatterns?: string[];
}

export const DEFAULT_FIX_AND_ALLOW_OPTIONS: Required<Omit<FixAndAllowOptions, "accessor" | "accessorImport">> = {
  envAccess: DEFAULT_ENV_ACCESS,
  variableName: DEFAULT_VARIABLE_NAME,
  fixStyle: "autofix",
  allowedValues: [],
  allowedPatterns: [],
};

export const FIX_AND_ALLOW_SCHEMA_PROPERTIES: Record<keyof FixAndAllowOptions, JSONSchema4> = {
  envAccess: {
    description: `How the fix reads the environment: ${choices(ENV_ACCESS_STYLES)}.`,
    type: "string",
    // A pattern rather than \`enum\`: ESLint's message for a pattern shows it, so a wrong value is
    // told the allowed ones (\`enum\` only says "one of the allowed values").
    pattern: oneOf(ENV_ACCESS_STYLES),
  },
  accessor: {
    description:
      "A team's own secret accessor the fix writes instead of an env lookup, with `{name}` for the variable's name: `getSecret(\"{name}\")`, `secrets.hf`.",
    type: "string",
    minLength: 1,
  },
  accessorImport: {
    description: "The import the accessor needs, added once per file: `{ from, named }` or `{ from, default }`.",
    type: "object",
    properties: {
      from: { description: "`accessorImport.from`: the module the accessor comes from.", type: "string", minLength: 1 },
      named: { description: "`accessorImport.named`: the accessor is a named export of `from`.", type: "string", pattern: IDENTIFIER_PATTERN },
      default: { description: "`accessorImport.default`: the accessor is the default export of `from`, bound to this name.", type: "string", pattern: IDENTIFIER_PATTERN },
    },
    required: ["from"],
    additionalProperties: false,
  },
  variableName: {
    description: "The environment variable the fix reads when the sink's own name is not an env-style name.",
    type: "string",
    pattern: VARIABLE_NAME_PATTERN,
  },
  fixStyle: {
    description: "`autofix` fixes on `--fix`; `suggestion` offers the same change for a person to confirm.",
    type: "string",
    pattern: oneOf(FIX_STYLES),
  },
  allowedValues: {
    description: "Exact values that are never reported (test fixtures, documented examples).",
    type: "array",
    items: { type: "string", minLength: 1 },
    uniqueItems: true,
  },
  allowedPatterns: {
    description: "Regular expressions (source text, `u` flag) for values that are never reported.",
    type: "array",
    items: { type: "string", minLength: 1, format: "regex" },
    uniqueItems: true,
  },
};

/** The one-object options schema both token rules use. */
export const FIX_AND_ALLOW_SCHEMA: JSONSchema4[] = [
  { type: "object", properties: FIX_AND_ALLOW_SCHEMA_PROPERTIES, additionalProperties: false },
];

/** What a rule needs at run time, computed once per file from its options. */
export interface ResolvedFixAndAllow {
  readonly allowList: AllowList;
  readonly envAccess: EnvAccessStyle;
  /** True when the team's `accessor` replaces env reads: it is trusted to give a `string`. */
  readonly usesAccessor: boolean;
  readonly fixStyle: FixStyle;
  readonly variableName: string;
  /** The expression that reads `name` from the environment, in the configured style or accessor. */
  lookup(name?: string): string;
  /** The import every fix of the file needs, when the accessor comes from a module. */
  readonly accessorImport: AccessorImport | undefined;
  /** How the `requireEnv` helper reads a variable by `name`: `process.env[name]`, SvelteKit's `env[name]`. */
  readonly indexedEnvRead: string;
}

/** Compiled once per option set: allow-list patterns are checked for safety when compiled. */
export const resolveFixAndAllow = derivedFromOptions(resolve);

function resolve(options: FixAndAllowOptions): ResolvedFixAndAllow {
  const envAccess = options.envAccess ?? DEFAULT_ENV_ACCESS;
  const variableName = options.variableName ?? DEFAULT_VARIABLE_NAME;
  const { accessor, accessorImport } = options;
  if (accessor !== undefined) {
    const problem = accessorTemplateProblem(accessor);
    if (problem) throw new Error(`accessor: ${JSON.stringify(accessor)} ${problem}.`);
  }
  if (accessorImport && accessor === undefined) {
    throw new Error("accessorImport: give `accessor` too: the import is for the accessor the fix writes.");
  }
  if (accessorImport && (accessorImport.named === undefined) === (accessorImport.default === undefined)) {
    throw new Error("accessorImport: give exactly one of `named` and `default`.");
  }
  return {
    allowList: compileAllowList(options.allowedValues, options.allowedPatterns),
    envAccess,
    usesAccessor: accessor !== undefined,
    fixStyle: options.fixStyle ?? "autofix",
    variableName,
    lookup: (name = variableName) =>
      accessor === undefined ? renderEnvLookup(envAccess, name) : renderAccessor(accessor, name),
    accessorImport,
    indexedEnvRead: indexedEnvRead(envAccess),
  };
}

/*
 * Where a framework has its own way to read a secret, a file of that framework gets it, unless the
 * team chose an accessor or an env style of its own: Astro reads server variables through
 * `import.meta.env`. SvelteKit's server modules read `env` from `$env/dynamic/private`: unlike
 * `$env/static/private`, it type-checks before `.env` defines the variable (svelte-check fails on
 * a static import of a name no `.env` has), and it is `string | undefined` like `process.env`.
 */
const astroSettings = derivedFromOptions((settings: ResolvedFixAndAllow) => withEnvAccess(settings, "import.meta.env"));

const svelteKitServerSettings = derivedFromOptions(
  (settings: ResolvedFixAndAllow): ResolvedFixAndAllow => ({
    ...settings,
    lookup: (name = settings.variableName) => `env.${name}`,
    accessorImport: { from: "$env/dynamic/private", named: "env" },
    indexedEnvRead: "env[name]",
  }),
);

const runtimeSettings = {
  deno: derivedFromOptions((settings: ResolvedFixAndAllow) => withEnvAccess(settings, "Deno.env.get")),
  bun: derivedFromOptions((settings: ResolvedFixAndAllow) => withEnvAccess(settings, "Bun.env")),
} as const;

function withEnvAccess(settings: ResolvedFixAndAllow, envAccess: EnvAccessStyle): ResolvedFixAndAllow {
  return { ...settings, envAccess, lookup: (name = settings.variableName) => renderEnvLookup(envAccess, name), indexedEnvRead: indexedEnvRead(envAccess) };
}

/*
 * A Cloudflare Worker gets its secrets in the handler's `env` binding: the message names
 * `env.HF_TOKEN`, and no fix writes it (the binding is a parameter only the handler has).
 */
const cloudflareSettings = derivedFromOptions(
  (settings: ResolvedFixAndAllow): ResolvedFixAndAllow => ({ ...settings, lookup: (name = settings.variableName) => `env.${name}` }),
);

/**
 * The settings for one file, from where it runs (core/runtime): the framework's own way to read
 * a secret where it has one (SvelteKit's `$env/dynamic/private`, Astro's `import.meta.env`), the
 * runtime's (`Deno.env.get`, `Bun.env`), unless the team chose an accessor or an env style.
 */
export function settingsForFile(settings: ResolvedFixAndAllow, verdict: RuntimeVerdict): ResolvedFixAndAllow {
  if (settings.usesAccessor || settings.envAccess !== DEFAULT_ENV_ACCESS) return settings;
  if (verdict.framework === "astro") return astroSettings(settings);
  if (verdict.framework === "sveltekit") return svelteKitServerSettings(settings);
  if (verdict.runtime === "deno" || verdict.runtime === "bun") return runtimeSettings[verdict.runtime](settings);
  if (verdict.runtime === "cloudflare") return cloudflareSettings(settings);
  return settings;
}
