import { describe, expect, it } from "vitest";
import { tokenExportsOf, tokenReadInText } from "../../src/core/module-exports";
import { makeToken } from "../helpers/tokens";

const summary = (text: string): Record<string, { whole: string | undefined; keys: Record<string, string> }> =>
  Object.fromEntries([...tokenExportsOf(text)].map(([name, value]) => [name, { whole: value.whole, keys: Object.fromEntries(value.keys) }]));

describe("tokenExportsOf: what a module exports that carries a token", () => {
  it.each([
    ["export const", "export const hfToken = process.env.HF_TOKEN;", { hfToken: { whole: "HF_TOKEN", keys: {} } }],
    ["a type annotation", "export const hfToken: string | undefined = process.env['HF_TOKEN'];", { hfToken: { whole: "HF_TOKEN", keys: {} } }],
    ["a value over lines", "export const hfToken =\n  process.env.HF_TOKEN ??\n  '';", { hfToken: { whole: "HF_TOKEN", keys: {} } }],
    ["import.meta.env and Deno", "export let a = import.meta.env.VITE_HF_TOKEN\nexport var b = Deno.env.get('HF_API_KEY')", { a: { whole: "VITE_HF_TOKEN", keys: {} }, b: { whole: "HF_API_KEY", keys: {} } }],
    ["an object's keys", "export default {\n  token: process.env.HF_TOKEN,\n  model: 'gpt2',\n}", { default: { whole: "HF_TOKEN", keys: { token: "HF_TOKEN" } } }],
    ["module.exports and shorthand", "const token = process.env.HF_TOKEN;\nmodule.exports = { token, port: 1 };", { default: { whole: "HF_TOKEN", keys: { token: "HF_TOKEN" } }, token: { whole: "HF_TOKEN", keys: {} } }],
    ["exports.name", "exports.key = process.env.HUGGINGFACEHUB_API_TOKEN;", { key: { whole: "HUGGINGFACEHUB_API_TOKEN", keys: {} } }],
    ["an export list", "const t = process.env.HF_TOKEN;\nconst p = 1;\nexport { t as token, p };", { token: { whole: "HF_TOKEN", keys: {} } }],
    ["a function's return", "export async function getToken() {\n  if (x) return '';\n  return process.env.HF_TOKEN!;\n}", { getToken: { whole: "HF_TOKEN", keys: {} } }],
    ["a default function", "export default function token() { return process.env.HF_TOKEN }", { default: { whole: "HF_TOKEN", keys: {} } }],
    ["an arrow", "export const getToken = () => process.env.HF_TOKEN;", { getToken: { whole: "HF_TOKEN", keys: {} } }],
  ])("%s", (_name, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ["a non-token env read", "export const port = process.env.PORT;"],
    ["a token read not exported", "const token = process.env.HF_TOKEN;\nexport const size = token.length;"],
    ["a comparison", "export const isSet = process.env.HF_HOME === '';"],
    ["no export at all", "const token = process.env.HF_TOKEN;"],
  ])("nothing for %s", (_name, text) => {
    expect(summary(text)).toEqual({});
  });

  it("a literal token", () => {
    expect(tokenReadInText(`"${makeToken(77)}"`)).toBe("a literal token");
    expect(tokenReadInText('"hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"')).toBeUndefined();
  });
});
