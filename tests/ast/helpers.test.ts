import type { TSESTree } from "@typescript-eslint/utils";
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { displayedName, isClientFile, isProseAround, tokenPlace } from "../../src/ast/fix-policy";
import { envReadName, keyName, outermostWrapper, skipWrappers } from "../../src/ast/names";
import { replacementSlot, statementLineRange } from "../../src/ast/replacement";
import { AST_NODE_TYPES } from "../../src/ast/node-types";
import { AST_NODE_TYPES as UPSTREAM_NODE_TYPES } from "@typescript-eslint/types";

/* Unit tests of the ESLint-side helpers the rules share (as typescript-eslint keeps tests/util). */

function program(code: string, jsx = true): TSESTree.Program {
  return parse(code, { range: true, loc: true, jsx }) as unknown as TSESTree.Program;
}

/** The first string literal whose value is `value`, with parents set. */
function literal(code: string, value: string): TSESTree.Node {
  const ast = program(code);
  let found: TSESTree.Node | undefined;
  const visit = (node: TSESTree.Node, parent: TSESTree.Node | undefined): void => {
    (node as { parent?: TSESTree.Node }).parent = parent;
    if (!found && node.type === "Literal" && node.value === value) found = node;
    for (const [key, child] of Object.entries(node)) {
      if (key === "parent") continue;
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === "object" && typeof (item as { type?: unknown }).type === "string") visit(item as TSESTree.Node, node);
      }
    }
  };
  visit(ast, undefined);
  if (!found) throw new Error(`no literal ${value}`);
  return found;
}

describe("fix-policy", () => {
  it.each([
    [`const a = <p title="V" />;`, "displayed"],
    [`const a = <Chat token="V" />;`, "code"],
    [`const a = <input value="V" />;`, "displayed"],
    [`const a = <code>{"V"}</code>;`, "displayed"],
    [`console.log("V");`, "displayed"],
    [`if (x === "V") y();`, "compared"],
    [`switch (x) { case "V": }`, "compared"],
    [`const s = new Set(["V"]);`, "compared"],
    [`const v = "V" as const;`, "literal-only"],
    [`declare const v = "V";`, "literal-only"],
    [`const v = "V";`, "code"],
  ])("%s → %s", (code, place) => {
    expect(tokenPlace(literal(code, "V"), "file.tsx")).toBe(place);
  });

  it("reads prose around a token, and takes header values for code", () => {
    expect(isProseAround("Use ", " for staging")).toBe(true);
    expect(isProseAround("curl -H 'Authorization: Bearer ", "'")).toBe(true);
    expect(isProseAround("Bearer ", "")).toBe(false);
    expect(isProseAround("Authorization: Bearer ", "")).toBe(false);
    expect(isProseAround("?token=", "&x=1")).toBe(false);
    expect(isProseAround(" ", "")).toBe(false);
  });

  it("names the variable in words, in a shell's form inside snippets", () => {
    expect(displayedName("HF_TOKEN", "export HF_TOKEN=…")).toBe("$HF_TOKEN");
    expect(displayedName("HF_TOKEN", "Use … for staging")).toBe("HF_TOKEN");
  });

  it("finds the use client directive only among the directives", () => {
    expect(isClientFile(program(`"use client";\nexport {};`))).toBe(true);
    expect(isClientFile(program(`"use strict";\n"use client";`))).toBe(true);
    expect(isClientFile(program(`f();\n"use client";`))).toBe(false);
  });
});

describe("names and replacement", () => {
  it("reads keys, env reads and wrappers", () => {
    const node = literal(`const v = process.env["HF_TOKEN"] ?? ("V" as string)!;`, "V");
    expect(outermostWrapper(node).type).toBe("TSNonNullExpression");
    const env = program(`process.env["HF_TOKEN"];`).body[0] as TSESTree.ExpressionStatement;
    expect(envReadName(env.expression)).toBe("HF_TOKEN");
    expect(skipWrappers(env.expression).type).toBe("MemberExpression");
    const member = env.expression as TSESTree.MemberExpression;
    expect(keyName(member.property, member.computed)).toBe("HF_TOKEN");
  });

  it("knows where only a literal may stand", () => {
    expect(replacementSlot(literal(`const o = { "V": 1 };`, "V"))).toBe("none");
    expect(replacementSlot(literal(`import x from "V";`, "V"))).toBe("none");
    expect(replacementSlot(literal(`const a = <A b="V" />;`, "V"))).toBe("jsx-attribute");
    expect(replacementSlot(literal(`f("V");`, "V"))).toBe("expression");
  });

  it("takes a statement with its indentation and line end", () => {
    const text = `a();\n  b();\nc();\n`;
    const statement = program(text).body[1] as TSESTree.Node;
    expect(statementLineRange(statement, text)).toEqual([5, 12]);
    expect(text.slice(0, 5) + text.slice(12)).toBe(`a();\nc();\n`);
  });
});

describe("node types", () => {
  // src/ast/node-types.ts is generated (scripts/generate-node-types.mjs): a new typescript-eslint
  // that adds or renames a node type fails here until the copy is generated again.
  it("are typescript-eslint's, every one", () => {
    expect({ ...AST_NODE_TYPES }).toEqual({ ...UPSTREAM_NODE_TYPES });
  });
});
