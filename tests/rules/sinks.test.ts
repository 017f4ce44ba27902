import rule from "../../src/rules/no-literal-token-assignment";
import { packageOfSpecifier } from "../../src/ast/sinks";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { createRuleTester } from "../helpers/rule-tester";
import { REQUIRE_ENV_HELPER } from "../helpers/tokens";

/* The sinks real code uses (issue: what it misses that users write), and what is no secret. */
const ruleTester = createRuleTester();
const ENV = "process.env.HF_TOKEN";
const OLD_SECRET = "qpWmZrTfLk93xBv";
const inSink = { messageId: "literalInSink" } as const;

describe("packageOfSpecifier", () => {
  it.each([
    ["@huggingface/inference", "@huggingface/inference"],
    ["@huggingface/inference/dist/index.js", "@huggingface/inference"],
    ["npm:@huggingface/inference@4", "@huggingface/inference"],
    ["jsr:@huggingface/hub@1.2.3", "@huggingface/hub"],
    ["https://esm.sh/@huggingface/inference@4.0.0", "@huggingface/inference"],
    ["https://cdn.jsdelivr.net/npm/@gradio/client/dist/index.min.js", "@gradio/client"],
    ["openai", "openai"],
  ])("%s names %s", (specifier, name) => {
    expect(packageOfSpecifier(specifier)).toBe(name);
  });
});

ruleTester.run("no-literal-token-assignment: sinks", rule, {
  valid: [
    // Secret-manager references resolve to the token at run time.
    `const HF_TOKEN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:hf-token-AbCdEf";`,
    `const HF_TOKEN = "op://Engineering/Hugging Face/token";`,
    `const HF_TOKEN = "projects/my-project/secrets/hf-token/versions/latest";`,
    `const HF_TOKEN = "vault:secret/data/hf#token";`,
    `const HF_TOKEN = "awssm:prod/hf-token";`,
    `const HF_TOKEN = "https://my-vault.vault.azure.net/secrets/hf-token";`,
    `const HF_TOKEN = "\${HF_TOKEN}";`,
    // Sentinels name a state, not a credential.
    `const hfToken = "anonymous";`,
    `const hfToken = "changeme";`,
    `const hfToken = "not-set";`,
    // An OpenAI client aimed elsewhere: its key is not a Hugging Face token.
    `new OpenAI({ baseURL: "https://api.openai.com/v1", apiKey: "${OLD_SECRET}" });`,
    `new OpenAI({ apiKey: "${OLD_SECRET}" });`,
  ],
  invalid: [
    {
      name: "an OpenAI-compatible client pointed at the Hugging Face router",
      code: `const client = new OpenAI({ baseURL: "https://router.huggingface.co/v1", apiKey: "${OLD_SECRET}" });`,
      output: `const client = new OpenAI({ baseURL: "https://router.huggingface.co/v1", apiKey: ${ENV} });`,
      errors: [inSink],
    },
    {
      name: "any client with an endpoint on a Hugging Face host",
      code: `createClient({ endpointUrl: "https://abc.endpoints.huggingface.cloud", token: "${OLD_SECRET}" });`,
      output: `createClient({ endpointUrl: "https://abc.endpoints.huggingface.cloud", token: ${ENV} });`,
      errors: [inSink],
    },
    {
      name: "LangChain's Hugging Face classes",
      code: `new HuggingFaceInference({ model: "m", apiKey: "${OLD_SECRET}" });\nnew HuggingFaceInferenceEmbeddings({ apiKey: "${OLD_SECRET}" });`,
      output: `new HuggingFaceInference({ model: "m", apiKey: ${ENV} });\nnew HuggingFaceInferenceEmbeddings({ apiKey: ${ENV} });`,
      errors: [inSink, inSink],
    },
    {
      name: "@gradio/client oauth_token",
      code: `import { Client } from "@gradio/client";\nawait Client.connect("org/space", { oauth_token: "${OLD_SECRET}" });`,
      output: `import { Client } from "@gradio/client";\nawait Client.connect("org/space", { oauth_token: ${ENV} });`,
      errors: [inSink],
    },
    {
      name: "a client imported under another name",
      code: `import { InferenceClient as HF } from "@huggingface/inference";\nconst client = new HF("${OLD_SECRET}");`,
      output: `import { InferenceClient as HF } from "@huggingface/inference";\nconst client = new HF(${ENV});`,
      errors: [inSink],
    },
    {
      name: "a namespace import",
      code: `import * as hf from "@huggingface/inference";\nconst client = new hf.InferenceClient("${OLD_SECRET}");`,
      output: `import * as hf from "@huggingface/inference";\nconst client = new hf.InferenceClient(${ENV});`,
      errors: [inSink],
    },
    {
      name: "renamed require destructuring",
      code: `const { InferenceClient: Client } = require("@huggingface/inference");\nconst client = new Client("${OLD_SECRET}");`,
      output: `const { InferenceClient: Client } = require("@huggingface/inference");\nconst client = new Client(${ENV});`,
      errors: [inSink],
    },
    {
      name: "Deno's npm: specifier",
      code: `import { textGeneration } from "npm:@huggingface/inference@4";\nawait textGeneration({ accessToken: "${OLD_SECRET}" });`,
      output: `import { textGeneration } from "npm:@huggingface/inference@4";\nawait textGeneration({ accessToken: ${ENV} });`,
      errors: [inSink],
    },
    {
      name: "a CDN specifier",
      code: `import { listModels } from "https://esm.sh/@huggingface/hub@1";\nlistModels({ accessToken: "${OLD_SECRET}" });`,
      output: `import { listModels } from "https://esm.sh/@huggingface/hub@1";\nlistModels({ accessToken: ${ENV} });`,
      errors: [inSink],
    },
    {
      name: "opts?.hfToken ?? literal: the literal becomes the env read",
      code: `const token = opts?.hfToken ?? "${OLD_SECRET}";`,
      output: `const token = opts?.hfToken ?? ${ENV};`,
      errors: [inSink],
    },
    {
      name: "TypeScript: a string slot keeps a string",
      filename: "config.ts",
      code: `const hfToken: string = "${OLD_SECRET}";`,
      output: `const hfToken: string = requireEnv("HF_TOKEN");\n\n${REQUIRE_ENV_HELPER}\n`,
      errors: [inSink],
    },
    {
      name: '"use client": no env read, the message says to move the call',
      code: `"use client";\nconst hfToken = "${OLD_SECRET}";`,
      output: null,
      errors: [{ messageId: "literalInClientCode" }],
    },
  ],
});

/*
 * ESLint calls the rule only on values whose place passes the sink selector (`inSinkPlace`): each
 * way of writing a place must still reach the rule, and values given to other names must not.
 */
describe("every place a sink is written reaches the rule", () => {
  it.each([
    ["a quoted key", `const config = { "HF_TOKEN": "${OLD_SECRET}" };`],
    ["a template key", `const config = { [\`hfToken\`]: "${OLD_SECRET}" };`],
    ["a class field", `class Settings { hfToken = "${OLD_SECRET}"; }`],
    ["a default parameter", `function connect(hfToken = "${OLD_SECRET}") { return hfToken; }`],
    ["a member assignment", `settings.hfToken = "${OLD_SECRET}";`],
    ["a computed member assignment", `settings["HF_TOKEN"] = "${OLD_SECRET}";`],
    ["a logical assignment", `settings.hfToken ||= "${OLD_SECRET}";`],
    ["a fallback after Deno.env.get", `const token = Deno.env.get("HF_TOKEN") ?? "${OLD_SECRET}";`],
    ["Deno.env.set written with brackets", `Deno.env["set"]("HF_TOKEN", "${OLD_SECRET}");`],
    ["a trailing separator in the name", `const HF_TOKEN_ = "${OLD_SECRET}";`],
  ])("%s", (_place, code) => {
    const linter = new Linter();
    const messages = linter.verify(code, [
      { plugins: { hf: { rules: { rule } } } as never, rules: { "hf/rule": "error" }, languageOptions: { ecmaVersion: 2024, sourceType: "module" } },
    ]);
    expect(messages.map((message) => message.ruleId)).toEqual(["hf/rule"]);
  });

});

ruleTester.run("no-literal-token-assignment: TypeScript places", rule, {
  valid: [],
  invalid: [
    { name: "a string enum member", filename: "file.ts", code: `enum Secrets { "HF_TOKEN" = "${OLD_SECRET}" }`, output: null, errors: [inSink] },
    {
      name: "a wrapped assignment target",
      filename: "file.ts",
      code: `(settings as Settings).hfToken = "${OLD_SECRET}";`,
      output: `(settings as Settings).hfToken = requireEnv("HF_TOKEN");\n\n${REQUIRE_ENV_HELPER}\n`,
      errors: [inSink],
    },
  ],
});
