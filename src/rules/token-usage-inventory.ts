import { AST_NODE_TYPES } from "../ast/node-types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isHfTokenName } from "../core";
import {
  ENV_READ_SELECTOR,
  ENV_STYLE_MEMBER_SELECTOR,
  NAMED_READ_CALL_SELECTOR,
  SVELTEKIT_ENV_MODULES,
  envReadsAt,
  envStyleMemberRead,
  importsOf,
  namedReadCall,
  svelteKitEnvReads,
  type EnvRead,
} from "../ast/env-reads";
import { INVENTORY_MESSAGE } from "../core/inventory-message";
import { contextFact } from "../util/context-fact";
import { createRule } from "../util/create-rule";

export const RULE_NAME = "token-usage-inventory";

export type Options = [];

const SVELTEKIT_ENV_IMPORTS = importsOf(SVELTEKIT_ENV_MODULES);
export type MessageIds = "tokenRead";

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  buildListenersOnFirstUse: true,
  meta: {
    type: "suggestion",
    languages: ["js/js"],
    docs: {
      description: "Report every read of a Hugging Face token env variable, to list what rotation after a leak must update",
      inventory: "warn",
    },
    schema: [],
    messages: {
      // The inventory formatters read the name and the access back from this message's start.
      tokenRead: INVENTORY_MESSAGE,
    },
  },
  create(context) {
    function list(reads: readonly EnvRead[]): void {
      for (const read of reads) {
        // `process.env.HF_TOKEN = …` sets the variable; the places listed are those that read it.
        const isWrite = read.node.parent?.type === AST_NODE_TYPES.AssignmentExpression && read.node.parent.left === read.node;
        if (!isWrite && isHfTokenName(read.name)) {
          context.report({ node: read.node, messageId: "tokenRead", data: { name: read.name, via: read.via } });
        }
      }
    }

    return {
      [ENV_READ_SELECTOR](node: TSESTree.MemberExpression | TSESTree.CallExpression): void {
        list(envReadsAt(node));
      },
      [SVELTEKIT_ENV_IMPORTS](node: TSESTree.ImportDeclaration): void {
        list(svelteKitEnvReads(node, (at) => contextFact(context, "sourceCode").getScope(at)));
      },
      [NAMED_READ_CALL_SELECTOR](node: TSESTree.CallExpression): void {
        const read = namedReadCall(node, contextFact(context, "sourceCode").text);
        if (read) list([read]);
      },
      [ENV_STYLE_MEMBER_SELECTOR](node: TSESTree.MemberExpression): void {
        const read = envStyleMemberRead(node, contextFact(context, "sourceCode").text, (at) => contextFact(context, "sourceCode").getScope(at));
        if (read) list([read]);
      },
    };
  },
});
