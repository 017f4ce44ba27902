import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordMentions } from "../../src/core";

const WORDS = ["@huggingface/inference", "@huggingface/hub", "@huggingface/", "@gradio/client", "@ai-sdk/huggingface", "@langchain/community", "InferenceClient", "HuggingFace"];

describe("WordMentions", () => {
  it("answers as includes does, for scoped and plain words, asked in any order", () => {
    const fragment = fc.constantFrom(...WORDS, "@param", "@", "@h", "@huggingface", "@gradio/", "Inference", "Hugging", " ", "x", "/**", "\u00e9");
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), fc.shuffledSubarray([...WORDS, "@other/package", "absent"]), (parts, asked) => {
        const text = parts.join("");
        const mentions = new WordMentions(text, WORDS);
        for (const word of asked) expect(mentions.mentions(word)).toBe(text.includes(word));
        expect(mentions.mentionsAny(WORDS)).toBe(WORDS.some((word) => text.includes(word)));
      }),
      { numRuns: 500, seed: 20261205 },
    );
  });

  it("finds a scoped word written at the very start or end of the text", () => {
    expect(new WordMentions("@gradio/client", WORDS).mentions("@gradio/client")).toBe(true);
    expect(new WordMentions("import x from '@huggingface/hub'", WORDS).mentionsAny(["@gradio/client", "@huggingface/hub"])).toBe(true);
    expect(new WordMentions("/** @param token */", WORDS).mentionsAny(["@huggingface/", "@gradio/client"])).toBe(false);
  });
});
