import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInventory, inventoryTable, INVENTORY_RULE_ID } from "../../src/inventory/inventory";

describe("buildInventory", () => {
  let workspace: string;

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), "hf-inventory-"));
    mkdirSync(join(workspace, "services", "api", "src"), { recursive: true });
    mkdirSync(join(workspace, "tools"), { recursive: true });
    writeFileSync(join(workspace, "package.json"), JSON.stringify({ name: "monorepo-root" }));
    writeFileSync(join(workspace, "services", "api", "package.json"), JSON.stringify({ name: "@acme/api" }));
  });

  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  const message = (name: string, via: string, line: number) => ({
    ruleId: INVENTORY_RULE_ID,
    message: `${name} is read through ${via}: this code stops working when the token in ${name} is revoked, until it gets the new one.`,
    line,
    column: 1,
  });

  it("groups by the nearest package.json, ignores other rules, and escapes table cells", () => {
    const inventory = buildInventory(
      [
        { filePath: join(workspace, "services", "api", "src", "b.ts"), messages: [message("HF_TOKEN", "process.env", 9), message("HF_TOKEN", "process.env", 2)] },
        { filePath: join(workspace, "tools", "a|b.mjs"), messages: [message("HF_TOKEN", "Deno.env.get", 1), { ruleId: "no-console", message: "x", line: 1, column: 1 }] },
      ],
      workspace,
    );
    expect(inventory.readCount).toBe(3);
    expect(inventory.variables[0]?.packages.map((entry) => [entry.name, entry.reads.map((read) => read.line)])).toEqual([
      ["@acme/api", [2, 9]],
      ["monorepo-root", [1]],
    ]);
    expect(inventoryTable(inventory)).toContain("| monorepo-root | tools/a\\|b.mjs | 1 | Deno.env.get |");
  });

  it("says so when nothing reads a token", () => {
    expect(inventoryTable(buildInventory([], workspace))).toBe("Hugging Face token inventory: no read of a Hugging Face token variable was found.\n");
  });
});
