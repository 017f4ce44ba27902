import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  TOKEN_FORMS,
  HUGGING_FACE_HOSTS,
  buildTokenPattern,
  isAllowedHost,
  literalHostOf,
  compileAllowList,
  decodeBase64Literal,
  decodeLiteralBody,
  findTokens,
  isHfTokenName,
  CREDENTIAL_NAME_ENDING,
  HF_WORD_MENTION,
  isMadeOfWords,
  isNonSecretValue,
  SHORTEST_SECRET,
  isPlaceholderToken,
  maskSecret,
  rawRangeOf,
  renderEnvLookup,
  splitNameWords,
  stringRawToTemplateRaw,
  toTemplateRaw,
} from "../../src/core";
import { makeJwtToken, makeToken } from "../helpers/tokens";

const TOKEN = makeToken(31);

describe("token forms", () => {
  it("has one table entry per form, each with a name, prefix and docs link", () => {
    expect(TOKEN_FORMS.map((form) => form.prefix)).toEqual(["hf_", "api_org_", "hf_oauth_", "hf_jwt_"]);
    for (const form of TOKEN_FORMS) {
      expect(form.name).not.toBe("");
      expect(form.docsUrl).toMatch(/^https:\/\/huggingface\.co\//);
    }
  });

  it("finds tokens bounded by non-word characters only", () => {
    const org = makeToken(32, { prefix: "api_org_" });
    const text = `a ${TOKEN}, "${org}" _${TOKEN} ${TOKEN}a`;
    expect(findTokens(text).map((match) => [match.form.id, match.start])).toEqual([
      ["user-access-token", 2],
      ["org-api-token", 2 + TOKEN.length + 3],
    ]);
  });

  it("finds OAuth and OIDC exchange tokens, opaque or JWT-shaped, and stops where they end", () => {
    const jwt = makeJwtToken(33);
    const oauthJwt = makeJwtToken(34, "hf_oauth_");
    const oauthOpaque = makeToken(35, { prefix: "hf_oauth_" });
    const text = `Bearer ${jwt}. token=${oauthJwt}&x=1 "${oauthOpaque}"`;
    expect(findTokens(text).map((match) => [match.form.id, match.value === jwt || match.value === oauthJwt || match.value === oauthOpaque])).toEqual([
      ["oidc-exchange-token", true],
      ["oauth-access-token", true],
      ["oauth-access-token", true],
    ]);
    expect(maskSecret(jwt)).toBe(`hf_jwt_ey…${jwt.slice(-2)}`);
  });

  it.each([
    "hf_oauth",
    "hf_oauth_scopes",
    "hf_oauth_expiration_minutes",
    "hf_oauth_authorized_org",
    "hf_jwt_",
    "hf_jwt_eyJhbGciOi…",
  ])("the Space metadata key or stub %s is no token", (text) => {
    expect(findTokens(`${text}: true`)).toEqual([]);
    expect(findTokens(`"${text}"`)).toEqual([]);
  });

  it("a JWT cut short, or inside a longer word, is no token", () => {
    const jwt = makeJwtToken(36);
    expect(findTokens(jwt.slice(0, jwt.lastIndexOf(".")))).toEqual([]);
    expect(findTokens(jwt.slice(0, jwt.lastIndexOf(".") + 10))).toEqual([]);
    expect(findTokens(`x${jwt}`)).toEqual([]);
  });

  it("builds a pattern without nested quantifiers", () => {
    expect(buildTokenPattern().source).not.toMatch(/\)[*+]|\][*+]\)/);
  });
});

describe("placeholders", () => {
  it.each([
    "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "hf_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH",
    "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",
    "hf_abababababababababababababababab12",
    "hf_YourHuggingFaceTokenGoesHereQwert",
    "hf_MyExampleTokenQwErTyUiOpAsDfGhJkL",
    "api_org_testQwErTyUiOpAsDfGhJkLzXcVbNmPoIu",
    // Word-built look-alikes: placeholders, i18n keys, class names, test names.
    "hf_PasteYourOwnTokenHereForTheSpaceDe",
    "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",
    "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",
    "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",
    "hf_PASTEYOURHUGGINGFACETOKENHEREPLEAS",
    "hf_YourTokenHereYourTokenHereYourToke",
    "hf_abcXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  ])("%s is a placeholder", (value) => {
    expect(isPlaceholderToken(value)).toBe(true);
  });

  it("a random token is not a placeholder", () => {
    for (let seed = 1; seed <= 200; seed += 1) expect(isPlaceholderToken(makeToken(seed))).toBe(false);
  });

  it("short runs inside a random body do not make it a placeholder", () => {
    // Each of these once made a random body a placeholder (about 1 in 13,800 random bodies).
    for (const inside of ["xxxx", "XxXx", "aaaaa", "abcde", "test", "demo", "1234", "dummy", "sample"]) {
      const body = makeToken(37).slice(3);
      const token = `hf_${inside}${body.slice(inside.length)}`;
      expect(isPlaceholderToken(token), inside).toBe(false);
    }
  });

  it("random bodies are skipped at a rate below 1 in 10 million (offline sample; the integration tier samples 20 million)", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let state = 2_026;
    const next = () => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state / 4_294_967_296;
    };
    let skipped = 0;
    const samples = 200_000;
    for (let sample = 0; sample < samples; sample += 1) {
      let body = "";
      for (let index = 0; index < 34; index += 1) body += alphabet[Math.floor(next() * alphabet.length)];
      if (isPlaceholderToken(`hf_${body}`)) skipped += 1;
    }
    expect(skipped).toBe(0);
  });

  it("honours the allow-list", () => {
    expect(isPlaceholderToken(TOKEN, compileAllowList([TOKEN]))).toBe(true);
    expect(isPlaceholderToken(TOKEN, compileAllowList([], ["^hf_"]))).toBe(true);
  });
});

describe("masking", () => {
  it("never shows more than the prefix and two characters at each end", () => {
    const masked = maskSecret(TOKEN);
    expect(masked).toBe(`hf_${TOKEN.slice(3, 5)}…${TOKEN.slice(-2)}`);
    expect(masked.length).toBeLessThan(10);
  });

  it("hides short values entirely", () => {
    expect(maskSecret("abcdefgh")).toBe("…");
  });
});

describe("names", () => {
  it.each([
    "HF_TOKEN",
    "HUGGING_FACE_HUB_TOKEN",
    "HF_ACCESS_TOKEN",
    "HUGGINGFACEHUB_API_TOKEN",
    "HUGGINGFACEHUB_API_KEY",
    "HUGGING_FACE_TOKEN",
    "HF_API_TOKEN",
    "hfToken",
    "huggingFaceToken",
    "hf_token",
    "HFToken",
    "hf-api-key",
    "huggingFaceHubSecret",
  ])("%s is a Hugging Face token name", (name) => {
    expect(isHfTokenName(name)).toBe(true);
  });

  it.each(["HF_TOKEN_PATH", "HF_TOKEN_FILE", "HF_TOKEN_URL", "HF_TOKEN_ENV", "HF_TOKEN_VAR", "HF_TOKEN_NAME", "token", "tokenizer", "hfModel", "hfs_token", "hf_tokenizer"])(
    "%s is not",
    (name) => {
      expect(isHfTokenName(name)).toBe(false);
    },
  );

  it("splits any case style", () => {
    expect(splitNameWords("huggingFaceHub_API-token")).toEqual(["hugging", "face", "hub", "api", "token"]);
  });

  // Rules' selectors let ESLint skip names CREDENTIAL_NAME_ENDING rejects: it must accept every token name.
  it("every Hugging Face token name ends as CREDENTIAL_NAME_ENDING says and has an HF_WORD_MENTION", () => {
    const word = fc.constantFrom("hf", "HF", "Hf", "hugging", "Face", "huggingface", "HUGGINGFACEHUB", "hub", "api", "API", "access", "token", "Token", "TOKEN", "key", "Key", "secret", "SECRET", "apikey", "accesstoken", "my", "x2", "tokenizer");
    const separator = fc.constantFrom("", "_", "-", "$", "__");
    const name = fc.tuple(fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 5 }), separator).map(([parts, tail]) => parts.map(([text, joint]) => text + joint).join("") + tail);
    let accepted = 0;
    fc.assert(
      fc.property(name, (candidate) => {
        if (!isHfTokenName(candidate)) return;
        accepted += 1;
        expect(CREDENTIAL_NAME_ENDING.test(candidate)).toBe(true);
        expect(HF_WORD_MENTION.test(candidate)).toBe(true);
      }),
      { numRuns: 5000, seed: 20261129 },
    );
    expect(accepted).toBeGreaterThan(100);
    expect(CREDENTIAL_NAME_ENDING.test("HF_TOKEN_PATH")).toBe(false);
    expect(HF_WORD_MENTION.test("OPENAI_API_KEY")).toBe(false);
  });
});

describe("values given to sinks", () => {
  it.each(["", "short", "YOUR_HF_TOKEN", "<your token>", "hf_...", "hf_xxxxxxxxxxxx", "zzzzzzzzzzzz", "HF_TOKEN", "/run/secrets/hf", "./token.txt", "https://huggingface.co", "Enter your token"])(
    "%j is not a secret",
    (value) => {
      expect(isNonSecretValue(value)).toBe(true);
    },
  );

  it.each(["qpWmZrTfLk93xBv", "api_a8f7sd6f87as6df", "hf_hub.js", "aBcDeFgHiJkL", "token-a8f7sd6f", "secret12345", TOKEN])("%s is a secret", (value) => {
    expect(isNonSecretValue(value)).toBe(false);
  });

  // Found on huggingface_hub's and hf-mcp-server's own code: header names and test stand-ins given to token names.
  it.each(["fake_token", "my-token", "my-api-key", "replicate_key", "ReplicateKey", "X-Xet-Access-Token", "xet-auth", "mock-token", "hf_secret_123", "hf_env_456"])(
    "%j is written in words: a label, not a secret",
    (value) => {
      expect(isMadeOfWords(value)).toBe(true);
      expect(isNonSecretValue(value)).toBe(true);
    },
  );

  it("random letters and digits are never taken for words", () => {
    const character = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    let labels = 0;
    fc.assert(
      fc.property(fc.array(character, { minLength: SHORTEST_SECRET, maxLength: 40 }), (characters) => {
        if (isMadeOfWords(characters.join(""))) labels += 1;
      }),
      { numRuns: 20000, seed: 20261129 },
    );
    expect(labels).toBe(0);
  });
});

describe("literal bodies", () => {
  it("decodes escapes and maps each character back to the raw text", () => {
    const raw = "\\u0068\\x66_\\u{41}\\\nB\\101";
    const decoded = decodeLiteralBody(raw, "string");
    expect(decoded?.text).toBe("hf_ABA");
    expect(decoded && rawRangeOf(decoded, 0, 3)).toEqual([0, 11]);
    expect(decoded && rawRangeOf(decoded, 4, 5)).toEqual([raw.indexOf("B"), raw.indexOf("B") + 1]);
  });

  it("rejects legacy octal escapes in templates", () => {
    expect(decodeLiteralBody("\\101", "template")).toBeUndefined();
  });

  it("converts string text to template text", () => {
    expect(stringRawToTemplateRaw("a`b${c}\\'")).toBe("a\\`b\\${c}\\'");
    expect(stringRawToTemplateRaw("\\101")).toBe("A");
    expect(toTemplateRaw("\\\n\u0001")).toBe("\\\\\\n\\u0001");
  });
});

describe("base64 and env lookups", () => {
  it("decodes base64 and base64url long enough to hold a token", () => {
    expect(decodeBase64Literal(Buffer.from(TOKEN).toString("base64"))).toBe(TOKEN);
    expect(decodeBase64Literal(Buffer.from(TOKEN).toString("base64url"))).toBe(TOKEN);
    expect(decodeBase64Literal("aGVsbG8=")).toBeUndefined();
    expect(decodeBase64Literal("not base64 at all, clearly not base64 text here")).toBeUndefined();
  });

  it("renders each access style", () => {
    expect(renderEnvLookup("process.env", "HF_TOKEN")).toBe("process.env.HF_TOKEN");
    expect(renderEnvLookup("import.meta.env", "HF_TOKEN")).toBe("import.meta.env.HF_TOKEN");
    expect(renderEnvLookup("Deno.env.get", "HF_TOKEN")).toBe('Deno.env.get("HF_TOKEN")');
    expect(renderEnvLookup("Bun.env", "HF_TOKEN")).toBe("Bun.env.HF_TOKEN");
  });
});

describe("hosts", () => {
  it("reads the host of a URL's known text, and nothing from a beginning that stops inside it", () => {
    expect(literalHostOf("https://user:pw@API.Example.com:8443/x?y", true)).toBe("api.example.com");
    expect(literalHostOf("wss://[::1]:9000/socket", true)).toBe("[::1]");
    expect(literalHostOf("https://api.example.com", true)).toBe("api.example.com");
    expect(literalHostOf("https://api.", false)).toBeUndefined();
    expect(literalHostOf("https://api.example.com/", false)).toBe("api.example.com");
    expect(literalHostOf("/relative/path", true)).toBeUndefined();
    expect(literalHostOf("ftp://example.com", true)).toBeUndefined();
    expect(isAllowedHost("router.huggingface.co", HUGGING_FACE_HOSTS)).toBe(true);
    expect(isAllowedHost("huggingface.co.", HUGGING_FACE_HOSTS)).toBe(true);
    expect(isAllowedHost("huggingface.co.evil.example", HUGGING_FACE_HOSTS)).toBe(false);
    expect(isAllowedHost("evilhuggingface.co", HUGGING_FACE_HOSTS)).toBe(false);
  });
});
