import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import {
  CLIENT_SINK_SELECTOR,
  COMPONENT_PROP_SELECTOR,
  PAGE_DATA_SELECTOR,
  REALTIME_CONNECTION_SELECTOR,
  ROUTE_HANDLER_SELECTOR,
  SERVER_FUNCTION_SELECTOR,
  clientPropSink,
  clientSinksAt,
  pageDataSinks,
  realtimeServerSinks,
  routeHandlerSinks,
  serverFunctionSinks,
} from "../ast/client-sinks";
import type { ClientSink } from "../ast/client-sinks";
import { carriedTokenNameAt, flowFileOf } from "../ast/token-values";
import { contextFact } from "../util/context-fact";
import { createRule } from "../util/create-rule";
import { skipsGeneratedFile } from "../ast/generated-code";

export const RULE_NAME = "no-token-to-client";

export type Options = [];
export type MessageIds = "tokenInResponse" | "tokenPushedToClient" | "tokenReturnedInResponse" | "tokenReturnedByServerFunction" | "tokenInClientStorage" | "tokenInPageData" | "tokenInClientProps";

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  buildListenersOnFirstUse: true,
  // Bundles and minified files are not read: src/catalogue/generated-code.ts.
  skipsFile: skipsGeneratedFile,
  meta: {
    type: "problem",
    languages: ["js/js"],
    docs: {
      description: "Disallow sending Hugging Face tokens to the client in responses or storing them in the browser",
      recommended: "error",
    },
    schema: [],
    messages: {
      tokenInResponse:
        "{{api}}() sends the Hugging Face token ({{source}}) in a response: whoever can call this endpoint gets the token. Call Hugging Face on the server and return only the result.",
      tokenPushedToClient:
        "{{api}}() sends the Hugging Face token ({{source}}) to the connected client: whoever connects gets the token. Call Hugging Face on the server and send only the result.",
      tokenReturnedInResponse:
        "{{api}} sends what its handler returns as the response, and the handler returns the Hugging Face token ({{source}}): whoever can call this route gets the token. Call Hugging Face on the server and return only the result.",
      tokenReturnedByServerFunction:
        "{{api}} is a server function: React sends what it returns to the browser that calls it, and it returns the Hugging Face token ({{source}}). Use the token on the server and return only the result.",
      tokenInPageData:
        "{{api}}() returns the Hugging Face token ({{source}}), and the framework sends what it returns to the browser with the page. Use the token on the server and return only the result.",
      tokenInClientProps:
        "{{api}} is a client component: the Hugging Face token ({{source}}) passed to it as a prop is sent to the browser with the page. Call Hugging Face in the server component (or a server action) and pass only the result.",
      tokenInClientStorage:
        "{{api}} keeps the Hugging Face token ({{source}}) in the browser, where every script on the page and anyone with the device can read it. Keep the token on the server and call Hugging Face through it.",
    },
  },
  create(context) {
    const flowFile = flowFileOf(() => contextFact(context, "sourceCode"), contextFact(context, "filename"));
    const MESSAGE_OF: Record<ClientSink["kind"], MessageIds> = {
      response: "tokenInResponse",
      storage: "tokenInClientStorage",
      "page-data": "tokenInPageData",
      "client-props": "tokenInClientProps",
      "handler-return": "tokenReturnedInResponse",
      "server-function": "tokenReturnedByServerFunction",
      push: "tokenPushedToClient",
    };
    function check(sinks: readonly ClientSink[]): void {
      for (const sink of sinks) {
        const source = carriedTokenNameAt(sink.value, sink.path ?? [], flowFile);
        if (source === undefined) continue;
        context.report({ node: sink.value, messageId: MESSAGE_OF[sink.kind], data: { api: sink.api, source } });
      }
    }
    return {
      [CLIENT_SINK_SELECTOR]: (node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression) => check(clientSinksAt(node, flowFile.getScope)),
      [PAGE_DATA_SELECTOR]: (node: TSESTree.FunctionDeclaration | TSESTree.VariableDeclarator) => check(pageDataSinks(node, flowFile)),
      [ROUTE_HANDLER_SELECTOR]: (node: TSESTree.CallExpression | TSESTree.MethodDefinition) =>
        check(routeHandlerSinks(node, contextFact(context, "sourceCode").ast, flowFile)),
      [REALTIME_CONNECTION_SELECTOR]: (node: TSESTree.CallExpression) => check(realtimeServerSinks(node, flowFile.getScope)),
      [SERVER_FUNCTION_SELECTOR]: (node: TSESTree.ExpressionStatement) => check(serverFunctionSinks(node, flowFile.visitorKeys)),
      [COMPONENT_PROP_SELECTOR]: (node: TSESTree.JSXExpressionContainer) => {
        const sink = clientPropSink(node, flowFile.filename, contextFact(context, "sourceCode").ast, flowFile.getScope);
        if (sink) check([sink]);
      },
    };
  },
});
