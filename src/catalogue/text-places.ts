import type { Sourced } from "./sources";

/**
 * Where Hugging Face's docs and the deployment tools people use tell them to put a token, outside
 * JavaScript: what the text language reads (`configs.text`) and the format each place follows. A
 * value that only refers to a secret (`$HF_TOKEN`, `${{ secrets.HF_TOKEN }}`, a secret-manager
 * reference) is not a finding anywhere.
 */
export interface TextPlace extends Sourced {
  readonly place: string;
  /** Files it is read in. */
  readonly files: string;
  readonly example: string;
}

export const TEXT_PLACES: readonly TextPlace[] = [
  { place: "dotenv and shell assignments", files: "`.env*`, `*.sh`, `.envrc`", example: "HF_TOKEN=…, export HF_TOKEN=…", source: "huggingface_hub 2.0.0 docs, package_reference/environment_variables (HF_TOKEN)" },
  { place: "GitHub Actions `env:`", files: "`.github/workflows/*.yml`", example: "env: { HF_TOKEN: … }", source: "docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions#env" },
  { place: "Docker Compose `environment:` (map and list)", files: "`compose*.yml`, `docker-compose*.yml`", example: "- HF_TOKEN=…", source: "Compose Specification, services.environment (docs.docker.com/reference/compose-file/services/#environment)" },
  { place: "Dockerfile `ENV` and `ARG`", files: "`Dockerfile`, `*.dockerfile`, `Containerfile`", example: "ENV HF_TOKEN=…", source: "Dockerfile reference (docs.docker.com/reference/dockerfile/#env, #arg)" },
  { place: "`.netrc` password for Hugging Face's hosts", files: "`.netrc`, `_netrc`", example: "machine huggingface.co login … password …", source: "GNU inetutils netrc format; git's credential use for huggingface.co over HTTPS" },
  { place: "YAML, TOML and JSON keys, and credential keys inside a Hugging Face section", files: "`*.yml`, `*.yaml`, `*.toml`, `*.json`", example: "[huggingface]\\ntoken = \"…\"", source: "Streamlit secrets.toml (docs.streamlit.io/develop/concepts/connections/secrets-management); Hugging Face Spaces config" },
  { place: "Python assignments, `os.environ[…] =`, `os.environ.setdefault`, `os.putenv`, `os.environ.update`", files: "`*.py`, notebooks", example: "os.environ[\"HF_TOKEN\"] = \"…\"", source: "Python 3 docs, os.environ and os.putenv" },
  { place: "Python token parameters, by keyword and position", files: "`*.py`, notebooks", example: "login(\"…\"), HfApi(token=\"…\")", source: "generated: the Python token slots table" },
  { place: "notebook magics", files: "`*.ipynb`", example: "%env HF_TOKEN=…, %set_env, !export", source: "IPython docs, built-in magics %env and %set_env (ipython.readthedocs.io/en/stable/interactive/magics.html)" },
  { place: "the Hugging Face CLI's `--token`", files: "shell, workflows, notebooks, Markdown", example: "hf auth login --token …", source: "huggingface_hub 2.0.0 cli (`hf`, and the older `huggingface-cli`)" },
];

/** Keys that hold a credential inside a section about Hugging Face (`[huggingface] token = "…"`). */
export const SECTION_CREDENTIAL_KEYS: readonly string[] = ["token", "api_key", "apikey", "api_token", "access_token", "auth_token", "hf_token", "password", "secret"];

/** IPython magics that set an environment variable, and the shell escape's `export`. */
export const NOTEBOOK_ENV_MAGICS: readonly string[] = ["env", "set_env", "export"];

/** Commands of the Hugging Face CLI that take `--token`. */
export const TOKEN_CLI_COMMANDS: readonly string[] = ["huggingface-cli", "hf"];

/** Dockerfile instructions that set a variable in the image or the build. */
export const DOCKERFILE_ENV_INSTRUCTIONS: readonly string[] = ["ENV", "ARG"];
