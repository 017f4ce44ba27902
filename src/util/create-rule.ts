import { ESLintUtils } from "@typescript-eslint/utils";

export const REPOSITORY_URL = "https://github.com/hf-secrets/eslint-plugin-hf-secrets";

export function ruleDocsUrl(ruleName: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleName}.md`;
}

export interface HfSecretsRuleDocs {
  /** Severity the rule has in `configs.recommended`; absent means the rule is only in `configs.all`. */
  recommended?: "error" | "warn";
}

export const createRule = ESLintUtils.RuleCreator<HfSecretsRuleDocs>(ruleDocsUrl);
