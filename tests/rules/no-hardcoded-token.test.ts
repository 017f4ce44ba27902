import rule from "../../src/rules/no-hardcoded-token";
import { createRuleTester } from "../helpers/rule-tester";
import { REQUIRE_ENV_HELPER, makeToken, maskOf } from "../helpers/tokens";

const ruleTester = createRuleTester();
const TOKEN = makeToken(11);
const BODY = TOKEN.slice(3);
const ORG_TOKEN = makeToken(12, { prefix: "api_org_", alphabet: "letters-and-digits" });
const DIGITS_TOKEN = makeToken(13, { alphabet: "letters-and-digits" });
const DOCS = "https://github.com/hf-secrets/eslint-plugin-hf-secrets/blob/main/docs/rules/no-hardcoded-token.md";
const ENV = "process.env.HF_TOKEN";

function data(token: string, replacement = ENV): Record<string, string> {
  return {
    form: token.startsWith("api_org_") ? "organization API token" : "user access token",
    masked: maskOf(token),
    replacement,
    docsUrl: DOCS,
    note: "",
  };
}

const hardcoded = (token = TOKEN, replacement = ENV) =>
  ({ messageId: "hardcodedToken", data: data(token, replacement) }) as const;
const displayed = (token = TOKEN, words = "HF_TOKEN") =>
  ({ messageId: "tokenInDisplayedText", data: data(token, words) }) as const;

ruleTester.run("no-hardcoded-token", rule, {
  valid: [
    `const token = process.env.HF_TOKEN;`,
    `const name = "HF_TOKEN";`,
    `const example = "hf_...";`,
    `const example = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";`,
    `const example = "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH";`,
    `const example = "hf_YourTokenHereYourTokenHereYourToke";`,
    `const example = "hf_exampleQwErTyUiOpAsDfGhJkLzXcVbNm";`,
    // Part of a longer word on either side: not a token.
    `const fn = "_call_${TOKEN}";`,
    `const fn = "${TOKEN}X";`,
    `const fn = "${TOKEN}_more";`,
    `const fn = "x${TOKEN}";`,
    // Too short or too long a body.
    `const short = "${TOKEN.slice(0, -1)}";`,
    `const path = "/home/user/.cache/huggingface/token";`,
    `const url = "https://huggingface.co/settings/tokens";`,
    `type T = "hf_token";`,
    // Unknown pieces are holes: no token can be read across them.
    `const t = "hf_" + read() + "${BODY}";`,
    // A `let` may change: not read as a constant.
    `let rest = "${BODY}"; const t = "hf_" + rest;`,
    { code: `const allowed = "${TOKEN}";`, options: [{ allowedValues: [TOKEN] }] },
    { code: `const allowed = "${TOKEN}";`, options: [{ allowedPatterns: [`^hf_${BODY.slice(0, 5)}`] }] },
    `const b = Buffer.from("aGVsbG8gd29ybGQgdGhpcyBpcyBub3QgYSB0b2tlbiBhdCBhbGw=", "base64");`,
  ],
  invalid: [
    {
      code: `const token = "${TOKEN}";`,
      output: `const token = ${ENV};`,
      errors: [{ ...hardcoded(), line: 1, column: 16, endColumn: 16 + TOKEN.length }],
    },
    {
      code: `const token = '${ORG_TOKEN}';`,
      output: `const token = ${ENV};`,
      errors: [hardcoded(ORG_TOKEN)],
    },
    {
      code: `const token = "${DIGITS_TOKEN}";`,
      output: `const token = ${ENV};`,
      errors: [hardcoded(DIGITS_TOKEN)],
    },
    {
      name: "the sink's env-style name becomes the variable",
      code: `const HUGGINGFACEHUB_API_TOKEN = "${TOKEN}";`,
      output: `const HUGGINGFACEHUB_API_TOKEN = process.env.HUGGINGFACEHUB_API_TOKEN;`,
      errors: [hardcoded(TOKEN, "process.env.HUGGINGFACEHUB_API_TOKEN")],
    },
    {
      name: "inside a larger string only the token is replaced",
      code: `fetch(url, { headers: { Authorization: "Bearer ${TOKEN}" } });`,
      output: `fetch(url, { headers: { Authorization: \`Bearer \${${ENV}}\` } });`,
      errors: [{ ...hardcoded(), column: 48 }],
    },
    {
      name: "the rest of the string keeps its escapes; backticks and ${ are escaped for the template",
      code: `const s = "a\\"\`\${x} ${TOKEN}\\n";`,
      output: `const s = \`a\\"\\\`\\\${x} \${${ENV}}\\n\`;`,
      errors: [hardcoded()],
    },
    {
      name: "template literal part",
      code: `const h = \`Bearer ${TOKEN}\`;`,
      output: `const h = \`Bearer \${${ENV}}\`;`,
      errors: [{ ...hardcoded(), column: 19 }],
    },
    {
      name: "template part after an expression",
      code: `const h = \`\${scheme} ${TOKEN}\`;`,
      output: `const h = \`\${scheme} \${${ENV}}\`;`,
      errors: [hardcoded()],
    },
    {
      name: "tagged template: the tag would see other strings, so a person confirms",
      code: `sql\`select ${TOKEN}\`;`,
      output: null,
      errors: [
        {
          ...hardcoded(),
          suggestions: [
            { messageId: "replaceWithEnv", data: { replacement: ENV }, output: `sql\`select \${${ENV}}\`;` },
          ],
        },
      ],
    },
    {
      name: "JSX attribute",
      code: `const el = <Hub token="${TOKEN}" />;`,
      output: `const el = <Hub token={${ENV}} />;`,
      errors: [hardcoded()],
    },
    {
      name: "JSX attribute with more text",
      code: `const el = <Hub header="Bearer ${TOKEN}" />;`,
      output: `const el = <Hub header={\`Bearer \${${ENV}}\`} />;`,
      errors: [hardcoded()],
    },
    {
      name: "JSX text is read by people: the token gives way to the variable's name, never an env read",
      code: `const el = <code>token: ${TOKEN}</code>;`,
      output: `const el = <code>token: HF_TOKEN</code>;`,
      errors: [{ ...displayed(), column: 25 }],
    },
    {
      name: "regular expression literal: reported, not fixed",
      code: `const re = /${TOKEN}/u;`,
      output: null,
      errors: [{ ...hardcoded(), column: 13 }],
    },
    {
      name: "line comment loses the token to the variable name",
      code: `// my token: ${TOKEN}\nrun();`,
      output: `// my token: HF_TOKEN\nrun();`,
      errors: [{ ...hardcoded(TOKEN, "HF_TOKEN"), line: 1, column: 14 }],
    },
    {
      // Past 16 kB the file's text is searched rather than each comment: both ways find it.
      name: "line comment in a file of over 16 kB, with and without other nodes to read",
      code: `${"run(1);\n".repeat(2500)}// my token: ${TOKEN}\nconst note = "tokens start with hf_ and are longer than this";`,
      output: `${"run(1);\n".repeat(2500)}// my token: HF_TOKEN\nconst note = "tokens start with hf_ and are longer than this";`,
      errors: [{ ...hardcoded(TOKEN, "HF_TOKEN"), line: 2501, column: 14 }],
    },
    {
      name: "block comment in a file of over 16 kB with nothing else to read",
      code: `${"run(1);\n".repeat(2500)}/* ${TOKEN} */`,
      output: `${"run(1);\n".repeat(2500)}/* HF_TOKEN */`,
      errors: [{ ...hardcoded(TOKEN, "HF_TOKEN"), line: 2501, column: 4 }],
    },
    {
      name: "JSDoc block comment",
      code: `/**\n * @example new HfInference("${TOKEN}")\n */\nfunction f() {}`,
      output: `/**\n * @example new HfInference("HF_TOKEN")\n */\nfunction f() {}`,
      errors: [{ ...hardcoded(TOKEN, "HF_TOKEN"), line: 2, column: 30 }],
    },
    {
      name: "TypeScript literal type: no fix",
      code: `type Secret = "${TOKEN}";`,
      output: null,
      errors: [hardcoded()],
    },
    {
      name: "enum member: no fix",
      code: `enum Keys { Main = "${TOKEN}" }`,
      output: null,
      errors: [hardcoded()],
    },
    {
      name: "object key: no fix",
      code: `const seen = { "${TOKEN}": true };`,
      output: null,
      errors: [hardcoded()],
    },
    {
      name: "unicode escapes spell the prefix",
      code: `const t = "\\u0068\\x66_${BODY}";`,
      output: `const t = ${ENV};`,
      errors: [{ ...hardcoded(), column: 12, endColumn: 12 + "\\u0068\\x66_".length + BODY.length }],
    },
    {
      name: "line continuation inside the token",
      code: `const t = "hf_${BODY.slice(0, 10)}\\\n${BODY.slice(10)}";`,
      output: `const t = ${ENV};`,
      errors: [{ ...hardcoded(), line: 1, endLine: 2 }],
    },
    {
      name: "concatenation across lines is reported once on the whole expression",
      code: `const t = "hf_" +\n  "${BODY.slice(0, 17)}" +\n  "${BODY.slice(17)}";`,
      output: `const t = ${ENV};`,
      errors: [{ messageId: "assembledToken", data: data(TOKEN), line: 1, column: 11, endLine: 3 }],
    },
    {
      name: "concatenation with more text becomes a template",
      code: `const h = "Bearer " + "hf_" + "${BODY}";`,
      output: `const h = \`Bearer \${${ENV}}\`;`,
      errors: [{ messageId: "assembledToken", data: data(TOKEN) }],
    },
    {
      name: "template with literal expressions",
      code: `const t = \`hf_\${"${BODY}"}\`;`,
      output: `const t = ${ENV};`,
      errors: [{ messageId: "assembledToken", data: data(TOKEN) }],
    },
    {
      name: "template with a const binding: the suggestion removes the const too, so no piece of the token stays",
      code: `const rest = "${BODY}";\nconst t = \`hf_\${rest}\`;`,
      output: null,
      errors: [
        {
          messageId: "assembledToken",
          data: data(TOKEN),
          line: 2,
          suggestions: [
            { messageId: "replaceWithEnv", data: { replacement: ENV }, output: `const t = ${ENV};` },
          ],
        },
      ],
    },
    {
      name: "consts declared after the function that joins them, each piece short",
      code: `function key() {\n  return \`\${PREFIX}\${HEAD}\` + TAIL;\n}\nconst PREFIX = "hf_";\nconst HEAD = "${BODY.slice(0, 17)}";\nconst TAIL = "${BODY.slice(17)}";`,
      output: null,
      errors: [
        {
          messageId: "assembledToken",
          data: data(TOKEN),
          line: 2,
          suggestions: [
            {
              messageId: "replaceWithEnv",
              data: { replacement: ENV },
              output: `function key() {\n  return ${ENV};\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "pieces read through wrappers and optional chaining are assembled once",
      code: `const t = (["hf_", "${BODY.slice(0, 20)}" as string] as const)?.join("") + ("${BODY.slice(20)}"!);`,
      filename: "file.ts",
      output: `const t = requireEnv("HF_TOKEN");\n\n${REQUIRE_ENV_HELPER}\n`,
      errors: [{ messageId: "assembledToken", data: data(TOKEN, 'requireEnv("HF_TOKEN")') }],
    },
    {
      name: "array join",
      code: `const t = ["hf", "_", "${BODY}"].join("");`,
      output: `const t = ${ENV};`,
      errors: [{ messageId: "assembledToken", data: data(TOKEN) }],
    },
    {
      name: "a token inside one piece is reported on that piece only",
      code: `const t = prefix + "${TOKEN}";`,
      output: `const t = prefix + ${ENV};`,
      errors: [hardcoded()],
    },
    {
      name: "atob of a base64 token",
      code: `const t = atob("${Buffer.from(TOKEN).toString("base64")}");`,
      output: `const t = ${ENV};`,
      errors: [{ messageId: "encodedToken", data: data(TOKEN) }],
    },
    {
      name: "Buffer.from base64 decoded to text: a suggestion replaces the whole decoding",
      code: `const t = Buffer.from("${Buffer.from(TOKEN).toString("base64")}", "base64").toString("utf8");`,
      output: null,
      errors: [{ messageId: "encodedToken", data: data(TOKEN), suggestions: [{ messageId: "replaceWithEnv", data: { replacement: ENV }, output: `const t = ${ENV};` }] }],
    },
    {
      name: "env assignment: the value belongs in the environment itself, so a suggestion removes the statement",
      code: `setup();\nprocess.env.HF_TOKEN = "${TOKEN}";\nrun();`,
      output: null,
      errors: [
        {
          ...hardcoded(TOKEN, "process.env.HF_TOKEN"),
          suggestions: [{ messageId: "removeEnvAssignment", output: `setup();\nrun();` }],
        },
      ],
    },
    {
      name: "fallback after an env read: remove it, as a suggestion",
      code: `const t = process.env.HF_TOKEN ?? "${TOKEN}";`,
      output: null,
      errors: [
        {
          ...hardcoded(TOKEN, "process.env.HF_TOKEN"),
          suggestions: [
            { messageId: "removeFallback", data: { replacement: ENV }, output: `const t = process.env.HF_TOKEN;` },
          ],
        },
      ],
    },
    {
      name: "two different tokens never become one variable: the second is a suggestion with its own name",
      code: `const s = "${TOKEN} ${ORG_TOKEN}";`,
      output: `const s = \`\${${ENV}} ${ORG_TOKEN}\`;`,
      errors: [
        hardcoded(),
        {
          ...hardcoded(ORG_TOKEN, "process.env.HF_TOKEN_2"),
          suggestions: [
            { messageId: "replaceWithEnv", data: { replacement: "process.env.HF_TOKEN_2" }, output: `const s = \`${TOKEN} \${process.env.HF_TOKEN_2}\`;` },
          ],
        },
      ],
    },
    {
      name: "template literal type: reported, no fix",
      code: `type Header = \`Bearer ${TOKEN} \${string}\`;`,
      output: null,
      errors: [hardcoded()],
    },
    {
      name: "a title attribute is displayed: the token gives way to the name, entities untouched",
      code: `const el = <Hub title="&quot;${TOKEN}&quot;" />;`,
      output: `const el = <Hub title="&quot;HF_TOKEN&quot;" />;`,
      errors: [displayed()],
    },
    {
      name: "in a .tsx file the read keeps a string: requireEnv, written once at the end of the file",
      filename: "component.tsx",
      code: `export const Hub = (): JSX.Element => <Space token="${TOKEN}" />;`,
      output: `export const Hub = (): JSX.Element => <Space token={requireEnv("HF_TOKEN")} />;\n\n${REQUIRE_ENV_HELPER}\n`,
      errors: [hardcoded(TOKEN, 'requireEnv("HF_TOKEN")')],
    },
    {
      name: "join with a separator that is part of the token",
      code: `const t = ["hf", "${BODY}"].join("_");`,
      output: `const t = ${ENV};`,
      errors: [{ messageId: "assembledToken", data: data(TOKEN) }],
    },
    {
      name: "envAccess and variableName options",
      code: `const t = "${TOKEN}";`,
      options: [{ envAccess: "import.meta.env", variableName: "VITE_PROXY_KEY" }],
      output: `const t = import.meta.env.VITE_PROXY_KEY;`,
      errors: [hardcoded(TOKEN, "import.meta.env.VITE_PROXY_KEY")],
    },
    {
      name: "Deno style",
      code: `const t = "${TOKEN}";`,
      options: [{ envAccess: "Deno.env.get" }],
      output: `const t = Deno.env.get("HF_TOKEN");`,
      errors: [hardcoded(TOKEN, `Deno.env.get("HF_TOKEN")`)],
    },
    {
      name: "Bun style",
      code: `const t = "${TOKEN}";`,
      options: [{ envAccess: "Bun.env" }],
      output: `const t = Bun.env.HF_TOKEN;`,
      errors: [hardcoded(TOKEN, "Bun.env.HF_TOKEN")],
    },
    {
      name: "a file that reads its environment through Deno is fixed the same way",
      code: `const model = Deno.env.get("MODEL");\nconst t = "${TOKEN}";`,
      output: `const model = Deno.env.get("MODEL");\nconst t = Deno.env.get("HF_TOKEN");`,
      errors: [hardcoded(TOKEN, `Deno.env.get("HF_TOKEN")`)],
    },
    {
      name: "a Deno file's TypeScript helper reads Deno.env too",
      code: `await Deno.serve(() => new Response("ok"));\nconst t: string = "${TOKEN}";`,
      filename: "server.ts",
      output: `await Deno.serve(() => new Response("ok"));\nconst t: string = requireEnv("HF_TOKEN");\n\n${REQUIRE_ENV_HELPER.replace("process.env[name]", "Deno.env.get(name)")}\n`,
      errors: [hardcoded(TOKEN, `requireEnv("HF_TOKEN")`)],
    },
    {
      name: "a file that uses Bun's global is fixed with Bun.env",
      code: `Bun.serve({ fetch: () => new Response("ok") });\nconst t = "${TOKEN}";`,
      output: `Bun.serve({ fetch: () => new Response("ok") });\nconst t = Bun.env.HF_TOKEN;`,
      errors: [hardcoded(TOKEN, "Bun.env.HF_TOKEN")],
    },
    {
      name: "a file that reads process too keeps process.env",
      code: `const a = Deno.env.get("A") ?? process.env.A;\nconst t = "${TOKEN}";`,
      output: `const a = Deno.env.get("A") ?? process.env.A;\nconst t = ${ENV};`,
      errors: [hardcoded(TOKEN)],
    },
    {
      name: "a local named Deno is no runtime",
      code: `const Deno = { env: new Map() };\nDeno.env.get("A");\n// Deno.env.get("HF_TOKEN")\nconst t = "${TOKEN}";`,
      output: `const Deno = { env: new Map() };\nDeno.env.get("A");\n// Deno.env.get("HF_TOKEN")\nconst t = ${ENV};`,
      errors: [hardcoded(TOKEN)],
    },
    {
      name: "the team's envAccess wins over the file's runtime",
      code: `const model = Deno.env.get("MODEL");\nconst t = "${TOKEN}";`,
      options: [{ envAccess: "import.meta.env" }],
      output: `const model = Deno.env.get("MODEL");\nconst t = import.meta.env.HF_TOKEN;`,
      errors: [hardcoded(TOKEN, "import.meta.env.HF_TOKEN")],
    },
    {
      name: "fixStyle suggestion turns the autofix into a suggestion",
      code: `const t = "${TOKEN}";`,
      options: [{ fixStyle: "suggestion" }],
      output: null,
      errors: [
        { ...hardcoded(), suggestions: [{ messageId: "replaceWithEnv", data: { replacement: ENV }, output: `const t = ${ENV};` }] },
      ],
    },
  ],
});
