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
