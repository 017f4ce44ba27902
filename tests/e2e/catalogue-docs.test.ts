import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without types
import { CATALOGUE_MODULES, renderCatalogueDocs } from "../../scripts/catalogue-docs.mjs";

/* docs/catalogue.md is the catalogue, rendered: the page never says what the code does not know. */
describe("docs/catalogue.md", () => {
  it("matches src/catalogue (regenerate with `npm run build && node scripts/catalogue-docs.mjs`)", async () => {
    const page = readFileSync(join(__dirname, "..", "..", "docs", "catalogue.md"), "utf8");
    const modules = await Promise.all((CATALOGUE_MODULES as string[]).map((module) => import(/* @vite-ignore */ join(__dirname, "..", "..", "src", `${module}.ts`)) as Promise<Record<string, unknown>>));
    const catalogue = Object.assign({}, ...modules) as Record<string, unknown>;
    expect(page).toBe((renderCatalogueDocs as (tables: Record<string, unknown>) => string)(catalogue));
  });

  it("renders every table of src/catalogue", () => {
    const page = readFileSync(join(__dirname, "..", "..", "docs", "catalogue.md"), "utf8");
    for (const heading of ["Token forms", "Requests", "Client options", "Hugging Face hosts", "Loggers", "Responses", "Page data", "Client storage", "Build inlining", "Public env prefixes", "Text files"]) {
      expect(page).toContain(`${["Client options", "Page data"].includes(heading) ? "###" : "##"} ${heading}`);
    }
  });
});
