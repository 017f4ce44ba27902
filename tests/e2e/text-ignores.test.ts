import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint, type Linter } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { makeToken } from "../helpers/tokens";

/* configs.text never reads virtualenvs or tool caches, and a later entry can lint one again. */
const TOKEN = makeToken(3201);
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "hf-secrets-text-ignores-"));
  const files: Record<string, string> = {
    "train.py": `TOKEN = "${TOKEN}"\n`,
    ".venv/lib/python3.12/site-packages/pkg/config.py": `TOKEN = "${TOKEN}"\n`,
    "venv/share/notes.md": `${TOKEN}\n`,
    "src/__pycache__/cache.txt": `${TOKEN}\n`,
    ".tox/py312/settings.json": `{ "token": "${TOKEN}" }\n`,
    ".ipynb_checkpoints/explore-checkpoint.ipynb": JSON.stringify({ cells: [{ cell_type: "code", source: [`t = "${TOKEN}"`], outputs: [], metadata: {} }], metadata: {}, nbformat: 4, nbformat_minor: 5 }),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(project, file, ".."), { recursive: true });
    writeFileSync(join(project, file), text);
  }
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

async function lintedFiles(config: Linter.Config[]): Promise<string[]> {
  const eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(["."]);
  return results.filter((result) => result.messages.length > 0).map((result) => result.filePath.slice(project.length + 1)).sort();
}

describe("configs.text and tool folders", () => {
  it("ignores virtualenvs and tool caches", async () => {
    expect(await lintedFiles([...plugin.configs.text])).toEqual(["train.py"]);
  });

  it("a later entry that negates one lints that folder again", async () => {
    expect(await lintedFiles([...plugin.configs.text, { ignores: ["!**/venv/"] }])).toEqual(["train.py", "venv/share/notes.md"]);
  });
});
