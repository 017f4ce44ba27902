import { createRequire } from "node:module";
import { join } from "node:path";

/*
 * typescript-eslint's parser, loaded when the first TypeScript file is linted and not before: a
 * JavaScript project never loads it (nor TypeScript), and a TypeScript project uses the parser it
 * installed itself (an optional peer), so one parser version reads its files.
 */

interface ParseResult {
  ast: unknown;
  scopeManager?: unknown;
  services?: unknown;
  visitorKeys?: unknown;
}

interface Parser {
  parseForESLint(code: string, options?: unknown): ParseResult;
  meta?: { name?: string; version?: string };
}

let loaded: Parser | undefined;

/** Where the parser is looked for: the project being linted first, then beside this plugin. */
function placesToLook(): string[] {
  return [join(process.cwd(), "package.json"), __filename];
}

/** Whether the parser can be loaded from the places `lazyTypeScriptParser` looks, without loading it. */
export function isTypeScriptParserInstalled(): boolean {
  return placesToLook().some((from) => {
    try {
      createRequire(from).resolve("@typescript-eslint/parser");
      return true;
    } catch {
      return false;
    }
  });
}

function load(): Parser {
  if (loaded) return loaded;
  for (const from of placesToLook()) {
    try {
      loaded = createRequire(from)("@typescript-eslint/parser") as Parser;
      return loaded;
    } catch {
      // Not installed where this looks: try the next place.
    }
  }
  throw new Error(
    "Linting TypeScript files needs @typescript-eslint/parser: install it (npm install --save-dev @typescript-eslint/parser typescript), or use typescript-eslint's configs.",
  );
}

/** A parser object ESLint accepts, that loads the real one on first use. */
export const lazyTypeScriptParser = {
  meta: { name: "eslint-plugin-hf-secrets/typescript-parser", version: "1" },
  parseForESLint(code: string, options?: unknown): ParseResult {
    return load().parseForESLint(code, options);
  },
};
