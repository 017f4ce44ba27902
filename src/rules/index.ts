import noHardcodedToken from "./no-hardcoded-token";
import noLiteralTokenAssignment from "./no-literal-token-assignment";
import noPublicTokenEnv from "./no-public-token-env";
import noTokenLogging from "./no-token-logging";

export const rules = {
  "no-hardcoded-token": noHardcodedToken,
  "no-literal-token-assignment": noLiteralTokenAssignment,
  "no-public-token-env": noPublicTokenEnv,
  "no-token-logging": noTokenLogging,
};
