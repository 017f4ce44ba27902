import noHardcodedToken from "./no-hardcoded-token";
import noLiteralTokenAssignment from "./no-literal-token-assignment";

export const rules = {
  "no-hardcoded-token": noHardcodedToken,
  "no-literal-token-assignment": noLiteralTokenAssignment,
};
