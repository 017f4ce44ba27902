import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The figures the docs quote agree with each other and with the latest benchmark round in
 * docs/performance.md, whose headline is written as `npm run bench` prints it.
 */
const root = join(__dirname, "..", "..");
const read = (file: string) => readFileSync(join(root, file), "utf8");
const HEADLINE = /hf-secrets \(configs\.all\) ([\d,]+) ms = ([\d.]+) % of ([\d,]+) ms parse; eslint-plugin-no-secrets ([\d,]+) ms \((\d+)×\)/g;

function latestRound(): { share: number; ratio: number } {
  const rounds = [...read("docs/performance.md").matchAll(HEADLINE)];
  const last = rounds.at(-1);
  if (!last) throw new Error("docs/performance.md has no benchmark headline");
  return { share: Number(last[2]), ratio: Number(last[5]) };
}

/** Every "about N % …parse" a page quotes. */
function quotedShares(text: string): number[] {
  return [...text.matchAll(/about ([\d.]+) ?% (?:of|to) (?:the time ESLint spends parsing|ESLint's parse time|\s*parse time)/g)].map((match) => Number(match[1]));
}

describe("figures quoted in the docs", () => {
  const { share, ratio } = latestRound();

  it.each(["README.md", "CONTRIBUTING.md", "docs/editors.md"])("%s quotes the latest rule-time share of parse, rounded", (file) => {
    const shares = quotedShares(read(file).replace(/\s+/g, " "));
    expect(shares.length, file).toBeGreaterThan(0);
    for (const quoted of shares) expect(quoted, file).toBe(Math.round(share));
  });

  it.each(["README.md", "CONTRIBUTING.md"])("%s quotes the latest ratio to eslint-plugin-no-secrets", (file) => {
    const ratios = [...read(file).replace(/\s+/g, " ").matchAll(/(\d+)× less (?:rule time )?than eslint-plugin-no-secrets/g)].map((match) => Number(match[1]));
    expect(ratios.length, file).toBeGreaterThan(0);
    for (const quoted of ratios) expect(quoted, file).toBe(ratio);
  });
});
