import { Linter } from "eslint";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { componentFiles } from "../../src/configs";
import { makeToken, maskOf } from "../helpers/tokens";

/*
 * Svelte, Vue and Astro components, read by each framework's own parser (as eslint-plugin-svelte,
 * eslint-plugin-vue and eslint-plugin-astro set it) with the plugin's rules after it. The packed
 * package is linted with the frameworks' real flat configs in tests/integration/frameworks.test.ts.
 */

const TOKEN = makeToken(1201);
type Framework = "svelte" | "vue" | "astro";
const PARSERS: Partial<Record<Framework, Linter.Parser>> = {};

// The Svelte and Astro parsers are ES modules; this test file is CommonJS.
beforeAll(async () => {
  PARSERS.svelte = (await import("svelte-eslint-parser")) as Linter.Parser;
  PARSERS.vue = (await import("vue-eslint-parser")) as Linter.Parser;
  PARSERS.astro = (await import("astro-eslint-parser")) as Linter.Parser;
});

function lint(filename: string, code: string): { messages: Linter.LintMessage[]; output: string } {
  const extension = filename.split(".").pop() as Framework;
  const config: Linter.Config[] = [
    {
      files: ["**/*.{js,ts,svelte,vue,astro}"],
      plugins: { "hf-secrets": plugin },
      rules: {
        "hf-secrets/no-hardcoded-token": "error",
        "hf-secrets/no-literal-token-assignment": "error",
        "hf-secrets/no-public-token-env": "error",
      },
    },
  ];
  const parser = PARSERS[extension];
  if (parser) config.push({ files: [`**/*.${extension}`], languageOptions: { parser, sourceType: "module" } });
  else config.push({ files: ["**/*.ts"], languageOptions: { parser: require("@typescript-eslint/parser") } });
  const linter = new Linter();
  const messages = linter.verify(code, config, filename);
  const { output } = linter.verifyAndFix(code, config, filename);
  return { messages, output };
}

function hidden(text: string): string {
  return text.replaceAll(TOKEN, "<token>");
}

describe("Svelte components", () => {
  const code = [
    "<script>",
    '  import { InferenceClient } from "@huggingface/inference";',
    `  const client = new InferenceClient("${TOKEN}");`,
    "</script>",
    `<p title="${TOKEN}">Token: ${TOKEN}</p>`,
    `<Chat token={"${TOKEN}"} />`,
    `<!-- ${TOKEN} -->`,
  ].join("\n");

  it("reports the script, the attribute, the text, the mustache and the comment once each; code as code that ships to the browser", () => {
    const { messages } = lint("src/lib/Chat.svelte", code);
    expect(messages.map((message) => [message.line, message.messageId])).toEqual([
      [3, "tokenInClientCode"],
      [5, "tokenInClientCode"],
      [5, "tokenInDisplayedText"],
      [6, "tokenInClientCode"],
      [7, "tokenInClientCode"],
    ]);
    expect(messages[0]?.message).toContain("in a Svelte component, code that ships to users");
    expect(messages[0]?.message).toContain(maskOf(TOKEN));
    expect(messages.every((message) => !message.message.includes(TOKEN))).toBe(true);
  });

  it("writes no env read into a component (a read there would reach the browser); text the page shows gets the name in words", () => {
    const { messages, output } = lint("src/lib/Chat.svelte", code);
    expect(messages.filter((message) => message.fix || message.suggestions?.length).map((message) => message.messageId)).toEqual(["tokenInDisplayedText"]);
    expect(hidden(output)).toBe(hidden(code).replace("Token: <token>", "Token: HF_TOKEN"));
  });

  it("the public-env rule knows SvelteKit's public modules", () => {
    const { messages } = lint("src/lib/Chat.svelte", `<script>\n  import { PUBLIC_HF_TOKEN } from "$env/static/public";\n</script>`);
    expect(messages.map((message) => message.messageId)).toEqual(["publicToken"]);
  });
});

describe("SvelteKit server modules", () => {
  it("a +page.server.ts reads the token from $env/dynamic/private, which type-checks before .env defines it", () => {
    const code = `import { InferenceClient } from "@huggingface/inference";\nconst client = new InferenceClient("${TOKEN}");\n`;
    const { messages, output } = lint("src/routes/+page.server.ts", code);
    expect(messages.map((message) => message.messageId)).toEqual(["hardcodedToken"]);
    expect(output).toBe(
      `import { InferenceClient } from "@huggingface/inference";\nimport { env } from "$env/dynamic/private";\nconst client = new InferenceClient(env.HF_TOKEN);\n`,
    );
  });

  it("joins an import of $env/dynamic/private already there", () => {
    const code = `import { env } from "$env/dynamic/private";\nconst other = env.OTHER;\nexport const load = () => fetch("https://huggingface.co/api/whoami-v2", { headers: { Authorization: "Bearer ${TOKEN}" } });\n`;
    const { output } = lint("src/routes/api/+server.js", code);
    expect(hidden(output)).toBe(
      `import { env } from "$env/dynamic/private";\nconst other = env.OTHER;\nexport const load = () => fetch("https://huggingface.co/api/whoami-v2", { headers: { Authorization: \`Bearer \${env.HF_TOKEN}\` } });\n`,
    );
  });

  it("a string slot in TypeScript gets requireEnv, reading SvelteKit's env", () => {
    const { output } = lint("src/hooks.server.ts", `const token: string = "${TOKEN}";\n`);
    expect(output).toContain(`import { env } from "$env/dynamic/private";\nconst token: string = requireEnv("HF_TOKEN");`);
    expect(output).toContain("const value = env[name];");
  });

  it("server files outside a SvelteKit project keep process.env", () => {
    const { output } = lint("src/lib/server/hf.js", `export const token = "${TOKEN}";\n`);
    expect(output).toBe(`export const token = process.env.HF_TOKEN;\n`);
  });
});

describe("Vue components", () => {
  const code = [
    "<template>",
    `  <p :title="'${TOKEN}'" data-token="${TOKEN}">{{ "${TOKEN}" }}</p>`,
    `  <p>Token: ${TOKEN}</p>`,
    "</template>",
    "<script setup>",
    `const hfToken = "qpWmZrTfLk93xBv";`,
    `const token = "${TOKEN}";`,
    "</script>",
  ].join("\n");

  it("reports the template's bindings, attributes and text, and the script; only the text is fixed, with the name in words", () => {
    const { messages, output } = lint("src/components/Chat.vue", code);
    expect(messages.map((message) => [message.line, message.ruleId, message.messageId])).toEqual([
      [2, "hf-secrets/no-hardcoded-token", "tokenInClientCode"],
      [2, "hf-secrets/no-hardcoded-token", "tokenInClientCode"],
      [2, "hf-secrets/no-hardcoded-token", "tokenInClientCode"],
      [3, "hf-secrets/no-hardcoded-token", "tokenInDisplayedText"],
      [6, "hf-secrets/no-literal-token-assignment", "literalInClientCode"],
      [7, "hf-secrets/no-hardcoded-token", "tokenInClientCode"],
    ]);
    expect(messages[4]?.message).toContain("in a Vue component");
    expect(hidden(output)).toBe(hidden(code).replace("Token: <token>", "Token: HF_TOKEN"));
  });

  it("the public-env rule knows Vite's prefix", () => {
    const { messages } = lint("src/components/Chat.vue", `<script setup>\nconst token = import.meta.env.VITE_HF_TOKEN;\n</script>`);
    expect(messages.map((message) => message.messageId)).toEqual(["publicToken"]);
  });
});

describe("Astro components", () => {
  const code = [
    "---",
    'import { InferenceClient } from "@huggingface/inference";',
    `const client = new InferenceClient("${TOKEN}");`,
    "---",
    `<p title="${TOKEN}">Token: ${TOKEN}</p>`,
    `<Summary token="${TOKEN}" />`,
    `<Chat client:load token="${TOKEN}" />`,
    `<!-- ${TOKEN} -->`,
  ].join("\n");

  it("fixes what runs on the server with import.meta.env, and puts the name in words where the page shows it", () => {
    const { output } = lint("src/pages/index.astro", code);
    expect(hidden(output)).toBe(
      [
        "---",
        'import { InferenceClient } from "@huggingface/inference";',
        "const client = new InferenceClient(import.meta.env.HF_TOKEN);",
        "---",
        '<p title="HF_TOKEN">Token: HF_TOKEN</p>',
        "<Summary token={import.meta.env.HF_TOKEN} />",
        '<Chat client:load token="<token>" />',
        "<!-- <token> -->",
      ].join("\n"),
    );
  });

  it("reports an island's prop and an HTML comment without a fix: the browser gets both", () => {
    const { messages } = lint("src/pages/index.astro", code);
    const unfixed = messages.filter((message) => !message.fix);
    expect(unfixed.map((message) => message.line)).toEqual([7, 8]);
    expect(messages).toHaveLength(6);
  });

  it("the public-env rule knows Astro's prefix", () => {
    const { messages } = lint("src/pages/index.astro", `---\nconst token = import.meta.env.PUBLIC_HF_TOKEN;\n---\n<p>hi</p>`);
    expect(messages.map((message) => message.messageId)).toEqual(["publicToken"]);
  });
});

describe("which components the configs lint", () => {
  it("those whose framework parser the project has installed", () => {
    const project = mkdtempSync(join(tmpdir(), "hf-secrets-components-"));
    try {
      expect(componentFiles(project)).toEqual([]);
      for (const parser of ["svelte-eslint-parser", "astro-eslint-parser"]) {
        mkdirSync(join(project, "node_modules", parser), { recursive: true });
        writeFileSync(join(project, "node_modules", parser, "package.json"), "{}");
      }
      const nested = join(project, "apps", "web");
      mkdirSync(nested, { recursive: true });
      expect(componentFiles(nested)).toEqual(["**/*.svelte", "**/*.astro"]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("after --fix", () => {
  // A token the fix could not remove stays reported: the lint never goes quiet over one.
  it.each([
    ["src/lib/Chat.svelte", `<script>\n  const client = new InferenceClient("${TOKEN}");\n</script>\n<p title="${TOKEN}">Token: ${TOKEN}</p>\n<!-- ${TOKEN} -->`, 3],
    ["src/components/Chat.vue", `<template>\n  <p data-token="${TOKEN}">Token: ${TOKEN}</p>\n</template>\n<script setup>\nconst token = "${TOKEN}";\n</script>`, 2],
    ["src/pages/index.astro", `---\nconst client = new InferenceClient("${TOKEN}");\n---\n<p>Token: ${TOKEN}</p>\n<Chat client:load token="${TOKEN}" />\n<!-- ${TOKEN} -->`, 2],
    ["src/routes/+page.server.ts", `const client = new InferenceClient("${TOKEN}");\n// ${TOKEN}\n`, 0],
  ])("%s: every token left is still reported", (filename, code, expectedLeft) => {
    const { output } = lint(filename, code);
    const left = output.split(TOKEN).length - 1;
    expect(left).toBe(expectedLeft);
    const reported = lint(filename, output).messages.filter((message) => message.ruleId === "hf-secrets/no-hardcoded-token");
    expect(reported).toHaveLength(left);
  });
});
