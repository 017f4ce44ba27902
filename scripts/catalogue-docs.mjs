// Writes docs/catalogue.md from src/catalogue (built into dist/): what the plugin knows about the
// ecosystem, one table per category, each entry with its source. `npm test` fails when the page and
// the catalogue differ (tests/e2e/catalogue-docs.test.ts): run `npm run build && node scripts/catalogue-docs.mjs`.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The page's text for the catalogue's tables. */
export function renderCatalogueDocs({ PYTHON_TOKEN_SLOTS, PYTHON_TOKEN_PACKAGES, JS_TOKEN_SLOTS, JS_TOKEN_PACKAGES }) {
  const lines = [
    "# What the plugin knows",
    "",
    "Generated from `src/catalogue/` by `node scripts/catalogue-docs.mjs`; do not edit. Each entry names",
    "the package, version and file it was read from. To add a library, edit the generator that reads it",
    "(`src/catalogue/README.md`).",
    "",
    "## JavaScript and TypeScript: arguments and options that carry a Hugging Face token",
    "",
    "A literal given to one of these is a finding of [no-literal-token-assignment](rules/no-literal-token-assignment.md)",
    `where the callee is imported or required from its package (${JS_TOKEN_PACKAGES.map((name) => `\`${name}\``).join(", ")}),`,
    `by name, renamed or through a namespace. ${JS_TOKEN_SLOTS.length} entries, read from the packages' type definitions with the`,
    "TypeScript compiler API (`scripts/generate-js-token-slots.mjs`). An option that takes `undefined` is fixed to the env",
    "read; a required one, in TypeScript, to `requireEnv(\"HF_TOKEN\")`.",
    "",
    "| Called as | Argument | Option | Optional | Source |",
    "| --- | --- | --- | --- | --- |",
    ...JS_TOKEN_SLOTS.map((slot) => `| \`${slot.kind === "new" ? "new " : ""}${slot.export}\` | ${slot.position} | ${slot.path === "" ? "(the argument)" : `\`${slot.path}\``} | ${slot.optional ? "yes" : "no"} | ${slot.source} |`),
    "",
    "## Python: parameters that carry a Hugging Face token",
    "",
    `A literal given to one of these, by keyword or (where a position is shown) by position, is a finding of`,
    `[no-literal-token-assignment](rules/no-literal-token-assignment.md) in \`.py\` files and notebooks that import`,
    `one of ${PYTHON_TOKEN_PACKAGES.map((name) => `\`${name}\``).join(", ")}. ${PYTHON_TOKEN_SLOTS.length} entries,`,
    "read from the libraries' source with Python's `ast` (`scripts/generate-python-token-slots.py`).",
    "",
    "| Called as | Parameter | Position | Source |",
    "| --- | --- | --- | --- |",
    ...PYTHON_TOKEN_SLOTS.map((slot) => `| \`${slot.callee}\` | \`${slot.parameter}\` | ${slot.position ?? "keyword"} | ${slot.source} |`),
    "",
  ];
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const load = createRequire(import.meta.url);
  const catalogue = { ...load(join(root, "dist", "catalogue", "python-token-slots.js")), ...load(join(root, "dist", "catalogue", "js-token-slots.js")) };
  writeFileSync(join(root, "docs", "catalogue.md"), renderCatalogueDocs(catalogue));
  console.log("wrote docs/catalogue.md");
}
