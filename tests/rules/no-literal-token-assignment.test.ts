import rule from "../../src/rules/no-literal-token-assignment";
import { createRuleTester } from "../helpers/rule-tester";
import { makeToken } from "../helpers/tokens";

const ruleTester = createRuleTester();
const DOCS = "https://github.com/hf-secrets/eslint-plugin-hf-secrets/blob/main/docs/rules/no-literal-token-assignment.md";
const ENV = "process.env.HF_TOKEN";
/** Not token-shaped, but given to a token sink: an old or mangled token. */
const OLD_SECRET = "qpWmZrTfLk93xBv";
const MASKED = "qp…Bv";

function sinkError(sink: string, replacement = ENV) {
  return { messageId: "literalInSink", data: { sink, masked: MASKED, replacement, docsUrl: DOCS } } as const;
}

/** A report whose text around the secret a suggestion turns into a template around the read: `output` is the code after it. */
function withTemplate(error: ReturnType<typeof sinkError>, template: string, output: string) {
  return { ...error, suggestions: [{ messageId: "replaceWithEnv", data: { replacement: template }, output }] } as const;
}

const BEARER_TEMPLATE = "`Bearer ${process.env.HF_TOKEN}`";

ruleTester.run("no-literal-token-assignment", rule, {
  valid: [
    `const HF_TOKEN = process.env.HF_TOKEN;`,
    `const hfToken = "";`,
    `const hfToken = "YOUR_HF_TOKEN";`,
    `const hfToken = "<your token>";`,
    `const hfToken = "hf_...";`,
    `const hfToken = "hf_xxxxxxxxxxxxxxxxxxxx";`,
    `const hfToken = "********************";`,
    `const hfTokenName = "HF_TOKEN";`,
    `const HF_TOKEN_PATH = "/run/secrets/hf_token";`,
    `const HF_TOKEN_FILE = "${OLD_SECRET}";`,
    `const HF_TOKEN_URL = "${OLD_SECRET}";`,
    `const HF_TOKEN_ENV = "${OLD_SECRET}";`,
    `const HF_TOKEN_VAR = "${OLD_SECRET}";`,
    `const hfToken = "~/.cache/huggingface/token";`,
    `const hfToken = "https://huggingface.co/settings/tokens";`,
    `const tokenizer = "${OLD_SECRET}";`,
    `const token = "${OLD_SECRET}";`,
    `const label = { hfToken: "Your Hugging Face token" };`,
    // Token-shaped values belong to no-hardcoded-token: one report per secret.
    `const hfToken = "${makeToken(21)}";`,
    // accessToken outside Hugging Face calls is some other service's.
    `import { login } from "some-oauth"; login({ accessToken: "${OLD_SECRET}" });`,
    `other.connect("space", { token: "${OLD_SECRET}" });`,
    { code: `const hfToken = "${OLD_SECRET}";`, options: [{ allowedValues: [OLD_SECRET] }] },
    `const t = process.env.OTHER ?? "${OLD_SECRET}";`,
    // Labels, header names and stand-ins written in words are no credential.
    `const HUGGINGFACE_HEADER_X_XET_ACCESS_TOKEN = "X-Xet-Access-Token";`,
    `import { InferenceClient } from "@huggingface/inference"; new InferenceClient("fake_token");`,
    `const hfToken = "my-api-key";`,
    `createJobSpec({ image: "python:3.12", hfToken: "hf_secret_123" });`,
    // An Authorization header is a Hugging Face token only in a request to Hugging Face, and only after \`Bearer\`.
    `fetch("https://api.example.com/v1/chat", { headers: { Authorization: "Bearer ${OLD_SECRET}" } });`,
    `fetch("https://huggingface.co/api/whoami-v2", { headers: { Authorization: "Basic ${OLD_SECRET}" } });`,
    `fetch("https://router.huggingface.co/v1/chat/completions", { headers: { Authorization: "Bearer YOUR_HF_TOKEN" } });`,
    `const documented = { Authorization: "Bearer ${OLD_SECRET}" };`,
    // A name given to a sink that holds no literal, a binding written again, or another library's client.
    `import { HfInference } from "@huggingface/inference";\nconst apiKey = process.env.HF_TOKEN;\nnew HfInference(apiKey);`,
    `import { HfInference } from "@huggingface/inference";\nlet apiKey = "${OLD_SECRET}";\napiKey = process.env.HF_TOKEN;\nnew HfInference(apiKey);`,
    `import OpenAI from "openai";\nconst apiKey = "${OLD_SECRET}";\nnew OpenAI({ apiKey });`,
    // A URL's user part read from the environment, another host, or an address.
    "const remote = `https://user:${process.env.HF_TOKEN}@huggingface.co/spaces/org/app`;",
    `const remote = "https://user:${OLD_SECRET}@github.com/org/app";`,
    `const contact = "Write to team@huggingface.co for access";`,
    `const headers = { Authorization: "Bearer ${OLD_SECRET}" };\nfetch("https://api.example.com/v1", { headers });`,
    `let headers = { Authorization: "Bearer ${OLD_SECRET}" };\nheaders = {};\nfetch("https://router.huggingface.co/v1", { headers });`,
    // A name after the scheme: to another host, another scheme, an env read, or a binding written again.
    `const key = "${OLD_SECRET}";\nfetch("https://api.example.com/v1", { headers: { Authorization: \`Bearer \${key}\` } });`,
    `const key = "${OLD_SECRET}";\nfetch("https://huggingface.co/api/whoami-v2", { headers: { Authorization: \`Basic \${key}\` } });`,
    `const key = process.env.HF_TOKEN;\nfetch("https://router.huggingface.co/v1", { headers: { Authorization: "Bearer " + key } });`,
    `let key = "${OLD_SECRET}";\nkey = read();\nfetch("https://router.huggingface.co/v1", { headers: { Authorization: \`Bearer \${key}\` } });`,
    // A key named after the service is a slot only where the catalogue has it: node-llama-cpp's \`tokens\`, not its \`endpoints\`, nor any object.
    `import { resolveModelFile } from "node-llama-cpp";\nawait resolveModelFile("hf:org/m", { endpoints: { huggingFace: "${OLD_SECRET}" } });`,
    `export const profiles = { huggingFace: "${OLD_SECRET}", github: "octocat" };`,
    // A client's options nested one level in point elsewhere.
    `new ChatOpenAI({ apiKey: "${OLD_SECRET}", configuration: { baseURL: "https://api.example.com/v1" } });`,
  ],
  invalid: [
    // A Bearer credential sent to Hugging Face, whatever its shape; the header's text stays for a person to rewrite.
    {
      code: `await fetch("https://router.huggingface.co/v1/chat/completions", { method: "POST", headers: { Authorization: "Bearer ${OLD_SECRET}" } });`,
      errors: [
        withTemplate(
          sinkError("The Authorization header of fetch() to router.huggingface.co"),
          BEARER_TEMPLATE,
          `await fetch("https://router.huggingface.co/v1/chat/completions", { method: "POST", headers: { Authorization: ${BEARER_TEMPLATE} } });`,
        ),
      ],
    },
    {
      code: `const API_URL = "https://api-inference.huggingface.co/models/gpt2";\nawait axios.post(API_URL, { inputs: "hi" }, { headers: { authorization: \`bearer ${OLD_SECRET}\` } });`,
      errors: [
        withTemplate(
          sinkError("The Authorization header of axios.post() to api-inference.huggingface.co"),
          "`bearer ${process.env.HF_TOKEN}`",
          `const API_URL = "https://api-inference.huggingface.co/models/gpt2";\nawait axios.post(API_URL, { inputs: "hi" }, { headers: { authorization: \`bearer \${process.env.HF_TOKEN}\` } });`,
        ),
      ],
    },
    // The headers kept in a const (Hugging Face's Inference API snippet), and a request init kept in one.
    {
      code: `const API_URL = "https://api-inference.huggingface.co/models/gpt2";\nconst headers = { Authorization: "Bearer ${OLD_SECRET}" };\nexport const query = (data) => fetch(API_URL, { headers, method: "POST", body: JSON.stringify(data) });`,
      errors: [
        withTemplate(
          sinkError("The Authorization header of fetch() to api-inference.huggingface.co"),
          BEARER_TEMPLATE,
          `const API_URL = "https://api-inference.huggingface.co/models/gpt2";\nconst headers = { Authorization: ${BEARER_TEMPLATE} };\nexport const query = (data) => fetch(API_URL, { headers, method: "POST", body: JSON.stringify(data) });`,
        ),
      ],
    },
    {
      code: `const init = { method: "POST", headers: { Authorization: "Bearer ${OLD_SECRET}" } };\nawait fetch("https://router.huggingface.co/v1/chat/completions", init);`,
      errors: [
        withTemplate(
          sinkError("The Authorization header of fetch() to router.huggingface.co"),
          BEARER_TEMPLATE,
          `const init = { method: "POST", headers: { Authorization: ${BEARER_TEMPLATE} } };\nawait fetch("https://router.huggingface.co/v1/chat/completions", init);`,
        ),
      ],
    },
    // A literal kept in a const and given to a sink by its name: reported where it is written, once, with no fix.
    {
      code: `import { HfInference } from "@huggingface/inference";\nconst apiKey = "${OLD_SECRET}";\nconst hf = new HfInference(apiKey);\nconst again = new HfInference(apiKey);`,
      errors: [sinkError("new HfInference() (through `apiKey`)")],
    },
    {
      code: `import { whoAmI } from "@huggingface/hub";\nconst secret = "${OLD_SECRET}";\nawait whoAmI({ credentials: { accessToken: secret } });`,
      errors: [sinkError("accessToken (through `secret`)")],
    },
    {
      code: `const key = "${OLD_SECRET}";\nexport const settings = { hfToken: key };`,
      errors: [sinkError("hfToken (through `key`)")],
    },
    {
      code: `import { resolveModelFile } from "node-llama-cpp";\nconst path = await resolveModelFile("hf:org/model/file.gguf", { tokens: { huggingFace: "${OLD_SECRET}" } });`,
      output: `import { resolveModelFile } from "node-llama-cpp";\nconst path = await resolveModelFile("hf:org/model/file.gguf", { tokens: { huggingFace: process.env.HF_TOKEN } });`,
      errors: [sinkError("resolveModelFile() tokens.huggingFace")],
    },
    // A name after the scheme of an Authorization header to Hugging Face, in a template or a sum, in place or in headers kept in a const.
    {
      code: `const API_TOKEN = "${OLD_SECRET}";\nawait fetch("https://api-inference.huggingface.co/models/gpt2", { headers: { Authorization: \`Bearer \${API_TOKEN}\` } });`,
      errors: [sinkError("The Authorization header of fetch() to api-inference.huggingface.co (through `API_TOKEN`)")],
    },
    {
      code: `const key = "${OLD_SECRET}";\nconst headers = { "Authorization": "Bearer " + key };\nawait axios.post("https://router.huggingface.co/v1/chat/completions", body, { headers });`,
      errors: [sinkError("The Authorization header of axios.post() to router.huggingface.co (through `key`)")],
    },
    // A password in a URL to Hugging Face, as git takes a token; the URL's text is for a person to rewrite.
    {
      code: `await git.push("https://user:${OLD_SECRET}@huggingface.co/spaces/org/app", "main");`,
      errors: [
        withTemplate(
          sinkError("the password of a URL to huggingface.co", "HF_TOKEN"),
          "`https://user:${process.env.HF_TOKEN}@huggingface.co/spaces/org/app`",
          "await git.push(`https://user:${process.env.HF_TOKEN}@huggingface.co/spaces/org/app`, \"main\");",
        ),
      ],
    },
    {
      code: "const remote = `https://user:" + OLD_SECRET + "@hf.co/spaces/${repo}`;",
      errors: [sinkError("the password of a URL to hf.co", "HF_TOKEN")],
    },
    // LangChain's ChatOpenAI pointed at Hugging Face in its nested client configuration.
    {
      code: `new ChatOpenAI({ openAIApiKey: "${OLD_SECRET}", configuration: { baseURL: "https://router.huggingface.co/v1" } });`,
      output: `new ChatOpenAI({ openAIApiKey: ${ENV}, configuration: { baseURL: "https://router.huggingface.co/v1" } });`,
      errors: [sinkError("openAIApiKey of a client pointed at Hugging Face")],
    },
    {
      code: `const model = Deno.env.get("MODEL");\nconst HF_TOKEN = "${OLD_SECRET}";`,
      output: `const model = Deno.env.get("MODEL");\nconst HF_TOKEN = Deno.env.get("HF_TOKEN");`,
      errors: [sinkError("HF_TOKEN", `Deno.env.get("HF_TOKEN")`)],
    },
    { code: `const HF_TOKEN = "${OLD_SECRET}";`, output: `const HF_TOKEN = ${ENV};`, errors: [sinkError("HF_TOKEN")] },
    {
      code: `const HUGGING_FACE_HUB_TOKEN = "${OLD_SECRET}";`,
      output: `const HUGGING_FACE_HUB_TOKEN = process.env.HUGGING_FACE_HUB_TOKEN;`,
      errors: [sinkError("HUGGING_FACE_HUB_TOKEN", "process.env.HUGGING_FACE_HUB_TOKEN")],
    },
    {
      code: `const HUGGINGFACEHUB_API_KEY = \`${OLD_SECRET}\`;`,
      output: `const HUGGINGFACEHUB_API_KEY = process.env.HUGGINGFACEHUB_API_KEY;`,
      errors: [sinkError("HUGGINGFACEHUB_API_KEY", "process.env.HUGGINGFACEHUB_API_KEY")],
    },
    { code: `let hfToken = "${OLD_SECRET}";`, output: `let hfToken = ${ENV};`, errors: [sinkError("hfToken")] },
    { code: `const huggingFaceToken = "${OLD_SECRET}";`, output: `const huggingFaceToken = ${ENV};`, errors: [sinkError("huggingFaceToken")] },
    {
      name: "parameter default",
      code: `function run(hf_token = "${OLD_SECRET}") {}`,
      output: `function run(hf_token = ${ENV}) {}`,
      errors: [sinkError("hf_token")],
    },
    {
      name: "class field",
      code: `class Hub { hfApiToken = "${OLD_SECRET}"; }`,
      output: `class Hub { hfApiToken = ${ENV}; }`,
      errors: [sinkError("hfApiToken")],
    },
    {
      name: "object keys: identifier, string and computed string",
      code: `const c = { HF_ACCESS_TOKEN: "${OLD_SECRET}", "hf_token": "${OLD_SECRET}", ["HUGGING_FACE_TOKEN"]: "${OLD_SECRET}" };`,
      output: `const c = { HF_ACCESS_TOKEN: process.env.HF_ACCESS_TOKEN, "hf_token": ${ENV}, ["HUGGING_FACE_TOKEN"]: process.env.HUGGING_FACE_TOKEN };`,
      errors: [
        sinkError("HF_ACCESS_TOKEN", "process.env.HF_ACCESS_TOKEN"),
        sinkError("hf_token"),
        sinkError("HUGGING_FACE_TOKEN", "process.env.HUGGING_FACE_TOKEN"),
      ],
    },
    {
      name: "member assignment",
      code: `settings.hfToken = "${OLD_SECRET}";`,
      output: `settings.hfToken = ${ENV};`,
      errors: [sinkError("hfToken")],
    },
    {
      name: "env assignments in code: a suggestion removes the statement (process.env, Deno.env.set, Bun.env)",
      code: `process.env.HF_TOKEN = "${OLD_SECRET}";\nprocess.env["HF_API_TOKEN"] = "${OLD_SECRET}";\nDeno.env.set("HUGGING_FACE_HUB_TOKEN", "${OLD_SECRET}");\nBun.env.HF_TOKEN = "${OLD_SECRET}";\nrun();`,
      output: null,
      errors: [
        {
          messageId: "literalInEnvAssignment",
          data: { sink: "env HF_TOKEN", masked: MASKED, replacement: ENV, docsUrl: DOCS },
          suggestions: [{ messageId: "removeEnvAssignment", output: `process.env["HF_API_TOKEN"] = "${OLD_SECRET}";\nDeno.env.set("HUGGING_FACE_HUB_TOKEN", "${OLD_SECRET}");\nBun.env.HF_TOKEN = "${OLD_SECRET}";\nrun();` }],
        },
        {
          messageId: "literalInEnvAssignment",
          data: { sink: "env HF_API_TOKEN", masked: MASKED, replacement: "process.env.HF_API_TOKEN", docsUrl: DOCS },
          suggestions: [{ messageId: "removeEnvAssignment", output: `process.env.HF_TOKEN = "${OLD_SECRET}";\nDeno.env.set("HUGGING_FACE_HUB_TOKEN", "${OLD_SECRET}");\nBun.env.HF_TOKEN = "${OLD_SECRET}";\nrun();` }],
        },
        {
          messageId: "literalInEnvAssignment",
          data: { sink: "env HUGGING_FACE_HUB_TOKEN", masked: MASKED, replacement: "process.env.HUGGING_FACE_HUB_TOKEN", docsUrl: DOCS },
          suggestions: [{ messageId: "removeEnvAssignment", output: `process.env.HF_TOKEN = "${OLD_SECRET}";\nprocess.env["HF_API_TOKEN"] = "${OLD_SECRET}";\nBun.env.HF_TOKEN = "${OLD_SECRET}";\nrun();` }],
        },
        {
          messageId: "literalInEnvAssignment",
          data: { sink: "env HF_TOKEN", masked: MASKED, replacement: ENV, docsUrl: DOCS },
          suggestions: [{ messageId: "removeEnvAssignment", output: `process.env.HF_TOKEN = "${OLD_SECRET}";\nprocess.env["HF_API_TOKEN"] = "${OLD_SECRET}";\nDeno.env.set("HUGGING_FACE_HUB_TOKEN", "${OLD_SECRET}");\nrun();` }],
        },
      ],
    },
    {
      name: "two different values: the second gets a name of its own, as a suggestion",
      code: `new InferenceClient("${OLD_SECRET}");\nnew HfInference("zkLmWqPrTvXbNc8Q");`,
      output: `new InferenceClient(${ENV});\nnew HfInference("zkLmWqPrTvXbNc8Q");`,
      errors: [
        sinkError("new InferenceClient()"),
        {
          messageId: "literalInSink",
          suggestions: [{ messageId: "replaceWithEnv", data: { replacement: "process.env.HF_TOKEN_2" }, output: `new InferenceClient("${OLD_SECRET}");\nnew HfInference(process.env.HF_TOKEN_2);` }],
        },
      ],
    },
    {
      name: "a file that already reads HF_TOKEN: a name of its own first, the read one second",
      code: `const read = process.env.HF_TOKEN;\nnew InferenceClient("${OLD_SECRET}");`,
      output: null,
      errors: [
        {
          messageId: "literalInSink",
          suggestions: [
            { messageId: "replaceWithEnv", data: { replacement: "process.env.HF_TOKEN_2" }, output: `const read = process.env.HF_TOKEN;\nnew InferenceClient(process.env.HF_TOKEN_2);` },
            { messageId: "replaceWithSameVariable", data: { replacement: ENV }, output: `const read = process.env.HF_TOKEN;\nnew InferenceClient(${ENV});` },
          ],
        },
      ],
    },
    {
      name: "client constructors",
      code: `new InferenceClient("${OLD_SECRET}");\nnew HfInference("${OLD_SECRET}");\nnew InferenceClientEndpoint("https://x.endpoints.huggingface.cloud", "${OLD_SECRET}");`,
      output: `new InferenceClient(${ENV});\nnew HfInference(${ENV});\nnew InferenceClientEndpoint("https://x.endpoints.huggingface.cloud", ${ENV});`,
      errors: [sinkError("new InferenceClient()"), sinkError("new HfInference()"), sinkError("new InferenceClientEndpoint()")],
    },
    {
      name: "per-call accessToken of @huggingface/inference",
      code: `import { textGeneration } from "@huggingface/inference";\nawait textGeneration({ accessToken: "${OLD_SECRET}", model: "m" });`,
      output: `import { textGeneration } from "@huggingface/inference";\nawait textGeneration({ accessToken: ${ENV}, model: "m" });`,
      errors: [sinkError("accessToken")],
    },
    {
      name: "accessToken on a client instance",
      code: `const client = new InferenceClient();\nclient.chatCompletion({ accessToken: "${OLD_SECRET}" });`,
      output: `const client = new InferenceClient();\nclient.chatCompletion({ accessToken: ${ENV} });`,
      errors: [sinkError("accessToken")],
    },
    {
      name: "credentials.accessToken of @huggingface/hub, required or imported as a namespace",
      code: `import * as hub from "@huggingface/hub";\nawait hub.createRepo({ repo: "r", credentials: { accessToken: "${OLD_SECRET}" } });\nconst { whoAmI } = require("@huggingface/hub");\nwhoAmI({ accessToken: "${OLD_SECRET}" });`,
      output: `import * as hub from "@huggingface/hub";\nawait hub.createRepo({ repo: "r", credentials: { accessToken: ${ENV} } });\nconst { whoAmI } = require("@huggingface/hub");\nwhoAmI({ accessToken: ${ENV} });`,
      errors: [sinkError("accessToken"), sinkError("accessToken")],
    },
    {
      name: "@gradio/client token and hf_token",
      code: `import { Client, client } from "@gradio/client";\nawait Client.connect("user/space", { token: "${OLD_SECRET}" });\nawait client("user/space", { hf_token: "${OLD_SECRET}" });`,
      output: `import { Client, client } from "@gradio/client";\nawait Client.connect("user/space", { token: ${ENV} });\nawait client("user/space", { hf_token: ${ENV} });`,
      errors: [sinkError("@gradio/client token"), sinkError("hf_token")],
    },
    {
      name: "fallback after an env read: a suggestion removes it",
      code: `const t = process.env.HF_TOKEN || "${OLD_SECRET}";`,
      output: null,
      errors: [
        {
          ...sinkError("HF_TOKEN"),
          suggestions: [{ messageId: "removeFallback", data: { replacement: ENV }, output: `const t = process.env.HF_TOKEN;` }],
        },
      ],
    },
    {
      name: "JSX attribute named like a token",
      code: `const el = <Space hfToken="${OLD_SECRET}" />;`,
      output: `const el = <Space hfToken={${ENV}} />;`,
      errors: [sinkError("hfToken")],
    },
    {
      name: "enum member: reported, not fixed",
      code: `enum Secrets { HF_TOKEN = "${OLD_SECRET}" }`,
      output: null,
      errors: [sinkError("HF_TOKEN")],
    },
    {
      name: "TypeScript wrappers are seen through",
      code: `const HF_TOKEN = "${OLD_SECRET}" as string;`,
      output: `const HF_TOKEN = ${ENV} as string;`,
      errors: [sinkError("HF_TOKEN")],
    },
    {
      name: "fixStyle suggestion and Deno",
      code: `const hfToken = "${OLD_SECRET}";`,
      options: [{ fixStyle: "suggestion", envAccess: "Deno.env.get" }],
      output: null,
      errors: [
        {
          ...sinkError("hfToken", `Deno.env.get("HF_TOKEN")`),
          suggestions: [
            { messageId: "replaceWithEnv", data: { replacement: `Deno.env.get("HF_TOKEN")` }, output: `const hfToken = Deno.env.get("HF_TOKEN");` },
          ],
        },
      ],
    },
  ],
});
