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

/** Where a custom accessor puts the variable's name: `getSecret("{name}")`. */
export const ACCESSOR_NAME_MARK = "{name}";

/**
 * Checks a custom accessor template when the config loads: it must be one expression on one line,
 * so that it can replace a string literal anywhere an expression stands.
 */
export function accessorTemplateProblem(template: string): string | undefined {
  if (/[;\n\r]/.test(template)) return "must be a single expression on one line (no `;`, no line break)";
  let depth = 0;
  let quote: string | undefined;
  for (const character of template) {
    if (quote) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'" || character === "`") {
      quote = character;
    } else if ("([{".includes(character)) {
      depth += 1;
    } else if (")]}".includes(character)) {
      depth -= 1;
      if (depth < 0) return "has a closing bracket without an opening one";
    }
  }
  if (quote) return "has an unclosed quote";
  return depth === 0 ? undefined : "has an unclosed bracket";
}

/** `getSecret("{name}")` with `HF_TOKEN` → `getSecret("HF_TOKEN")`. */
export function renderAccessor(template: string, variableName: string): string {
  return template.split(ACCESSOR_NAME_MARK).join(variableName);
}

/**
 * What TypeScript fixes call where a `string` stood: an env read is `string | undefined`, which a
 * strict type check refuses in a `string` slot. The fix writes the helper once per file.
 */
export const REQUIRED_ENV_HELPER = "requireEnv";

export function renderRequiredEnvCall(variableName: string): string {
  return `${REQUIRED_ENV_HELPER}(${JSON.stringify(variableName)})`;
}

const INDEXED_ENV_READ: Record<EnvAccessStyle, string> = {
  "process.env": "process.env[name]",
  "import.meta.env": "import.meta.env[name]",
  "Deno.env.get": "Deno.env.get(name)",
  "Bun.env": "Bun.env[name]",
};

export function indexedEnvRead(style: EnvAccessStyle): string {
  return INDEXED_ENV_READ[style];
}

/**
 * A function declaration (hoisted, so it may stand at the end of the file) that fails loudly when
 * the variable is unset. `indexedRead` reads `name` (`process.env[name]`, SvelteKit's `env[name]`).
 */
export function renderRequiredEnvHelper(indexedRead: string): string {
  return [
    `function ${REQUIRED_ENV_HELPER}(name: string): string {`,
    `  const value = ${indexedRead};`,
    "  if (value === undefined || value === \"\") throw new Error(`Environment variable ${name} is not set`);",
    "  return value;",
    "}",
  ].join("\n");
}
