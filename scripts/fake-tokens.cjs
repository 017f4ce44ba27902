"use strict";
// Seeded fake tokens with the exact shape of real ones. Fixtures and the example project are
// built from these at run time, so no token-shaped value is ever committed.

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const LETTERS_AND_DIGITS = `${LETTERS}0123456789`;

/** mulberry32: small, seeded, good enough to spread test values. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `prefix` + 34 random characters. `isPlaceholder` (the plugin's own check) makes it draw again
 * on the rare body that looks like a stand-in, so every fake is one the rules must report.
 */
function makeFakeToken(seed, { prefix = "hf_", alphabet = "letters", isPlaceholder = () => false } = {}) {
  const characters = alphabet === "letters-and-digits" ? LETTERS_AND_DIGITS : LETTERS;
  const random = seededRandom(seed);
  for (;;) {
    let body = "";
    for (let index = 0; index < 34; index += 1) body += characters[Math.floor(random() * characters.length)];
    const token = `${prefix}${body}`;
    if (!isPlaceholder(token)) return token;
  }
}
const BASE64URL = `${LETTERS_AND_DIGITS}_-`;

/**
 * `prefix` + a JWT-shaped body: `eyJ` + seeded base64url, three parts. Never a real signed token:
 * the parts decode to nothing meaningful.
 */
function makeFakeJwtToken(seed, { prefix = "hf_jwt_" } = {}) {
  const random = seededRandom(seed);
  const part = (length) => {
    let text = "";
    for (let index = 0; index < length; index += 1) text += BASE64URL[Math.floor(random() * BASE64URL.length)];
    return text;
  };
  return `${prefix}eyJ${part(33)}.eyJ${part(61)}.${part(43)}`;
}

module.exports = { makeFakeToken, makeFakeJwtToken };
