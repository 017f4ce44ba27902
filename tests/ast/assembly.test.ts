import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Assembler, isAssemblyNode, isAssemblyPiece } from "../../src/ast/assembly";
import { isTokenCharacterCode } from "../../src/core";

/*
 * The assembler walks an expression twice: `longestRunBound` (cheap, no scope lookups) decides
 * whether `assemble` (exact) runs at all. The bound must never be below the longest run across two
 * or more pieces that `assemble` finds (a run inside one piece is reported where that piece is
 * written), or a token would be skipped; and `rootsReaching`, which bounds the roots `noteRoot`
 * recorded, lists exactly those whose bound reaches the length, consts declared before or after
 * them. Held on generated expressions.
 */

interface Observation {
  bound: number;
  exact: number;
  /** The lengths `rootsReaching` listed the root for. */
  reachedAt: number[];
}

const LENGTHS = [1, 3, 6, 12, 37];

/** The longest run of token characters in `pieces` joined that takes characters from two or more of them. */
function longestRunAcrossPieces(pieces: readonly string[]): number {
  let longest = 0;
  let run = 0;
  let piecesInRun = 0;
  for (const piece of pieces) {
    let counted = false;
    for (let index = 0; index < piece.length; index += 1) {
      if (!isTokenCharacterCode(piece.charCodeAt(index))) {
        run = 0;
        piecesInRun = 0;
        counted = false;
        continue;
      }
      run += 1;
      if (!counted) {
        piecesInRun += 1;
        counted = true;
      }
      if (piecesInRun > 1) longest = Math.max(longest, run);
    }
  }
  return longest;
}

/** Lints `code` with a probe rule that measures every assembly root both ways. */
function observe(code: string): Observation[] {
  const observations: Observation[] = [];
  const probe: TSESLint.RuleModule<"x"> = {
    defaultOptions: [],
    meta: { type: "problem", messages: { x: "x" }, schema: [] },
    create(context) {
      const assembler = new Assembler((node) => context.sourceCode.getScope(node));
      const roots: TSESTree.Node[] = [];
      return {
        VariableDeclarator: (node) => assembler.noteDeclarator(node),
        "BinaryExpression, TemplateLiteral, CallExpression:exit": (node: TSESTree.Node) => {
          if (isAssemblyNode(node) && !isAssemblyPiece(node)) {
            roots.push(node);
            assembler.noteRoot(node);
          }
        },
        "Program:exit": () => {
          const reaching = LENGTHS.map((length) => new Set(assembler.rootsReaching(length)));
          for (const root of roots) {
            const assembly = assembler.assemble(root);
            const exact = Math.max(0, ...assembly.runs.map((run) => longestRunAcrossPieces(run.map((piece) => piece.value))));
            const reachedAt = LENGTHS.filter((_length, index) => reaching[index]?.has(root));
            observations.push({ bound: assembler.longestRunBound(root), exact, reachedAt });
          }
        },
      };
    },
  };
  const linter = new Linter();
  const messages = linter.verify(code, [
    { plugins: { probe: { rules: { probe } } } as never, rules: { "probe/probe": "error" }, languageOptions: { ecmaVersion: 2024, sourceType: "module" } },
  ]);
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return observations;
}

const piece = fc.constantFrom('"hf_"', '"abc"', '"Q9z"', '"-"', '" "', '"_x_"', '"ab cd"', '"a-b-c"', '""', "`t${1}`", "`ab${'cd'}ef`", "`x ${'y z'} w`", "a", "b", "c", "f()", "1");
const expression: fc.Arbitrary<string> = fc.letrec<{ expression: string }>((tie) => ({
  expression: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    piece,
    fc.tuple(tie("expression"), tie("expression")).map(([left, right]) => `(${left} + ${right})`),
    fc.tuple(tie("expression"), tie("expression")).map(([left, right]) => `\`${"${"}${left}}x${"${"}${right}}\``),
    fc.tuple(fc.array(tie("expression"), { maxLength: 3 }), fc.constantFrom('""', '"_"', '"-"', "")).map(([items, separator]) => `[${items.join(", ")}].join(${separator})`),
    fc.tuple(tie("expression"), fc.array(tie("expression"), { maxLength: 2 })).map(([target, args]) => `(${target}).concat(${args.join(", ")})`),
  ),
})).expression;

describe("the assembler's two walks", () => {
  it("the bound is never below the longest run assemble finds", () => {
    fc.assert(
      fc.property(expression, expression, expression, expression, (a, b, c, root) => {
        const code = `const a = ${a};\nconst b = ${b};\nconst c = ${c};\nconst parts = [a, "x", b];\nconst root1 = ${root};\nconst root2 = parts.join("") + c;\nfunction f() { return ""; }`;
        for (const { bound, exact } of observe(code)) expect(bound).toBeGreaterThanOrEqual(exact);
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it("rootsReaching lists a root exactly when its bound at the end of the file reaches the length", () => {
    // Roots before and after the consts they read, and names no const has.
    fc.assert(
      fc.property(expression, expression, expression, expression, (a, b, root, late) => {
        const code = `const early = ${root} + a + other;\nconst a = ${a};\nconst parts = [b, "x", a];\nconst b = ${b};\nconst late = ${late} + parts.join("");\nfunction f(other) { return other; }`;
        for (const { bound, reachedAt } of observe(code)) {
          expect(reachedAt).toEqual(LENGTHS.filter((length) => bound >= length));
        }
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });

  it("agrees on the separator rules of join", () => {
    const [withSeparator] = observe(`const t = ["hf", "abc"].join("_");`);
    expect(withSeparator).toMatchObject({ bound: 6, exact: 6 });
    const [acrossSeparator] = observe(`const t = ["hf", "abc"].join(" ");`);
    expect(acrossSeparator).toMatchObject({ bound: 0, exact: 0 });
    const [defaultSeparator] = observe(`const t = ["hf", "abc"].join();`);
    expect(defaultSeparator?.bound).toBeGreaterThanOrEqual(defaultSeparator?.exact ?? 0);
  });
});
