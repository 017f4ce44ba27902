import rule from "../../src/rules/no-hardcoded-token";
import { createRuleTester } from "../helpers/rule-tester";
import { REQUIRE_ENV_HELPER, makeToken } from "../helpers/tokens";

/*
 * "How the fix decides" (docs/rules/no-hardcoded-token.md), one block per rule of the policy:
 * `output: null` where no autofix may be made, and every suggestion asserted.
 */
const ruleTester = createRuleTester();
const TOKEN = makeToken(71);
const OTHER = makeToken(72);
const BODY = TOKEN.slice(3);
const ENV = "process.env.HF_TOKEN";
const REQUIRE = 'requireEnv("HF_TOKEN")';
const withHelper = (code: string) => `${code}\n\n${REQUIRE_ENV_HELPER}\n`;

const displayed = { messageId: "tokenInDisplayedText" } as const;
const hardcoded = { messageId: "hardcodedToken" } as const;
const suggestEnv = (output: string, replacement = ENV) => ({ messageId: "replaceWithEnv", data: { replacement }, output }) as const;

ruleTester.run("no-hardcoded-token: 1. a fix never puts the replacement where it is displayed", rule, {
  valid: [],
  invalid: [
    {
      name: "JSX text in a <pre> snippet: the shell form of the name",
      code: `const el = <pre>export HF_TOKEN=${TOKEN}</pre>;`,
      output: `const el = <pre>export HF_TOKEN=$HF_TOKEN</pre>;`,
      errors: [displayed],
    },
    {
      name: "a JSX expression of plain text",
      code: `const el = <code>{"${TOKEN}"}</code>;`,
      output: `const el = <code>{"HF_TOKEN"}</code>;`,
      errors: [displayed],
    },
    {
      name: "a JSX expression through a conditional",
      code: `const el = <p>{ok ? "${TOKEN}" : null}</p>;`,
      output: `const el = <p>{ok ? "HF_TOKEN" : null}</p>;`,
      errors: [displayed],
    },
    ...["placeholder", "title", "alt", "aria-label", "className", "label"].map((attribute) => ({
      name: `the ${attribute} attribute of a component`,
      code: `const el = <Field ${attribute}="${TOKEN}" />;`,
      output: `const el = <Field ${attribute}="HF_TOKEN" />;`,
      errors: [displayed],
    })),
    {
      name: "the value of a text input (every attribute of an HTML element is in the page)",
      code: `const el = <input type="text" value="${TOKEN}" />;`,
      output: `const el = <input type="text" value="HF_TOKEN" />;`,
      errors: [displayed],
    },
    {
      name: "an attribute expression on an HTML element",
      code: `const el = <meta content={"${TOKEN}"} />;`,
      output: `const el = <meta content={"HF_TOKEN"} />;`,
      errors: [displayed],
    },
    {
      name: "prose shown to users",
      code: `const help = "Use ${TOKEN} for the staging Space";`,
      output: `const help = "Use HF_TOKEN for the staging Space";`,
      errors: [displayed],
    },
    {
      name: "a curl snippet in a help string",
      code: `const help = "curl -H 'Authorization: Bearer ${TOKEN}' https://huggingface.co/api/whoami-v2";`,
      output: `const help = "curl -H 'Authorization: Bearer $HF_TOKEN' https://huggingface.co/api/whoami-v2";`,
      errors: [displayed],
    },
    {
      name: "prose in a template literal",
      code: `const help = \`Paste ${TOKEN} into \${place}\`;`,
      output: `const help = \`Paste HF_TOKEN into \${place}\`;`,
      errors: [displayed],
    },
    {
      name: "a log argument: an env read would write the new token to the log",
      code: `console.log("${TOKEN}");`,
      output: `console.log("HF_TOKEN");`,
      errors: [displayed],
    },
    {
      name: "textContent",
      code: `node.textContent = "${TOKEN}";`,
      output: `node.textContent = "HF_TOKEN";`,
      errors: [displayed],
    },
    {
      name: "an assembled token in JSX text becomes plain text",
      code: `const el = <code>{"hf_" + "${BODY}"}</code>;`,
      output: `const el = <code>{"HF_TOKEN"}</code>;`,
      errors: [displayed],
    },
    {
      name: "a header value is code, not prose: the env read is written",
      code: `const headers = { Authorization: "Authorization: Bearer ${TOKEN}" };`,
      output: `const headers = { Authorization: \`Authorization: Bearer \${${ENV}}\` };`,
      errors: [hardcoded],
    },
    {
      name: "a component's token prop is code",
      code: `const el = <Chat token="${TOKEN}" />;`,
      output: `const el = <Chat token={${ENV}} />;`,
      errors: [hardcoded],
    },
  ],
});

ruleTester.run("no-hardcoded-token: 2. --fix keeps a strict type check passing", rule, {
  valid: [],
  invalid: [
    {
      name: "an annotated const keeps its string type",
      filename: "config.ts",
      code: `export const token: string = "${TOKEN}";`,
      output: withHelper(`export const token: string = ${REQUIRE};`),
      errors: [hardcoded],
    },
    {
      name: "a class field, a parameter default and satisfies, fixed in one pass with one helper",
      filename: "client.mts",
      code: `class C { token: string = "${TOKEN}"; }\nfunction f(t: string = "${TOKEN}") { return t; }\nconst x = "${TOKEN}" satisfies string;`,
      output: withHelper(`class C { token: string = ${REQUIRE}; }\nfunction f(t: string = ${REQUIRE}) { return t; }\nconst x = ${REQUIRE} satisfies string;`),
      errors: [hardcoded, hardcoded, hardcoded],
    },
    {
      name: "a decorator argument and a static block",
      filename: "service.ts",
      code: `@Inject("${TOKEN}")\nclass S { static t: string; static { S.t = "${TOKEN}"; } }`,
      output: withHelper(`@Inject(${REQUIRE})\nclass S { static t: string; static { S.t = ${REQUIRE}; } }`),
      errors: [hardcoded, hardcoded],
    },
    {
      name: "// @ts-check JavaScript is checked like TypeScript",
      code: `// @ts-check\nconst token = "${TOKEN}";`,
      output: withHelper(`// @ts-check\nconst token = ${REQUIRE};`),
      errors: [hardcoded],
    },
    {
      name: "an optional client parameter takes the env read as it is",
      filename: "client.ts",
      code: `const client = new InferenceClient("${TOKEN}");`,
      output: `const client = new InferenceClient(${ENV});`,
      errors: [hardcoded],
    },
    {
      name: "a token inside a larger string stays a template: always a string",
      filename: "client.ts",
      code: `const auth: string = "Bearer ${TOKEN}";`,
      output: `const auth: string = \`Bearer \${${ENV}}\`;`,
      errors: [hardcoded],
    },
    {
      name: "with the team's accessor no helper is written: the accessor gives a string",
      filename: "client.ts",
      code: `const token: string = "${TOKEN}";`,
      options: [{ accessor: 'secrets.get("{name}")' }],
      output: `const token: string = secrets.get("HF_TOKEN");`,
      errors: [hardcoded],
    },
    {
      // Dropping the assertion widens the type: a person's call, offered as a suggestion.
      name: "as const: no autofix; the suggestion reads the token without the assertion",
      filename: "config.ts",
      code: `const token = "${TOKEN}" as const;`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [suggestEnv(withHelper(`const token = requireEnv("HF_TOKEN");`), 'requireEnv("HF_TOKEN")')] }],
    },
    {
      name: "as const in a declaration file: no fix and no suggestion",
      filename: "config.d.ts",
      code: `declare const token: "x";\nexport const other = "${TOKEN}" as const;`,
      output: null,
      errors: [hardcoded],
    },
    {
      name: "as const in an object: the suggestion replaces the asserted value only",
      filename: "config.ts",
      code: `const config = { token: "${TOKEN}" as const, model: "m" };`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [suggestEnv(withHelper(`const config = { token: requireEnv("HF_TOKEN"), model: "m" };`), 'requireEnv("HF_TOKEN")')] }],
    },
    {
      name: "a literal type annotation: no fix",
      filename: "config.ts",
      code: `const token: "${TOKEN}" = "${TOKEN}";`,
      output: null,
      errors: [hardcoded, hardcoded],
    },
    {
      name: "an initializer in a .d.ts file: no fix",
      filename: "env.d.ts",
      code: `export declare const token = "${TOKEN}";`,
      output: null,
      errors: [hardcoded],
    },
    {
      name: "an ambient declaration: no fix",
      filename: "globals.ts",
      code: `declare const token = "${TOKEN}";`,
      output: null,
      errors: [hardcoded],
    },
    {
      name: "where requireEnv already means something else, no fix",
      filename: "config.ts",
      code: `import { requireEnv } from "./env";\nconst token: string = "${TOKEN}";`,
      output: null,
      errors: [hardcoded],
    },
  ],
});

ruleTester.run("no-hardcoded-token: 3. a fix never changes what code compares, switches on or looks up", rule, {
  valid: [],
  invalid: [
    {
      name: "a case label",
      code: `switch (t) { case "${TOKEN}": allow(); }`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [suggestEnv(`switch (t) { case ${ENV}: allow(); }`)] }],
    },
    {
      name: "=== and !==",
      code: `if (t === "${TOKEN}") allow();`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [suggestEnv(`if (t === ${ENV}) allow();`)] }],
    },
    {
      name: "a computed key",
      code: `const scope = scopes["${TOKEN}"];`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [suggestEnv(`const scope = scopes[${ENV}];`)] }],
    },
    {
      name: "in",
      code: `if ("${TOKEN}" in seen) skip();`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [suggestEnv(`if (${ENV} in seen) skip();`)] }],
    },
    {
      name: "includes() on a list of tokens",
      code: `const ok = ["${TOKEN}"].includes(t);`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [suggestEnv(`const ok = [${ENV}].includes(t);`)] }],
    },
    {
      name: "includes() with the token as argument",
      code: `const ok = allowed.includes("${TOKEN}");`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [suggestEnv(`const ok = allowed.includes(${ENV});`)] }],
    },
    {
      name: "a Set of tokens",
      code: `const known = new Set(["${TOKEN}"]);`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [suggestEnv(`const known = new Set([${ENV}]);`)] }],
    },
  ],
});

ruleTester.run("no-hardcoded-token: 4. a browser file gets no server env read", rule, {
  valid: [],
  invalid: [
    {
      name: '"use client": reported with where the call must go, no fix',
      code: `"use client";\nconst client = new InferenceClient("${TOKEN}");`,
      output: null,
      errors: [{ messageId: "tokenInClientCode" }],
    },
    {
      name: '"use client": displayed text still gives way to the name',
      code: `"use client";\nconst el = <p>${TOKEN}</p>;`,
      output: `"use client";\nconst el = <p>HF_TOKEN</p>;`,
      errors: [displayed],
    },
  ],
});

ruleTester.run("no-hardcoded-token: 5. two different tokens never become one variable", rule, {
  valid: [],
  invalid: [
    {
      name: "prod and dev tokens: the second is a suggestion with its own name",
      code: `const prod = "${TOKEN}";\nconst dev = "${OTHER}";`,
      output: `const prod = ${ENV};\nconst dev = "${OTHER}";`,
      errors: [
        hardcoded,
        { ...hardcoded, suggestions: [suggestEnv(`const prod = "${TOKEN}";\nconst dev = process.env.HF_TOKEN_2;`, "process.env.HF_TOKEN_2")] },
      ],
    },
    {
      name: "one token in two places is fixed in both, in one pass",
      code: `const a = "${TOKEN}";\nconst b = { token: "${TOKEN}" };`,
      output: `const a = ${ENV};\nconst b = { token: ${ENV} };`,
      errors: [hardcoded, hardcoded],
    },
    {
      // The token HF_TOKEN holds is unknown (an earlier fix took it out of the file): a new name
      // comes first, and the name already read only if a person knows the token is the same.
      name: "a file that already reads the variable: a name of its own first, the read one second",
      code: `const a = process.env.HF_TOKEN;\nconst b = "${TOKEN}";`,
      output: null,
      errors: [
        {
          ...hardcoded,
          suggestions: [
            suggestEnv(`const a = process.env.HF_TOKEN;\nconst b = process.env.HF_TOKEN_2;`, "process.env.HF_TOKEN_2"),
            { messageId: "replaceWithSameVariable", data: { replacement: ENV }, output: `const a = process.env.HF_TOKEN;\nconst b = ${ENV};` },
          ],
        },
      ],
    },
    {
      name: "the second pass of --fix on prod and dev tokens: dev keeps a name of its own",
      code: `const prod = ${ENV};\nconst dev = "${OTHER}";`,
      output: null,
      errors: [
        {
          ...hardcoded,
          suggestions: [
            suggestEnv(`const prod = ${ENV};\nconst dev = process.env.HF_TOKEN_2;`, "process.env.HF_TOKEN_2"),
            { messageId: "replaceWithSameVariable", data: { replacement: ENV }, output: `const prod = ${ENV};\nconst dev = ${ENV};` },
          ],
        },
      ],
    },
    {
      name: "a third token after two were fixed: HF_TOKEN_3, then each name already read",
      code: `const prod = ${ENV};\nconst dev = process.env.HF_TOKEN_2;\nconst ci = "${TOKEN}";`,
      output: null,
      errors: [
        {
          ...hardcoded,
          suggestions: [
            suggestEnv(`const prod = ${ENV};\nconst dev = process.env.HF_TOKEN_2;\nconst ci = process.env.HF_TOKEN_3;`, "process.env.HF_TOKEN_3"),
            { messageId: "replaceWithSameVariable", data: { replacement: ENV }, output: `const prod = ${ENV};\nconst dev = process.env.HF_TOKEN_2;\nconst ci = ${ENV};` },
            { messageId: "replaceWithSameVariable", data: { replacement: "process.env.HF_TOKEN_2" }, output: `const prod = ${ENV};\nconst dev = process.env.HF_TOKEN_2;\nconst ci = process.env.HF_TOKEN_2;` },
          ],
        },
      ],
    },
    {
      name: "a read of HF_TOKEN_2 is no read of HF_TOKEN: the token takes HF_TOKEN, fixed",
      code: `const dev = process.env.HF_TOKEN_2;\nconst prod = "${TOKEN}";`,
      output: `const dev = process.env.HF_TOKEN_2;\nconst prod = ${ENV};`,
      errors: [hardcoded],
    },
    {
      name: "opts?.hfToken ?? token: the fallback becomes the env read, so something reads the environment",
      code: `const t = opts?.hfToken ?? "${TOKEN}";`,
      output: `const t = opts?.hfToken ?? ${ENV};`,
      errors: [hardcoded],
    },
  ],
});

ruleTester.run("no-hardcoded-token: 6. a fix never hides a token that is still in the file", rule, {
  valid: [],
  invalid: [
    {
      name: "consts read only by the assembly are removed with it",
      code: `const HEAD = "hf_";\nconst TAIL = "${BODY}";\nconst client = new InferenceClient(HEAD + TAIL);`,
      output: null,
      errors: [{ messageId: "assembledToken", suggestions: [suggestEnv(`const client = new InferenceClient(${ENV});`)] }],
    },
    {
      name: "a const read elsewhere too: no fix at all, so the report stands",
      code: `const TAIL = "${BODY}";\nconst client = new InferenceClient("hf_" + TAIL);\nlog(TAIL);`,
      output: null,
      errors: [{ messageId: "assembledToken" }],
    },
    {
      name: "an exported piece stays, and so does the report",
      code: `export const TAIL = "${BODY}";\nconst client = new InferenceClient(\`hf_\${TAIL}\`);`,
      output: null,
      errors: [{ messageId: "assembledToken" }],
    },
  ],
});

ruleTester.run("no-hardcoded-token: 7. a token set into the environment in code", rule, {
  valid: [],
  invalid: [
    {
      name: "process.env[...] = token: a suggestion removes the statement",
      code: `init();\nprocess.env["HUGGING_FACE_HUB_TOKEN"] = "${TOKEN}";\nstart();`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [{ messageId: "removeEnvAssignment", output: `init();\nstart();` }] }],
    },
    {
      name: "Deno.env.set",
      code: `Deno.env.set("HF_TOKEN", "${TOKEN}");\nstart();`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [{ messageId: "removeEnvAssignment", output: `start();` }] }],
    },
  ],
});

ruleTester.run("no-hardcoded-token: tokens assembled in the ways real code does", rule, {
  valid: [
    `const parts = ["a", "b"]; const t = parts.join("");`,
    `let s = "hf_"; s += read();`,
    `const words = "hello ".concat(name, "!");`,
  ],
  invalid: [
    {
      name: "String.prototype.concat",
      code: `const t = "hf_".concat("${BODY.slice(0, 10)}", "${BODY.slice(10)}");`,
      output: `const t = ${ENV};`,
      errors: [{ messageId: "assembledToken" }],
    },
    {
      name: "a let appended to over several statements: reported, no fix",
      code: `let t = "hf_";\nt += "${BODY.slice(0, 17)}";\nt += "${BODY.slice(17)}";\nuse(t);`,
      output: null,
      errors: [{ messageId: "assembledToken", line: 3 }],
    },
    {
      name: "a token appended whole to a let is reported once, on its literal",
      code: `let auth = "Bearer ";\nauth += "${TOKEN}";\nuse(auth);`,
      output: `let auth = "Bearer ";\nauth += ${ENV};\nuse(auth);`,
      errors: [{ messageId: "hardcodedToken", line: 2 }],
    },
    {
      name: "an array in a const, joined in a later statement: the suggestion removes the array too",
      code: `const parts = ["hf_", "${BODY.slice(0, 17)}", "${BODY.slice(17)}"];\nconst t = parts.join("");`,
      output: null,
      errors: [{ messageId: "assembledToken", suggestions: [suggestEnv(`const t = ${ENV};`)] }],
    },
    {
      name: "base64 in a const, decoded later with atob",
      code: `const B64 = "${Buffer.from(TOKEN).toString("base64")}";\nconst t = atob(B64);`,
      output: null,
      errors: [{ messageId: "encodedToken", suggestions: [suggestEnv(`const t = ${ENV};`)] }],
    },
    {
      // The file reads `window` and nothing of Node's: browser code, where no env read is offered.
      name: "base64 in a const, decoded later with window.atob",
      code: `const B64 = "${Buffer.from(TOKEN).toString("base64")}";\nconst t = window.atob(B64);`,
      output: null,
      errors: [{ messageId: "tokenInClientCode" }],
    },
    {
      name: "base64 in a const, decoded with Buffer.from(…).toString(): the whole decoding is a suggestion, the const goes too",
      code: `const B64 = "${Buffer.from(TOKEN).toString("base64")}";\nconst t = Buffer.from(B64, "base64").toString();`,
      output: null,
      errors: [{ messageId: "encodedToken", suggestions: [suggestEnv(`const t = ${ENV};`)] }],
    },
    {
      name: "Buffer.from(…) used as bytes: reported, no fix and no suggestion (a Buffer is no string)",
      code: `const bytes = Buffer.from("${Buffer.from(TOKEN).toString("base64")}", "base64");`,
      output: null,
      errors: [{ messageId: "encodedToken" }],
    },
    {
      name: "Buffer.from(…, \"base64url\") used as bytes: reported like base64",
      code: `const bytes = Buffer.from("${Buffer.from(TOKEN).toString("base64url")}", "base64url");`,
      output: null,
      errors: [{ messageId: "encodedToken" }],
    },
    {
      name: "a template appended to a let: put together like a string",
      code: `let t = "hf_";\nt += \`${BODY.slice(0, 17)}\`;\nt += "${BODY.slice(17)}";\nuse(t);`,
      output: null,
      errors: [{ messageId: "assembledToken" }],
    },
    {
      name: "Buffer.from(…).toString(\"hex\") is no decoding to text: no fix",
      code: `const hex = Buffer.from("${Buffer.from(TOKEN).toString("base64")}", "base64").toString("hex");`,
      output: null,
      errors: [{ messageId: "encodedToken" }],
    },
  ],
});

ruleTester.run("no-hardcoded-token: the kind of place is decided by what the string is, not by its words", rule, {
  valid: [],
  invalid: [
    {
      // Its words are JSON keys: the request must carry the token, not the text HF_TOKEN.
      name: "a JSON payload written as a string: the env read goes into the JSON",
      code: `const body = "{\\"hf_token\\": \\"${TOKEN}\\", \\"model\\": \\"m\\"}";`,
      output: `const body = \`{\\"hf_token\\": \\"\${${ENV}}\\", \\"model\\": \\"m\\"}\`;`,
      errors: [hardcoded],
    },
    {
      name: "a JSON array of objects in single quotes",
      code: `const body = '[{"name": "prod", "token": "${TOKEN}"}]';`,
      output: `const body = \`[{"name": "prod", "token": "\${${ENV}}"}]\`;`,
      errors: [hardcoded],
    },
    {
      name: "prose that quotes the token is still text people read",
      code: `const help = "Set your token to \\"${TOKEN}\\" in settings";`,
      output: `const help = "Set your token to \\"HF_TOKEN\\" in settings";`,
      errors: [{ messageId: "tokenInDisplayedText" }],
    },
    {
      name: "a Vue template string's binding: no autofix and no words in its place",
      code: `export default { template: \`<Chat :token="'${TOKEN}'" title="Chat with the model" />\` };`,
      output: null,
      errors: [{ messageId: "tokenInClientCode" }],
    },
    {
      name: "defineComponent's template in a plain string",
      code: `defineComponent({ template: '<p data-token="${TOKEN}">Ask the model</p>' });`,
      output: null,
      errors: [{ messageId: "tokenInClientCode" }],
    },
    {
      name: "a lit html template",
      code: `const view = html\`<hf-chat token="${TOKEN}"></hf-chat>\`;`,
      output: null,
      errors: [{ messageId: "tokenInClientCode" }],
    },
    {
      name: "a sql-tagged template is no markup: a suggestion, as for any tag",
      code: `const q = sql\`select * from keys where token = '${TOKEN}'\`;`,
      output: null,
      errors: [{ ...hardcoded, suggestions: [suggestEnv(`const q = sql\`select * from keys where token = '\${${ENV}}'\`;`)] }],
    },
  ],
});
