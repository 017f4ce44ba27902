import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { makeToken } from "../helpers/tokens";

/*
 * The rule tests run on typescript-eslint's parser; ESLint's default parser (espree) places some
 * nodes differently (template parts, JSX), so the same places are checked with it here.
 */
const TOKEN = makeToken(41);
const ENV = "process.env.HF_TOKEN";

function lintWithEspree(code: string, filename = "file.jsx") {
  const linter = new Linter();
  const config = [...plugin.configs.all] as Linter.Config[];
  const messages = linter.verify(code, config, filename);
  const fixed = linter.verifyAndFix(code, config, { filename });
  return { messages, fixed };
}

describe("with ESLint's default parser", () => {
  it.each([
    [`const t = \`Bearer ${TOKEN}\`;`, `const t = \`Bearer \${${ENV}}\`;`, 19],
    [`const t = \`\${a} ${TOKEN}\`;`, `const t = \`\${a} \${${ENV}}\`;`, 17],
    [`const el = <Hub token="${TOKEN}" />;`, `const el = <Hub token={${ENV}} />;`, 24],
    [`const el = <p>${TOKEN}</p>;`, `const el = <p>HF_TOKEN</p>;`, 15],
    [`/* ${TOKEN} */`, `/* HF_TOKEN */`, 4],
    [`const t = "\\u0068f_${TOKEN.slice(3)}";`, `const t = ${ENV};`, 12],
  ])("reports and fixes %#", (code, output, column) => {
    const { messages, fixed } = lintWithEspree(code);
    expect(messages.map((message) => [message.ruleId, message.column])).toEqual([["hf-secrets/no-hardcoded-token", column]]);
    expect(messages[0]?.message.includes(TOKEN.slice(3))).toBe(false);
    expect(fixed.output).toBe(output);
    expect(lintWithEspree(fixed.output).messages.filter((message) => message.fatal)).toEqual([]);
  });
});
