import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as jsSlots from "../../src/catalogue/js-token-slots";
import * as pythonSlots from "../../src/catalogue/python-token-slots";
// @ts-expect-error -- a plain .mjs script without types
import { renderCatalogueDocs } from "../../scripts/catalogue-docs.mjs";

/* docs/catalogue.md is the catalogue, rendered: the page never says what the code does not know. */
describe("docs/catalogue.md", () => {
  it("matches src/catalogue (regenerate with `npm run build && node scripts/catalogue-docs.mjs`)", () => {
    const page = readFileSync(join(__dirname, "..", "..", "docs", "catalogue.md"), "utf8");
    const catalogue = { ...pythonSlots, ...jsSlots };
    expect(page).toBe((renderCatalogueDocs as (tables: typeof catalogue) => string)(catalogue));
  });
});
