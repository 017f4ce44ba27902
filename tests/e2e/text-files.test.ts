import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ESLint, Linter } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { makeToken, maskOf } from "../helpers/tokens";

/*
 * configs.text: the token scan on text files through the plugin's text language, with the same
 * core, placeholders and masked messages as on JavaScript, at the token's own line and column.
 */
const TOKEN = makeToken(121);
const OUTPUT_TOKEN = makeToken(122);
const textConfig = [...plugin.configs.text] as Linter.Config[];

/** One file of each kind, with the token's expected line and 1-based column. */
const FILES: Record<string, { text: string; line: number; column: number }> = {
  "notebook.ipynb": {
    text: JSON.stringify({ cells: [{ cell_type: "code", source: ["from huggingface_hub import login\n", `login(token="${TOKEN}")`] }] }, null, 1),
    line: 7,
    column: 20,
  },
  ".github/workflows/train.yml": { text: `jobs:\n  train:\n    env:\n      HF_TOKEN: ${TOKEN}\n`, line: 4, column: 17 },
  "README.md": { text: `# Set-up\n\n\`\`\`sh\nexport HF_TOKEN=${TOKEN}\n\`\`\`\n`, line: 4, column: 17 },
  "config.json": { text: `{\n  "hfToken": "${TOKEN}"\n}\n`, line: 2, column: 15 },
  "train.py": { text: `import os\nos.environ["HF_TOKEN"] = "${TOKEN}"\n`, line: 2, column: 27 },
  "run.sh": { text: `#!/bin/sh\nHF_TOKEN=${TOKEN} python train.py\n`, line: 2, column: 10 },
  "pyproject.toml": { text: `[tool.hub]\ntoken = "${TOKEN}"\n`, line: 2, column: 10 },
  "notes.txt": { text: `token for the demo: ${TOKEN}\n`, line: 1, column: 21 },
  "docs/page.mdx": { text: `Use \`${TOKEN}\` here.\n`, line: 1, column: 6 },
  "settings.jsonc": { text: `// local\n{ "token": "${TOKEN}" }\n`, line: 2, column: 13 },
};

describe("configs.text on one file of each kind", () => {
  const linter = new Linter();

  it.each(Object.entries(FILES))("%s: the token, at its line and column, masked", (file, { text, line, column }) => {
    const messages = linter.verify(text, textConfig, file);
    expect(messages).toHaveLength(1);
    if (file.endsWith(".ipynb")) expect(messages[0]?.message).toContain("is in cell 1 of this notebook (line 2 of its source)");
    expect(messages[0]).toMatchObject({ ruleId: "hf-secrets/no-hardcoded-token", line, column, endLine: line, endColumn: column + TOKEN.length });
    expect(messages[0]?.message).toContain(maskOf(TOKEN));
    expect(messages[0]?.message.includes(TOKEN.slice(3))).toBe(false);
  });

  it("reads a notebook's outputs too: a printed token is leaked", () => {
    const notebook = JSON.stringify({ cells: [{ cell_type: "code", source: ["print(token)"], outputs: [{ output_type: "stream", text: [`${OUTPUT_TOKEN}\n`] }] }] }, null, 1);
    const messages = linter.verify(notebook, textConfig, "run.ipynb");
    expect(messages.map((message) => message.message.includes(maskOf(OUTPUT_TOKEN)))).toEqual([true]);
    expect(messages[0]?.message).toContain("is in cell 1 of this notebook (in its output)");
  });

  it("numbers cells and source lines as Jupyter shows them, also after an escaped newline", () => {
    const notebook = JSON.stringify(
      {
        metadata: { kernelspec: { name: "python3" } },
        cells: [
          { cell_type: "markdown", source: ["# Demo"] },
          { cell_type: "code", source: `import os\n${TOKEN}\nprint(1)`, outputs: [] },
          { cell_type: "code", source: ["x = 1\n", "y = 2\n", `${TOKEN}\n`], outputs: [{ output_type: "stream", text: [`${TOKEN}\n`] }] },
        ],
      },
      null,
      1,
    );
    const messages = new Linter().verify(notebook, textConfig, "demo.ipynb");
    expect(messages.map((message) => /is in cell \d+ of this notebook \([^)]*\)/.exec(message.message)?.[0])).toEqual([
      "is in cell 2 of this notebook (line 2 of its source)",
      "is in cell 3 of this notebook (line 3 of its source)",
      "is in cell 3 of this notebook (in its output)",
    ]);
    const lines = notebook.split("\n");
    for (const message of messages) {
      expect(lines[message.line - 1]?.slice(message.column - 1, (message.endColumn ?? 0) - 1)).toBe(TOKEN);
    }
  });

  it("skips placeholders and names, as on JavaScript", () => {
    const text = "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nexport HF_TOKEN=hf_...\nset HUGGING_FACE_HUB_TOKEN in your shell\n";
    expect(linter.verify(text, textConfig, "setup.md")).toEqual([]);
  });
});

describe("the ESLint Node API over a folder with one file of each kind", () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "hf-secrets-text-"));
    execFileSync("git", ["init", "--quiet"], { cwd: folder });
    for (const [file, { text }] of Object.entries(FILES)) {
      mkdirSync(join(folder, file, ".."), { recursive: true });
      writeFileSync(join(folder, file), text);
    }
    writeFileSync(join(folder, "app.js"), `export const client = new InferenceClient("${TOKEN}");\n`);
    // .env belongs in .gitignore: the ignored one is where a token should live, the other would be committed.
    writeFileSync(join(folder, ".gitignore"), ".env\n");
    writeFileSync(join(folder, ".env"), `HF_TOKEN=${TOKEN}\n`);
    mkdirSync(join(folder, "deploy"));
    writeFileSync(join(folder, "deploy", "production.env"), `HF_TOKEN=${TOKEN}\n`);
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("finds every token beside the JavaScript rules, and a .env file only when git would commit it", async () => {
    const eslint = new ESLint({
      cwd: folder,
      overrideConfigFile: true,
      overrideConfig: [...plugin.configs.recommended, ...plugin.configs.text] as Linter.Config[],
    });
    const results = await eslint.lintFiles(["."]);
    const found = results
      .flatMap((result) => result.messages.map((message) => `${relative(folder, result.filePath)} ${message.line}:${message.column} ${message.messageId ?? message.message}`))
      .sort();
    expect(found).toEqual(
      [
        ...Object.entries(FILES).map(([file, { line, column }]) => `${file} ${line}:${column} ${file.endsWith(".ipynb") ? "tokenInNotebook" : "hardcodedToken"}`),
        "app.js 1:44 hardcodedToken",
        "deploy/production.env 1:10 tokenInUnignoredEnvFile",
      ].sort(),
    );
    expect(JSON.stringify(results.map((result) => result.messages)).includes(TOKEN.slice(3))).toBe(false);
  });

  it("reports nothing in a .env file outside a git repository: nothing can be committed", async () => {
    const outside = mkdtempSync(join(tmpdir(), "hf-secrets-nogit-"));
    try {
      writeFileSync(join(outside, ".env"), `HF_TOKEN=${TOKEN}\n`);
      const eslint = new ESLint({ cwd: outside, overrideConfigFile: true, overrideConfig: textConfig });
      const [result] = await eslint.lintFiles([".env"]);
      expect(result?.messages).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe("fixes in text files that have a way to read a secret", () => {
  const linter = new Linter();
  const fix = (text: string, file: string) => linter.verifyAndFix(text, textConfig, file);

  it("a GitHub Actions workflow reads the repository secret, named after its key", () => {
    const workflow = `jobs:\n  train:\n    env:\n      HUGGINGFACEHUB_API_TOKEN: "${TOKEN}" # set by hand\n      HF_TOKEN: ${OUTPUT_TOKEN}\n`;
    const result = fix(workflow, ".github/workflows/train.yml");
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(
      "jobs:\n  train:\n    env:\n      HUGGINGFACEHUB_API_TOKEN: ${{ secrets.HUGGINGFACEHUB_API_TOKEN }} # set by hand\n      HF_TOKEN: ${{ secrets.HF_TOKEN }}\n",
    );
  });

  it("other YAML, and a token inside a longer value, are reported without a fix", () => {
    expect(fix(`token: ${TOKEN}\n`, "config/app.yml").fixed).toBe(false);
    expect(fix(`    run: huggingface-cli login --token ${TOKEN}\n`, ".github/workflows/a.yml").fixed).toBe(false);
  });

  it("Python reads os.environ, importing os once, after the docstring", () => {
    const script = `"""Train."""\nfrom huggingface_hub import login\nlogin(token="${TOKEN}")\nHF_TOKEN = '${OUTPUT_TOKEN}'\n`;
    const result = fix(script, "train.py");
    expect(result.output).toBe(
      `"""Train."""\nimport os\nfrom huggingface_hub import login\nlogin(token=os.environ["HF_TOKEN"])\nHF_TOKEN = os.environ["HF_TOKEN"]\n`,
    );
    expect(fix(`import os\nclient = Client("${TOKEN}")\n`, "client.py").output).toBe(`import os\nclient = Client(os.environ["HF_TOKEN"])\n`);
  });

  it("Python code that sets the environment itself, or an f-string, is reported without a fix", () => {
    expect(fix(`import os\nos.environ["HF_TOKEN"] = "${TOKEN}"\n`, "set.py").fixed).toBe(false);
    expect(fix(`url = f"${TOKEN}"\n`, "f.py").fixed).toBe(false);
  });
});

describe("values given to token names in text files (no-literal-token-assignment)", () => {
  const linter = new Linter();
  const MANGLED = "oldMangledSecret42x";
  const found = (text: string, file: string) =>
    linter
      .verify(text, textConfig, file)
      .filter((message) => message.ruleId === "hf-secrets/no-literal-token-assignment")
      .map((message) => `${message.line}:${message.column} ${message.messageId} ${/^(\S+)/.exec(message.message)?.[1] ?? ""}`);

  it("finds a value that is not token-shaped, where the format names it", () => {
    expect(found(`HUGGINGFACEHUB_API_TOKEN=${MANGLED}\n`, "run.sh")).toEqual(["1:26 literalInEnvAssignment HUGGINGFACEHUB_API_TOKEN"]);
    expect(found(`env:\n  HF_TOKEN: "${MANGLED}" # old\n`, ".github/workflows/a.yml")).toEqual(["2:14 literalInSink HF_TOKEN"]);
    expect(found(`{ "hfToken": "${MANGLED}" }`, "settings.json")).toEqual(["1:15 literalInSink hfToken"]);
    expect(found(`[hub]\nhf_token = "${MANGLED}"\n`, "pyproject.toml")).toEqual(["2:13 literalInSink hf_token"]);
    expect(found(`from huggingface_hub import login\nHF_TOKEN = "${MANGLED}"\nos.environ["HF_TOKEN"] = '${MANGLED}'\nlogin(token="${MANGLED}")\nlogin("${MANGLED}")\n`, "train.py")).toEqual([
      "2:13 literalInSink HF_TOKEN",
      "3:27 literalInEnvAssignment HF_TOKEN",
      "4:14 literalInSink login(token=)",
      "5:8 literalInSink login(token=)",
    ]);
    // `login` of another library: no import of a Hugging Face package, no finding.
    expect(found(`from flask_login import login\nlogin(token="${MANGLED}")\n`, "app.py")).toEqual([]);
    // An OpenAI-compatible client aimed at Hugging Face's router: its key is a token, whatever the file imports.
    expect(found(`from openai import OpenAI\nclient = OpenAI(base_url="https://router.huggingface.co/v1", api_key="${MANGLED}")\n`, "chat.py")).toEqual(["2:71 literalInSink OpenAI(api_key=)"]);
    expect(found(`from openai import OpenAI\nclient = OpenAI(base_url="https://api.openai.com/v1", api_key="${MANGLED}")\n`, "chat.py")).toEqual([]);
    // A call written over several lines, as Black and Ruff write long calls, comments between its arguments.
    expect(found(`from transformers import AutoModel\n\nmodel = AutoModel.from_pretrained(\n    "org/model",  # (the base model)\n    # token="a commented-out value",\n    token="${MANGLED}",\n)\n`, "train.py")).toEqual(["6:12 literalInSink from_pretrained(token=)"]);
  });

  it("reads Dockerfiles, .netrc, compose lists, notebook magics and the CLI's --token", () => {
    expect(found(`FROM python:3.12\nENV HF_TOKEN=${MANGLED}\n`, "Dockerfile")).toEqual(["2:14 literalInEnvAssignment HF_TOKEN"]);
    expect(found(`ARG HUGGINGFACE_HUB_TOKEN=${MANGLED}\n`, "api.Dockerfile")).toEqual(["1:27 literalInEnvAssignment HUGGINGFACE_HUB_TOKEN"]);
    expect(found(`machine huggingface.co login hf password ${MANGLED}\n`, ".netrc")).toEqual(["1:42 literalInSink .netrc"]);
    expect(found(`services:\n  app:\n    environment:\n      - HF_TOKEN=${MANGLED}\n`, "compose.yaml")).toEqual(["4:18 literalInSink HF_TOKEN"]);
    expect(found(`huggingface-cli login --token ${MANGLED}\n`, "setup.sh")).toEqual(["1:31 literalInSink huggingface-cli"]);
    expect(found(`import os\nos.environ.setdefault("HF_TOKEN", "${MANGLED}")\n`, "train.py")).toEqual(["2:36 literalInEnvAssignment HF_TOKEN"]);
    // A token-shaped value in a container build file is no-hardcoded-token's.
    const tokens = linter.verify(`FROM python:3.12\nENV HF_TOKEN=${TOKEN}\n`, textConfig, "Containerfile").map((message) => `${message.line}:${message.column} ${message.messageId}`);
    expect(tokens).toEqual(["2:14 hardcodedToken"]);
  });

  it("leaves variable references, placeholders, paths and other names alone", () => {
    const quiet = [
      ["HF_TOKEN=$HF_TOKEN\nHF_TOKEN=${HF_TOKEN}\nHF_TOKEN_PATH=/run/secrets/hf\n", "run.sh"],
      ["env:\n  HF_TOKEN: ${{ secrets.HF_TOKEN }}\n  HF_TOKEN_FILE: /run/secrets/hf\n", ".github/workflows/a.yml"],
      ['{ "hfToken": "<your token here>", "model": "gpt2" }', "settings.json"],
      ['HF_TOKEN = os.environ["HF_TOKEN"]\nlogin(token=os.environ["HF_TOKEN"])\nMODEL_NAME = "meta-llama/Llama-3"\n', "train.py"],
      // Seen in huggingface_hub: header names and test stand-ins, written in words.
      ['HUGGINGFACE_HEADER_X_XET_ACCESS_TOKEN = "X-Xet-Access-Token"\nHUGGINGFACE_HEADER_LINK_XET_AUTH_KEY = "xet-auth"\n', "constants.py"],
      ['api = HfApi(token="fake_token")\nclient = InferenceClient(token="my-token", api_key="my-api-key")\nInferenceClient(token="replicate_key", provider="replicate")\n', "test_client.py"],
    ];
    for (const [text, file] of quiet) expect(found(text ?? "", file ?? ""), file).toEqual([]);
  });

  it("leaves a token-shaped value to no-hardcoded-token: one report per secret", () => {
    const messages = linter.verify(`HF_TOKEN: ${TOKEN}\n`, textConfig, "config.yml");
    expect(messages.map((message) => message.ruleId)).toEqual(["hf-secrets/no-hardcoded-token"]);
  });
});

describe("beside @eslint/markdown and @eslint/json, which keep their languages", () => {
  it("the token rules read Markdown and JSON files in those languages too", async () => {
    const markdown = (await import("@eslint/markdown")).default;
    const json = (await import("@eslint/json")).default;
    // The combined config of docs/text-files.md.
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        ...markdown.configs.recommended,
        { files: ["**/*.json"], plugins: { json }, language: "json/json", rules: { "json/no-duplicate-keys": "error" } },
        ...plugin.configs.text.map((config) => ({ ...config, files: ["**/*.{ipynb,yml,yaml,py,sh,toml,txt}", "**/.env*"] })),
        {
          files: ["**/*.md", "**/*.json"],
          plugins: { "hf-secrets": plugin },
          rules: { "hf-secrets/no-hardcoded-token": "error", "hf-secrets/no-literal-token-assignment": "error" },
        },
      ] as Linter.Config[],
    });
    const [readme] = await eslint.lintText(`# Set-up\n\n[empty]()\n\nexport HF_TOKEN=${TOKEN}\n`, { filePath: "README.md" });
    expect(readme?.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
      "3:1 markdown/no-empty-links",
      "5:17 hf-secrets/no-hardcoded-token",
    ]);
    const [settings] = await eslint.lintText(`{ "hfToken": "oldMangledSecret42x", "hfToken": "x" }`, { filePath: "settings.json" });
    expect(settings?.messages.map((message) => message.ruleId).sort()).toEqual(["hf-secrets/no-literal-token-assignment", "json/no-duplicate-keys"]);
  });
});

describe("configs.text: which message a value given in a script gets", () => {
  const linter = new Linter();
  const SECRET = "qpWmZrTfLk93xBvQ";
  it("a variable set on a command line is an env assignment; a URL's password or a header is a value given to a request", () => {
    const ids = (text: string) => linter.verify(text, textConfig, "deploy.sh").map((message) => message.messageId);
    expect(ids(`docker run -e HF_TOKEN=${SECRET} image\n`)).toEqual(["literalInEnvAssignment"]);
    expect(ids(`git push https://user:${SECRET}@huggingface.co/spaces/org/app main\n`)).toEqual(["literalInSink"]);
    expect(ids(`curl -H "Authorization: Bearer ${SECRET}" https://router.huggingface.co/v1/models\n`)).toEqual(["literalInSink"]);
  });
});
