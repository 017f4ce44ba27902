import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The catalogue is generated from the libraries' own source: regenerated here from the pinned
 * versions (the wheels pip downloads), it must equal the committed file.
 */
const root = join(__dirname, "..", "..");

describe("src/catalogue", () => {
  it("js-token-slots.ts matches the pinned packages' type definitions", () => {
    const run = spawnSync(process.execPath, [join(root, "scripts", "generate-js-token-slots.mjs"), "--check"], { cwd: root, encoding: "utf8" });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    expect(run.stdout).toContain("matches the pinned packages");
  });

  it("python-token-slots.ts matches the pinned Hugging Face Python libraries", () => {
    const run = spawnSync("python3", [join(root, "scripts", "generate-python-token-slots.py"), "--check"], { cwd: root, encoding: "utf8" });
    expect(run.status, `${run.stdout}${run.stderr.split("\n").filter((line) => !line.startsWith("WARNING")).join("\n")}`).toBe(0);
    expect(run.stdout).toContain("matches the pinned libraries");
  });
});
