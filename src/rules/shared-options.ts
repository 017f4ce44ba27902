import type { JSONSchema } from "@typescript-eslint/utils";
import { derivedFromOptions } from "../util/create-rule";

type JSONSchema4 = JSONSchema.JSONSchema4;
import {
  DEFAULT_ENV_ACCESS,
  DEFAULT_VARIABLE_NAME,
  ENV_ACCESS_STYLES,
  VARIABLE_NAME_PATTERN,
  compileAllowList,
  renderEnvLookup,
  type AllowList,
  type EnvAccessStyle,
} from "../core";

export const FIX_STYLES = ["autofix", "suggestion"] as const;
export type FixStyle = (typeof FIX_STYLES)[number];

/** The options both token rules take, so a team configures the fix once. */
export interface FixAndAllowOptions {
  envAccess?: EnvAccessStyle;
  variableName?: string;
  fixStyle?: FixStyle;
  allowedValues?: string[];
  allowedPatterns?: string[];
}

export const DEFAULT_FIX_AND_ALLOW_OPTIONS: Required<FixAndAllowOptions> = {
  envAccess: DEFAULT_ENV_ACCESS,
  variableName: DEFAULT_VARIABLE_NAME,
  fixStyle: "autofix",
  allowedValues: [],
  allowedPatterns: [],
};

export const FIX_AND_ALLOW_SCHEMA_PROPERTIES: Record<keyof FixAndAllowOptions, JSONSchema4> = {
  envAccess: {
    description: "How the fix reads the environment.",
    type: "string",
    enum: [...ENV_ACCESS_STYLES],
  },
  variableName: {
    description: "The environment variable the fix reads when the sink's own name is not an env-style name.",
    type: "string",
    pattern: VARIABLE_NAME_PATTERN,
  },
  fixStyle: {
    description: "`autofix` fixes on `--fix`; `suggestion` offers the same change for a person to confirm.",
    type: "string",
    enum: [...FIX_STYLES],
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
  readonly fixStyle: FixStyle;
  readonly variableName: string;
  /** The expression that reads `name` from the environment, in the configured style. */
  lookup(name?: string): string;
}

/** Compiled once per option set: allow-list patterns are checked for safety when compiled. */
export const resolveFixAndAllow = derivedFromOptions(resolve);

function resolve(options: FixAndAllowOptions): ResolvedFixAndAllow {
  const envAccess = options.envAccess ?? DEFAULT_ENV_ACCESS;
  const variableName = options.variableName ?? DEFAULT_VARIABLE_NAME;
  return {
    allowList: compileAllowList(options.allowedValues, options.allowedPatterns),
    fixStyle: options.fixStyle ?? "autofix",
    variableName,
    lookup: (name = variableName) => renderEnvLookup(envAccess, name),
  };
}
