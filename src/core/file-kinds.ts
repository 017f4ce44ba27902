/** The files the plugin reads: JavaScript and TypeScript through ESLint, text kinds through `configs.text`. */
export const CODE_EXTENSIONS: readonly string[] = ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"];
export const TEXT_EXTENSIONS: readonly string[] = ["ipynb", "env", "md", "mdx", "yml", "yaml", "json", "jsonc", "toml", "py", "sh", "txt"];

/** Whether the plugin reads a file of this name (`.env` and `.env.*` included). */
export function isReadFile(name: string): boolean {
  if (name === ".env" || name.startsWith(".env.")) return true;
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return false;
  const extension = name.slice(dot + 1);
  return CODE_EXTENSIONS.includes(extension) || TEXT_EXTENSIONS.includes(extension);
}
