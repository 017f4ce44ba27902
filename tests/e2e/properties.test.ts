import { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTokens } from "../../src/core";
import plugin from "../../src/index";
import { makeToken, maskOf } from "../helpers/tokens";

/*
 * Generated programs put fake tokens and look-alikes in every place the rules know. For any such
 * program: each token is reported exactly once, no look-alike is, no message holds a whole token,
 * the fixed code parses, every token the fix leaves is still reported, and a second fix pass
 * changes nothing. Tokens in text people read always go; of several different tokens in code,
 * only the first is fixed without a person (two tokens never become one variable).
 */
const config = [...plugin.configs.all] as Linter.Config[];
const FILENAME = "generated.jsx";

type Place = (token: string, index: number, split: number) => string;

/** Places people read: the token always gives way to the variable's name. */
const DISPLAYED_PLACES: Place[] = [
  (token, index) => `const v${index} = <a title="${token}" />;`,
  (token, index) => `const v${index} = <b>key: ${token}</b>;`,
  (token, index) => `const v${index} = "Use ${token} for staging";`,
  (token) => `// ${token}`,
  (token) => `/* note ${token} */`,
  (token) => `/**\n * @example login("${token}")\n */`,
];

/** Places in code whose fix writes the env read. */
const FIXED_PLACES: Place[] = [
  ...DISPLAYED_PLACES,
  (token, index) => `const v${index} = "${token}";`,
  (token, index) => `const v${index} = 'x ${token} y';`,
  (token, index) => `const v${index} = \`Bearer ${token}\`;`,
  (token, index) => `const v${index} = \`\${a} ${token}\${b}\`;`,
  (token, index, split) => `const v${index} = "${token.slice(0, split)}" +\n  "${token.slice(split)}";`,
  (token, index, split) => `const v${index} = ["${token.slice(0, split)}", "${token.slice(split)}"].join("");`,
  (token, index) => `const v${index} = "\\u0068f_${token.slice(3)}";`,
  (token, index) => `const hfToken${index} = { accessToken: "${token}" };`,
  (token, index) => `const v${index} = atob("${Buffer.from(token).toString("base64")}");`,
];

/** Places reported without an autofix (a person decides). */
const REPORTED_ONLY_PLACES: Place[] = [
  (token, index) => `const r${index} = /${token}/;`,
  (token, index) => `const v${index} = tag\`${token}\`;`,
  (token, index) => `const v${index} = process.env.HF_TOKEN ?? "${token}";`,
  (token, index) => `const k${index} = { "${token}": 1 };`,
];

const LOOK_ALIKES: Array<(token: string, index: number) => string> = [
  (token, index) => `const l${index} = "${token.slice(0, -1)}";`,
  (token, index) => `const l${index} = "${token}Z";`,
  (token, index) => `const l${index} = "_call_${token}";`,
  (_, index) => `const l${index} = "hf_${"x".repeat(34)}";`,
  (_, index) => `const l${index} = "hf_...";`,
  (_, index) => `const l${index} = "HF_TOKEN";`,
  (_, index) => `const l${index} = "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH";`,
  (token, index) => `const l${index} = "${token.replace("hf_", "hf-")}";`,
];

const placement = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
  fixed: fc.boolean(),
  placeIndex: fc.nat(),
  split: fc.integer({ min: 1, max: 36 }),
  lookAlikeIndex: fc.nat(),
});

describe("generated programs", () => {
  it("report each token once, no look-alike, and fix to parseable, stable code", () => {
    fc.assert(
      fc.property(fc.array(placement, { minLength: 1, maxLength: 6 }), (placements) => {
        const tokens: string[] = [];
        const lines: string[] = [];
        let reportedOnly = 0;
        let inCode = 0;
        placements.forEach((item, index) => {
          const token = makeToken(item.seed);
          if (tokens.includes(token)) return;
          tokens.push(token);
          const places = item.fixed ? FIXED_PLACES : REPORTED_ONLY_PLACES;
          const place = places[item.placeIndex % places.length] as Place;
          lines.push(place(token, index, item.split));
          if (!item.fixed) reportedOnly += 1;
          else if (!DISPLAYED_PLACES.includes(place)) inCode += 1;
          const lookAlike = LOOK_ALIKES[item.lookAlikeIndex % LOOK_ALIKES.length];
          if (lookAlike) lines.push(lookAlike(makeToken(item.seed + 1), index));
        });
        const code = lines.join("\n");
        const linter = new Linter();
        const messages = linter.verify(code, config, FILENAME);
        expect(messages.filter((message) => message.fatal)).toEqual([]);
        const tokenReports = messages.filter((message) => message.ruleId === "hf-secrets/no-hardcoded-token");
        expect(tokenReports).toHaveLength(tokens.length);
        for (const token of tokens) {
          expect(tokenReports.some((message) => message.message.includes(maskOf(token)))).toBe(true);
        }
        const allText = JSON.stringify(messages);
        for (const token of tokens) expect(allText.includes(token.slice(3))).toBe(false);

        const fixed = linter.verifyAndFix(code, config, { filename: FILENAME });
        expect(new Linter().verify(fixed.output, config, FILENAME).filter((message) => message.fatal)).toEqual([]);
        const left = [...new Set(findTokens(fixed.output).map((match) => match.value))];
        expect(left.length).toBeLessThanOrEqual(reportedOnly + Math.max(0, inCode - 1) + (reportedOnly > 0 ? 1 : 0));
        // Every token the fix left is still reported: no fix hides a token that is still there.
        const relint = new Linter().verify(fixed.output, config, FILENAME);
        for (const token of left) expect(relint.some((message) => message.message.includes(maskOf(token)))).toBe(true);
        const second = new Linter().verifyAndFix(fixed.output, config, { filename: FILENAME });
        expect(second.fixed).toBe(false);
        expect(second.output).toBe(fixed.output);
      }),
      { numRuns: 150, seed: 20261128 },
    );
  });
});
