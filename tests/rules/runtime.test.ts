import { join } from "node:path";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";
import hardcodedRule from "../../src/rules/no-hardcoded-token";
import literalRule from "../../src/rules/no-literal-token-assignment";
import publicEnvRule from "../../src/rules/no-public-token-env";
import { createRuleTester } from "../helpers/rule-tester";
import { REQUIRE_ENV_HELPER, makeToken, maskOf } from "../helpers/tokens";

/*
 * Where a file runs decides what the fix writes (docs/fixes.md). Each case lints a file of a
 * fixture project under tests/fixtures/runtimes, whose package.json (or deno.json, wrangler.toml,
 * tsconfig.json) is the evidence the runtime model reads from disk.
 */
const ruleTester = createRuleTester();
const TOKEN = makeToken(2101);
const ENV = "process.env.HF_TOKEN";
const FIXTURES = join(__dirname, "..", "fixtures", "runtimes");
const at = (project: string, file: string) => join(FIXTURES, project, file);

const clientCode = { messageId: "tokenInClientCode" } as const;
const hardcoded = { messageId: "hardcodedToken" } as const;
const withHelper = (code: string) => `${code}\n\n${REQUIRE_ENV_HELPER}\n`;

ruleTester.run("no-hardcoded-token: where the file runs", hardcodedRule, {
  valid: [],
  invalid: [
    // Vite (and Vue, React): src/ is a browser bundle unless a server convention applies.
    { name: "Vite: src/api/hf.ts is a browser module", filename: at("vite-vue", "src/api/hf.ts"), code: `export const auth = \`Bearer ${TOKEN}\`;`, output: null, errors: [clientCode] },
    { name: "Vite: a JSX component in src/", filename: at("vite-vue", "src/ChatBox.jsx"), code: `const client = new InferenceClient("${TOKEN}");`, output: null, errors: [clientCode] },
    { name: "Vite: src/server/ is server code", filename: at("vite-vue", "src/server/proxy.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    { name: "Vite: vite.config.ts runs in Node", filename: at("vite-vue", "vite.config.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    { name: "Vite: a test under src/ runs in Node", filename: at("vite-vue", "src/components/__tests__/Chat.spec.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    {
      name: "Vite: src/ by convention, but the file imports node:fs: the evidence disagrees, so a suggestion",
      filename: at("vite-vue", "src/seed.js"),
      code: `import { readFileSync } from "node:fs";\nconst t = "${TOKEN}";`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [{ messageId: "replaceWithEnv", data: { replacement: ENV }, output: `import { readFileSync } from "node:fs";\nconst t = ${ENV};` }] }],
    },
    { name: "Vite SSR: src/entry-server.ts runs on the server", filename: at("vite-vue", "src/entry-server.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    { name: "a Storybook story renders in the browser", filename: at("node-plain", "src/Chat.stories.jsx"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    { name: "a browser extension (manifest.json with manifest_version)", filename: at("extension", "background.js"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    // SvelteKit: server-only modules read $env/dynamic/private; the rest may run in the browser.
    {
      name: "SvelteKit: $lib/server reads $env/dynamic/private",
      filename: at("sveltekit", "src/lib/server/hf.js"),
      code: `export const auth = "Bearer ${TOKEN}";`,
      output: `import { env } from "$env/dynamic/private";\nexport const auth = \`Bearer \${env.HF_TOKEN}\`;`,
      errors: [hardcoded],
    },
    {
      name: "SvelteKit: a .server module in $lib",
      filename: at("sveltekit", "src/lib/secrets.server.js"),
      code: `export const token = "${TOKEN}";`,
      output: `import { env } from "$env/dynamic/private";\nexport const token = env.HF_TOKEN;`,
      errors: [hardcoded],
    },
    { name: "SvelteKit: a shared $lib module may run in the browser", filename: at("sveltekit", "src/lib/hf.ts"), code: `export const token = "${TOKEN}";`, output: null, errors: [clientCode] },
    { name: "SvelteKit: a universal +page.ts load runs in the browser too", filename: at("sveltekit", "src/routes/+page.ts"), code: `export const load = () => fetch(u, { headers: { authorization: "Bearer ${TOKEN}" } });`, output: null, errors: [clientCode] },
    { name: "SvelteKit: the service worker", filename: at("sveltekit", "src/service-worker.js"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    // Next.js: "use client" files and app-router conventions.
    { name: "Next.js: a \"use client\" page", filename: at("next", "app/chat/page.jsx"), code: `"use client";\nconst t = "${TOKEN}";`, output: null, errors: [clientCode] },
    { name: "Next.js: a route handler", filename: at("next", "app/api/chat/route.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    { name: "Next.js: a shared module keeps process.env (Next gives it everywhere)", filename: at("next", "lib/hf.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    // Nuxt, Remix, Astro, Expo, Electron, Gatsby, Create React App.
    { name: "Nuxt: server/ is Nitro", filename: at("nuxt", "server/api/chat.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    { name: "Nuxt: a composable runs in the browser too", filename: at("nuxt", "composables/useHf.js"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    { name: "Remix: a .server module", filename: at("remix", "app/hf.server.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    { name: "Remix: a .client module", filename: at("remix", "app/hf.client.js"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    { name: "Astro: an endpoint reads import.meta.env", filename: at("astro", "src/pages/api/chat.js"), code: `const t = "${TOKEN}";`, output: `const t = import.meta.env.HF_TOKEN;`, errors: [hardcoded] },
    { name: "Expo: the app bundle ships to every device", filename: at("expo", "app/index.jsx"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    { name: "Expo: an API route runs on a server", filename: at("expo", "app/chat+api.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    { name: "Electron: the main process", filename: at("electron", "main.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    { name: "Electron: the renderer", filename: at("electron", "src/renderer/app.js"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    { name: "Gatsby: a page", filename: at("gatsby", "src/pages/index.jsx"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    { name: "Gatsby: gatsby-node runs in Node", filename: at("gatsby", "gatsby-node.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    { name: "Create React App: src/", filename: at("cra", "src/App.js"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    // Runtimes with an env of their own.
    { name: "Deno: a deno.json project", filename: at("deno", "main.js"), code: `const t = "${TOKEN}";`, output: `const t = Deno.env.get("HF_TOKEN");`, errors: [hardcoded] },
    {
      name: "Cloudflare Workers: no fix, the message names the binding and the wrangler step",
      filename: at("cloudflare", "src/index.js"),
      code: `const t = "${TOKEN}";`,
      output: null,
      errors: [
        {
          ...hardcoded,
          data: { form: "user access token", masked: maskOf(TOKEN), replacement: "env.HF_TOKEN", note: " a Cloudflare Worker gets secrets in its handler's env binding: run `wrangler secret put HF_TOKEN` and read env.HF_TOKEN in the handler." },
        },
      ],
    },
    // The package's browser field, tsconfig, and the file's own globals.
    { name: "the browser field names the browser build", filename: at("browser-field", "dist/browser.js"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    { name: "the browser field says nothing of other files", filename: at("browser-field", "dist/node.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    { name: "tsconfig compiles for the DOM without Node's types", filename: at("dom-tsconfig", "src/widget.js"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    { name: "…unless the file reads Node's globals", filename: at("dom-tsconfig", "scripts/seed.js"), code: `const t = "${TOKEN}";\nconsole.log(process.argv);`, output: `const t = ${ENV};\nconsole.log(process.argv);`, errors: [hardcoded] },
    { name: "no framework: a file that reads document is browser code", filename: at("node-plain", "public/app.js"), code: `const t = "${TOKEN}";\ndocument.title = "x";`, output: null, errors: [clientCode] },
    { name: "no framework and no DOM: Node code, as before", filename: at("node-plain", "src/index.js"), code: `const t = "${TOKEN}";`, output: `const t = ${ENV};`, errors: [hardcoded] },
    {
      name: "no framework, DOM and Node globals both: a suggestion",
      filename: at("node-plain", "src/both.js"),
      code: `const t = "${TOKEN}";\nif (typeof window === "undefined") process.exit(1);`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [{ messageId: "replaceWithEnv", data: { replacement: ENV }, output: `const t = ${ENV};\nif (typeof window === "undefined") process.exit(1);` }] }],
    },
    { name: "a service worker anywhere", filename: at("node-plain", "public/sw.js"), code: `const t = "${TOKEN}";`, output: null, errors: [clientCode] },
    // The team's setting wins over every convention.
    {
      name: "settings: a file the config marks as node code is fixed with process.env",
      filename: at("vite-vue", "src/api/hf.ts"),
      code: `export const auth = \`Bearer ${TOKEN}\`;`,
      settings: { "hf-secrets": { runtime: "node" } },
      output: `export const auth = \`Bearer \${${ENV}}\`;`,
      errors: [hardcoded],
    },
    {
      name: "settings: sveltekit-server",
      filename: at("node-plain", "src/hf.ts"),
      code: `export const auth = \`Bearer ${TOKEN}\`;`,
      settings: { "hf-secrets": { runtime: "sveltekit-server" } },
      output: `import { env } from "$env/dynamic/private";\nexport const auth = \`Bearer \${env.HF_TOKEN}\`;`,
      errors: [hardcoded],
    },
    {
      name: "a TypeScript string slot in a Node file still gets requireEnv",
      filename: at("node-plain", "src/config.ts"),
      code: `export const token: string = "${TOKEN}";`,
      output: withHelper(`export const token: string = requireEnv("HF_TOKEN");`),
      errors: [hardcoded],
    },
  ],
});

/* Secrets of no token's shape, kept out of the fixtures' text so that the plugin's own lint of this file stays quiet. */
const PASSWORD = "qpWmZrTfLk93xBvQ";
const OTHER_PASSWORD = "zzTfLk93xBvQqpWm";

ruleTester.run("no-literal-token-assignment: where the file runs", literalRule, {
  valid: [],
  invalid: [
    { name: "Vite: a sink in src/ is client code", filename: at("vite-vue", "src/api/hf.js"), code: `const client = new InferenceClient("qpWmZrTfLk93xBvQ");`, output: null, errors: [{ messageId: "literalInClientCode" }] },
    { name: "Cloudflare: reported, no fix", filename: at("cloudflare", "src/index.js"), code: `const client = new InferenceClient("qpWmZrTfLk93xBvQ");`, output: null, errors: [{ messageId: "literalInSink" }] },
    { name: "Node: fixed", filename: at("node-plain", "src/index.js"), code: `const client = new InferenceClient("qpWmZrTfLk93xBvQ");`, output: `const client = new InferenceClient(${ENV});`, errors: [{ messageId: "literalInSink" }] },
    // A URL's password or a Bearer header gets a suggestion of a template around the read, only where a read may go.
    {
      name: "Vite src/: a URL password to Hugging Face gets no env read into browser code",
      filename: at("vite-vue", "src/api/hf.js"),
      code: `await git.push("https://user:${PASSWORD}@huggingface.co/spaces/org/app");`,
      output: null,
      errors: [{ messageId: "literalInSink", suggestions: [] }],
    },
    {
      name: "Cloudflare: a Bearer header gets no env read, which a Worker's secrets are not",
      filename: at("cloudflare", "src/index.js"),
      code: `await fetch("https://router.huggingface.co/v1", { headers: { Authorization: "Bearer ${PASSWORD}" } });`,
      output: null,
      errors: [{ messageId: "literalInSink", suggestions: [] }],
    },
    {
      name: "Node: two different secrets are suggested two variables, never one",
      filename: at("node-plain", "src/index.js"),
      code: `await git.push("https://user:${PASSWORD}@huggingface.co/spaces/org/app");\nawait git.push("https://user:${OTHER_PASSWORD}@huggingface.co/spaces/org/other");`,
      output: null,
      errors: [
        { messageId: "literalInSink", suggestions: [{ messageId: "replaceWithEnv", output: `await git.push(\`https://user:\${${ENV}}@huggingface.co/spaces/org/app\`);\nawait git.push("https://user:${OTHER_PASSWORD}@huggingface.co/spaces/org/other");` }] },
        { messageId: "literalInSink", suggestions: [{ messageId: "replaceWithEnv", output: `await git.push("https://user:${PASSWORD}@huggingface.co/spaces/org/app");\nawait git.push(\`https://user:\${process.env.HF_TOKEN_2}@huggingface.co/spaces/org/other\`);` }] },
      ],
    },
    {
      name: "Node: a URL password gets the template suggestion",
      filename: at("node-plain", "src/index.js"),
      code: `await git.push("https://user:${PASSWORD}@huggingface.co/spaces/org/app");`,
      output: null,
      errors: [{ messageId: "literalInSink", suggestions: [{ messageId: "replaceWithEnv", output: `await git.push(\`https://user:\${${ENV}}@huggingface.co/spaces/org/app\`);` }] }],
    },
  ],
});

ruleTester.run("no-public-token-env: no server read is offered into browser code", publicEnvRule, {
  valid: [],
  invalid: [
    { name: "Vite src/: reported, no rename", filename: at("vite-vue", "src/api/hf.js"), code: `const t = import.meta.env.VITE_HF_TOKEN;`, errors: [{ messageId: "publicToken", suggestions: [] }] },
    { name: "Next.js \"use client\": reported, no rename", filename: at("next", "app/chat/page.jsx"), code: `"use client";\nconst t = process.env.NEXT_PUBLIC_HF_TOKEN;`, errors: [{ messageId: "publicToken", suggestions: [] }] },
    {
      name: "Next.js route handler: the rename is offered",
      filename: at("next", "app/api/chat/route.js"),
      code: `const t = process.env.NEXT_PUBLIC_HF_TOKEN;`,
      errors: [{ messageId: "publicToken", suggestions: [{ messageId: "dropPrefix", output: `const t = process.env.HF_TOKEN;` }] }],
    },
  ],
});

describe("the runtime setting", () => {
  it("fails with the values it takes when the setting is wrong", () => {
    const linter = new Linter({ configType: "flat" });
    const lint = () =>
      linter.verify(
        `const t = "${TOKEN}";`,
        [{ plugins: { hf: plugin }, rules: { "hf/no-hardcoded-token": "error" }, settings: { "hf-secrets": { runtime: "server" } } }],
        { filename: at("node-plain", "src/a.js") },
      );
    expect(lint).toThrow(/settings\["hf-secrets"\]\.runtime: expected one of "node", "deno", "bun", "cloudflare", "browser", "sveltekit-server", "astro-server"; got "server"/);
  });
});

describe("distinct tokens over several passes", () => {
  const OTHER = makeToken(2102);
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [{ plugins: { hf: plugin }, rules: { "hf/no-hardcoded-token": "error" } }];
  const filename = at("node-plain", "src/keys.js");

  it("--fix, then the suggestion a person takes first: two tokens are read from two variables", () => {
    const fixed = linter.verifyAndFix(`const prod = "${TOKEN}";\nconst dev = "${OTHER}";\n`, config, { filename });
    expect(fixed.output).toBe(`const prod = ${ENV};\nconst dev = "${OTHER}";\n`);
    const [left] = fixed.messages;
    const first = left?.suggestions?.[0];
    expect(first?.desc).toContain("process.env.HF_TOKEN_2");
    const applied = `${fixed.output.slice(0, first?.fix.range[0])}${first?.fix.text}${fixed.output.slice(first?.fix.range[1])}`;
    expect(applied).toBe(`const prod = ${ENV};\nconst dev = process.env.HF_TOKEN_2;\n`);
    expect(linter.verify(applied, config, { filename })).toEqual([]);
  });
});
