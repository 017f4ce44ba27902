import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeToken } from "../helpers/tokens";

/*
 * `eslint --fix` must never break a framework's build (docs/fixes.md). Each project is made from
 * the registry the way the framework's users make it (the files of create-vue, create-vite's
 * react-ts, SvelteKit's and create-next-app's templates, trimmed to what the checker reads),
 * with the packed plugin and `configs.recommended`, and tokens in server, client and shared
 * modules. After `eslint --fix`: the framework's own checker passes, no browser module reads
 * `process.env`, and every token left in a file is still reported. Versions are the newest that
 * run on Node 20.19 (SvelteKit 3 needs Node 22; vue-tsc 3 needs TypeScript 6).
 */
const root = join(__dirname, "..", "..");
const TIMEOUT = 600_000;
const TOKENS = [makeToken(2201), makeToken(2202), makeToken(2203), makeToken(2204)];
const [SERVER_TOKEN, CLIENT_TOKEN, SHARED_TOKEN, CONFIG_TOKEN] = TOKENS as [string, string, string, string];
let tarball = "";
const made: string[] = [];

const LINT_PACKAGES = ["eslint@10.15.0", "@typescript-eslint/parser@8.72.0"];
const ESLINT_CONFIG = `import hfSecrets from "eslint-plugin-hf-secrets";\n\nexport default [{ ignores: ["node_modules/", ".svelte-kit/", ".next/", "dist/"] }, ...hfSecrets.configs.recommended];\n`;

const chat = (token: string) => `export async function chat(prompt: string): Promise<string> {
  const res = await fetch("https://router.huggingface.co/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: "Bearer ${token}", "Content-Type": "application/json" },
    body: JSON.stringify({ model: "meta-llama/Llama-3.1-8B-Instruct", messages: [{ role: "user", content: prompt }] }),
  });
  const data = (await res.json()) as { choices: { message: { content: string } }[] };
  return data.choices[0]?.message.content ?? "";
}
`;

interface FrameworkProject {
  readonly title: string;
  readonly packages: readonly string[];
  readonly files: Readonly<Record<string, string>>;
  /** The framework's own checker, run after the fix with no HF_TOKEN in the environment. */
  readonly check: readonly string[];
  /** Modules that ship to the browser: after the fix none reads `process.env`, and their tokens stay reported. */
  readonly browserFiles: readonly string[];
  /** Modules fixed automatically, and what each must then read. */
  readonly fixed: Readonly<Record<string, RegExp>>;
}

const TSCONFIG_NODE = JSON.stringify({
  compilerOptions: { tsBuildInfoFile: "./node_modules/.tmp/tsconfig.node.tsbuildinfo", target: "es2023", lib: ["ES2023"], types: ["node"], skipLibCheck: true, module: "nodenext", moduleDetection: "force", noEmit: true, strict: true },
  include: ["vite.config.ts"],
});
const VITE_CONFIG = (plugin: string) => `import ${plugin} from "@vitejs/plugin-${plugin}";
import { defineConfig } from "vite";

const proxyToken: string = "${CONFIG_TOKEN}";

export default defineConfig({
  plugins: [${plugin}()],
  server: { proxy: { "/hf": { target: "https://router.huggingface.co", headers: { Authorization: \`Bearer \${proxyToken}\` } } } },
});
`;

const PROJECTS: FrameworkProject[] = [
  {
    title: "Vite + Vue, checked by vue-tsc -b",
    packages: ["vue@3.5.47", "vite@8.4.1", "@vitejs/plugin-vue@6.1.1", "vue-tsc@3.3.14", "typescript@6.0.3", "@vue/tsconfig@0.9.1", "@types/node@20.19.43"],
    files: {
      "tsconfig.json": JSON.stringify({ files: [], references: [{ path: "./tsconfig.app.json" }, { path: "./tsconfig.node.json" }] }),
      "tsconfig.app.json": JSON.stringify({ extends: "@vue/tsconfig/tsconfig.dom.json", include: ["env.d.ts", "src/**/*", "src/**/*.vue"], compilerOptions: { tsBuildInfoFile: "./node_modules/.tmp/tsconfig.app.tsbuildinfo" } }),
      "tsconfig.node.json": TSCONFIG_NODE,
      "env.d.ts": `/// <reference types="vite/client" />\n`,
      "vite.config.ts": VITE_CONFIG("vue"),
      "index.html": `<!DOCTYPE html>\n<html lang="en">\n  <body>\n    <div id="app"></div>\n    <script type="module" src="/src/main.ts"></script>\n  </body>\n</html>\n`,
      "src/main.ts": `import { createApp } from "vue";\nimport App from "./App.vue";\n\ncreateApp(App).mount("#app");\n`,
      "src/App.vue": `<script setup lang="ts">\nimport { ref } from "vue";\nimport { chat } from "./api/hf";\n\nconst reply = ref("");\nasync function ask() {\n  reply.value = await chat("Hello");\n}\n</script>\n\n<template>\n  <button @click="ask">Ask</button>\n  <p>{{ reply }}</p>\n</template>\n`,
      "src/api/hf.ts": chat(CLIENT_TOKEN),
    },
    check: ["npx", "vue-tsc", "-b"],
    browserFiles: ["src/api/hf.ts"],
    fixed: { "vite.config.ts": /const proxyToken: string = requireEnv\("HF_TOKEN"\);/ },
  },
  {
    title: "Vite + React, checked by tsc -b",
    packages: ["react@19.3.1", "react-dom@19.3.1", "@types/react@19.3.3", "@types/react-dom@19.3.0", "vite@8.4.1", "@vitejs/plugin-react@6.3.1", "typescript@6.0.3", "@types/node@20.19.43"],
    files: {
      "tsconfig.json": JSON.stringify({ files: [], references: [{ path: "./tsconfig.app.json" }, { path: "./tsconfig.node.json" }] }),
      "tsconfig.app.json": JSON.stringify({
        compilerOptions: { tsBuildInfoFile: "./node_modules/.tmp/tsconfig.app.tsbuildinfo", target: "es2023", lib: ["ES2023", "DOM"], module: "esnext", types: ["vite/client"], skipLibCheck: true, moduleResolution: "bundler", allowImportingTsExtensions: true, moduleDetection: "force", noEmit: true, jsx: "react-jsx", strict: true },
        include: ["src"],
      }),
      "tsconfig.node.json": TSCONFIG_NODE,
      "vite.config.ts": VITE_CONFIG("react"),
      "index.html": `<!doctype html>\n<html lang="en">\n  <body>\n    <div id="root"></div>\n    <script type="module" src="/src/main.tsx"></script>\n  </body>\n</html>\n`,
      "src/main.tsx": `import { createRoot } from "react-dom/client";\nimport App from "./App.tsx";\n\ncreateRoot(document.getElementById("root")!).render(<App />);\n`,
      "src/App.tsx": `import { useState } from "react";\nimport { chat } from "./hf.ts";\n\nexport default function App() {\n  const [reply, setReply] = useState("");\n  return (\n    <>\n      <button data-token="${SHARED_TOKEN}" onClick={async () => setReply(await chat("Hello"))}>Ask</button>\n      <p>{reply}</p>\n    </>\n  );\n}\n`,
      "src/hf.ts": chat(CLIENT_TOKEN),
    },
    check: ["npx", "tsc", "-b"],
    browserFiles: ["src/hf.ts"],
    fixed: { "vite.config.ts": /const proxyToken: string = requireEnv\("HF_TOKEN"\);/, "src/App.tsx": /data-token="HF_TOKEN"/ },
  },
  {
    title: "SvelteKit, checked by svelte-kit sync and svelte-check",
    packages: ["@sveltejs/kit@2.70.4", "@sveltejs/vite-plugin-svelte@7.3.2", "svelte@5.59.1", "svelte-check@4.7.8", "typescript@6.0.3", "vite@8.4.1"],
    files: {
      "svelte.config.js": `/** @type {import('@sveltejs/kit').Config} */\nexport default {};\n`,
      "vite.config.ts": `import { sveltekit } from "@sveltejs/kit/vite";\nimport { defineConfig } from "vite";\n\nexport default defineConfig({ plugins: [sveltekit()] });\n`,
      "tsconfig.json": JSON.stringify({ extends: "./.svelte-kit/tsconfig.json", compilerOptions: { strict: true, skipLibCheck: true } }),
      "src/app.d.ts": `declare global {\n  namespace App {}\n}\n\nexport {};\n`,
      "src/app.html": `<!doctype html>\n<html lang="en">\n  <head>%sveltekit.head%</head>\n  <body><div>%sveltekit.body%</div></body>\n</html>\n`,
      "src/lib/shared.ts": `export const MODEL_LIST_URL = "https://router.huggingface.co/v1/models";\nexport const demoToken = "${SHARED_TOKEN}";\n\nexport type ModelList = { data: { id: string }[] };\n`,
      "src/lib/server/hf.ts": `import { MODEL_LIST_URL, type ModelList } from "$lib/shared";\n\nconst token: string = "${SERVER_TOKEN}";\n\nexport async function listModels(): Promise<ModelList> {\n  const res = await fetch(MODEL_LIST_URL, { headers: { Authorization: \`Bearer \${token}\` } });\n  return (await res.json()) as ModelList;\n}\n`,
      "src/routes/+page.server.ts": `import { listModels } from "$lib/server/hf";\nimport type { PageServerLoad } from "./$types";\n\nexport const load: PageServerLoad = async () => {\n  const models = await listModels();\n  const whoami = await fetch("https://huggingface.co/api/whoami-v2", { headers: { authorization: "Bearer ${CONFIG_TOKEN}" } });\n  return { ids: models.data.map((m) => m.id), ok: whoami.ok };\n};\n`,
      "src/routes/+page.svelte": `<script lang="ts">\n  import type { PageProps } from "./$types";\n\n  let { data }: PageProps = $props();\n</script>\n\n<ul>\n  {#each data.ids as id}<li>{id}</li>{/each}\n</ul>\n`,
    },
    check: ["sh", "-c", "npx svelte-kit sync && npx svelte-check --tsconfig ./tsconfig.json"],
    browserFiles: ["src/lib/shared.ts"],
    fixed: {
      "src/lib/server/hf.ts": /import \{ env \} from "\$env\/dynamic\/private";[\s\S]*const token: string = requireEnv\("HF_TOKEN"\);[\s\S]*const value = env\[name\];/,
      "src/routes/+page.server.ts": /import \{ env \} from "\$env\/dynamic\/private";[\s\S]*`Bearer \$\{env\.HF_TOKEN\}`/,
    },
  },
  {
    title: "Next.js app router, checked by next typegen and tsc --noEmit",
    packages: ["next@16.5.0", "react@19.3.1", "react-dom@19.3.1", "@types/node@20.19.43", "@types/react@19.3.3", "@types/react-dom@19.3.0", "typescript@6.0.3"],
    files: {
      "next.config.mjs": `/** @type {import('next').NextConfig} */\nexport default {};\n`,
      "tsconfig.json": JSON.stringify({
        compilerOptions: { target: "ES2017", lib: ["dom", "dom.iterable", "esnext"], allowJs: true, skipLibCheck: true, strict: true, noEmit: true, esModuleInterop: true, module: "esnext", moduleResolution: "bundler", resolveJsonModule: true, isolatedModules: true, jsx: "react-jsx", incremental: true, plugins: [{ name: "next" }], paths: { "@/*": ["./*"] } },
        include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts", "**/*.mts"],
        exclude: ["node_modules"],
      }),
      "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
      "app/page.tsx": `import { listModels } from "@/lib/hf";\n\nexport const dynamic = "force-dynamic";\n\nexport default async function Home() {\n  const models = await listModels();\n  return <ul>{models.data.map((m) => <li key={m.id}>{m.id}</li>)}</ul>;\n}\n`,
      "app/chat/page.tsx": `"use client";\n\nimport { useState } from "react";\n\nexport default function Chat() {\n  const [reply, setReply] = useState("");\n  async function send() {\n    const res = await fetch("https://router.huggingface.co/v1/chat/completions", { method: "POST", headers: { Authorization: "Bearer ${CLIENT_TOKEN}" } });\n    setReply(((await res.json()) as { reply: string }).reply);\n  }\n  return <button onClick={send}>{reply || "send"}</button>;\n}\n`,
      "app/api/chat/route.ts": `export async function POST(req: Request) {\n  const { text } = (await req.json()) as { text: string };\n  const token: string = "${SERVER_TOKEN}";\n  const res = await fetch("https://router.huggingface.co/v1/models", { headers: { Authorization: \`Bearer \${token}\` } });\n  return Response.json({ reply: \`\${text}: \${res.status}\` });\n}\n`,
      "lib/hf.ts": `export async function listModels(): Promise<{ data: { id: string }[] }> {\n  const res = await fetch("https://router.huggingface.co/v1/models", { headers: { Authorization: "Bearer ${SHARED_TOKEN}" } });\n  return res.json();\n}\n`,
    },
    check: ["sh", "-c", "npx next typegen && npx tsc --noEmit"],
    browserFiles: ["app/chat/page.tsx"],
    fixed: { "app/api/chat/route.ts": /const token: string = requireEnv\("HF_TOKEN"\);/, "lib/hf.ts": /`Bearer \$\{process\.env\.HF_TOKEN\}`/ },
  },
  {
    title: "a Node server (the control), checked by tsc --noEmit --strict",
    packages: ["typescript@6.0.3", "@types/node@20.19.43"],
    files: {
      "tsconfig.json": JSON.stringify({ compilerOptions: { target: "es2022", module: "nodenext", strict: true, noEmit: true, types: ["node"], skipLibCheck: true }, include: ["src"] }),
      "src/server.ts": `const token: string = "${SERVER_TOKEN}";\nconst other: string = "${SHARED_TOKEN}";\n\nexport async function whoami(): Promise<number> {\n  const res = await fetch("https://huggingface.co/api/whoami-v2", { headers: { Authorization: \`Bearer \${token}\` } });\n  return res.status + other.length;\n}\n`,
    },
    check: ["npx", "tsc", "-p", "tsconfig.json"],
    browserFiles: [],
    // The second, different token is left to a person (a suggestion to read HF_TOKEN_2), still reported.
    fixed: { "src/server.ts": /const token: string = requireEnv\("HF_TOKEN"\);\nconst other: string = "<token 2>";/ },
  },
];

/** Messages and output with every test token masked, so a failure never prints one whole. */
function hidden(text: string): string {
  return TOKENS.reduce((masked, token, index) => masked.replaceAll(token, `<token ${index}>`), text);
}

function run(project: string, command: readonly string[]): { status: number | null; output: string } {
  // No HF_TOKEN: SvelteKit's generated types would otherwise hold whatever the shell has.
  const environment: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete environment.HF_TOKEN;
  const result = spawnSync(command[0] ?? "", command.slice(1), { cwd: project, encoding: "utf8", env: environment });
  return { status: result.status, output: hidden(`${result.stdout}${result.stderr}`) };
}

interface Message {
  ruleId: string | null;
  line: number;
  fatal?: boolean;
}

function lint(project: string, fix: boolean): { filePath: string; messages: Message[] }[] {
  const result = run(project, ["npx", "eslint", "--format", "json", ...(fix ? ["--fix"] : []), "."]);
  const jsonStart = result.output.indexOf("[");
  return (JSON.parse(result.output.slice(jsonStart)) as { filePath: string; messages: Message[] }[]).map(({ filePath, messages }) => ({ filePath, messages }));
}

beforeAll(() => {
  const packDirectory = mkdtempSync(join(tmpdir(), "hf-secrets-pack-"));
  made.push(packDirectory);
  const name = execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", packDirectory], { cwd: root, encoding: "utf8" }).trim().split("\n").at(-1) ?? "";
  tarball = join(packDirectory, name);
}, TIMEOUT);

afterAll(() => {
  for (const directory of made) rmSync(directory, { recursive: true, force: true });
});

describe.each(PROJECTS)("$title", (project) => {
  let directory = "";

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), "hf-secrets-framework-"));
    made.push(directory);
    writeFileSync(join(directory, "package.json"), JSON.stringify({ name: "framework-check", private: true, type: "module" }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...LINT_PACKAGES, ...project.packages, tarball], { cwd: directory, stdio: "ignore" });
    writeFileSync(join(directory, "eslint.config.mjs"), ESLINT_CONFIG);
    for (const [file, text] of Object.entries(project.files)) {
      mkdirSync(dirname(join(directory, file)), { recursive: true });
      writeFileSync(join(directory, file), text);
    }
  }, TIMEOUT);

  it("the project checks clean before any token is fixed (the set-up is sound)", () => {
    const result = run(directory, project.check);
    expect(result.output, result.output).not.toMatch(/error TS|Error:/);
    expect(result.status, result.output).toBe(0);
  }, TIMEOUT);

  it("after eslint --fix the framework's checker passes, no browser module reads process.env, and every token left is reported", () => {
    lint(directory, true);
    const result = run(directory, project.check);
    expect(result.status, result.output).toBe(0);
    for (const [file, read] of Object.entries(project.fixed)) {
      const text = readFileSync(join(directory, file), "utf8");
      expect(hidden(text), file).toMatch(read);
      const count = (source: string) => TOKENS.filter((token) => source.includes(token)).length;
      expect(count(text), file).toBeLessThan(count(project.files[file] ?? ""));
    }
    const after = lint(directory, false);
    expect(after.flatMap((file) => file.messages).filter((message) => message.fatal)).toEqual([]);
    for (const file of project.browserFiles) {
      const text = readFileSync(join(directory, file), "utf8");
      expect(text, file).not.toMatch(/process\.env/);
      const reported = after.find((result) => result.filePath.endsWith(file))?.messages.filter((message) => message.ruleId === "hf-secrets/no-hardcoded-token") ?? [];
      const left = TOKENS.filter((token) => text.includes(token)).length;
      expect(left, file).toBeGreaterThan(0);
      expect(reported.length, file).toBeGreaterThanOrEqual(left);
    }
    // No token is left anywhere unreported.
    for (const result of after) {
      const text = readFileSync(result.filePath, "utf8");
      const left = TOKENS.filter((token) => text.includes(token)).length;
      if (left > 0) expect(result.messages.some((message) => message.ruleId === "hf-secrets/no-hardcoded-token"), hidden(result.filePath)).toBe(true);
    }
  }, TIMEOUT);
});
