import { Linter } from "eslint";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { findTokens } from "../../src/core";
import plugin from "../../src/index";
import { makeToken } from "../helpers/tokens";

/*
 * `--fix` never introduces a type error under `tsc --strict`: generated TypeScript files put
 * tokens in typed slots; wherever the original type-checks, the fixed file must too (the
 * TypeScript compiler API, in memory). A fix that cannot keep the types is not made.
 */
const config = [...plugin.configs.all] as Linter.Config[];
const FILE = "/virtual/generated.ts";
const PRELUDE = [
  "declare const process: { env: Record<string, string | undefined> };",
  "declare class InferenceClient { constructor(accessToken?: string); }",
  "declare function use(value: unknown): void;",
  "declare const mode: string;",
].join("\n");

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts"],
  types: [],
  experimentalDecorators: true,
  skipLibCheck: true,
};

const libFiles = new Map<string, ts.SourceFile | undefined>();
const defaultHost = ts.createCompilerHost(COMPILER_OPTIONS);

/** Type errors of one in-memory file; the standard library is parsed once for the whole test. */
function typeErrors(code: string): string[] {
  const host: ts.CompilerHost = {
    ...defaultHost,
    fileExists: (name) => name === FILE || defaultHost.fileExists(name),
    readFile: (name) => (name === FILE ? code : defaultHost.readFile(name)),
    getSourceFile: (name, languageVersion) => {
      if (name === FILE) return ts.createSourceFile(name, code, languageVersion, true);
      if (!libFiles.has(name)) libFiles.set(name, defaultHost.getSourceFile(name, languageVersion));
      return libFiles.get(name);
    },
  };
  const program = ts.createProgram([FILE], COMPILER_OPTIONS, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
}

type Slot = (token: string, index: number) => string;

const SLOTS: Slot[] = [
  (token, index) => `const a${index}: string = "${token}";`,
  (token, index) => `let b${index}: string = "${token}"; use(b${index});`,
  (token, index) => `class C${index} { token: string = "${token}"; }`,
  (token, index) => `function f${index}(t: string = "${token}"): string { return t; }`,
  (token, index) => `function g${index}(t: string): number { return t.length; }\nuse(g${index}("${token}"));`,
  (token, index) => `const c${index} = "${token}" satisfies string;`,
  (token, index) => `const d${index}: { token: string } = { token: "${token}" };`,
  (token, index) => `const e${index}: string = \`Bearer ${token}\`;`,
  (token, index) => `const h${index} = "${token}" as const;\nconst hh${index}: "${token}" = h${index};`,
  (token, index) => `const k${index}: string[] = ["${token}"];`,
  (token, index) => `function r${index}(): string { return "${token}"; }`,
  (token, index) => `const client${index} = new InferenceClient("${token}");`,
  (token, index) => `switch (mode) { case "${token}": use(${index}); }`,
  (token, index) => `const o${index}: Record<string, string> = { hf: "${token}" };`,
  (token, index) => `const fn${index} = (t = "${token}") => t.length;`,
  (token, index) => `const upper${index} = "${token}".toUpperCase();`,
  (token, index) => `const joined${index}: string = "hf_" + "${token.slice(3)}";`,
  (token, index) => `const fallback${index}: string = process.env.OTHER ?? "${token}";`,
];

const placement = fc.record({ seed: fc.integer({ min: 1, max: 2 ** 30 }), slot: fc.nat(), sameToken: fc.boolean() });

describe("TypeScript fixes", () => {
  it("a fixed file type-checks under --strict wherever the original did", () => {
    fc.assert(
      fc.property(fc.array(placement, { minLength: 1, maxLength: 4 }), (placements) => {
        const first = makeToken(placements[0]?.seed ?? 1);
        const lines = placements.map((item, index) => {
          const token = item.sameToken ? first : makeToken(item.seed);
          return (SLOTS[item.slot % SLOTS.length] as Slot)(token, index);
        });
        const code = `${PRELUDE}\n${lines.join("\n")}\n`;
        const before = typeErrors(code);
        expect(before).toEqual([]);
        const fixed = new Linter().verifyAndFix(code, config, { filename: "generated.ts" });
        expect(fixed.messages.filter((message) => message.fatal)).toEqual([]);
        expect(typeErrors(fixed.output)).toEqual([]);
        // And nothing the fix left behind goes unreported.
        const relint = new Linter().verify(fixed.output, config, "generated.ts");
        for (const match of findTokens(fixed.output)) {
          expect(relint.some((message) => message.ruleId === "hf-secrets/no-hardcoded-token" && message.line === lineOf(fixed.output, match.start))).toBe(true);
        }
      }),
      { numRuns: 40, seed: 20261129 },
    );
  }, 60_000);

  it("the check itself sees what --fix would break: a plain env read in a string slot", () => {
    expect(typeErrors(`${PRELUDE}\nconst a: string = process.env.HF_TOKEN;\n`).join()).toMatch(/TS2322/);
  });
});

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}
