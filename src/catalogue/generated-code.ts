import type { Sourced } from "./sources";

/**
 * What marks a JavaScript file as a bundle or minified code rather than a module written by hand.
 * The value-flow rules (`no-token-logging`, `no-token-to-client`, `no-token-to-third-party`) do
 * not read such files: a flow found there is the flow of the sources the bundle was built from,
 * which are read and fixed where they are written, or library code, which is no finding.
 * `no-hardcoded-token` reads every file: a token written into a bundle leaks with it. SonarJS
 * skips bundles and minified files the same way (its `detectBundles` and minified-file filters).
 *
 * A compiler's output of one module (TypeScript's or Babel's CommonJS, a file ending in a
 * source-map comment) is still read: it keeps its source's shape, and repositories commit it (a
 * GitHub Action's `lib/`), sometimes without the source beside it.
 */
export interface GeneratedCodeMarker extends Sourced {
  /** Text the bundler writes among a file's first `GENERATED_CODE_WINDOW` characters. */
  readonly text: string;
  readonly generator: string;
}

/** How many of a file's first characters are searched for a marker. */
export const GENERATED_CODE_WINDOW = 2048;

export const GENERATED_CODE_MARKERS: readonly GeneratedCodeMarker[] = [
  { text: "var __defProp = Object.defineProperty", generator: "esbuild (and tsup, Vite's library mode) runtime helpers", source: "esbuild's runtime helpers (internal/runtime/runtime.go: `__defProp`, which the other helpers use); the start of @huggingface/transformers 4.3.2 and @huggingface/hub 2.17.5 dist bundles, and of rolldown 1.2's output (vite 8 dist/node/chunks/node.js)" },
  { text: "__webpack_require__", generator: "webpack", source: "webpack 5 lib/RuntimeGlobals.js (`require: \"__webpack_require__\"`), written by the bootstrap at the bundle's start" },
  { text: "//#region ", generator: "Rolldown (Vite 7+, tsdown)", source: "rolldown 1.x output: each module's code between `//#region <path>` and `//#endregion` comments (the start of @gradio/client 2.7.0 dist/index.js)" },
];

/**
 * Average line length above which a file is minified, as GitHub Linguist decides it; asked only of
 * files of `smallestFile` characters or more, so a short module written on one line is not counted.
 */
export const MINIFIED_CODE: Sourced & { readonly averageLineLength: number; readonly smallestFile: number } = {
  averageLineLength: 110,
  smallestFile: 4096,
  source: "GitHub Linguist lib/linguist/generated.rb (`minified_files?`: average line length over 110)",
};
