import type { Sourced } from "./sources";

/**
 * What marks a JavaScript file as generated (a bundle, a compiler's output, minified code) rather
 * than written by hand. The value-flow rules (`no-token-logging`, `no-token-to-client`,
 * `no-token-to-third-party`) do not read such files: a flow found there is the flow of the source
 * it was built from, which is read and fixed where it is written, or library code, which is no
 * finding. `no-hardcoded-token` reads every file: a token written into a bundle leaks with it.
 * SonarJS skips bundles and minified files the same way (its `detectBundles` and minified-file
 * filters); GitHub Linguist counts minified files and files with a source map as generated.
 */
export interface GeneratedCodeMarker extends Sourced {
  /** Text the generator writes. */
  readonly text: string;
  /** Where it writes it: among the file's first characters, or its last. */
  readonly where: "head" | "tail";
  readonly generator: string;
}

/** How many of a file's first and last characters are searched for a marker. */
export const GENERATED_CODE_WINDOW = 2048;

export const GENERATED_CODE_MARKERS: readonly GeneratedCodeMarker[] = [
  { text: "var __defProp = Object.defineProperty", where: "head", generator: "esbuild (and tsup, Vite's library mode) runtime helpers", source: "esbuild's runtime helpers (internal/runtime/runtime.go: `__defProp`, which the other helpers use); the start of @huggingface/transformers 4.3.2 and @huggingface/hub 2.17.5 dist bundles, and of rolldown 1.2's output (vite 8 dist/node/chunks/node.js)" },
  { text: "__webpack_require__", where: "head", generator: "webpack", source: "webpack 5 lib/RuntimeGlobals.js (`require: \"__webpack_require__\"`), written by the bootstrap at the bundle's start" },
  { text: "//#region ", where: "head", generator: "Rolldown (Vite 7+, tsdown)", source: "rolldown 1.x output: each module's code between `//#region <path>` and `//#endregion` comments (the start of @gradio/client 2.7.0 dist/index.js)" },
  { text: 'Object.defineProperty(exports, "__esModule", { value: true });', where: "head", generator: "TypeScript's and Babel's CommonJS output", source: "TypeScript 6.0 src/compiler/transformers/module/module.ts (`createUnderscoreUnderscoreESModule`); @babel/plugin-transform-modules-commonjs; the start of @huggingface/tasks 0.21.54 dist/commonjs files" },
  { text: "var __createBinding = (this && this.__createBinding)", where: "head", generator: "TypeScript's emit helpers (tslib inlined)", source: "TypeScript 6.0 src/compiler/factory/emitHelpers.ts (`createBindingHelper`); the start of @huggingface/tasks 0.21.54 dist/commonjs/model-libraries.js" },
  { text: "//# sourceMappingURL=", where: "tail", generator: "any compiler or bundler that writes a source map", source: "ECMA-426 Source map format, linking generated code to its source map (`//# sourceMappingURL=` at the end); GitHub Linguist lib/linguist/generated.rb (`source_map?`)" },
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
