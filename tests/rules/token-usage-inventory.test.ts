import rule from "../../src/rules/token-usage-inventory";
import { createRuleTester } from "../helpers/rule-tester";

const ruleTester = createRuleTester();

function read(name: string, via: string) {
  return { messageId: "tokenRead", data: { name, via } } as const;
}

ruleTester.run("token-usage-inventory", rule, {
  valid: [
    `const url = process.env.HF_ENDPOINT_URL;`,
    `const path = process.env.HF_TOKEN_PATH;`,
    `const key = process.env.OPENAI_API_KEY;`,
    `process.env.HF_TOKEN = secrets.huggingFace;`,
    `const { NODE_ENV } = process.env;`,
    `const value = Deno.env.get(name);`,
    `import { PUBLIC_HF_MODEL } from "$env/static/private";\nimport { env } from "$env/dynamic/private";\nconst m = env.HF_ENDPOINT_URL;`,
    `import { HF_TOKEN } from "./env";`,
    `const token = options.hfToken;\nconfig.HF_TOKEN = read();\nconst url = config.HF_ENDPOINT_URL;`,
    `log("HF_TOKEN");\nrequireEnv(name);\nconst port = getEnv("PORT");\nfunction requireEnv(name) { return process.env[name]; }`,
    `vi.stubEnv("HF_TOKEN", "test");\nrestoreEnv("HF_TOKEN", saved);\nsetSecret("HF_TOKEN", value);`,
  ],
  invalid: [
    { code: `const t = process.env.HF_TOKEN;`, errors: [read("HF_TOKEN", "process.env")] },
    { code: `const t = process.env["HUGGING_FACE_HUB_TOKEN"];`, errors: [read("HUGGING_FACE_HUB_TOKEN", "process.env")] },
    { code: `const t = import.meta.env.VITE_HF_TOKEN;`, errors: [read("VITE_HF_TOKEN", "import.meta.env")] },
    { code: `const t = Deno.env.get("HF_TOKEN");`, errors: [read("HF_TOKEN", "Deno.env.get")] },
    { code: `const t = Bun.env.HF_TOKEN;`, errors: [read("HF_TOKEN", "Bun.env")] },
    {
      name: "an env-style name read from a config object or an alias of an env object (chat-ui, huggingface.js)",
      code: `const env = import.meta.env;\nconst a = env.HF_TOKEN;\nconst b = config.HF_TOKEN ?? this.settings["HUGGINGFACEHUB_API_TOKEN"];\nconst c = (await load()).HF_TOKEN + config.env.HF_TOKEN;`,
      errors: [
        read("HF_TOKEN", "import.meta.env"),
        read("HF_TOKEN", "config"),
        read("HUGGINGFACEHUB_API_TOKEN", "this.settings"),
        read("HF_TOKEN", "an object"),
        read("HF_TOKEN", "config.env"),
      ],
    },
    {
      name: "a call that reads a variable by name: the helper the TypeScript fix writes, LangChain's, GitHub Actions', a team's",
      code: `const a = requireEnv("HF_TOKEN");\nconst b = getEnvironmentVariable("HUGGINGFACEHUB_API_KEY");\nconst c = core.getInput("HF_TOKEN");\nconst d = this.configService.get("HF_TOKEN");\nconst e = Deno.env.get("HF_TOKEN");`,
      errors: [
        read("HF_TOKEN", "requireEnv"),
        read("HUGGINGFACEHUB_API_KEY", "getEnvironmentVariable"),
        read("HF_TOKEN", "core.getInput"),
        read("HF_TOKEN", "this.configService.get"),
        read("HF_TOKEN", "Deno.env.get"),
      ],
    },
    {
      name: "a read of an env object or SvelteKit's env is listed once",
      code: `import { env } from "$env/dynamic/private";\nconst a = process.env.HF_TOKEN;\nconst b = env.HF_TOKEN;`,
      errors: [read("HF_TOKEN", "process.env"), read("HF_TOKEN", "$env/dynamic/private")],
    },
    {
      name: "SvelteKit: each token variable imported from a static env module (what the SvelteKit fix writes)",
      code: `import { HF_TOKEN, PORT } from "$env/static/private";\nimport { PUBLIC_HF_TOKEN as token } from "$env/static/public";`,
      errors: [read("HF_TOKEN", "$env/static/private"), read("PUBLIC_HF_TOKEN", "$env/static/public")],
    },
    {
      name: "SvelteKit: each read of a dynamic module's env, destructured keys included",
      code: `import { env as secrets } from "$env/dynamic/private";\nconst t = secrets.HF_TOKEN;\nconst { HUGGINGFACEHUB_API_TOKEN, PORT } = secrets;\nfunction f(env) { return env.HF_TOKEN; }`,
      // The parameter is no SvelteKit module: its read is listed through its own name.
      errors: [read("HF_TOKEN", "$env/dynamic/private"), read("HUGGINGFACEHUB_API_TOKEN", "$env/dynamic/private"), read("HF_TOKEN", "env")],
    },
    {
      name: "destructuring reports each token key",
      code: `const { HF_TOKEN, HUGGINGFACEHUB_API_KEY: key, PORT } = process.env;`,
      errors: [read("HF_TOKEN", "process.env"), read("HUGGINGFACEHUB_API_KEY", "process.env")],
    },
    {
      name: "reads through a type assertion, optional chaining, and in a .tsx component",
      filename: "Badge.tsx",
      code: `const a = (process.env as Env).HF_TOKEN;\nexport const B = () => <Chat token={process?.env?.hfToken} />;`,
      errors: [read("HF_TOKEN", "process.env"), read("hfToken", "process.env")],
    },
    {
      name: "a fallback read is a read",
      code: `const token = process.env.HF_TOKEN ?? process.env.HUGGING_FACE_HUB_TOKEN;`,
      errors: [read("HF_TOKEN", "process.env"), read("HUGGING_FACE_HUB_TOKEN", "process.env")],
    },
  ],
});
