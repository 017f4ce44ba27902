import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/*
 * The rotation inventory: what `token-usage-inventory` reports, grouped for a person rotating a
 * token (by variable, then package, then file) or for a script (JSON). ESLint hands a formatter
 * messages, not their data, so the rule's message starts in a fixed form that is read back here.
 */

import { INVENTORY_MESSAGE_START } from "../core/inventory-message";

export const INVENTORY_RULE_ID = "hf-secrets/token-usage-inventory";

export interface InventoryRead {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly via: string;
}

export interface InventoryPackage {
  /** The `name` of the nearest package.json, or `(no package.json)`. */
  readonly name: string;
  readonly reads: InventoryRead[];
}

export interface InventoryVariable {
  readonly name: string;
  readonly packages: InventoryPackage[];
}

export interface Inventory {
  readonly variables: InventoryVariable[];
  readonly readCount: number;
}

/** What a formatter receives from ESLint, as far as the inventory needs it. */
export interface LintResultLike {
  readonly filePath: string;
  readonly messages: ReadonlyArray<{ ruleId: string | null; message: string; line: number; column: number }>;
}

const NO_PACKAGE = "(no package.json)";

function nearestPackageName(directory: string, cache: Map<string, string>): string {
  const cached = cache.get(directory);
  if (cached !== undefined) return cached;
  const manifest = join(directory, "package.json");
  let name: string;
  if (existsSync(manifest)) {
    try {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown };
      name = typeof parsed.name === "string" && parsed.name !== "" ? parsed.name : relative(process.cwd(), directory) || ".";
    } catch {
      name = relative(process.cwd(), directory) || ".";
    }
  } else {
    const parent = dirname(directory);
    name = parent === directory ? NO_PACKAGE : nearestPackageName(parent, cache);
  }
  cache.set(directory, name);
  return name;
}

function sortedByName<T extends { name: string }>(items: Iterable<T>): T[] {
  return [...items].sort((left, right) => left.name.localeCompare(right.name));
}

export function buildInventory(results: readonly LintResultLike[], cwd: string): Inventory {
  const packageNames = new Map<string, string>();
  const variables = new Map<string, Map<string, InventoryRead[]>>();
  let readCount = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.ruleId !== INVENTORY_RULE_ID) continue;
      const parsed = INVENTORY_MESSAGE_START.exec(message.message);
      if (!parsed?.[1] || !parsed[2]) continue;
      const packageName = nearestPackageName(dirname(result.filePath), packageNames);
      const byPackage = variables.get(parsed[1]) ?? new Map<string, InventoryRead[]>();
      variables.set(parsed[1], byPackage);
      const reads = byPackage.get(packageName) ?? [];
      byPackage.set(packageName, reads);
      reads.push({ file: relative(cwd, result.filePath), line: message.line, column: message.column, via: parsed[2] });
      readCount += 1;
    }
  }
  return {
    readCount,
    variables: sortedByName(
      [...variables].map(([name, byPackage]) => ({
        name,
        packages: sortedByName(
          [...byPackage].map(([packageName, reads]) => ({
            name: packageName,
            reads: reads.sort((left, right) => left.file.localeCompare(right.file) || left.line - right.line),
          })),
        ),
      })),
    ),
  };
}

function escapeCell(text: string): string {
  return text.replaceAll("|", "\\|");
}

/** Markdown, ready to paste into an incident ticket. */
export function inventoryTable(inventory: Inventory): string {
  if (inventory.readCount === 0) {
    return "Hugging Face token inventory: no read of a Hugging Face token variable was found.\n";
  }
  const lines = [
    `## Hugging Face token inventory: ${inventory.readCount} read${inventory.readCount === 1 ? "" : "s"} of ${inventory.variables.length} variable${inventory.variables.length === 1 ? "" : "s"}`,
    "",
    "Every place below stops working when the token is revoked. Give each one the new token, then deactivate the old one.",
  ];
  for (const variable of inventory.variables) {
    const count = variable.packages.reduce((sum, entry) => sum + entry.reads.length, 0);
    lines.push("", `### ${variable.name} (${count} read${count === 1 ? "" : "s"} in ${variable.packages.length} package${variable.packages.length === 1 ? "" : "s"})`, "");
    lines.push("| Package | File | Line | Read through |", "| --- | --- | ---: | --- |");
    for (const entry of variable.packages) {
      for (const read of entry.reads) {
        lines.push(`| ${escapeCell(entry.name)} | ${escapeCell(read.file)} | ${read.line} | ${escapeCell(read.via)} |`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
