import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeToken } from "../helpers/tokens";

/*
 * The packed tarball as a user meets it (registry, minutes): publint and arethetypeswrong find no
 * problem; the four typed config forms pass `tsc --strict` on ESLint 9 and 10; the README's
 * snippet works in a fresh `npm init -y` project.
 */
const root = join(__dirname, "..", "..");
const INSTALL_TIMEOUT = 300_000;
let work: string;
let tarball: string;

function npm(args: string[], cwd: string): void {
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, stdio: "ignore" });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "hf-secrets-package-"));
  const packed = execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", work], { cwd: root, encoding: "utf8" }).trim().split("\n").at(-1) ?? "";
  tarball = join(work, packed);
}, INSTALL_TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  it("passes publint and arethetypeswrong (node10, node16 from CJS and ESM, bundler)", () => {
    const tools = join(work, "tools");
    execFileSync("mkdir", ["-p", join(tools, "unpacked")]);
    writeFileSync(join(tools, "package.json"), JSON.stringify({ private: true, devDependencies: { publint: "0.3.25", "@arethetypeswrong/cli": "0.18.5" } }));
    npm(["install"], tools);
    execFileSync("tar", ["xzf", tarball, "-C", join(tools, "unpacked")]);
    const publint = spawnSync(join(tools, "node_modules", ".bin", "publint"), [join(tools, "unpacked", "package"), "--strict"], { cwd: tools, encoding: "utf8" });
    expect(publint.status, publint.stdout + publint.stderr).toBe(0);
    expect(publint.stdout).toContain("All good!");
    const attw = spawnSync(join(tools, "node_modules", ".bin", "attw"), [tarball, "--format", "json"], { cwd: tools, encoding: "utf8" });
    expect(attw.status, attw.stdout.slice(0, 2_000)).toBe(0);
    expect((JSON.parse(attw.stdout) as { analysis: { problems: unknown[] } }).analysis.problems).toEqual([]);
  }, INSTALL_TIMEOUT);
});

const TYPED_CONFIG = `import { defineConfig } from "eslint/config";
import type { Linter } from "eslint";
import hfSecrets, { configs } from "eslint-plugin-hf-secrets";

export const fromArray = defineConfig(hfSecrets.configs.recommended);
export const fromExtends = defineConfig({ extends: [hfSecrets.configs.recommended] });
export const typedArray: Linter.Config[] = [...hfSecrets.configs.recommended, ...configs.text];
export const withPlugin = defineConfig({ plugins: { "hf-secrets": hfSecrets }, rules: { "hf-secrets/no-hardcoded-token": "error" } });
export default fromArray;
`;

describe.each([
  ["ESLint 9", "^9"],
  ["ESLint 10", "^10"],
])("a typed eslint.config.ts with %s", (_, eslintRange) => {
  let project: string;

  beforeAll(() => {
    project = mkdtempSync(join(work, "typed-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ private: true, type: "module" }));
    npm(["install", `eslint@${eslintRange}`, "typescript@~6.0.3", tarball], project);
    writeFileSync(join(project, "eslint.config.ts"), TYPED_CONFIG);
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", noEmit: true, skipLibCheck: false, types: [] }, include: ["eslint.config.ts"] }),
    );
  }, INSTALL_TIMEOUT);

  it("defineConfig(configs.recommended), extends, Linter.Config[] and plugins pass tsc --strict", () => {
    const tsc = spawnSync(process.execPath, [join(project, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: project, encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});

describe("the README's snippet in an npm init -y project", () => {
  it("eslint.config.mjs finds a token in a CommonJS project", () => {
    const project = mkdtempSync(join(work, "fresh-"));
    execFileSync("npm", ["init", "-y"], { cwd: project, stdio: "ignore" });
    expect((JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as { type?: string }).type ?? "commonjs").toBe("commonjs");
    npm(["install", "--save-dev", "eslint", tarball], project);
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const snippet = /```js\n\/\/ eslint\.config\.mjs\n([^]*?)```/.exec(readme)?.[1];
    expect(snippet).toBeDefined();
    writeFileSync(join(project, "eslint.config.mjs"), snippet ?? "");
    const token = makeToken(141);
    writeFileSync(join(project, "index.js"), `const client = new InferenceClient("${token}");\n`);
    const run = spawnSync(process.execPath, [join(project, "node_modules", "eslint", "bin", "eslint.js"), "--format", "json", "index.js"], { cwd: project, encoding: "utf8" });
    expect(run.status).toBe(1);
    const messages = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)[0]?.messages ?? [];
    expect(messages.map((message) => message.ruleId)).toEqual(["hf-secrets/no-hardcoded-token"]);
    expect(messages[0]?.message.includes(token.slice(3))).toBe(false);
  }, INSTALL_TIMEOUT);
});

describe("a TypeScript project with typescript-eslint's type-checked configs", () => {
  let project: string;
  const token = makeToken(151);

  beforeAll(() => {
    project = mkdtempSync(join(work, "typescript-eslint-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ private: true, type: "module" }));
    npm(["install", "eslint@^10", "typescript@~6.0.3", "typescript-eslint@^8.72.0", tarball], project);
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", target: "es2022", noEmit: true }, include: ["src"] }));
    execFileSync("mkdir", ["-p", join(project, "src")]);
    writeFileSync(join(project, "src", "client.ts"), `export const token: string = "${token}";\n`);
  }, INSTALL_TIMEOUT);

  it("installs one version of typescript-eslint's parser: the project's", () => {
    const listed = spawnSync("npm", ["ls", "@typescript-eslint/parser", "--all", "--json"], { cwd: project, encoding: "utf8" });
    const versions = new Set<string>();
    const walk = (node: { dependencies?: Record<string, { version?: string; dependencies?: never }> }): void => {
      for (const [name, child] of Object.entries(node.dependencies ?? {})) {
        if (name === "@typescript-eslint/parser" && child.version) versions.add(child.version);
        walk(child as never);
      }
    };
    walk(JSON.parse(listed.stdout) as never);
    expect(versions.size).toBe(1);
  });

  it.each([
    ["ours first", "[...hfSecrets.configs.recommended, ...typed]"],
    ["typescript-eslint's first", "[...typed, ...hfSecrets.configs.recommended]"],
  ])("lints .ts with type information, %s", (_, order) => {
    writeFileSync(
      join(project, "eslint.config.mjs"),
      `import hfSecrets from "eslint-plugin-hf-secrets";\nimport tseslint from "typescript-eslint";\nconst typed = [...tseslint.configs.recommendedTypeChecked, { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } }].map((config) => ({ ...config, files: ["**/*.ts"] }));\nexport default ${order};\n`,
    );
    const run = spawnSync(process.execPath, [join(project, "node_modules", "eslint", "bin", "eslint.js"), "--format", "json", "src"], { cwd: project, encoding: "utf8" });
    const messages = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; fatal?: boolean }> }>).flatMap((result) => result.messages);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(messages.map((message) => message.ruleId)).toContain("hf-secrets/no-hardcoded-token");
  });
});
