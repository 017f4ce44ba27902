import type { TestCaseError } from "@typescript-eslint/rule-tester";
import rule, { type MessageIds } from "../../src/rules/no-public-token-env";
import { WHOLE_ENVIRONMENT } from "../../src/ast/build-inlining";
import { createRuleTester } from "../helpers/rule-tester";

const ruleTester = createRuleTester();

function exposed(name: string, framework: string, serverName: string, suggestionOutput?: string): TestCaseError<MessageIds> {
  const error: TestCaseError<MessageIds> = { messageId: "publicToken", data: { name, framework, serverName } };
  if (suggestionOutput === undefined) return error;
  return { ...error, suggestions: [{ messageId: "dropPrefix", data: { serverName }, output: suggestionOutput }] };
}

ruleTester.run("no-public-token-env", rule, {
  valid: [
    `const token = process.env.HF_TOKEN;`,
    `import { HF_TOKEN } from "$env/static/private";`,
    `import { PUBLIC_HF_MODEL } from "$env/static/public";`,
    `import { env } from "$env/dynamic/public";\nconst m = env.PUBLIC_HF_MODEL;`,
    `const token = import.meta.env.HF_TOKEN;`,
    `const url = import.meta.env.VITE_API_URL;`,
    `const model = process.env.NEXT_PUBLIC_HF_MODEL;`,
    `const path = process.env.VITE_HF_TOKEN_PATH;`,
    `const { HF_TOKEN } = process.env;`,
    `const other = config.env.VITE_HF_TOKEN;`,
    { code: `const t = process.env.VITE_HF_TOKEN;`, options: [{ prefixes: ["NEXT_PUBLIC_"] }] },
    // Build settings that inline nothing secret.
    `new webpack.DefinePlugin({ "process.env.NODE_ENV": JSON.stringify("production"), __MODEL__: JSON.stringify(process.env.HF_MODEL) });`,
    `new EnvironmentPlugin(["NODE_ENV", "API_URL"]);`,
    `export default defineConfig({ define: { __APP_VERSION__: JSON.stringify(version) }, envPrefix: ["VITE_", "PUBLIC_"] });`,
    // `env` outside next.config is no bundler's.
    { code: `const job = { env: { HF_TOKEN: process.env.HF_TOKEN } };`, filename: "deploy.js" },
    // An empty process.env, one variable of it, another loaded variable, and a local `replace` or `loadEnv`.
    `export default defineConfig({ define: { "process.env": {}, "process.env.NODE_ENV": JSON.stringify(process.env.NODE_ENV) } });`,
    `import { loadEnv } from "vite";\nconst env = loadEnv("production", ".", "");\nexport default { define: { __API__: JSON.stringify(env.API_URL) } };`,
    `import { replace } from "./strings.js";\nreplace({ "process.env.HF_TOKEN": JSON.stringify(process.env.HF_TOKEN) });`,
    `function loadEnv() { return {}; }\nexport default { define: { __T__: JSON.stringify(loadEnv().HF_TOKEN) } };`,
    // customFields and extra are the config files' only.
    { code: `export const page = { customFields: { hfToken: process.env.HF_TOKEN }, extra: { hfToken: process.env.HF_TOKEN } };`, filename: "src/page.js" },
  ],
  invalid: [
    {
      name: "the whole environment given to define or DefinePlugin",
      code: `export default defineConfig({ define: { "process.env": process.env } });\nnew webpack.DefinePlugin({ "process.env": JSON.stringify({ ...process.env, MODE: "x" }) });`,
      errors: [
        { messageId: "inlinedToken", data: { by: "define", name: WHOLE_ENVIRONMENT } },
        { messageId: "inlinedToken", data: { by: "DefinePlugin", name: WHOLE_ENVIRONMENT } },
      ],
    },
    {
      name: "a token read from Vite's loadEnv, and what dotenv loaded, whole",
      code: `import { loadEnv } from "vite";\nimport dotenv from "dotenv";\nconst env = loadEnv("production", process.cwd(), "");\nconst parsed = dotenv.config().parsed;\nexport default { define: { __HF__: JSON.stringify(env.HF_TOKEN), "process.env": JSON.stringify(parsed) } };`,
      errors: [
        { messageId: "inlinedToken", data: { by: "define", name: "HF_TOKEN" } },
        { messageId: "inlinedToken", data: { by: "define", name: WHOLE_ENVIRONMENT } },
      ],
    },
    {
      name: "@rollup/plugin-replace and vite-plugin-environment",
      code: `import replace from "@rollup/plugin-replace";\nimport EnvironmentPlugin from "vite-plugin-environment";\nexport default { plugins: [replace({ preventAssignment: true, values: { __HF__: JSON.stringify(process.env.HF_TOKEN) } }), EnvironmentPlugin(["HF_TOKEN"]), EnvironmentPlugin("all")] };`,
      errors: [
        { messageId: "inlinedToken", data: { by: "replace", name: "HF_TOKEN" } },
        { messageId: "inlinedToken", data: { by: "EnvironmentPlugin", name: "HF_TOKEN" } },
        { messageId: "inlinedToken", data: { by: "EnvironmentPlugin", name: WHOLE_ENVIRONMENT } },
      ],
    },
    { name: "Docusaurus customFields", filename: "docusaurus.config.js", code: `module.exports = { title: "Docs", customFields: { hfToken: process.env.HF_TOKEN } };`, errors: [{ messageId: "inlinedToken", data: { by: "docusaurus.config customFields", name: "HF_TOKEN" } }] },
    { name: "Expo app config extra", filename: "app.config.ts", code: `export default { expo: { name: "app", extra: { hfToken: process.env.HF_TOKEN } } };`, errors: [{ messageId: "inlinedToken", data: { by: "app.config extra", name: "HF_TOKEN" } }] },
    {
      name: "webpack's DefinePlugin, by value and by key",
      code: `new webpack.DefinePlugin({ __HF_TOKEN__: JSON.stringify(process.env.HF_TOKEN), "process.env.HUGGING_FACE_HUB_TOKEN": JSON.stringify(t) });`,
      errors: [
        { messageId: "inlinedToken", data: { by: "DefinePlugin", name: "HF_TOKEN" } },
        { messageId: "inlinedToken", data: { by: "DefinePlugin", name: "HUGGING_FACE_HUB_TOKEN" } },
      ],
    },
    { name: "EnvironmentPlugin's list", code: `new EnvironmentPlugin(["NODE_ENV", "HF_TOKEN"]);`, errors: [{ messageId: "inlinedToken", data: { by: "EnvironmentPlugin", name: "HF_TOKEN" } }] },
    { name: "EnvironmentPlugin's defaults", code: `new webpack.EnvironmentPlugin({ HF_TOKEN: "" });`, errors: [{ messageId: "inlinedToken", data: { by: "EnvironmentPlugin", name: "HF_TOKEN" } }] },
    {
      name: "Vite's and esbuild's define",
      code: `export default defineConfig({ define: { "import.meta.env.HF_TOKEN": JSON.stringify(process.env.HF_TOKEN) } });
await esbuild.build({ define: { TOKEN: \`"\${process.env.HF_TOKEN}"\` } });`,
      errors: [
        { messageId: "inlinedToken", data: { by: "define", name: "HF_TOKEN" } },
        { messageId: "inlinedToken", data: { by: "define", name: "HF_TOKEN" } },
      ],
    },
    { name: "Vite's envPrefix that makes HF_TOKEN public", code: `export default defineConfig({ envPrefix: ["VITE_", "HF_"] });`, errors: [{ messageId: "inlinedToken", data: { by: "envPrefix", name: "HF_…" } }] },
    {
      name: "next.config's env and publicRuntimeConfig",
      filename: "next.config.mjs",
      code: `export default { env: { HF_TOKEN: process.env.HF_TOKEN }, publicRuntimeConfig: { hfToken: process.env.HF_TOKEN } };`,
      errors: [
        { messageId: "inlinedToken", data: { by: "next.config env", name: "HF_TOKEN" } },
        { messageId: "inlinedToken", data: { by: "next.config publicRuntimeConfig", name: "hfToken" } },
      ],
    },
    {
      name: "SvelteKit $env/static/public",
      code: `import { PUBLIC_HF_TOKEN } from "$env/static/public";`,
      errors: [exposed("PUBLIC_HF_TOKEN", "SvelteKit, Astro, Qwik and Rsbuild", "HF_TOKEN")],
    },
    {
      name: "SvelteKit $env/dynamic/public",
      code: `import { env } from "$env/dynamic/public";\nconst client = new InferenceClient(env.PUBLIC_HF_TOKEN);`,
      errors: [exposed("PUBLIC_HF_TOKEN", "SvelteKit, Astro, Qwik and Rsbuild", "HF_TOKEN")],
    },
    {
      name: "SvelteKit $env/dynamic/public, destructured",
      code: `import { env } from "$env/dynamic/public";\nconst { PUBLIC_HF_TOKEN, PUBLIC_MODEL } = env;`,
      errors: [exposed("PUBLIC_HF_TOKEN", "SvelteKit, Astro, Qwik and Rsbuild", "HF_TOKEN")],
    },
    {
      name: "Expo, Gatsby and Vue CLI",
      code: `const a = process.env.EXPO_PUBLIC_HF_TOKEN;\nconst b = process.env.GATSBY_HF_TOKEN;\nconst c = process.env.VUE_APP_HF_TOKEN;`,
      errors: [
        exposed("EXPO_PUBLIC_HF_TOKEN", "Expo", "HF_TOKEN", `const a = process.env.HF_TOKEN;\nconst b = process.env.GATSBY_HF_TOKEN;\nconst c = process.env.VUE_APP_HF_TOKEN;`),
        exposed("GATSBY_HF_TOKEN", "Gatsby", "HF_TOKEN", `const a = process.env.EXPO_PUBLIC_HF_TOKEN;\nconst b = process.env.HF_TOKEN;\nconst c = process.env.VUE_APP_HF_TOKEN;`),
        exposed("VUE_APP_HF_TOKEN", "Vue CLI", "HF_TOKEN", `const a = process.env.EXPO_PUBLIC_HF_TOKEN;\nconst b = process.env.GATSBY_HF_TOKEN;\nconst c = process.env.HF_TOKEN;`),
      ],
    },
    {
      code: `const t = import.meta.env.VITE_HF_TOKEN;`,
      errors: [exposed("VITE_HF_TOKEN", "Vite", "HF_TOKEN", `const t = import.meta.env.HF_TOKEN;`)],
    },
    {
      code: `const t = process.env.NEXT_PUBLIC_HF_TOKEN;`,
      errors: [exposed("NEXT_PUBLIC_HF_TOKEN", "Next.js", "HF_TOKEN", `const t = process.env.HF_TOKEN;`)],
    },
    {
      code: `const t = process.env["REACT_APP_HUGGINGFACE_API_KEY"];`,
      errors: [
        exposed("REACT_APP_HUGGINGFACE_API_KEY", "Create React App", "HUGGINGFACE_API_KEY", `const t = process.env["HUGGINGFACE_API_KEY"];`),
      ],
    },
    { code: `const t = import.meta.env.PUBLIC_HF_TOKEN;`, errors: [exposed("PUBLIC_HF_TOKEN", "SvelteKit, Astro, Qwik and Rsbuild", "HF_TOKEN", `const t = import.meta.env.HF_TOKEN;`)] },
    { code: `const t = process.env.NUXT_PUBLIC_HF_TOKEN;`, errors: [exposed("NUXT_PUBLIC_HF_TOKEN", "Nuxt", "HF_TOKEN", `const t = process.env.HF_TOKEN;`)] },
    { code: `const t = process.env.EXPO_PUBLIC_HF_TOKEN;`, errors: [exposed("EXPO_PUBLIC_HF_TOKEN", "Expo", "HF_TOKEN", `const t = process.env.HF_TOKEN;`)] },
    { code: `const t = process.env.GATSBY_HF_TOKEN;`, errors: [exposed("GATSBY_HF_TOKEN", "Gatsby", "HF_TOKEN", `const t = process.env.HF_TOKEN;`)] },
    { code: `const t = process.env.VUE_APP_HF_TOKEN;`, errors: [exposed("VUE_APP_HF_TOKEN", "Vue CLI", "HF_TOKEN", `const t = process.env.HF_TOKEN;`)] },
    {
      name: "through a type assertion and optional chaining",
      filename: "env.ts",
      code: `const a = (process.env as Record<string, string>).VITE_HF_TOKEN;\nconst b = process?.env?.["VITE_HF_TOKEN"];`,
      errors: [
        exposed("VITE_HF_TOKEN", "Vite", "HF_TOKEN", `const a = (process.env as Record<string, string>).HF_TOKEN;\nconst b = process?.env?.["VITE_HF_TOKEN"];`),
        exposed("VITE_HF_TOKEN", "Vite", "HF_TOKEN", `const a = (process.env as Record<string, string>).VITE_HF_TOKEN;\nconst b = process?.env?.["HF_TOKEN"];`),
      ],
    },
    {
      name: "env object read by a computed key",
      code: `const t = process["env"].NEXT_PUBLIC_HF_TOKEN;`,
      errors: [exposed("NEXT_PUBLIC_HF_TOKEN", "Next.js", "HF_TOKEN", `const t = process["env"].HF_TOKEN;`)],
    },
    {
      name: "destructuring: reported, no suggestion (the local name would change too)",
      code: `const { VITE_HF_TOKEN } = import.meta.env;`,
      errors: [exposed("VITE_HF_TOKEN", "Vite", "HF_TOKEN")],
    },
    {
      name: "in a .tsx component",
      filename: "Chat.tsx",
      code: `export const Chat = () => <Client token={import.meta.env.VITE_HF_TOKEN} />;`,
      errors: [exposed("VITE_HF_TOKEN", "Vite", "HF_TOKEN", `export const Chat = () => <Client token={import.meta.env.HF_TOKEN} />;`)],
    },
    {
      name: "custom prefixes",
      code: `const t = process.env.CLIENT_HF_TOKEN;`,
      options: [{ prefixes: ["CLIENT_"] }],
      errors: [
        {
          messageId: "publicToken",
          data: { name: "CLIENT_HF_TOKEN", framework: "your bundler", serverName: "HF_TOKEN" },
          suggestions: [{ messageId: "dropPrefix", data: { serverName: "HF_TOKEN" }, output: `const t = process.env.HF_TOKEN;` }],
        },
      ],
    },
  ],
});
