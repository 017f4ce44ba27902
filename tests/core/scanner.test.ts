import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHORTEST_TOKEN_LENGTH, TOKEN_ANCHOR_PATTERN_SOURCE, buildTokenPattern, findTokens, isPlaceholderToken, isTokenShaped, mayContainToken } from "../../src/core";
import { makeJwtToken, makeToken } from "../helpers/tokens";

/*
 * findTokens scans with indexOf and character tables for speed; buildTokenPattern() is the
 * specification written as one regular expression. Both must agree on every text.
 */
function byRegExp(text: string): Array<{ value: string; start: number }> {
  return [...text.matchAll(buildTokenPattern())]
    .filter((match) => !isPlaceholderToken(match[0]) && !/(?:huggingface|hf)\.co\/\S*$/.test(text.slice(0, match.index)))
    .map((match) => ({ value: match[0], start: match.index }));
}

function byScanner(text: string): Array<{ value: string; start: number }> {
  return findTokens(text).map((match) => ({ value: match.value, start: match.start }));
}

/** Text rich in what a scanner can get wrong: prefixes, word characters, edges, non-ASCII. */
const fragment = fc.oneof(
  fc.constantFrom("hf_", "api_org_", "_", "hf", "api_", "org_", "a", "Z", "9", " ", '"', "\n", "é", "😀", "-", "."),
  fc.integer({ min: 1, max: 5_000 }).map((seed) => makeToken(seed)),
  fc.integer({ min: 1, max: 5_000 }).map((seed) => makeToken(seed, { prefix: "api_org_", alphabet: "letters-and-digits" })),
  fc.integer({ min: 1, max: 5_000 }).map((seed) => makeToken(seed).slice(0, 36)),
  fc.integer({ min: 1, max: 5_000 }).map((seed) => `${makeToken(seed)}x`),
  fc.constantFrom("hf_oauth_", "hf_jwt_", "eyJ", ".", "hf_oauth_scopes"),
  fc.integer({ min: 1, max: 5_000 }).map((seed) => makeJwtToken(seed)),
  fc.integer({ min: 1, max: 5_000 }).map((seed) => makeJwtToken(seed, "hf_oauth_")),
  fc.integer({ min: 1, max: 5_000 }).map((seed) => makeToken(seed, { prefix: "hf_oauth_" })),
  fc.integer({ min: 1, max: 5_000 }).map((seed) => makeJwtToken(seed).slice(0, 60 + (seed % 80))),
  fc.string({ maxLength: 12 }),
);

describe("token scanner", () => {
  it("finds exactly what the token pattern matches, in any text", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (fragments) => {
        const text = fragments.join("");
        expect(byScanner(text)).toEqual(byRegExp(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("the quick test never rules out a text that holds a token, and passes exactly the long texts that hold an anchor", () => {
    const anchor = new RegExp(TOKEN_ANCHOR_PATTERN_SOURCE);
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (fragments) => {
        const text = fragments.join("");
        if (findTokens(text).length > 0) expect(mayContainToken(text)).toBe(true);
        expect(mayContainToken(text)).toBe(text.length >= SHORTEST_TOKEN_LENGTH && anchor.test(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("agrees with the pattern on whether a text is one whole token", () => {
    const whole = new RegExp(`^(?:${buildTokenPattern().source})$`);
    fc.assert(
      fc.property(fragment, fc.constantFrom("", "_", "x", " "), fc.constantFrom("", "_", "x", " "), (core, before, after) => {
        const text = `${before}${core}${after}`;
        expect(isTokenShaped(text)).toBe(whole.test(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("a repo or user name in a Hugging Face URL's path is no token; a query value or user info is", () => {
    const name = makeToken(14);
    expect(findTokens(`https://huggingface.co/${name}`)).toEqual([]);
    expect(findTokens(`see hf.co/datasets/org/${name}/tree/main`)).toEqual([]);
    expect(findTokens(`https://huggingface.co/api/models?token=${name}`)).toHaveLength(1);
    expect(findTokens(`https://user:${name}@huggingface.co/org/repo`)).toHaveLength(1);
    expect(findTokens(`https://example.com/${name}`)).toHaveLength(1);
  });

  it("reports tokens side by side, at the text's edges, in text order", () => {
    const user = makeToken(11);
    const org = makeToken(12, { prefix: "api_org_" });
    const text = `${org} ${user},${user}`;
    expect(byScanner(text).map((match) => match.start)).toEqual([0, org.length + 1, org.length + user.length + 2]);
    expect(findTokens(`${user}_`)).toEqual([]);
    expect(findTokens(`x${user}`)).toEqual([]);
  });
});
