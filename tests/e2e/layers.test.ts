import { ESLint } from "eslint";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The repository's own lint keeps the layers pointing one way (core ← options, io ← ast ← rules ←
 * configs ← index): a probe that imports upward fails `npm run lint`. Uses the built plugin, as
 * eslint.config.mjs does (`npm test` builds first).
 */
const root = join(__dirname, "..", "..");

async function lintMessages(file: string, code: string, ruleId: string): Promise<number> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === ruleId).length;
}

function restrictedImports(file: string, code: string): Promise<number> {
  return lintMessages(file, code, "no-restricted-imports");
}

describe("layers", () => {
  it.each([
    ["src/core/probe.ts", `import { rules } from "../rules";\nexport const x = rules;`],
    ["src/core/probe.ts", `import type { TSESTree } from "@typescript-eslint/utils";\nexport type X = TSESTree.Node;`],
    ["src/ast/probe.ts", `import rule from "../rules/no-hardcoded-token";\nexport const x = rule;`],
    ["src/options/probe.ts", `import { FileFixer } from "../ast/token-fix";\nexport const x = FileFixer;`],
    ["src/rules/probe.ts", `import { flatConfig } from "../configs";\nexport const x = flatConfig;`],
    ["src/rules/no-hardcoded-token/probe.ts", `import plugin from "../../index";\nexport const x = plugin;`],
  ])("%s may not import upward: %s", async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(1);
  });

  // The package's export is a getter (docs/performance.md): code takes the plain binding from src/ast/node-types.
  it.each(["src/ast/probe.ts", "src/rules/probe.ts"])("%s takes AST_NODE_TYPES from src/ast/node-types", async (file) => {
    expect(await restrictedImports(file, `import { AST_NODE_TYPES } from "@typescript-eslint/types";\nexport const x = AST_NODE_TYPES;`)).toBe(1);
    expect(await restrictedImports("src/ast/probe.ts", `import { AST_NODE_TYPES } from "./node-types";\nexport const x = AST_NODE_TYPES;`)).toBe(0);
  });

  // ESLint gives each file's contexts a new prototype; an ordinary read misses V8's caches (docs/performance.md).
  it.each([
    `export const create = (context: { sourceCode: unknown }) => context.sourceCode;`,
    `export class Check { constructor(private readonly context: { filename: string }) {}\n  name(): string { return this.context.filename; } }`,
    `export const create = (context: { options: unknown[] }) => context.options;`,
  ])("src/rules reads the rule context through contextFact: %s", async (code) => {
    expect(await lintMessages("src/rules/probe.ts", code, "no-restricted-syntax")).toBe(1);
  });

  it("contextFact and context.report pass", async () => {
    const code = `import { contextFact } from "../util/context-fact";\nexport const create = (context: { sourceCode: { text: string }; filename: string; options: unknown[]; report(d: unknown): void }) => { context.report(contextFact(context, "sourceCode").text); };`;
    expect(await lintMessages("src/rules/probe.ts", code, "no-restricted-syntax")).toBe(0);
  });

  it("downward imports pass", async () => {
    expect(await restrictedImports("src/ast/probe.ts", `import { findTokens } from "../core";\nexport const x = findTokens;`)).toBe(0);
    expect(await restrictedImports("src/rules/probe.ts", `import { FileFixer } from "../ast/token-fix";\nexport const x = FileFixer;`)).toBe(0);
  });
});
