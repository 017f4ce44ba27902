import { AST_NODE_TYPES } from "../ast/node-types";
import type { TSESTree } from "@typescript-eslint/utils";
import { PUBLIC_ENV_PREFIXES, publicTokenName } from "../core";
import { ENV_READ_SELECTOR, SVELTEKIT_ENV_MODULES, envReadsAt, importsOf, svelteKitEnvReads } from "../ast/env-reads";
import { BUILD_INLINING_SELECTOR, inlinedTokens } from "../ast/build-inlining";
import { flowFileOf } from "../ast/token-values";
import { runtimeOfFile } from "../ast/runtime";
import { contextFact } from "../util/context-fact";
import { createRule } from "../util/create-rule";

export const RULE_NAME = "no-public-token-env";

export type Options = [{ prefixes?: string[] }];
export type MessageIds = "publicToken" | "dropPrefix" | "inlinedToken";

const DEFAULT_PREFIXES = Object.keys(PUBLIC_ENV_PREFIXES);
const SVELTEKIT_PUBLIC_IMPORTS = importsOf(SVELTEKIT_ENV_MODULES.filter((module) => module.endsWith("/public")));

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  buildListenersOnFirstUse: true,
  meta: {
    type: "problem",
    languages: ["js/js"],
    docs: {
      description: "Disallow Hugging Face tokens in env variables and build settings that bundlers inline into browser code",
      recommended: "error",
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          prefixes: {
            description: "Env-var prefixes that a bundler inlines into client code.",
            type: "array",
            items: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9_]*_$" },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ prefixes: DEFAULT_PREFIXES }],
    messages: {
      publicToken:
        "{{name}} is inlined into the browser bundle by {{framework}}: every visitor gets the Hugging Face token. Call Hugging Face from server code (a route handler, a server action, a proxy) and read {{serverName}} there.",
      dropPrefix: "Read {{serverName}} instead (only valid in server code).",
      inlinedToken:
        "{{by}} inlines {{name}} into the browser bundle at build time: every visitor gets the Hugging Face token. Keep it out of the build's inlined values and read it in server code.",
    },
  },
  create(context, [options]) {
    const prefixes = options.prefixes ?? DEFAULT_PREFIXES;
    let browser: boolean | undefined;
    const runsInBrowser = (): boolean => {
      browser ??= runtimeOfFile({ sourceCode: contextFact(context, "sourceCode"), filename: contextFact(context, "filename"), settings: contextFact(context, "settings") }).runtime === "browser";
      return browser;
    };

    function check(node: TSESTree.Node, name: string | undefined, renameRange?: TSESTree.Range): void {
      const found = name === undefined ? undefined : publicTokenName(name, prefixes);
      if (!found || name === undefined) return;
      const framework = PUBLIC_ENV_PREFIXES[found.prefix] ?? "your bundler";
      // In code that ships to browsers no server variable can be read: no rename is offered there.
      const range = renameRange && !runsInBrowser() ? renameRange : undefined;
      context.report({
        node,
        messageId: "publicToken",
        data: { name, framework, serverName: found.serverName },
        // No autofix: renaming the variable silently breaks the app until the server side exists.
        suggest: range
          ? [
              {
                messageId: "dropPrefix",
                data: { serverName: found.serverName },
                fix: (fixer) => fixer.replaceTextRange(range, found.serverName),
              },
            ]
          : [],
      });
    }

    return {
      // SvelteKit's public modules: every name they export reaches the browser. No rename
      // suggestion: the name must move to `$env/static/private`, in server code.
      [SVELTEKIT_PUBLIC_IMPORTS](node: TSESTree.ImportDeclaration): void {
        for (const read of svelteKitEnvReads(node, (at) => contextFact(context, "sourceCode").getScope(at))) check(read.node, read.name);
      },
      // Bundler settings that write values into the shipped code: `DefinePlugin`, `define`, Next.js's `env`.
      [BUILD_INLINING_SELECTOR](node: TSESTree.NewExpression | TSESTree.CallExpression | TSESTree.Property): void {
        const file = flowFileOf(() => contextFact(context, "sourceCode"), contextFact(context, "filename"));
        for (const inlined of inlinedTokens(node, file)) {
          context.report({ node: inlined.node, messageId: "inlinedToken", data: { by: inlined.by, name: inlined.name } });
        }
      },
      // Deno reads its environment at run time on the server: no bundler inlines `Deno.env.get`.
      [ENV_READ_SELECTOR](node: TSESTree.MemberExpression | TSESTree.CallExpression): void {
        for (const read of envReadsAt(node)) {
          if (read.via !== "Deno.env.get") check(read.node, read.name, read.nameRange);
        }
      },
    };
  },
});
