import { Linter } from "eslint";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "../../src/index";

/*
 * The benchmark (npm run bench) times its inputs; these tests pin down what the inputs are, with
 * no timing: every hidden-token case is one our rules must find, and the scaling file holds
 * look-alikes only, so its cost is the cost of reading code with nothing to report.
 */
const root = join(__dirname, "..", "..");
const config = [...plugin.configs.all] as Linter.Config[];

interface BenchInputs {
  recallCases(): Array<{ file: string; text: string }>;
  scalingSource(megabytes: number): string;
}

describe("benchmark inputs", () => {
  let bench: BenchInputs;

  beforeAll(async () => {
    bench = (await import(join(root, "scripts", "bench.mjs"))) as BenchInputs;
  });

  it("every hidden-token case is found, once, with a masked message", () => {
    const linter = new Linter();
    for (const { file, text } of bench.recallCases()) {
      const messages = linter.verify(text, config, file);
      expect(messages.filter((message) => message.fatal), file).toEqual([]);
      expect(messages, file).toHaveLength(1);
      const tokenBody = /(?:hf_|api_org_)([A-Za-z0-9]{34})/.exec(text)?.[1];
      if (tokenBody) expect(messages[0]?.message.includes(tokenBody), file).toBe(false);
    }
  });

  it("the scaling file parses and holds nothing to report", () => {
    const source = bench.scalingSource(0.2);
    expect(source.length).toBeGreaterThanOrEqual(200_000);
    expect(new Linter().verify(source, config, "generated.js")).toEqual([]);
  });
});
