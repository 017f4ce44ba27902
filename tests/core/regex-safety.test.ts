import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@typescript-eslint/typescript-estree";
import safeRegex from "safe-regex2";
import { describe, expect, it } from "vitest";
import { buildTokenPattern, compileAllowList } from "../../src/core";

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
    const shipped = shippedRegExps();
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

  it("the token pattern stays linear on long near-miss input", () => {
    const nearMiss = `hf_${"a".repeat(33)}_`.repeat(20_000);
    const pattern = buildTokenPattern();
    expect(nearMiss.match(pattern)).toBeNull();
  });

  it("an unsafe user pattern is refused with a message that says why", () => {
    expect(() => compileAllowList([], ["^(a+)+$"])).toThrow(
      /allowedPatterns: "\^\(a\+\)\+\$" can backtrack catastrophically/,
    );
    expect(() => compileAllowList([], ["^hf_Fixture"])).not.toThrow();
  });
});
