import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { makeToken } from "../helpers/tokens";

const TOKEN = makeToken(61);
const config = [...plugin.configs.all] as Linter.Config[];

function lint(code: string, filename = "file.ts") {
  return new Linter().verify(code, config, filename);
}

/** Every non-fatal message must come from our rules; none may be a rule crash. */
function ruleMessages(code: string, filename?: string) {
  return lint(code, filename).filter((message) => !message.fatal);
}

describe("odd input never makes a rule throw", () => {
  it.each([
    ["an empty file", ""],
    ["only a BOM", "\uFEFF"],
    ["only comments", "// a\n/* b */"],
    ["a shebang", "#!/usr/bin/env node\nconst a = 1;"],
  ])("%s", (_, code) => {
    expect(lint(code)).toEqual([]);
  });

  it("a file the parser cannot read is ESLint's fatal error", () => {
    const messages = lint("const x = <<>>;");
    expect(messages).toHaveLength(1);
    expect(messages[0]?.fatal).toBe(true);
  });

  it("a BOM and CRLF line ends keep locations right", () => {
    const messages = ruleMessages(`\uFEFFconst a = 1;\r\nconst t = "${TOKEN}";\r\n`);
    expect(messages.map((message) => [message.line, message.column])).toEqual([[2, 12]]);
  });

  it("lone surrogates and odd escapes in strings", () => {
    const code = `const a = "\\uD800 ${TOKEN} \\uDFFF"; const b = \`\\u{10FFFF}\`; const c = String.raw\`\\unot an escape ${TOKEN}\`;`;
    const messages = ruleMessages(code);
    expect(messages.map((message) => message.ruleId)).toEqual([
      "hf-secrets/no-hardcoded-token",
      "hf-secrets/no-hardcoded-token",
    ]);
  });

  it("a very long string concatenation", () => {
    const code = `const s = ${Array.from({ length: 2000 }, (_, index) => `"p${index} "`).join(" + ")} + "hf_" + "${TOKEN.slice(3)}";`;
    const messages = ruleMessages(code, "long.js");
    expect(messages.map((message) => message.messageId)).toEqual(["assembledToken"]);
  });
});

describe("one rule object, many files and names", () => {
  // no-hardcoded-token's listeners are shared across files and call the check of the file being walked.
  const both = [{ files: ["**/*.js"], plugins: { a: plugin, b: plugin }, rules: { "a/no-hardcoded-token": "error", "b/no-hardcoded-token": "error" } }] as Linter.Config[];

  it("registered under two names, each name reports what the plugin alone reports, and fixes it", () => {
    const linter = new Linter();
    const code = `const a = "${TOKEN}";\n// ${TOKEN}\n`;
    const alone = linter.verify(code, config, "two.js").map((message) => message.message);
    const messages = linter.verify(code, both, "two.js");
    expect(alone).toHaveLength(2);
    expect(messages.filter((message) => message.ruleId === "a/no-hardcoded-token").map((message) => message.message)).toEqual(alone);
    expect(messages.filter((message) => message.ruleId === "b/no-hardcoded-token").map((message) => message.message)).toEqual(alone);
    expect(linter.verifyAndFix(code, both, "two.js").output.includes(TOKEN)).toBe(false);
  });

  it("a rule whose listeners are built on first use, registered under two names, reports under each", () => {
    const logging = [{ files: ["**/*.js"], plugins: { a: plugin, b: plugin }, rules: { "a/no-token-logging": "warn", "b/no-token-logging": "warn" } }] as Linter.Config[];
    const linter = new Linter();
    const code = `console.log(process.env.HF_TOKEN);\n`;
    expect(linter.verify(`const quiet = 1;\n`, logging, "first.js")).toEqual([]);
    expect(linter.verify(code, logging, "second.js").map((message) => message.ruleId).sort()).toEqual(["a/no-token-logging", "b/no-token-logging"]);
    expect(linter.verify(code, config, "third.js").map((message) => message.ruleId)).toEqual(["hf-secrets/no-token-logging"]);
  });

  it("a file linted after one with a token reports only its own", () => {
    const linter = new Linter();
    expect(linter.verify(`const a = "${TOKEN}";\n`, config, "first.js")).toHaveLength(1);
    expect(linter.verify(`// ${TOKEN.slice(0, 12)} is no token\nconst b = "hf_" + x;\n`, config, "second.js")).toEqual([]);
    expect(linter.verify(`const c = 1;\n`, config, "third.js")).toEqual([]);
  });
});
