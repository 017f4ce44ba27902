import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeToken, maskOf } from "../helpers/tokens";

/*
 * The packed tarball in a fresh project with each framework's own ESLint plugin and flat config
 * (eslint-plugin-svelte, eslint-plugin-vue, eslint-plugin-astro) placed before the plugin's
 * `configs.recommended`, as their READMEs set them up, and `configs.text` for HTML. Sample
 * components are linted and fixed by the `eslint` binary.
 */
const root = join(__dirname, "..", "..");
const INSTALL_TIMEOUT = 300_000;
const TOKEN = makeToken(1301);
let project: string;

const FRAMEWORK_PACKAGES = [
  "eslint@10.15.0",
  "eslint-plugin-svelte@3.24.1",
  "svelte@5.57.3",
  "eslint-plugin-vue@10.12.1",
  "eslint-plugin-astro@3.2.1",
];

const CONFIG = `import svelte from "eslint-plugin-svelte";
import vue from "eslint-plugin-vue";
import astro from "eslint-plugin-astro";
import hfSecrets from "eslint-plugin-hf-secrets";

export default [
  ...svelte.configs["flat/recommended"],
  ...vue.configs["flat/recommended"],
  ...astro.configs["flat/recommended"],
  ...hfSecrets.configs.recommended,
  ...hfSecrets.configs.text,
];
`;

const SAMPLES: Record<string, string> = {
  "src/lib/Chat.svelte": `<script>\n  import { InferenceClient } from "@huggingface/inference";\n  const client = new InferenceClient("${TOKEN}");\n</script>\n\n<p title="${TOKEN}">{client}</p>\n`,
  "src/routes/+page.server.js": `import { InferenceClient } from "@huggingface/inference";\n\nexport async function load() {\n  const client = new InferenceClient("${TOKEN}");\n  return { models: await client.listModels() };\n}\n`,
  "src/components/Chat.vue": `<template>\n  <p data-token="${TOKEN}">{{ answer }}</p>\n</template>\n\n<script setup>\nconst answer = "${TOKEN}";\n</script>\n`,
  "src/pages/index.astro": `---\nimport { InferenceClient } from "@huggingface/inference";\nconst client = new InferenceClient("${TOKEN}");\n---\n\n<p title="${TOKEN}">{client.endpointUrl}</p>\n`,
  "public/index.html": `<!doctype html>\n<html>\n  <body data-token="${TOKEN}">\n    <script>\n      fetch("/api", { headers: { Authorization: "Bearer ${TOKEN}" } });\n    </script>\n  </body>\n</html>\n`,
};

interface Result {
  filePath: string;
  messages: { ruleId: string | null; messageId?: string; message: string; line: number; fatal?: boolean }[];
}

/** Assertions compare text with the token masked, so a failure never prints it whole. */
function hidden(text: string): string {
  return text.replaceAll(TOKEN, "<token>");
}

function eslint(args: string[]): Result[] {
  const run = spawnSync(join(project, "node_modules", ".bin", "eslint"), ["--format", "json", ...args], { cwd: project, encoding: "utf8" });
  expect(hidden(run.stderr)).toBe("");
  // The JSON formatter repeats a file's source: only the messages are ours.
  return (JSON.parse(run.stdout) as Result[]).map(({ filePath, messages }) => ({ filePath, messages }));
}

function findingsOf(results: Result[], file: string): Result["messages"] {
  return results.find((result) => result.filePath.endsWith(file))?.messages ?? [];
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "hf-secrets-frameworks-"));
  const packed = execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", project], { cwd: root, encoding: "utf8" }).trim().split("\n").at(-1) ?? "";
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "frameworks-sample", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...FRAMEWORK_PACKAGES, join(project, packed)], { cwd: project, stdio: "ignore" });
  writeFileSync(join(project, "eslint.config.js"), CONFIG);
  for (const [file, text] of Object.entries(SAMPLES)) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), text);
  }
}, INSTALL_TIMEOUT);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("Svelte, Vue, Astro and HTML with their frameworks' flat configs", () => {
  it("reports every token in every sample, masked, and no file fails to parse", () => {
    const results = eslint(["."]);
    const messages = JSON.stringify(results);
    expect(messages.includes(TOKEN)).toBe(false);
    expect(messages).toContain(maskOf(TOKEN));
    expect(results.flatMap((result) => result.messages).filter((message) => message.fatal)).toEqual([]);
    const ours = (file: string): Result["messages"] => findingsOf(results, file).filter((message) => message.ruleId?.startsWith("hf-secrets/"));
    const lines = (file: string): number[] => ours(file).map((message) => message.line);
    expect(lines("Chat.svelte")).toEqual([3, 6]);
    expect(lines("+page.server.js")).toEqual([4]);
    expect(lines("Chat.vue")).toEqual([2, 6]);
    expect(lines("index.astro")).toEqual([3, 6]);
    expect(lines("index.html")).toEqual([3, 5]);
    expect(ours("Chat.svelte")[0]?.message).toContain("in a Svelte component, code that ships to users");
    expect(ours("Chat.vue")[0]?.message).toContain("in a Vue component, code that ships to users");
  }, INSTALL_TIMEOUT);

  it("--fix writes each framework's own read where code runs on the server, and nothing into browser code", () => {
    eslint([".", "--fix"]);
    const read = (file: string): string => hidden(readFileSync(join(project, file), "utf8"));
    expect(read("src/routes/+page.server.js")).toBe(
      `import { InferenceClient } from "@huggingface/inference";\nimport { env } from "$env/dynamic/private";\n\nexport async function load() {\n  const client = new InferenceClient(env.HF_TOKEN);\n  return { models: await client.listModels() };\n}\n`,
    );
    expect(read("src/pages/index.astro")).toBe(
      `---\nimport { InferenceClient } from "@huggingface/inference";\nconst client = new InferenceClient(import.meta.env.HF_TOKEN);\n---\n\n<p title="HF_TOKEN">{client.endpointUrl}</p>\n`,
    );
    // Svelte and Vue components and the HTML page run in the browser: reported, left for a person
    // (eslint-plugin-vue's own fixes may reformat the markup; no read of the variable is written).
    for (const file of ["src/lib/Chat.svelte", "src/components/Chat.vue", "public/index.html"]) {
      expect(read(file).split("<token>").length, file).toBe((SAMPLES[file] ?? "").split(TOKEN).length);
      expect(read(file)).not.toMatch(/process\.env|import\.meta\.env|\$env\//);
    }
    // The fixed files parse and hold no token; what is left is what was reported without a fix.
    const results = eslint(["."]);
    expect(results.flatMap((result) => result.messages).filter((message) => message.fatal)).toEqual([]);
    expect(findingsOf(results, "+page.server.js")).toEqual([]);
    expect(findingsOf(results, "index.astro").filter((message) => message.ruleId?.startsWith("hf-secrets/"))).toEqual([]);
  }, INSTALL_TIMEOUT);
});
