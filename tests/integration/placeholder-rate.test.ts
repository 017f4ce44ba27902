import { describe, expect, it } from "vitest";
import { isPlaceholderToken } from "../../src/core";

/*
 * The placeholder check may skip a real token at most once in ten million. Random bodies drawn as
 * Hugging Face draws them (34 letters) and with digits too: twenty million in all, so that a rate
 * of 1e-7 would show as two skips. A couple of minutes on two cores: this tier, not `npm test`.
 */
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const LETTERS_AND_DIGITS = `${LETTERS}0123456789`;

function skippedOf(samples: number, alphabet: string, seed: number): number {
  let state = seed >>> 0;
  let skipped = 0;
  for (let sample = 0; sample < samples; sample += 1) {
    let body = "";
    for (let index = 0; index < 34; index += 1) {
      state = (state + 0x6d2b79f5) >>> 0;
      let mixed = Math.imul(state ^ (state >>> 15), state | 1);
      mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
      body += alphabet[Math.floor((((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296) * alphabet.length)];
    }
    if (isPlaceholderToken(`hf_${body}`)) skipped += 1;
  }
  return skipped;
}

describe("the placeholder check on random bodies", () => {
  it("skips fewer than 1 in 10 million", () => {
    const samples = { letters: 15_000_000, lettersAndDigits: 5_000_000 };
    const skipped = skippedOf(samples.letters, LETTERS, 1) + skippedOf(samples.lettersAndDigits, LETTERS_AND_DIGITS, 2);
    const rate = skipped / (samples.letters + samples.lettersAndDigits);
    expect(rate).toBeLessThan(1e-7);
  });
});
