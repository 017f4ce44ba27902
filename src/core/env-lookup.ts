/** How the fix reads a variable from the environment. */
export const ENV_ACCESS_STYLES = ["process.env", "import.meta.env", "Deno.env.get", "Bun.env"] as const;
export type EnvAccessStyle = (typeof ENV_ACCESS_STYLES)[number];

export const DEFAULT_ENV_ACCESS: EnvAccessStyle = "process.env";
/** The name Hugging Face's own libraries and code snippets read. */
export const DEFAULT_VARIABLE_NAME = "HF_TOKEN";
export const VARIABLE_NAME_PATTERN = "^[A-Za-z_][A-Za-z0-9_]*$";

/** `process.env.HF_TOKEN`, `import.meta.env.HF_TOKEN`, `Deno.env.get("HF_TOKEN")`, `Bun.env.HF_TOKEN`. */
export function renderEnvLookup(style: EnvAccessStyle, variableName: string): string {
  if (style === "Deno.env.get") return `Deno.env.get(${JSON.stringify(variableName)})`;
  return `${style}.${variableName}`;
}
