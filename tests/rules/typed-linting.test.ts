import { RuleTester } from "@typescript-eslint/rule-tester";
import { join } from "node:path";
import rule from "../../src/rules/no-hardcoded-token";
import "../helpers/rule-tester";
import { REQUIRE_ENV_HELPER, makeToken } from "../helpers/tokens";

/*
 * With type information (typed linting), the fix asks the type checker what the slot takes: an
 * optional parameter takes the plain env read, a `string` parameter gets requireEnv.
 */
const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      projectService: true,
      tsconfigRootDir: join(__dirname, "..", "fixtures", "typed"),
    },
  },
});
const TOKEN = makeToken(81);
const PRELUDE = "declare const process: { env: Record<string, string | undefined> };";

ruleTester.run("no-hardcoded-token with type information", rule, {
  valid: [],
  invalid: [
    {
      code: `${PRELUDE}\ndeclare function connect(token?: string): void;\nconnect("${TOKEN}");`,
      output: `${PRELUDE}\ndeclare function connect(token?: string): void;\nconnect(process.env.HF_TOKEN);`,
      errors: [{ messageId: "hardcodedToken", line: 3, column: 10, endLine: 3, endColumn: 10 + TOKEN.length }],
      name: "an optional parameter takes the env read as it is",
    },
    {
      code: `${PRELUDE}\ndeclare function connect(token: string): void;\nconnect("${TOKEN}");`,
      output: `${PRELUDE}\ndeclare function connect(token: string): void;\nconnect(requireEnv("HF_TOKEN"));\n\n${REQUIRE_ENV_HELPER}\n`,
      errors: [{ messageId: "hardcodedToken", line: 3, column: 10, endLine: 3, endColumn: 10 + TOKEN.length }],
      name: "a string parameter gets requireEnv",
    },
  ],
});
