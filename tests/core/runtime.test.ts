import { describe, expect, it } from "vitest";
import { runtimeOf, type CodeFacts, type ProjectFacts } from "../../src/core";

/*
 * The runtime model over many layouts, pure: a project is its packages and facts, a file its path
 * and what its code reads (docs/fixes.md). Each row is one layout a framework's docs show.
 */
const NO_CODE: CodeFacts = { directive: undefined, browserGlobals: false, nodeGlobals: false, runtimeGlobal: undefined };

function project(packages: string[], facts: Partial<ProjectFacts> = {}): ProjectFacts {
  return { root: "/p", packages: new Set(packages), browserFiles: [], mainFile: undefined, deno: false, wrangler: false, extensionManifest: false, domOnlyTsconfig: false, ...facts };
}

const LAYOUTS: ReadonlyArray<readonly [string, string[], string, string]> = [
  ["Vite + Vue", ["vite", "vue"], "src/composables/useChat.ts", "browser"],
  ["Vite + React, nested", ["vite", "react"], "src/features/chat/api/client.ts", "browser"],
  ["Vite: public/", ["vite"], "public/widget.js", "browser"],
  ["Vite: an Express server beside the app", ["vite", "express"], "server/index.ts", "node"],
  ["Vite: src/server.ts", ["vite"], "src/server.ts", "node"],
  ["Vite: scripts/ outside src", ["vite"], "scripts/seed.ts", "node"],
  ["Vite: Vercel functions in api/", ["vite"], "api/chat.ts", "node"],
  ["Vue CLI", ["@vue/cli-service"], "src/main.js", "browser"],
  ["Angular", ["@angular/core"], "src/app/chat.service.ts", "browser"],
  ["Angular SSR entry", ["@angular/core"], "server.ts", "node"],
  ["Docusaurus", ["@docusaurus/core"], "src/components/Demo.tsx", "browser"],
  ["Tauri front end", ["@tauri-apps/api", "vite"], "src/lib/hf.ts", "browser"],
  ["SolidStart API route", ["@solidjs/start"], "src/routes/api/chat.ts", "node"],
  ["SolidStart page", ["@solidjs/start"], "src/routes/index.tsx", "browser"],
  ["SvelteKit: src/params/ matchers", ["@sveltejs/kit"], "src/params/id.ts", "browser"],
  ["SvelteKit: +layout.server.ts", ["@sveltejs/kit"], "src/routes/(app)/+layout.server.ts", "node"],
  ["SvelteKit: scripts/ outside src", ["@sveltejs/kit"], "scripts/sync.ts", "node"],
  ["Next.js pages router API", ["next"], "src/pages/api/chat.ts", "node"],
  ["Next.js middleware", ["next"], "middleware.ts", "node"],
  ["Nuxt 4 app/ layout", ["nuxt"], "app/pages/index.vue", "browser"],
  ["Nuxt server route", ["nuxt"], "server/routes/chat.ts", "node"],
  ["Nuxt .client plugin", ["nuxt"], "plugins/analytics.client.ts", "browser"],
  ["Remix entry.server", ["@remix-run/node"], "app/entry.server.tsx", "node"],
  ["React Router framework .client", ["@react-router/dev"], "app/lib/hf.client.ts", "browser"],
  ["Astro middleware", ["astro"], "src/middleware.ts", "node"],
  ["Expo Router screen", ["expo"], "app/(tabs)/index.tsx", "browser"],
  ["React Native", ["react-native"], "src/screens/Chat.tsx", "browser"],
  ["Electron preload", ["electron"], "src/preload.ts", "node"],
  ["Gatsby function", ["gatsby"], "src/api/chat.ts", "node"],
  ["Netlify function", [], "netlify/functions/chat.ts", "node"],
  ["Netlify edge function", [], "netlify/edge-functions/chat.ts", "deno"],
  ["a plain Node library", ["express"], "lib/client.js", "node"],
  ["a test of a Vite app", ["vite"], "src/api/hf.test.ts", "node"],
  ["Vitest config", ["vite"], "vitest.config.ts", "node"],
  ["Cypress component spec", ["vite"], "cypress/component/Chat.cy.ts", "browser"],
];

describe("runtimeOf", () => {
  it.each(LAYOUTS)("%s: %s", (_title, packages, path, expected) => {
    expect(runtimeOf({ path, project: project(packages), code: NO_CODE }).runtime).toBe(expected);
  });

  it("SvelteKit's server files are SvelteKit's, with or without the package", () => {
    expect(runtimeOf({ path: "src/routes/api/+server.ts", project: undefined, code: NO_CODE })).toMatchObject({ runtime: "node", framework: "sveltekit" });
  });

  it("a directive outranks the folder", () => {
    expect(runtimeOf({ path: "src/server/actions.ts", project: project(["vite"]), code: { ...NO_CODE, directive: "use client" } }).runtime).toBe("browser");
    expect(runtimeOf({ path: "src/actions.ts", project: project(["vite"]), code: { ...NO_CODE, directive: "use server" } }).runtime).toBe("node");
  });

  it("Node's globals in a browser folder make the evidence disagree; process.env alone does not", () => {
    const withNode = runtimeOf({ path: "src/seed.ts", project: project(["vite"]), code: { ...NO_CODE, nodeGlobals: true } });
    expect(withNode.runtime).toBe("node");
    expect(withNode.disagreement).toContain("Vite");
    expect(runtimeOf({ path: "src/seed.ts", project: project(["vite"]), code: { ...NO_CODE, directive: "use client", nodeGlobals: true } }).disagreement).toBeUndefined();
  });

  it("with no evidence of a browser, a file is Node code", () => {
    expect(runtimeOf({ path: "index.js", project: project([]), code: NO_CODE })).toEqual({ runtime: "node", where: "Node code" });
    expect(runtimeOf({ path: "/tmp/x.js", project: undefined, code: NO_CODE }).runtime).toBe("node");
  });

  it("the file's globals decide where nothing else does", () => {
    expect(runtimeOf({ path: "index.js", project: project([]), code: { ...NO_CODE, runtimeGlobal: "bun" } }).runtime).toBe("bun");
    expect(runtimeOf({ path: "index.js", project: project([]), code: { ...NO_CODE, browserGlobals: true } }).runtime).toBe("browser");
  });
});
