import type { TSESLint } from "@typescript-eslint/utils";
import { generatedCodeOf } from "../core";
import { pluginSetting } from "./plugin-settings";

/** `settings: { "hf-secrets": { generatedCode: "read" } }` makes the value-flow rules read generated files too. */
export const GENERATED_CODE_SETTING_VALUES = ["skip", "read"] as const;

/** What generated each file, by its source code (the same object for every rule linting it); `null` for code written by hand. */
const generatorOfFile = new WeakMap<object, string | null>();

/**
 * Whether a value-flow rule leaves the file alone: a bundle or minified code
 * (src/catalogue/generated-code.ts), unless the team's settings say to read generated code.
 */
export function skipsGeneratedFile(sourceCode: Readonly<TSESLint.SourceCode>, settings: unknown): boolean {
  if (pluginSetting(settings, "generatedCode", GENERATED_CODE_SETTING_VALUES) === "read") return false;
  let generator = generatorOfFile.get(sourceCode);
  if (generator === undefined) {
    generator = generatedCodeOf(sourceCode.text, sourceCode.lines.length) ?? null;
    generatorOfFile.set(sourceCode, generator);
  }
  return generator !== null;
}
