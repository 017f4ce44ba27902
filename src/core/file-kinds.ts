/*
 * The one place that decides what kind a file is: which files the plugin reads, how a text file
 * names values, writes comments and reads a secret. Every rule, the text language and the
 * `verify` command ask here.
 */

/** JavaScript and TypeScript, read through ESLint's parsers. */
export const CODE_EXTENSIONS: readonly string[] = ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"];
/** Text kinds `configs.text` reads. */
export const TEXT_EXTENSIONS: readonly string[] = ["ipynb", "env", "md", "mdx", "yml", "yaml", "json", "jsonc", "toml", "py", "sh", "txt", "html", "htm"];

export type TextFileKind = "notebook" | "env" | "workflow" | "yaml" | "markdown" | "html" | "json" | "jsonc" | "toml" | "python" | "shell" | "text" | "dockerfile" | "netrc";

/**
 * Files known by name rather than extension: container build files (`Dockerfile`, `Containerfile`,
 * `api.Dockerfile`, `Dockerfile.prod`), where `ENV`/`ARG` bake a token into every image layer, and
 * `.netrc`, where `huggingface-cli`, git and curl read credentials.
 */
export const NAMED_TEXT_FILES: readonly string[] = ["**/Dockerfile", "**/Dockerfile.*", "**/*.Dockerfile", "**/*.dockerfile", "**/Containerfile", "**/Containerfile.*", "**/.netrc", "**/_netrc"];

/** How a kind writes comments: `#` lines, HTML comments, `//` and block comments, or none. */
export type CommentSyntax = "hash" | "html" | "slash" | "notebook" | "none";

const COMMENT_SYNTAX: Readonly<Record<TextFileKind, CommentSyntax>> = {
  notebook: "notebook",
  env: "hash",
  workflow: "hash",
  yaml: "hash",
  markdown: "html",
  html: "html",
  json: "none",
  jsonc: "slash",
  toml: "hash",
  python: "hash",
  shell: "hash",
  text: "none",
  dockerfile: "hash",
  netrc: "hash",
};

function baseName(filename: string): string {
  return filename.replaceAll("\\", "/").split("/").pop() ?? "";
}

/**
 * Single-file components, read through their framework's ESLint parser (`eslint-plugin-svelte`,
 * `eslint-plugin-vue`, `eslint-plugin-astro` set it). Svelte and Vue components run in the
 * browser; an Astro component's script and template run on the server unless a `client:`
 * directive makes an island.
 */
export const COMPONENT_FRAMEWORKS = { svelte: "Svelte", vue: "Vue", astro: "Astro" } as const;
export type ComponentExtension = keyof typeof COMPONENT_FRAMEWORKS;
export const COMPONENT_EXTENSIONS = Object.keys(COMPONENT_FRAMEWORKS) as readonly ComponentExtension[];

/** The component framework whose file this is, by extension. */
export function componentExtensionOf(filename: string): ComponentExtension | undefined {
  const extension = baseName(filename).split(".").pop();
  return extension !== undefined && Object.hasOwn(COMPONENT_FRAMEWORKS, extension) ? (extension as ComponentExtension) : undefined;
}

/**
 * Virtualenvs and tool caches: installed packages and generated files, never a project's own
 * text, and tens of thousands of files (a Python repository's `.venv` held 16,989). `configs.text`
 * ignores them and `hf-secrets scan` never enters them, nor any folder holding `pyvenv.cfg`.
 */
export const TOOL_FOLDERS: readonly string[] = [".venv", "venv", "__pycache__", "site-packages", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".ipynb_checkpoints"];

/** The marker of a Python virtualenv, whatever its folder is called. */
export const VIRTUALENV_MARKER = "pyvenv.cfg";

/** `.env`, `.env.local`, `production.env`: files that hold environment variables. */
export function isEnvFileName(filename: string): boolean {
  const name = baseName(filename);
  return name === ".env" || name.startsWith(".env.") || name.endsWith(".env");
}

/** The kind of a text file, or `undefined` for code and for files the plugin does not read. */
export function textFileKind(filename: string): TextFileKind | undefined {
  const path = filename.replaceAll("\\", "/");
  const name = baseName(path);
  if (isEnvFileName(name)) return "env";
  if (/^(?:Dockerfile|Containerfile)(?:\.[\w.-]+|)$/.test(name) || /\.[Dd]ockerfile$/.test(name)) return "dockerfile";
  if (name === ".netrc" || name === "_netrc") return "netrc";
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1) : "";
  switch (extension) {
    case "ipynb":
      return "notebook";
    case "yml":
    case "yaml":
      return /(?:^|\/)\.github\/workflows\/[^/]+$/.test(path) ? "workflow" : "yaml";
    case "md":
    case "mdx":
      return "markdown";
    case "html":
    case "htm":
      return "html";
    case "json":
      return "json";
    case "jsonc":
      return "jsonc";
    case "toml":
      return "toml";
    case "py":
      return "python";
    case "sh":
      return "shell";
    case "txt":
      return "text";
    default:
      return undefined;
  }
}

export function commentSyntaxOf(kind: TextFileKind): CommentSyntax {
  return COMMENT_SYNTAX[kind];
}

/** JSON-encoded kinds: `\n` before a token there is an escape, not two characters of the token's neighbour. */
export function isJsonKind(kind: TextFileKind | undefined): boolean {
  return kind === "json" || kind === "jsonc" || kind === "notebook";
}

/** Whether the plugin reads a file of this name (`.env` and `.env.*` included). */
export function isReadFile(name: string): boolean {
  if (textFileKind(name) !== undefined) return true;
  const dot = name.lastIndexOf(".");
  return dot > 0 && CODE_EXTENSIONS.includes(name.slice(dot + 1));
}
