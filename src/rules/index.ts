import noHardcodedToken from "./no-hardcoded-token/index";
import noLiteralTokenAssignment from "./no-literal-token-assignment";
import noPublicTokenEnv from "./no-public-token-env";
import noTokenLogging from "./no-token-logging";
import noTokenToClient from "./no-token-to-client";
import noTokenToThirdParty from "./no-token-to-third-party";
import tokenUsageInventory from "./token-usage-inventory";

export const rules = {
  "no-hardcoded-token": noHardcodedToken,
  "no-literal-token-assignment": noLiteralTokenAssignment,
  "no-public-token-env": noPublicTokenEnv,
  "no-token-logging": noTokenLogging,
  "no-token-to-client": noTokenToClient,
  "no-token-to-third-party": noTokenToThirdParty,
  "token-usage-inventory": tokenUsageInventory,
};
