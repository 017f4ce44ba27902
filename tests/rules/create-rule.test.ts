import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules";
import { contextFact } from "../../src/util/context-fact";
import { createRule, withDefaultOptions } from "../../src/util/create-rule";

describe("options with defaults", () => {
  const defaults = [{ envAccess: "process.env", variableName: "HF_TOKEN", allowedValues: [] as string[] }] as const;

  it("keeps every default the user did not give, and takes every value the user gave", () => {
    const merged = withDefaultOptions(defaults, [{ envAccess: "import.meta.env", allowedValues: ["a"] }]);
    expect(merged).toEqual([{ envAccess: "import.meta.env", variableName: "HF_TOKEN", allowedValues: ["a"] }]);
  });

  it("returns the defaults when no option is given, and never changes them", () => {
    expect(withDefaultOptions(defaults, [])).toEqual(defaults);
    withDefaultOptions(defaults, [{ variableName: "X" }]);
    expect(defaults[0].variableName).toBe("HF_TOKEN");
  });

  it("every rule declares its defaults and its docs page", () => {
    for (const rule of Object.values(rules)) {
      // A rule without options has neither a schema entry nor defaults.
      if (Array.isArray(rule.meta.schema) && rule.meta.schema.length > 0) expect(rule.meta.defaultOptions, rule.meta.docs?.description).toBeDefined();
      expect(rule.meta.docs?.url).toMatch(/^https:\/\/github\.com\/.+\/docs\/rules\/.+\.md$/);
    }
  });
});

describe("createRule", () => {
  // The files a rule leaves alone are decided where its listeners are built on first use.
  it("refuses skipsFile on a rule built at once, where it would be ignored", () => {
    const definition = { name: "x", meta: { type: "problem", docs: { description: "x" }, schema: [], messages: {} }, defaultOptions: [], create: () => ({}), skipsFile: () => true } as const;
    expect(() => createRule(definition as never)).toThrow("x: skipsFile is read only with buildListenersOnFirstUse.");
    expect(() => createRule({ ...definition, buildListenersOnFirstUse: true } as never)).not.toThrow();
  });
});

describe("contextFact", () => {
  // ESLint's contexts hold `options` themselves and inherit `sourceCode` and `filename` from the file's context.
  it("reads what a rule context holds and what it inherits, getters included", () => {
    const fileContext = Object.freeze({ sourceCode: { text: "x" }, get filename() { return "a.ts"; } });
    const context = Object.freeze(Object.assign(Object.create(fileContext) as typeof fileContext, { options: [{ variableName: "X" }] }));
    expect(contextFact(context, "options")).toEqual([{ variableName: "X" }]);
    expect(contextFact(context, "sourceCode")).toBe(fileContext.sourceCode);
    expect(contextFact(context, "filename")).toBe("a.ts");
  });
});
