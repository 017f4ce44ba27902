import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Every relative link in a Markdown file of the packed package resolves to a file in the package:
 * the README and docs a user reads on the registry or in node_modules have no dead links.
 */
const root = join(__dirname, "..", "..");

describe("the packed package's Markdown links", () => {
  it("resolve to packed files", () => {
    const listing = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
    const packed = new Set((JSON.parse(listing) as { files: { path: string }[] }[])[0]?.files.map((file) => file.path) ?? []);
    const dead: string[] = [];
    for (const file of [...packed].filter((path) => path.endsWith(".md"))) {
      const text = readFileSync(join(root, file), "utf8");
      for (const [, link] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (link === undefined || /^[a-z]+:/i.test(link) || link.startsWith("#")) continue;
        const target = normalize(join(dirname(file), link.split("#")[0] ?? "")).replaceAll("\\", "/").replace(/\/$/, "");
        const found = packed.has(target) || [...packed].some((path) => path.startsWith(`${target}/`));
        if (!found) dead.push(`${file} → ${link}`);
      }
    }
    expect(packed.has("README.md")).toBe(true);
    expect(dead).toEqual([]);
  });
});
