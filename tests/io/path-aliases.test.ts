import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Linter } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { aliasedPaths, pathAliasesFor } from "../../src/io/path-aliases";

/*
 * Path aliases as TypeScript maps them (typescriptlang.org/tsconfig#paths, #baseUrl), read from
 * real files: the nearest tsconfig.json or jsconfig.json, through relative `extends`.
 */
const root = mkdtempSync(join(tmpdir(), "hf-aliases-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const file = join(root, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe("aliasedPaths", () => {
  write("next/tsconfig.json", '{ "compilerOptions": { "paths": { "@/*": ["./src/*"], "@/lib/*": ["./lib/*", "./shared/*"], "config": ["./settings/index"] } } }');
  const next = pathAliasesFor(join(root, "next", "app", "page.tsx"));

  it("maps by the pattern with the longest prefix, every target in order, relative to the config", () => {
    expect(next).toBeDefined();
    if (!next) return;
    expect(aliasedPaths(next, "@/components/chat")).toEqual([join(root, "next", "src", "components", "chat")]);
    expect(aliasedPaths(next, "@/lib/config")).toEqual([join(root, "next", "lib", "config"), join(root, "next", "shared", "config")]);
    expect(aliasedPaths(next, "config")).toEqual([join(root, "next", "settings", "index")]);
    expect(aliasedPaths(next, "react")).toEqual([]);
  });

  it("resolves targets from baseUrl, and looks for any bare specifier under it", () => {
    write("based/jsconfig.json", '{ "compilerOptions": { "baseUrl": "src", "paths": { "~/*": ["*"] } } }');
    const based = pathAliasesFor(join(root, "based", "src", "page.js"));
    expect(based && aliasedPaths(based, "~/lib/env")).toEqual([join(root, "based", "src", "lib", "env"), join(root, "based", "src", "~", "lib", "env")]);
    expect(based && aliasedPaths(based, "lib/env")).toEqual([join(root, "based", "src", "lib", "env")]);
  });

  it("reads paths through a relative extends, as SvelteKit's generated config gives $lib", () => {
    write("kit/.svelte-kit/tsconfig.json", '{ "compilerOptions": { "paths": { "$lib": ["../src/lib"], "$lib/*": ["../src/lib/*"] } } }');
    write("kit/tsconfig.json", '{ "extends": "./.svelte-kit/tsconfig.json", "compilerOptions": { "strict": true } }');
    const kit = pathAliasesFor(join(root, "kit", "src", "routes", "+page.server.ts"));
    expect(kit && aliasedPaths(kit, "$lib/server/hf")).toEqual([join(root, "kit", "src", "lib", "server", "hf")]);
    expect(kit && aliasedPaths(kit, "$lib")).toEqual([join(root, "kit", "src", "lib")]);
  });

  it("is undefined without a config, and for a config that cannot be read", () => {
    write("broken/tsconfig.json", "{ not json");
    expect(pathAliasesFor(join(root, "broken", "a.ts"))).toBeUndefined();
  });
});

describe("the value flow through an alias", () => {
  write("flow/tsconfig.json", '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }');
  write("flow/src/lib/config.ts", "export const hfToken = process.env.HF_TOKEN;\nexport const port = process.env.PORT;\n");
  const config: Linter.Config[] = [{ plugins: { "hf-secrets": plugin as never }, rules: { "hf-secrets/no-token-logging": "error" } }];
  const lint = (code: string) => new Linter({ cwd: root }).verify(code, config, { filename: join(root, "flow", "src", "app", "route.js") }).map((message) => message.messageId ?? message.message);

  it("follows an export of a module imported as @/lib/config", () => {
    expect(lint('import { hfToken } from "@/lib/config";\nconsole.log(hfToken);')).toHaveLength(1);
    expect(lint('import { port } from "@/lib/config";\nconsole.log(port);')).toEqual([]);
    // What the alias does not map is a package's.
    expect(lint('import { hfToken } from "lib/config";\nconsole.log(hfToken);')).toEqual([]);
  });
});
