import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { HOST_PATTERN_SOURCE, HUGGING_FACE_HOSTS, isAllowedHost } from "../core";
import {
  CLIENT_INSTANCE_SELECTOR,
  CONFIGURED_CLIENT_SELECTOR,
  CONNECTION_SELECTOR,
  OPENED_REQUEST_SELECTOR,
  OUTGOING_REQUEST_SELECTOR,
  TELEMETRY_SELECTOR,
  configuredClient,
  connectionRequest,
  instanceRequests,
  literalHost,
  openedRequest,
  outgoingRequest,
  telemetryRequest,
} from "../ast/requests";
import type { OutgoingRequest } from "../ast/requests";
import { carriedTokenName, constantValueOf, flowFileOf } from "../ast/token-values";
import { derivedFromOptions } from "../options/derived";
import { contextFact } from "../util/context-fact";
import { createRule } from "../util/create-rule";
import { skipsGeneratedFile } from "../ast/generated-code";

export const RULE_NAME = "no-token-to-third-party";

export type Options = [{ allowedHosts?: string[] }];
export type MessageIds = "tokenSentToThirdParty";


const hostSettings = derivedFromOptions((options: Options[0]) => ({
  // The team's hosts add to Hugging Face's own: a proxy is allowed, Hugging Face stays allowed.
  allowedHosts: [...HUGGING_FACE_HOSTS, ...(options.allowedHosts ?? [])],
}));

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  buildListenersOnFirstUse: true,
  // Bundles and minified files are not read: src/catalogue/generated-code.ts.
  skipsFile: skipsGeneratedFile,
  meta: {
    type: "problem",
    languages: ["js/js"],
    docs: {
      description: "Disallow sending Hugging Face tokens to hosts that are not Hugging Face",
      recommended: "error",
    },
    schema: [
      {
        type: "object",
        properties: {
          allowedHosts: {
            description:
              "Hosts that may receive the token besides Hugging Face's own: a host name, or `*.` and a domain for its subdomains.",
            type: "array",
            items: { type: "string", pattern: HOST_PATTERN_SOURCE },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowedHosts: [] }],
    messages: {
      tokenSentToThirdParty:
        "{{client}}() sends the Hugging Face token ({{source}}) to {{host}}, which is not a Hugging Face host: whoever runs it can use the token. Send it only to Hugging Face; if {{host}} is your own proxy, add it to `allowedHosts`.",
    },
  },
  create(context, [options]) {
    const { allowedHosts } = hostSettings(options);
    const flowFile = flowFileOf(() => contextFact(context, "sourceCode"), contextFact(context, "filename"));

    const constantOf = (identifier: TSESTree.Identifier): TSESTree.Node | undefined => constantValueOf(identifier, flowFile.getScope);

    function check(request: OutgoingRequest | undefined): void {
      if (!request) return;
      // Requests to a URL the code does not spell out are not guessed at.
      const host = request.host ?? literalHost(request.url, true, constantOf);
      if (host === undefined || isAllowedHost(host, allowedHosts)) return;
      for (const carrier of request.urlIsCheckedAlone ? request.sentValues : [request.url, ...request.sentValues]) {
        const source = carriedTokenName(carrier, flowFile);
        if (source !== undefined) {
          context.report({
            node: carrier,
            messageId: "tokenSentToThirdParty",
            data: { client: request.client, source, host },
          });
          return;
        }
      }
    }

    return {
      [OUTGOING_REQUEST_SELECTOR]: (node: TSESTree.CallExpression | TSESTree.NewExpression) => check(outgoingRequest(node, constantOf)),
      [CONFIGURED_CLIENT_SELECTOR]: (node: TSESTree.Property) => check(configuredClient(node, constantOf)),
      [OPENED_REQUEST_SELECTOR]: (node: TSESTree.CallExpression) => check(openedRequest(node, flowFile.getScope)),
      [CONNECTION_SELECTOR]: (node: TSESTree.NewExpression | TSESTree.CallExpression) => check(connectionRequest(node, flowFile)),
      // Error-tracking and analytics SDKs send what they are given to the vendor (src/catalogue/requests.ts, TELEMETRY_SDKS).
      [TELEMETRY_SELECTOR]: (node: TSESTree.CallExpression) => check(telemetryRequest(node, flowFile.getScope)),
      [CLIENT_INSTANCE_SELECTOR]: (node: TSESTree.CallExpression) => {
        for (const request of instanceRequests(node, { getScope: flowFile.getScope, visitorKeys: flowFile.visitorKeys, constantOf })) check(request);
      },
    };
  },
});
