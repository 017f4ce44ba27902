import { buildInventory, inventoryTable, type LintResultLike } from "../inventory/inventory";

/**
 * ESLint formatter: the rotation inventory as Markdown tables, grouped by variable, then package
 * and file. `eslint --format ./node_modules/eslint-plugin-hf-secrets/dist/formatters/inventory.js`
 */
function formatInventory(results: readonly LintResultLike[], context?: { cwd?: string }): string {
  return inventoryTable(buildInventory(results, context?.cwd ?? process.cwd()));
}

export = formatInventory;
