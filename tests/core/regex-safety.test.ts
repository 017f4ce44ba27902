import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@typescript-eslint/typescript-estree";
import safeRegex from "safe-regex2";
import { describe, expect, it } from "vitest";
import { buildTokenPattern, compileAllowList } from "../../src/core";
import { PATTERNS_BUILT_FROM_CATALOGUE } from "../../src/core/text-sinks";

const SOURCE_ROOT = join(__dirname, "..", "..", "src");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

/** Every regular-expression literal written in the plugin's source. */
function shippedRegExps(): Array<{ file: string; pattern: RegExp }> {
  const found: Array<{ file: string; pattern: RegExp }> = [];
  for (const file of sourceFiles(SOURCE_ROOT)) {
    const visit = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      const regex = record.regex as { pattern: string; flags: string } | undefined;
      if (record.type === "Literal" && regex) found.push({ file, pattern: new RegExp(regex.pattern, regex.flags) });
      for (const [key, value] of Object.entries(record)) {
        if (key !== "parent" && key !== "loc" && key !== "range") {
          if (Array.isArray(value)) value.forEach(visit);
          else visit(value);
        }
      }
    };
    visit(parse(readFileSync(file, "utf8")));
  }
  return found;
}

describe("regular expressions", () => {
  it("every shipped regular expression is safe from catastrophic backtracking", () => {
    const shipped = [...shippedRegExps(), ...PATTERNS_BUILT_FROM_CATALOGUE.map((pattern) => ({ file: "src/core/text-sinks.ts (built from the catalogue)", pattern }))];
    expect(shipped.length).toBeGreaterThan(10);
    const unsafe = shipped.filter(({ pattern }) => !safeRegex(pattern)).map(({ file, pattern }) => `${file}: ${pattern}`);
    expect(unsafe).toEqual([]);
    // safe-regex2 cannot parse lookbehind, and counts `{34}` as 34 repetitions against its default
    // limit of 25. The boundary assertions are single character classes with no repetition, so
    // the alternation between them is what is checked, with the limit raised for fixed widths.
    const core = buildTokenPattern().source.replace(/^\(\?<!\[[^\]]*\]\)/, "").replace(/\(\?!\[[^\]]*\]\)$/, "");
    expect(core).toMatch(/^\(\?:hf_/);
    expect(safeRegex(new RegExp(core), { limit: 100 })).toBe(true);
  });

  it("the token pattern stays linear on long near-miss input: 8 times the input costs far less than 64 times", () => {
    // A complexity bound, not a speed: the ratio of two sizes in one run. Linear work gives about
    // 8x, quadratic 64x; the bound sits between, on the median of three runs.
    const pattern = buildTokenPattern();
    const nearMiss = (units: number) => `hf_${"a".repeat(33)}_ hf_jwt_eyJ${"b".repeat(20)}.eyJ ${"c".repeat(12)}`.repeat(units);
    const cost = (text: string) => {
      const samples = [0, 1, 2].map(() => {
        const started = process.hrtime.bigint();
        expect(text.match(pattern)).toBeNull();
        return Number(process.hrtime.bigint() - started);
      });
      return samples.sort((left, right) => left - right)[1] ?? 0;
    };
    const small = nearMiss(5_000);
    const large = nearMiss(40_000);
    cost(small);
    expect(cost(large) / cost(small)).toBeLessThan(24);
  });

  it("an unsafe user pattern is refused with a message that says why", () => {
    expect(() => compileAllowList([], ["^(a+)+$"])).toThrow(
      /allowedPatterns: "\^\(a\+\)\+\$" can backtrack catastrophically/,
    );
    expect(() => compileAllowList([], ["^hf_Fixture"])).not.toThrow();
  });
});
