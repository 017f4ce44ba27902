// The plugin lints itself (from its build: `npm test` builds first) and is checked by
// eslint-plugin-eslint-plugin.
import eslintPlugin from "eslint-plugin-eslint-plugin";
import hfSecrets from "eslint-plugin-hf-secrets";

export default [
  // The example project has findings on purpose; `npm run example` lints it.
  { ignores: ["dist/", "examples/", "node_modules/"] },
  ...hfSecrets.configs.all,
  // Docs, workflows and configs too: a token pasted into a README is as leaked as one in code.
  ...hfSecrets.configs.text,
  {
    files: ["src/rules/**/*.ts"],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      "eslint-plugin/require-meta-docs-description": ["error", { pattern: "^(Disallow|Enforce|Require|Report)" }],
      "eslint-plugin/require-meta-docs-url": "off",
      "eslint-plugin/require-meta-default-options": "error",
      "eslint-plugin/require-meta-schema-default": "off",
      // Suggestions are built by src/ast/replacement.ts placeFix(), which this rule cannot follow.
      "eslint-plugin/require-meta-has-suggestions": "off",
    },
  },
  {
    files: ["tests/rules/**/*.ts"],
    ...eslintPlugin.configs.tests,
  },
];
