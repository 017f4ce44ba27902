import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { makeToken } from "../helpers/tokens";

/*
 * Minutes, not seconds: this tier (npm run test:integration) holds it. The offline tier keeps the
 * small odd inputs (tests/e2e/robustness.test.ts).
 */
const TOKEN = makeToken(61);
const config = [...plugin.configs.all] as Linter.Config[];

function ruleMessages(code: string, filename: string) {
  return new Linter().verify(code, config, filename).filter((message) => !message.fatal);
}

describe("huge input", () => {
  it("a huge single-line minified file (10 MB) is linted without error", () => {
    const unit = `var a${"x"}=function(b){return b+"hf_"+c.d(e,"api_org_")+'\\u0068f_'};`;
    const code = unit.repeat(Math.ceil(10_000_000 / unit.length)) + `var z="${TOKEN}";`;
    const messages = ruleMessages(code, "bundle.min.js");
    expect(messages.map((message) => message.ruleId)).toEqual(["hf-secrets/no-hardcoded-token"]);
  }, 240_000);
});
