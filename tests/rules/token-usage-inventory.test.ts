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
    `const token = config.env.HF_TOKEN;`,
    `const { NODE_ENV } = process.env;`,
    `const value = Deno.env.get(name);`,
  ],
  invalid: [
    { code: `const t = process.env.HF_TOKEN;`, errors: [read("HF_TOKEN", "process.env")] },
    { code: `const t = process.env["HUGGING_FACE_HUB_TOKEN"];`, errors: [read("HUGGING_FACE_HUB_TOKEN", "process.env")] },
    { code: `const t = import.meta.env.VITE_HF_TOKEN;`, errors: [read("VITE_HF_TOKEN", "import.meta.env")] },
    { code: `const t = Deno.env.get("HF_TOKEN");`, errors: [read("HF_TOKEN", "Deno.env.get")] },
    { code: `const t = Bun.env.HF_TOKEN;`, errors: [read("HF_TOKEN", "Bun.env")] },
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
