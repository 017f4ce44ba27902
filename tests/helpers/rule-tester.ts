import { RuleTester, type InvalidTestCase, type RunTests, type ValidTestCase } from "@typescript-eslint/rule-tester";
import type { TSESLint } from "@typescript-eslint/utils";
import { afterAll, describe, it } from "vitest";
import { maskSecret } from "../../src/core";

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const TOKEN_SHAPED = /(?:hf_jwt_|hf_oauth_)[A-Za-z0-9_.-]{20,}|(?:hf_|api_org_)[A-Za-z0-9]{34}/g;

/** A test's name never holds a whole token: the code it is named after is masked. */
function maskedName(code: string): string {
  return code.replace(TOKEN_SHAPED, (token) => maskSecret(token));
}

function named<T extends { code: string; name?: string }>(test: T | string): T | string {
  if (typeof test === "string") return TOKEN_SHAPED.test(test) ? ({ code: test, name: maskedName(test) } as T) : test;
  TOKEN_SHAPED.lastIndex = 0;
  return test.name === undefined ? { ...test, name: maskedName(test.code) } : test;
}

class MaskingRuleTester extends RuleTester {
  override run<MessageIds extends string, Options extends readonly unknown[]>(
    ruleName: string,
    rule: TSESLint.RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void {
    super.run(ruleName, rule, {
      valid: tests.valid.map((test) => named(test as ValidTestCase<Options>)),
      invalid: tests.invalid.map((test) => named(test) as InvalidTestCase<MessageIds, Options>),
    });
  }
}

/**
 * typescript-eslint's parser with JSX on. Cases are JavaScript files unless they name a `.ts`
 * file: TypeScript fixes differ (a `string` slot keeps a `string`), and those cases say so.
 */
export function createRuleTester(): RuleTester {
  return new MaskingRuleTester({
    defaultFilenames: { ts: "file.js", tsx: "react.jsx" },
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  });
}
