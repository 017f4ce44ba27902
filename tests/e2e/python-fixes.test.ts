import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Linter } from "eslint";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { makeToken } from "../helpers/tokens";

/*
 * Every Python fix must compile. Generated Python files put tokens in the places real scripts do
 * (and in the ones a naive rewrite breaks: triple quotes, implicit concatenation, escaped quotes,
 * `case` patterns, f-strings with nested quotes, `from __future__`, `os` under another name); each
 * file that compiles before `--fix` must compile after it, checked by `python3 -m py_compile`.
 */
const config = [...plugin.configs.text] as Linter.Config[];
const python = spawnSync("python3", ["--version"], { encoding: "utf8" });
const hasPython = python.status === 0;
const folder = mkdtempSync(join(tmpdir(), "hf-secrets-python-"));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Place = (token: string, index: number) => string;

const HEADS: string[] = ["", "#!/usr/bin/env python3\n", '"""Module docstring."""\n', "from __future__ import annotations\n", "import os as o\n", "from os import environ\n", "from os import environ as env\n", "import sys, os\n"];
const PLACES: Place[] = [
  (token, index) => `x${index} = "${token}"`,
  (token) => `HF_TOKEN = '${token}'`,
  (token) => `login(token="${token}")`,
  (token, index) => `c${index} = InferenceClient(\n    "m",  # the model\n    token="${token}",\n)`,
  (token, index) => `s${index} = """${token}"""`,
  (token, index) => `s${index} = ("${token}" "suffix")`,
  (token, index) => `s${index} = ("prefix" '${token}')`,
  (token, index) => `s${index} = "\\"${token}"`,
  (token, index) => `s${index} = f"{'${token}'}"`,
  (token, index) => `s${index} = f'{x}${token}'`,
  (token, index) => `s${index} = r"${token}"`,
  (token, index) => `match v${index}:\n    case "${token}":\n        pass`,
  (token, index) => `def f${index}(t="${token}"):\n    return t`,
  (token, index) => `d${index} = {"${token}": 1}`,
  (token, index) => `x${index} = '${token}'  # "quoted" in a comment`,
  (token) => `# old: "${token}"`,
  (token, index) => `x${index} = 'it\\'s' + "${token}"`,
];

/**
 * Which of `codes` compile, by one `python3` for the lot: a process per file cost 8 s of
 * `npm test` on two cores.
 */
function compileAll(codes: readonly string[], prefix: string): boolean[] {
  const files = codes.map((code, index) => {
    const file = join(folder, `${prefix}-${index}.py`);
    writeFileSync(file, code);
    return file;
  });
  const script = "import py_compile, sys\nfor f in sys.argv[1:]:\n    try:\n        py_compile.compile(f, doraise=True)\n        print('ok')\n    except py_compile.PyCompileError:\n        print('error')\n";
  const run = spawnSync("python3", ["-c", script, ...files], { encoding: "utf8" });
  return run.stdout.trim().split("\n").map((line) => line === "ok");
}

describe.skipIf(!hasPython)("Python fixes (python3 present)", () => {
  it("a fixed Python file compiles wherever the original did", () => {
    const cases = fc.sample(
      fc.tuple(fc.nat(HEADS.length - 1), fc.array(fc.record({ place: fc.nat(PLACES.length - 1), seed: fc.integer({ min: 1, max: 5_000 }) }), { minLength: 1, maxLength: 4 })),
      { numRuns: 40, seed: 20261129 },
    );
    const originals = cases.map(([head, items]) => `${HEADS[head]}${items.map((item, index) => (PLACES[item.place] as Place)(makeToken(item.seed), index)).join("\n")}\n`);
    const originalsCompile = compileAll(originals, "original");
    const compiling = originals.filter((_code, index) => originalsCompile[index] === true);
    const fixed = compiling.map((code) => new Linter().verifyAndFix(code, config, { filename: "script.py" }).output);
    const results = compileAll(fixed, "fixed");
    const broken = fixed.filter((_code, index) => results[index] !== true).map((code) => code.replace(/hf_[A-Za-z0-9]{34}/g, "hf_…"));
    expect(broken).toEqual([]);
    expect(results).toHaveLength(fixed.length);
    // The fixes ran: most generated files have a place the fix rewrites.
    expect(fixed.filter((code, index) => code !== compiling[index]).length).toBeGreaterThan(12);
  }, 120_000);

  it("writes os under the name the file binds, and import os after from __future__", () => {
    const token = makeToken(121);
    const fix = (code: string) => new Linter().verifyAndFix(code, config, { filename: "script.py" }).output;
    expect(fix(`import os as o\nx = "${token}"\n`)).toBe(`import os as o\nx = o.environ["HF_TOKEN"]\n`);
    expect(fix(`from os import environ as env\nx = "${token}"\n`)).toBe(`from os import environ as env\nx = env["HF_TOKEN"]\n`);
    expect(fix(`from __future__ import annotations\nx = "${token}"\n`)).toBe(`from __future__ import annotations\nimport os\nx = os.environ["HF_TOKEN"]\n`);
    expect(fix(`s = """${token}"""\n`)).toBe(`s = """${token}"""\n`);
    expect(fix(`s = f"{'${token}'}"\n`)).toBe(`s = f"{'${token}'}"\n`);
  });
});

describe.skipIf(hasPython)("Python fixes (no python3 on this machine)", () => {
  it.skip("python3 is needed to compile the fixed files", () => undefined);
});
