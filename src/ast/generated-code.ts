import type { TSESLint } from "@typescript-eslint/utils";
import { generatedCodeOf } from "../core";

/** `settings: { "hf-secrets": { generatedCode: "read" } }` makes the value-flow rules read generated files too. */
export const GENERATED_CODE_SETTING_VALUES = ["skip", "read"] as const;
type GeneratedCodeSetting = (typeof GENERATED_CODE_SETTING_VALUES)[number];

function generatedCodeSetting(settings: unknown): GeneratedCodeSetting {
  const own = typeof settings === "object" && settings !== null ? (settings as Record<string, unknown>)["hf-secrets"] : undefined;
  const value = typeof own === "object" && own !== null ? (own as Record<string, unknown>).generatedCode : undefined;
  if (value === undefined) return "skip";
  if (!(GENERATED_CODE_SETTING_VALUES as readonly unknown[]).includes(value)) {
    throw new Error(`settings["hf-secrets"].generatedCode: expected one of ${GENERATED_CODE_SETTING_VALUES.map((name) => `"${name}"`).join(", ")}; got ${JSON.stringify(value)}.`);
  }
  return value as GeneratedCodeSetting;
}

/** What generated each file, by its source code (the same object for every rule linting it); `null` for code written by hand. */
const generatorOfFile = new WeakMap<object, string | null>();

/**
 * Whether a value-flow rule leaves the file alone: a bundle or minified code
 * (src/catalogue/generated-code.ts), unless the team's settings say to read generated code.
 */
export function skipsGeneratedFile(sourceCode: Readonly<TSESLint.SourceCode>, settings: unknown): boolean {
  if (generatedCodeSetting(settings) === "read") return false;
  let generator = generatorOfFile.get(sourceCode);
  if (generator === undefined) {
    generator = generatedCodeOf(sourceCode.text) ?? null;
    generatorOfFile.set(sourceCode, generator);
  }
  return generator !== null;
}
