import { buildInventory, type LintResultLike } from "../inventory/inventory";

/**
 * ESLint formatter: the rotation inventory as JSON, for scripts.
 * `eslint --format ./node_modules/eslint-plugin-hf-secrets/dist/formatters/inventory-json.js`
 */
function formatInventoryJson(results: readonly LintResultLike[], context?: { cwd?: string }): string {
  return `${JSON.stringify(buildInventory(results, context?.cwd ?? process.cwd()), null, 2)}\n`;
}

export = formatInventoryJson;
