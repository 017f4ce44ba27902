import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { makeToken } from "../helpers/tokens";

/*
 * Disable comments in text files, in each format's own comment syntax, as `@eslint/markdown` and
 * `@eslint/json` honour them: -next-line, -line, disable/enable blocks, rule lists, and
 * --report-unused-disable-directives.
 */
const TOKEN = makeToken(101);
const RULE = "hf-secrets/no-hardcoded-token";
const config = [...plugin.configs.text] as Linter.Config[];

function lint(filename: string, code: string): Array<[number, string]> {
  return new Linter()
    .verify(code, config, { filename, reportUnusedDisableDirectives: true })
    .map((message) => [message.line, message.ruleId ?? (message.message.startsWith("Unused eslint-disable") ? "unused-directive" : message.message)]);
}

const HASH_FORMATS: Array<[string, (value: string) => string]> = [
  ["script.py", (value) => `token = "${value}"`],
  ["deploy.sh", (value) => `curl -H "Authorization: Bearer ${value}" https://huggingface.co`],
  ["config.yml", (value) => `token: ${value}`],
  ["config.yaml", (value) => `  - ${value}`],
  ["settings.toml", (value) => `token = "${value}"`],
];

describe.each(HASH_FORMATS)("# comments in %s", (filename, line) => {
  it("eslint-disable-next-line, with and without the rule's name", () => {
    expect(lint(filename, `# eslint-disable-next-line ${RULE} -- a documented fixture\n${line(TOKEN)}\n${line(TOKEN)}\n`)).toEqual([[3, RULE]]);
    expect(lint(filename, `# eslint-disable-next-line\n${line(TOKEN)}\n`)).toEqual([]);
  });

  it("eslint-disable-line after the value", () => {
    expect(lint(filename, `${line(TOKEN)}  # eslint-disable-line ${RULE}\n${line(TOKEN)}\n`)).toEqual([[2, RULE]]);
  });

  it("eslint-disable … eslint-enable", () => {
    expect(lint(filename, `# eslint-disable ${RULE}\n${line(TOKEN)}\n# eslint-enable ${RULE}\n${line(TOKEN)}\n`)).toEqual([[4, RULE]]);
  });

  it("an unused directive is reported with --report-unused-disable-directives", () => {
    expect(lint(filename, `# eslint-disable-next-line ${RULE}\nnothing = 1\n`)).toEqual([[1, "unused-directive"]]);
  });

  it("a disable for another rule does not silence this one", () => {
    expect(lint(filename, `# eslint-disable-next-line hf-secrets/no-literal-token-assignment\n${line(TOKEN)}\n`).filter(([, id]) => id === RULE)).toEqual([[2, RULE]]);
  });
});

describe("<!-- --> comments in Markdown", () => {
  it("each directive form", () => {
    expect(lint("README.md", `<!-- eslint-disable-next-line ${RULE} -->\n\`${TOKEN}\`\n\`${TOKEN}\`\n`)).toEqual([[3, RULE]]);
    expect(lint("README.md", `\`${TOKEN}\` <!-- eslint-disable-line ${RULE} -->\n`)).toEqual([]);
    expect(lint("docs.mdx", `<!-- eslint-disable ${RULE} -->\n${TOKEN}\n\n${TOKEN}\n<!-- eslint-enable ${RULE} -->\n${TOKEN}\n`)).toEqual([[6, RULE]]);
    expect(lint("README.md", `<!-- eslint-disable-next-line ${RULE} -->\nno token\n`)).toEqual([[1, "unused-directive"]]);
  });

  it("a comment shown in a code span or a fenced block is an example, not a directive", () => {
    expect(lint("README.md", `Write \`<!-- eslint-disable-next-line ${RULE} -->\` above it:\n${TOKEN}\n`)).toEqual([[2, RULE]]);
    expect(lint("README.md", `\`\`\`md\n<!-- eslint-disable-next-line ${RULE} -->\n\`\`\`\n${TOKEN}\n`)).toEqual([[4, RULE]]);
  });

  it("a # heading is no comment in Markdown", () => {
    expect(lint("README.md", `# eslint-disable-next-line ${RULE}\n${TOKEN}\n`)).toEqual([[2, RULE]]);
  });
});

describe("HTML files", () => {
  it("a token in an inline script, an attribute or text is reported; <!-- --> directives apply", () => {
    const page = `<!doctype html>\n<script>const t = "${TOKEN}";</script>\n<meta content="${TOKEN}">\n<!-- eslint-disable-next-line ${RULE} -->\n<p>${TOKEN}</p>\n`;
    expect(lint("index.html", page)).toEqual([
      [2, RULE],
      [3, RULE],
    ]);
  });
});

describe("// comments in JSONC", () => {
  it("each directive form", () => {
    expect(lint("settings.jsonc", `{\n  // eslint-disable-next-line ${RULE}\n  "token": "${TOKEN}",\n  "other": "${TOKEN}"\n}\n`).filter(([, id]) => id === RULE)).toEqual([[4, RULE]]);
    expect(lint("settings.jsonc", `{\n  /* eslint-disable ${RULE} */\n  "token": "${TOKEN}"\n}\n`).filter(([, id]) => id === RULE)).toEqual([]);
  });
});

describe("formats without comments", () => {
  it("JSON and plain text have none: allowedValues or ignores are the way (docs/text-files.md)", () => {
    expect(lint("data.json", `{\n  "_comment": "eslint-disable-next-line ${RULE}",\n  "token": "${TOKEN}"\n}\n`).filter(([, id]) => id === RULE)).toEqual([[3, RULE]]);
  });
});

describe("notebooks", () => {
  const notebook = (sourceLines: string[]) =>
    JSON.stringify({ cells: [{ cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: sourceLines }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);

  it("a # comment in a cell's source disables the cell's next line", () => {
    const code = notebook([`# eslint-disable-next-line ${RULE}\n`, `login("${TOKEN}")\n`, `login("${TOKEN}")`]);
    const lines = code.split("\n");
    const secondLogin = lines.findIndex((line, index) => line.includes(TOKEN) && index > lines.findIndex((other) => other.includes(TOKEN))) + 1;
    expect(lint("train.ipynb", code).filter(([, id]) => id === RULE)).toEqual([[secondLogin, RULE]]);
  });

  it("eslint-disable-line at the end of a cell's line", () => {
    const code = notebook([`login("${TOKEN}")  # eslint-disable-line ${RULE}\n`]);
    expect(lint("train.ipynb", code).filter(([, id]) => id === RULE)).toEqual([]);
  });
});

describe("meta.languages", () => {
  it("a JavaScript-only rule configured for the text language is a clear configuration error", () => {
    const misconfigured = [{ files: ["**/*.md"], plugins: { "hf-secrets": plugin }, language: "hf-secrets/text", rules: { "hf-secrets/no-public-token-env": "error" } }] as unknown as Linter.Config[];
    expect(() => new Linter().verify("text", misconfigured, "notes.md")).toThrow(/do not support the language "hf-secrets\/text"[^]*no-public-token-env/);
  });

  it("every rule says which languages it reads", () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect((rule.meta as { languages?: string[] }).languages, name).toContain("js/js");
    }
    expect((plugin.rules["no-hardcoded-token"]?.meta as { languages?: string[] }).languages).toContain("hf-secrets/text");
  });
});

describe("rules of other plugins that apply to every file", () => {
  // eslint-plugin-svelte's flat config turns on svelte/comment-directive with no `files`: it reads
  // parserServices on every file, text files included, and crashed ESLint when it was missing.
  it("find an empty parserServices on a text file, as on ESLint's own SourceCode", () => {
    const everywhere = {
      meta: { type: "problem", schema: [] },
      create(context: { sourceCode: { parserServices?: Record<string, unknown> } }) {
        const { svelteParseContext } = context.sourceCode.parserServices as Record<string, unknown>;
        return svelteParseContext === undefined ? {} : {};
      },
    };
    const config = [
      ...plugin.configs.text,
      { plugins: { other: { rules: { everywhere } } }, rules: { "other/everywhere": "error" } },
    ] as unknown as Linter.Config[];
    expect(() => new Linter().verify(`{ "name": "app" }`, config, "package-lock.json")).not.toThrow();
  });
});
