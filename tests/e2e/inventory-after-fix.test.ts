import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { makeToken } from "../helpers/tokens";

const TOKEN = makeToken(41);
const linter = new Linter({ cwd: "/project" });
const fixConfig = [...(plugin.configs.all as Linter.Config[])];
const inventoryConfig = [...(plugin.configs.inventory as Linter.Config[])];

/** What the inventory lists in a file after `--fix`: `name through via`, in order. */
function inventoryAfterFix(code: string, filename: string): string[] {
  const { output, messages } = linter.verifyAndFix(code, fixConfig, filename);
  expect(messages.filter((message) => message.ruleId === "hf-secrets/no-hardcoded-token")).toEqual([]);
  expect(output).not.toContain(TOKEN);
  return linter
    .verify(output, inventoryConfig, filename)
    .map((message) => /^(\S+) is read through (\S+):/.exec(message.message)?.slice(1, 3).join(" through ") ?? message.message);
}

// After a leak, the rotation inventory must find every place the fixes moved the token to.
describe("the rotation inventory lists every read a fix writes", () => {
  it.each([
    ["JavaScript", `const token = "${TOKEN}";\n`, "/project/src/a.js", "HF_TOKEN through process.env"],
    ["a TypeScript string slot (the requireEnv helper)", `const token: string = "${TOKEN}";\n`, "/project/src/a.ts", "HF_TOKEN through requireEnv"],
    ["a SvelteKit server module", `export const load = () => fetch(url, { headers: { authorization: "Bearer ${TOKEN}" } });\n`, "/project/src/routes/+page.server.js", "HF_TOKEN through $env/dynamic/private"],
    ["a Deno file", `const model = Deno.env.get("MODEL");\nconst token = "${TOKEN}";\n`, "/project/src/deno.js", "HF_TOKEN through Deno.env.get"],
  ])("%s", (_kind, code, filename, listed) => {
    expect(inventoryAfterFix(code, filename)).toEqual([listed]);
  });
});
