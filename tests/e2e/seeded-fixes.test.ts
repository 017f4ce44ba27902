import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Linter, Rule } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/index";
// @ts-expect-error -- a plain ESM script without types
import { seededFixCheck } from "../../scripts/seeded-fixes.mjs";

interface Outcome {
  files: number;
  tokens: number;
  fixed: number;
  leftReported: number;
  hidden: string[];
  broken: string[];
  unstable: string[];
}
const check = seededFixCheck as (input: { corpusDir: string; config: Linter.Config[]; files?: number }) => Outcome;

let corpusDir = "";

beforeAll(() => {
  corpusDir = mkdtempSync(join(tmpdir(), "hf-secrets-seeded-"));
  writeFileSync(join(corpusDir, "client.js"), `import { InferenceClient } from "@huggingface/inference";\nconst client = new InferenceClient("placeholder");\nexport const model = "gpt2";\n`);
  writeFileSync(join(corpusDir, "labels.mjs"), `export const title = "Hello";\nexport function greet(name) {\n  return "Hi " + name;\n}\n`);
  writeFileSync(join(corpusDir, "config.ts"), `export const settings: { url: string } = { url: "https://example.com" };\n`);
});

afterAll(() => rmSync(corpusDir, { recursive: true, force: true }));

/** A stand-in for the plugin whose fixes break one promise each, to show the check sees it. */
function brokenPlugin(fix: (fixer: Rule.RuleFixer, node: Rule.Node) => Rule.Fix | null): Linter.Config[] {
  const rule: Rule.RuleModule = {
    meta: { type: "problem", fixable: "code", schema: [] },
    create(context) {
      return {
        Literal(node) {
          if (typeof node.value === "string" && node.value.startsWith("hf_")) {
            context.report({ node, message: "token", fix: (fixer) => fix(fixer, node) });
          }
        },
      };
    },
  };
  return [{ files: ["**/*.{js,mjs,ts}"], plugins: { "hf-secrets": { rules: { token: rule } } }, rules: { "hf-secrets/token": "error" } }];
}

describe("the seeded --fix check of the corpus", () => {
  it("passes on the plugin: tokens fixed or still reported, outputs parse, a second pass changes nothing", () => {
    const outcome = check({ corpusDir, config: [...(plugin.configs.all as Linter.Config[])] });
    expect(outcome.files).toBe(3);
    expect(outcome.tokens).toBeGreaterThanOrEqual(6);
    expect(outcome.fixed).toBeGreaterThan(0);
    expect(outcome.fixed + outcome.leftReported).toBe(outcome.tokens);
    expect([outcome.hidden, outcome.broken, outcome.unstable]).toEqual([[], [], []]);
  });

  it("sees a fix that does not parse", () => {
    const outcome = check({ corpusDir, config: brokenPlugin((fixer, node) => fixer.insertTextBefore(node, "(")) });
    expect(outcome.broken.length).toBeGreaterThan(0);
  });

  it("sees a fix that hides a token it leaves in the file", () => {
    // Turns "hf_…" into a template the stand-in no longer reports.
    const outcome = check({
      corpusDir,
      config: brokenPlugin((fixer, node) => fixer.replaceText(node, `\`${String((node as { value?: unknown }).value)}\``)),
    });
    expect(outcome.hidden.length).toBeGreaterThan(0);
    expect(outcome.hidden.every((place) => /^[\w.]+:\d+$/.test(place))).toBe(true);
  });

  it("sees a fix that a second pass changes again", () => {
    // Each pass wraps the literal in one more pair of parentheses.
    const outcome = check({ corpusDir, config: brokenPlugin((fixer, node) => fixer.replaceText(node, `(${JSON.stringify(String((node as { value?: unknown }).value))})`)) });
    expect(outcome.unstable.length).toBeGreaterThan(0);
  });
});
