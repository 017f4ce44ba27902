import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { JS_TOKEN_PACKAGES, JS_TOKEN_SLOTS, type JsTokenSlot } from "../../src/catalogue/js-token-slots";
import { CLIENT_OPTION_KEYS } from "../../src/catalogue/requests";
import { isHfTokenName } from "../../src/core";
import plugin from "../../src/index";

/*
 * The catalogue's JavaScript token slots (generated from the packages' type definitions), walked:
 * for every entry, a literal given there is reported when the callee comes from the package, and
 * the same call on a callee from another package is not.
 */
const SECRET = "qpWmZrTfLk93xBvQ";
const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [{ plugins: { "hf-secrets": plugin }, rules: { "hf-secrets/no-literal-token-assignment": "error" } }];

function valueAt(path: string): string {
  if (path === "") return `"${SECRET}"`;
  return path
    .split(".")
    .reverse()
    .reduce((inner, key) => `{ ${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${inner} }`, `"${SECRET}"`);
}

function useOf(slot: JsTokenSlot, from: string): string {
  const [root = slot.export, member] = slot.export.split(".");
  const args = Array.from({ length: slot.position + 1 }, (_, index) => (index === slot.position ? valueAt(slot.path) : `"model-or-repo-${index}"`));
  const callee = member === undefined ? root : `${root}.${member}`;
  return `import { ${root} } from "${from}";\nexport const result = ${slot.kind === "new" ? "new " : ""}${callee}(${args.join(", ")});\n`;
}

const reported = (code: string) => linter.verify(code, config, { filename: "use.js" }).filter((message) => message.ruleId === "hf-secrets/no-literal-token-assignment");

describe("the JavaScript token slots of the catalogue", () => {
  it("lists what the packages' docs show", () => {
    const has = (pkg: string, name: string, path: string) => JS_TOKEN_SLOTS.some((slot) => slot.package === pkg && slot.export === name && slot.path === path);
    expect(has("@huggingface/hub", "uploadFile", "credentials.accessToken")).toBe(true);
    expect(has("@huggingface/hub", "createRepo", "accessToken")).toBe(true);
    expect(has("@huggingface/inference", "textGeneration", "accessToken")).toBe(true);
    expect(has("@gradio/client", "Client.connect", "hf_token")).toBe(true);
    expect(has("@ai-sdk/huggingface", "createHuggingFace", "apiKey")).toBe(true);
    expect(JS_TOKEN_SLOTS.every((slot) => JS_TOKEN_PACKAGES.includes(slot.package) && slot.source.startsWith(`${slot.package} `))).toBe(true);
  });

  it.each(JS_TOKEN_SLOTS.map((slot) => [`${slot.kind === "new" ? "new " : ""}${slot.export}`, slot.position, slot.path || "(the argument)", slot] as const))(
    "%s, argument %i, %s: reported from its package, not from another",
    (_name, _position, _path, slot) => {
      expect(reported(useOf(slot, slot.package)).length, useOf(slot, slot.package)).toBeGreaterThan(0);
      // Names that say Hugging Face by themselves (`hf_token`, `new InferenceClient(…)`) are sinks wherever they come from.
      const saysHuggingFace =
        isHfTokenName(slot.path.split(".").at(-1) ?? "") || (slot.kind === "new" && /^(?:InferenceClient|HfInference)(?:Endpoint)?$/.test(slot.export)) || /hugging_?face/i.test(slot.export);
      if (!saysHuggingFace) expect(reported(useOf(slot, "some-other-package"))).toEqual([]);
    },
  );

  it.each(JS_TOKEN_SLOTS.map((slot) => [`${slot.kind === "new" ? "new " : ""}${slot.export}`, slot.position, slot.path || "(the argument)", slot] as const))(
    "%s, argument %i, %s: a literal kept in a const and given by its name is reported once",
    (_name, _position, _path, slot) => {
      const code = `const held = "${SECRET}";\n${useOf(slot, slot.package).replace(`"${SECRET}"`, "held")}`;
      expect(reported(code), code).toHaveLength(1);
    },
  );

  it("through a namespace import and a require", () => {
    expect(reported(`import * as hub from "@huggingface/hub";\nawait hub.uploadFile({ repo: "r", file: f, credentials: { accessToken: "${SECRET}" } });\n`)).toHaveLength(1);
    expect(reported(`const { Client } = require("@gradio/client");\nClient.connect("abidlabs/whisper", { hf_token: "${SECRET}" });\n`)).toHaveLength(1);
  });

  it("context as evidence: a credential key given to a callee named for Hugging Face, or next to provider: huggingface", () => {
    expect(reported(`import { ChatHuggingFace } from "some-llm-kit";\nnew ChatHuggingFace({ apiKey: "${SECRET}", model: "m" });\n`)).toHaveLength(1);
    expect(reported(`const hf = createHfClient({ token: "${SECRET}" });\n`)).toHaveLength(1);
    expect(reported(`await complete({ provider: "huggingface", apiKey: "${SECRET}", model: "m" });\n`)).toHaveLength(1);
    // The same keys elsewhere are not a Hugging Face token.
    expect(reported(`const openai = createOpenAI({ apiKey: "${SECRET}" });\nawait complete({ provider: "openai", apiKey: "${SECRET}" });\nconst github = new Octokit({ auth: "${SECRET}", token: "${SECRET}" });\nconst shuffle = rehash({ token: "${SECRET}" });\n`)).toEqual([]);
  });

  it("fixes an optional option to the env read, and a required one (TypeScript) to requireEnv", () => {
    const optional = linter.verifyAndFix(`import { createRepo } from "@huggingface/hub";\nawait createRepo({ repo: "r", accessToken: "${SECRET}" });\n`, config, { filename: "use.js" });
    expect(optional.output).toContain("accessToken: process.env.HF_TOKEN");
    // `Credentials.accessToken` is a required `string`: in TypeScript the fix keeps a `string`.
    expect(JS_TOKEN_SLOTS.find((slot) => slot.export === "uploadFile" && slot.path === "credentials.accessToken")?.optional).toBe(false);
    const typed: Linter.Config[] = [...config, { files: ["**/*.ts"], languageOptions: { parser: require("@typescript-eslint/parser") as Linter.Parser } }];
    const required = linter.verifyAndFix(`import { uploadFile } from "@huggingface/hub";\nawait uploadFile({ repo: "r", file: f, credentials: { accessToken: "${SECRET}" } });\n`, typed, { filename: "use.ts" });
    expect(required.output).toContain('credentials: { accessToken: requireEnv("HF_TOKEN") }');
    expect(required.output).toContain("function requireEnv(name: string): string {");
  });
});

describe("client options pointed at Hugging Face (src/catalogue/requests.ts CLIENT_OPTION_KEYS)", () => {
  const endpoints = CLIENT_OPTION_KEYS.filter((entry) => entry.role === "endpoint").map((entry) => entry.key);
  const credentials = CLIENT_OPTION_KEYS.filter((entry) => entry.role === "credential" && !isHfTokenName(entry.key)).map((entry) => entry.key);
  const shapes = {
    "side by side": (endpoint: string, credential: string, host: string) => `new Sdk({ ${endpoint}: "${host}", ${credential}: "${SECRET}" });`,
    "endpoint nested in configuration": (endpoint: string, credential: string, host: string) => `new Sdk({ ${credential}: "${SECRET}", configuration: { ${endpoint}: "${host}" } });`,
    "credential nested in client options": (endpoint: string, credential: string, host: string) => `createClient({ ${endpoint}: "${host}", clientOptions: { ${credential}: "${SECRET}" } });`,
  } as const;
  const uses = endpoints.flatMap((endpoint) => credentials.flatMap((credential) => Object.keys(shapes).map((shape) => [endpoint, credential, shape as keyof typeof shapes] as const)));
  it.each(uses)("%s with %s (%s): reported aimed at Hugging Face, not elsewhere", (endpoint, credential, shape) => {
    expect(reported(shapes[shape](endpoint, credential, "https://router.huggingface.co/v1")), shapes[shape](endpoint, credential, "https://router.huggingface.co/v1")).toHaveLength(1);
    expect(reported(shapes[shape](endpoint, credential, "https://api.example.com/v1"))).toEqual([]);
  });
});
