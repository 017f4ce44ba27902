/*
 * Where a file runs, decided once per file from evidence, strongest first (docs/fixes.md):
 * 1. the file's own directives (`"use client"`, `"use server"`);
 * 2. test and build-configuration files, which run under Node whatever the app is;
 * 3. the conventions of the framework its nearest `package.json` depends on (Next.js, SvelteKit,
 *    Nuxt, Remix and React Router, Astro, Gatsby, Angular, Expo and React Native, Electron,
 *    Cloudflare Workers, Netlify, Vercel, and `src/` of Vite, Vue CLI, Create React App, Parcel
 *    and Rsbuild apps), and the package's `browser` field;
 * 4. the project's `tsconfig.json` (`lib` with the DOM, no Node types);
 * 5. the globals the file reads (`window`/`document` against `process`/`require`).
 * Without evidence of a browser a file is Node code. Sources: each framework's docs on its
 * project structure (nextjs.org/docs/app/getting-started/project-structure,
 * svelte.dev/docs/kit/server-only-modules, nuxt.com/docs/guide/directory-structure,
 * remix.run/docs/en/main/file-conventions/-server, docs.astro.build/en/guides/endpoints,
 * gatsbyjs.com/docs/reference/functions, docs.expo.dev/router/reference/api-routes,
 * electronjs.org/docs/latest/tutorial/process-model, developers.cloudflare.com/workers/configuration/secrets,
 * docs.netlify.com/edge-functions/api), read December 2026.
 *
 * Pure: the facts are read by `io/project` and the AST layer, and handed in.
 */

/** What runs the file, as far as reading a secret goes. */
export type Runtime =
  /** Node, and runtimes that give Node's `process.env` (Next.js's edge runtime, Bun). */
  | "node"
  | "deno"
  | "bun"
  /** Cloudflare Workers: secrets come in the handler's `env` binding, not a global. */
  | "cloudflare"
  /** Code shipped to users: browser bundles, service and web workers, mobile app bundles. */
  | "browser";

/** A framework whose own way to read a server secret the fix writes. */
export type SecretFramework = "sveltekit" | "astro";

export interface ProjectFacts {
  /** The folder of the nearest `package.json` (or `deno.json`), with `/` separators. */
  readonly root: string;
  /** Every package named in `dependencies`, `devDependencies`, `peerDependencies` and `optionalDependencies`. */
  readonly packages: ReadonlySet<string>;
  /** Files named by the `browser` field, relative to the root, without `./`. */
  readonly browserFiles: readonly string[];
  /** The `main` field, relative to the root (an Electron app's main process). */
  readonly mainFile: string | undefined;
  /** `deno.json` or `deno.jsonc` at the root. */
  readonly deno: boolean;
  /** `wrangler.toml`, `wrangler.json` or `wrangler.jsonc` at the root. */
  readonly wrangler: boolean;
  /** A browser extension's `manifest.json` (with `manifest_version`) at the root or in `src/`/`public/`. */
  readonly extensionManifest: boolean;
  /** The root `tsconfig.json` compiles for the DOM and without Node's types. */
  readonly domOnlyTsconfig: boolean;
}

export interface CodeFacts {
  readonly directive: "use client" | "use server" | undefined;
  /** Reads `window`, `document`, `localStorage`, `sessionStorage` or `navigator.serviceWorker`-style globals. */
  readonly browserGlobals: boolean;
  /**
   * Reads `require`, `__dirname`, `__filename`, `Buffer`, `process` for more than `process.env`
   * (bundlers inline `process.env.X` into browser code), or imports a Node built-in.
   */
  readonly nodeGlobals: boolean;
  /** Reads the `Deno` or `Bun` global (and never `process`). */
  readonly runtimeGlobal: "deno" | "bun" | undefined;
}

export interface RuntimeVerdict {
  readonly runtime: Runtime;
  readonly framework?: SecretFramework;
  /** The evidence, as a message names the place: `a browser module (Vite's src/)`. */
  readonly where: string;
  /** Evidence that points elsewhere: the fix becomes a suggestion and the message says why. */
  readonly disagreement?: string;
}

const NODE: RuntimeVerdict = { runtime: "node", where: "Node code" };

const TEST_FILE = /(?:^|\/)(?:__tests__|__mocks__|test|tests|spec|e2e|__fixtures__)\/|\.(?:test|spec|e2e|bench)\.[cm]?[jt]sx?$/;
const CYPRESS_FILE = /(?:^|\/)cypress\/(?:e2e|component|integration|support)\//;
/** `vite.config.ts`, `next.config.mjs`, `eslint.config.js`, `webpack.prod.js`, `Gruntfile.js`, scripts run by the toolchain. */
const BUILD_FILE = /(?:^|\/)(?:[\w-]+\.config|webpack|rollup|gulpfile|gruntfile|jakefile)(?:\.[\w-]+|)\.[cm]?[jt]s$/i;
/** SvelteKit's route and hook server files: the `+` names are SvelteKit's alone, whatever package.json says. */
const SVELTEKIT_SERVER_FILE = /(?:^|\/)(?:\+(?:page|layout)\.server|\+server|hooks\.server)\.[cm]?[jt]s$/;
const SERVICE_WORKER_FILE = /(?:^|\/)(?:sw|service-?worker|serviceWorker|firebase-messaging-sw)\.[cm]?[jt]s$|(?:^|\/)service-worker\//i;
/** Path segments that mark server code in any project: `server/`, `api/`, `functions/`, `*.server.ts`. */
const SERVER_SEGMENT = /(?:^|\/)(?:server|servers|api|functions|backend|lambda|lambdas|serverless)\/|\.server\.[cm]?[jt]sx?$/;
/** `src/server/`, `src/server.ts`, Vite's SSR `src/entry-server.ts`, `*.server.ts`. */
const SERVER_IN_SRC = /(?:^|\/)(?:server|servers|backend)\/|(?:^|\/)(?:server|entry-server|entry\.server)\.[cm]?[jt]sx?$|\.server\.[cm]?[jt]sx?$/;
/** Storybook stories render in the browser, whatever the project. */
const STORY_FILE = /\.stories\.[cm]?[jt]sx?$/;
const CLIENT_SUFFIX = /\.client\.[cm]?[jt]sx?$/;

/** Browser-app toolchains whose `src/` is bundled for the browser. */
const BROWSER_BUNDLERS: ReadonlyArray<readonly [string, string]> = [
  ["vite", "Vite"],
  ["react-scripts", "Create React App"],
  ["@vue/cli-service", "Vue CLI"],
  ["parcel", "Parcel"],
  ["@rsbuild/core", "Rsbuild"],
  ["@angular/core", "Angular"],
  ["@angular/cli", "Angular"],
  ["gatsby", "Gatsby"],
  ["@docusaurus/core", "Docusaurus"],
  ["html-webpack-plugin", "webpack's HTML app"],
  ["@tauri-apps/api", "Tauri"],
  ["@capacitor/core", "Capacitor"],
  ["@ionic/core", "Ionic"],
  ["@solidjs/start", "SolidStart"],
];

/** Frameworks for browser extensions: every script of the extension runs in the browser. */
const EXTENSION_FRAMEWORKS = ["wxt", "plasmo", "webextension-polyfill", "@crxjs/vite-plugin"];

function has(project: ProjectFacts, ...names: string[]): boolean {
  return names.some((name) => project.packages.has(name));
}

function browser(where: string): RuntimeVerdict {
  return { runtime: "browser", where };
}

function server(where: string, framework?: SecretFramework): RuntimeVerdict {
  return framework ? { runtime: "node", where, framework } : { runtime: "node", where };
}

/** SvelteKit: svelte.dev/docs/kit/server-only-modules, project-structure, service-workers. */
function svelteKit(path: string): RuntimeVerdict | undefined {
  if (/^src\/lib\/server\//.test(path) || /^src\/.*\.server\.[cm]?[jt]s$/.test(path)) return server("a SvelteKit server-only module", "sveltekit");
  if (/^src\/service-worker(?:\.[cm]?[jt]s|\/)/.test(path)) return browser("SvelteKit's service worker");
  if (path.startsWith("src/")) return browser("a SvelteKit module outside server-only modules (it may run in the browser)");
  return undefined;
}

/** Next.js: app and pages routers, middleware (nextjs.org/docs/app/getting-started/project-structure). */
function nextJs(path: string): RuntimeVerdict | undefined {
  const inApp = /^(?:src\/)?app\//.test(path);
  if (inApp && /(?:^|\/)route\.[cm]?[jt]s$/.test(path)) return server("a Next.js route handler");
  if (/^(?:src\/)?pages\/api\//.test(path)) return server("a Next.js API route");
  if (/^(?:src\/)?(?:middleware|instrumentation)\.[cm]?[jt]s$/.test(path)) return server("Next.js middleware");
  // Server components and shared modules: Next.js gives `process.env` everywhere (client bundles get
  // `undefined` for names without NEXT_PUBLIC_), and its TypeScript set-up has Node's types.
  return undefined;
}

/** Nuxt: server/ is Nitro; .server/.client components and plugins; the rest is universal (nuxt.com/docs/guide/directory-structure). */
function nuxt(path: string): RuntimeVerdict | undefined {
  if (/^(?:server|app\/server)\//.test(path) || /\.server\.(?:vue|[cm]?[jt]sx?)$/.test(path)) return server("Nuxt server code");
  if (/^(?:app\/)?(?:pages|components|layouts|composables|plugins|middleware|utils|stores|app\.vue|app\.config)/.test(path) || path.startsWith("app/")) {
    return browser("a Nuxt app module (it runs in the browser too)");
  }
  return undefined;
}

/** Remix and React Router's framework mode: `.server`/`.client` modules, entry files. */
function remix(path: string): RuntimeVerdict | undefined {
  if (/\.server\.[cm]?[jt]sx?$|(?:^|\/)\.server\//.test(path) || /^app\/entry\.server\./.test(path)) return server("a Remix server module");
  if (CLIENT_SUFFIX.test(path) || /(?:^|\/)\.client\//.test(path) || /^app\/entry\.client\./.test(path)) return browser("a Remix client module");
  return undefined;
}

/** Astro: endpoints and middleware run on the server and read `import.meta.env` (docs.astro.build/en/guides/environment-variables). */
function astro(path: string): RuntimeVerdict | undefined {
  if (/^src\/pages\/.*\.[cm]?[jt]s$/.test(path) || /^src\/middleware(?:\.[cm]?[jt]s|\/)/.test(path) || /^src\/actions\//.test(path)) return server("an Astro endpoint", "astro");
  return undefined;
}

/** Expo and React Native: the app bundle ships to every device; Expo Router's `+api` routes run on a server. */
function mobile(path: string, project: ProjectFacts): RuntimeVerdict | undefined {
  if (/\+api\.[cm]?[jt]sx?$/.test(path)) return server("an Expo API route");
  if (SERVER_SEGMENT.test(path)) return undefined;
  return browser(has(project, "expo") ? "an Expo app (the bundle ships to every device)" : "a React Native app (the bundle ships to every device)");
}

/** Electron: the main process and preload scripts are Node; the renderer is a browser page. */
function electron(path: string, project: ProjectFacts): RuntimeVerdict | undefined {
  if (/(?:^|\/)renderer\//.test(path)) return browser("an Electron renderer");
  if (path === project.mainFile || /(?:^|\/)(?:main|preload)(?:\/|\.[cm]?[jt]s$)/.test(path) || /^electron\//.test(path)) return server("an Electron main-process module");
  return undefined;
}

/**
 * A browser app's `src/` unless a server convention applies; `public/` is served as it is. In
 * `src/`, `api/` holds the app's API clients (`src/api/hf.ts`): only `server/` and `.server.`
 * modules mark server code there.
 */
function browserBundle(path: string, bundler: string): RuntimeVerdict | undefined {
  if (/^(?:src|app)\//.test(path) ? SERVER_IN_SRC.test(path) : SERVER_SEGMENT.test(path)) return undefined;
  if (/^(?:src|app|public|static)\//.test(path) || /^gatsby-browser\./.test(path)) return browser(`a browser module (${bundler}'s ${path.split("/")[0]}/)`);
  return undefined;
}

function byFramework(path: string, project: ProjectFacts): RuntimeVerdict | undefined {
  if (has(project, "@sveltejs/kit")) return svelteKit(path);
  if (has(project, "next")) return nextJs(path);
  if (has(project, "nuxt", "nuxt3")) return nuxt(path);
  if (has(project, "@remix-run/react", "@remix-run/node", "@react-router/dev", "@remix-run/dev")) return remix(path);
  if (has(project, "astro")) return astro(path);
  if (has(project, "expo", "react-native")) return mobile(path, project);
  if (project.extensionManifest || has(project, ...EXTENSION_FRAMEWORKS)) return browser("a browser extension's script");
  if (has(project, "@solidjs/start") && /^src\/routes\/api\//.test(path)) return server("a SolidStart API route");
  if (has(project, "electron")) {
    const verdict = electron(path, project);
    if (verdict) return verdict;
  }
  if (/^netlify\/edge-functions\//.test(path)) return { runtime: "deno", where: "a Netlify edge function (Deno)" };
  if (/^(?:netlify\/functions|api)\//.test(path)) return server("a serverless function");
  if (project.wrangler || has(project, "wrangler")) {
    if (/^(?:src|worker|workers)\//.test(path) || /^(?:index|worker)\.[cm]?[jt]s$/.test(path)) return { runtime: "cloudflare", where: "a Cloudflare Worker" };
  }
  if (has(project, "gatsby")) {
    if (/^gatsby-(?:node|config|ssr)\./.test(path) || /^src\/api\//.test(path)) return server("Gatsby's Node code");
  }
  if (/^(?:src\/)?(?:main\.server|server)\.[cm]?[jt]s$/.test(path) && has(project, "@angular/core")) return server("Angular's server entry");
  for (const [name, label] of BROWSER_BUNDLERS) {
    if (project.packages.has(name)) return browserBundle(path, label);
  }
  return undefined;
}

/** Where `path` (relative to `project.root`, `/` separators) runs, given the file's own code. */
export function runtimeOf(options: { path: string; project: ProjectFacts | undefined; code: CodeFacts }): RuntimeVerdict {
  const { path, project, code } = options;
  const verdict = conventionOf(path, project, code);
  if (verdict?.runtime === "browser" && code.nodeGlobals && code.directive === undefined) {
    // `src/server.ts` of a Vite app that reads `process`: the convention and the code disagree.
    return { ...NODE, where: verdict.where, disagreement: `${verdict.where} by convention, but it reads Node's globals` };
  }
  if (verdict) return verdict;
  if (code.runtimeGlobal === "deno") return { runtime: "deno", where: "Deno code" };
  if (code.runtimeGlobal === "bun") return { runtime: "bun", where: "Bun code" };
  if (code.browserGlobals) {
    return code.nodeGlobals ? { ...NODE, disagreement: "a file that reads both the DOM's and Node's globals" } : browser("a browser module (it reads the DOM's globals)");
  }
  if (project?.domOnlyTsconfig && !code.nodeGlobals) return browser("a browser module (tsconfig.json compiles for the DOM, without Node's types)");
  return NODE;
}

function conventionOf(path: string, project: ProjectFacts | undefined, code: CodeFacts): RuntimeVerdict | undefined {
  if (code.directive === "use client") return browser('a "use client" file');
  if (code.directive === "use server") return server('a "use server" file');
  if (CYPRESS_FILE.test(path)) return browser("a Cypress spec (Cypress runs specs in the browser)");
  if (TEST_FILE.test(path) || BUILD_FILE.test(path)) return code.runtimeGlobal === undefined ? NODE : undefined;
  if (SERVICE_WORKER_FILE.test(path)) return browser("a service worker");
  if (STORY_FILE.test(path)) return browser("a Storybook story");
  if (SVELTEKIT_SERVER_FILE.test(path)) return server("a SvelteKit server module", "sveltekit");
  if (!project) return undefined;
  if (project.deno && !code.nodeGlobals) return { runtime: "deno", where: "a Deno project" };
  if (project.browserFiles.includes(path)) return browser("a browser build (the package's browser field)");
  return byFramework(path, project);
}

/**
 * What a fix that reads the environment may be where the file runs: none in a Cloudflare Worker
 * (its secrets come in the handler's binding), a suggestion where the evidence disagrees, else
 * whatever the place allows.
 */
export function envReadFix(verdict: RuntimeVerdict): "none" | "suggestion" | "as-placed" {
  if (verdict.runtime === "cloudflare") return "none";
  return verdict.disagreement === undefined ? "as-placed" : "suggestion";
}

/** What a team may set for files a config names: `settings: { "hf-secrets": { runtime: "browser" } }`. */
export const RUNTIME_SETTING_VALUES = ["node", "deno", "bun", "cloudflare", "browser", "sveltekit-server", "astro-server"] as const;

export function runtimeFromSetting(value: string): RuntimeVerdict | undefined {
  const where = "a file the config marks as";
  switch (value) {
    case "node":
    case "deno":
    case "bun":
    case "cloudflare":
    case "browser":
      return { runtime: value, where: `${where} ${value} code` };
    case "sveltekit-server":
      return server(`${where} SvelteKit server code`, "sveltekit");
    case "astro-server":
      return server(`${where} Astro server code`, "astro");
    default:
      return undefined;
  }
}
