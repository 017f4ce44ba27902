import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { endsWalkOf, listenersOnFirstUse, releaseWalkedFile } from "../../src/util/listeners-on-first-use";

interface FakeContext {
  readonly options: unknown[];
  readonly sourceCode: { readonly text: string };
  readonly filename: string;
  readonly settings: unknown;
}

function fileContext(text: string): FakeContext {
  return { options: [], sourceCode: { text }, filename: `${text}.js`, settings: {} };
}

/** A rule that records which file and options each call saw, and how often it built listeners. */
function recordingRule(skipsFile?: (sourceCode: { readonly text: string }) => boolean) {
  const built: string[] = [];
  const calls: string[] = [];
  const create = listenersOnFirstUse((context: FakeContext, options: { tag: string }) => {
    built.push(context.sourceCode.text);
    return {
      Literal: (node: unknown): void => {
        calls.push(`${context.sourceCode.text}/${options.tag}/${String(node)}`);
      },
      "Program:exit": (): void => {
        calls.push(`${context.sourceCode.text}/exit`);
      },
    };
  }, skipsFile as never);
  return { create, built, calls };
}

describe("listenersOnFirstUse", () => {
  it("builds a file's listeners on their first call, once, and never for a file that calls none", () => {
    const { create, built, calls } = recordingRule();
    const options = { tag: "a" };
    // The first file of an option set builds at once: its selectors make the shared listeners.
    const shared = create(fileContext("one"), options);
    expect(built).toEqual(["one"]);
    expect(create(fileContext("two"), options)).toBe(shared);
    expect(built).toEqual(["one"]);
    create(fileContext("three"), options);
    const literal = shared.Literal as (node: never) => void;
    literal("x" as never);
    literal("y" as never);
    expect(built).toEqual(["one", "three"]);
    expect(calls).toEqual(["three/a/x", "three/a/y"]);
  });

  it("keeps one set of shared listeners per option set, each calling with its own options", () => {
    const { create, calls } = recordingRule();
    const first = create(fileContext("one"), { tag: "a" });
    const other = { tag: "b" };
    const second = create(fileContext("two"), other);
    expect(second).not.toBe(first);
    (second.Literal as (node: never) => void)("x" as never);
    expect(create(fileContext("three"), other)).toBe(second);
    (second.Literal as (node: never) => void)("y" as never);
    expect(calls).toEqual(["two/b/x", "three/b/y"]);
  });

  it("gives a second creation for the same file listeners of its own", () => {
    const { create, calls } = recordingRule();
    const options = { tag: "a" };
    create(fileContext("warm-up"), options);
    const file = fileContext("one");
    const first = create(file, options);
    const second = create({ ...file, options: [] }, { tag: "second" });
    expect(second).not.toBe(first);
    (first.Literal as (node: never) => void)("x" as never);
    (second.Literal as (node: never) => void)("y" as never);
    expect(calls).toEqual(["one/a/x", "one/second/y"]);
  });
});

describe("listenersOnFirstUse with files the rule leaves alone", () => {
  const generated = (sourceCode: { readonly text: string }): boolean => sourceCode.text.startsWith("bundle");

  it("calls nothing in a skipped file, and keeps its selectors when the first file is one", () => {
    const { create, calls } = recordingRule(generated);
    const options = { tag: "a" };
    const shared = create(fileContext("bundle-1"), options);
    expect(Object.keys(shared)).toEqual(["Literal", "Program:exit"]);
    (shared.Literal as (node: never) => void)("x" as never);
    expect(create(fileContext("source"), options)).toBe(shared);
    (shared.Literal as (node: never) => void)("y" as never);
    create(fileContext("bundle-2"), options);
    (shared.Literal as (node: never) => void)("z" as never);
    expect(calls).toEqual(["source/a/y"]);
  });
});

describe("listenersOnFirstUse lets the file go", () => {
  // Kept until the next file, a 16 MB file's tree stayed in memory while the next was parsed.
  it("holds no file once its walk has ended", async () => {
    setFlagsFromString("--expose-gc");
    const collect = runInNewContext("gc") as () => void;
    const { create } = recordingRule();
    const options = { tag: "a" };
    create(fileContext("warm-up"), options);
    const held = (() => {
      const context = fileContext("big");
      const shared = create(context, options);
      (shared["Program:exit"] as (node: never) => void)({} as never);
      return new WeakRef(context.sourceCode);
    })();
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    expect(held.deref()).toBeUndefined();
  });
});

/** A rule with no end of file of its own, like every lazily built rule of the plugin. */
function literalOnlyRule(calls: string[]) {
  return listenersOnFirstUse((context: FakeContext) => ({
    Literal: (node: unknown): void => {
      calls.push(`${context.sourceCode.text}/${String(node)}`);
    },
  }));
}

describe("listenersOnFirstUse ends a file once for all lazily built rules", () => {
  it("gives only the first rule created for a file an end-of-file listener, which lets every rule's file go", async () => {
    setFlagsFromString("--expose-gc");
    const collect = runInNewContext("gc") as () => void;
    const calls: string[] = [];
    const first = literalOnlyRule(calls);
    const second = literalOnlyRule(calls);
    const options = {};
    first(fileContext("warm-up-1"), options);
    second(fileContext("warm-up-1"), options);
    const held = (() => {
      const context = fileContext("big");
      const firstListeners = first(context, options);
      const secondListeners = second({ ...context, options: [] }, options);
      expect(Object.keys(firstListeners).sort()).toEqual(["Literal", "Program:exit"]);
      expect(Object.keys(secondListeners)).toEqual(["Literal"]);
      (secondListeners.Literal as (node: never) => void)("x" as never);
      (firstListeners["Program:exit"] as (node: never) => void)({} as never);
      // Let go: a call after the end reaches no file.
      (secondListeners.Literal as (node: never) => void)("late" as never);
      return new WeakRef(context.sourceCode);
    })();
    expect(calls).toEqual(["big/x"]);
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    expect(held.deref()).toBeUndefined();
  });

  it("leaves a rule that reads the end of the file itself its own file until then", () => {
    const calls: string[] = [];
    const first = literalOnlyRule(calls);
    const { create: withEnd, calls: endCalls } = recordingRule();
    first(fileContext("warm-up"), {});
    withEnd(fileContext("warm-up"), { tag: "a" });
    const context = fileContext("one");
    const firstListeners = first(context, {});
    const endListeners = withEnd({ ...context, options: [] }, { tag: "a" });
    // ESLint calls the rules' end-of-file listeners in the order it created them.
    (firstListeners["Program:exit"] as (node: never) => void)({} as never);
    (endListeners["Program:exit"] as (node: never) => void)({} as never);
    expect(endCalls).toEqual(["one/exit"]);
  });
});

describe("a rule that ends every file itself", () => {
  it("spares the lazily built rules created after it an end-of-file listener, and lets them go when it ends the file", () => {
    const calls: string[] = [];
    const lazy = literalOnlyRule(calls);
    lazy(fileContext("warm-up"), {});
    const context = fileContext("one");
    endsWalkOf(context.sourceCode);
    const listeners = lazy(context, {});
    expect(Object.keys(listeners)).toEqual(["Literal"]);
    (listeners.Literal as (node: never) => void)("x" as never);
    releaseWalkedFile();
    (listeners.Literal as (node: never) => void)("late" as never);
    expect(calls).toEqual(["one/x"]);
    // The next file is the lazily built rule's to end again when no such rule claimed it.
    expect(Object.keys(lazy(fileContext("two"), {})).sort()).toEqual(["Literal", "Program:exit"]);
  });
});
