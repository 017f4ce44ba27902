// The plugin lints itself (from its build: `npm test` builds first) and is checked by
// eslint-plugin-eslint-plugin.
import eslintPlugin from "eslint-plugin-eslint-plugin";
import hfSecrets from "eslint-plugin-hf-secrets";

/** Properties of ESLint's rule context that the rules read, or could. */
const CONTEXT_FACTS = "options|sourceCode|filename|physicalFilename|cwd|settings|languageOptions|parserOptions|parserPath|id";

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
      "eslint-plugin/require-meta-languages": "error",
      "eslint-plugin/require-meta-schema-default": "off",
    },
  },
  {
    // Its reports (fixes and suggestions alike) are made by TokenReporter in report.ts, one file
    // away, where eslint-plugin-eslint-plugin does not look; the rule tests assert each suggestion.
    files: ["src/rules/no-hardcoded-token/index.ts"],
    rules: { "eslint-plugin/require-meta-has-suggestions": "off" },
  },
  {
    // ESLint gives each file's rule contexts a new prototype: an ordinary read misses V8's inline
    // caches once per file, `contextFact` does not (docs/performance.md, fifth round).
    files: ["src/rules/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...["object.name", "object.property.name"].map((path) => ({
          selector: `MemberExpression[${path}="context"][property.name=/^(?:${CONTEXT_FACTS})$/]`,
          message: "Read the rule context with contextFact(context, …) from src/util/context-fact.",
        })),
      ],
    },
  },
  {
    files: ["tests/rules/**/*.ts"],
    ...eslintPlugin.configs.tests,
  },
  // Layers point one way: catalogue ← core ← options, io ← ast ← rules ← configs ← index ← scan (the
  // plugin's own ESLint, for `hf-secrets scan` and `verify`). cli uses core and io, and loads scan
  // only when a command needs ESLint. A back-import fails lint.
  // The catalogue is data (src/catalogue/README.md): it imports nothing, and core reads it.
  ...layer("src/catalogue/**", ["../*", "../**", "@typescript-eslint/*", "eslint"]),
  ...layer("src/core/**", ["@typescript-eslint/*", "eslint", "**/ast", "**/ast/**", "**/options", "**/options/**", "**/io", "**/io/**", "**/rules", "**/rules/**", "**/languages", "**/languages/**", "**/inventory", "**/inventory/**", "**/formatters", "**/formatters/**", "**/util", "**/util/**", "**/configs", "../index", "../../index", "../scan/**", "../../scan/**"]),
  ...layer("src/{options,io}/**", ["**/ast", "**/ast/**", "**/rules", "**/rules/**", "**/languages", "**/languages/**", "**/inventory", "**/inventory/**", "**/formatters", "**/formatters/**", "**/configs", "../index", "../../index", "../scan/**", "../../scan/**"]),
  ...layer("src/ast/**", ["**/rules", "**/rules/**", "**/languages", "**/languages/**", "**/inventory", "**/inventory/**", "**/formatters", "**/formatters/**", "**/configs", "../index", "../../index", "../scan/**", "../../scan/**"]),
  ...layer("src/rules/**", ["**/inventory", "**/inventory/**", "**/formatters", "**/formatters/**", "**/configs", "../index", "../../index", "**/languages/text", "../scan/**", "../../scan/**"]),
  ...layer("src/cli/**", ["@typescript-eslint/*", "eslint", "**/ast", "**/ast/**", "**/rules", "**/rules/**", "**/configs", "../index", "../../index"]),
  ...layer("src/{configs.ts,index.ts}", ["./scan/**", "./cli/**"]),
  ...layer("src/{inventory,formatters}/**", ["**/ast", "**/ast/**", "**/rules", "**/rules/**", "**/configs", "../index", "../../index", "../scan/**", "../../scan/**"]),
];

/** What files of one layer may not import: the layers above it. */
function layer(files, forbidden) {
  return [
    {
      files: [files],
      ignores: ["src/ast/node-types.ts"],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            patterns: [{ group: forbidden, message: "Layers point one way: catalogue ← core ← options, io ← ast ← rules ← configs ← index ← scan (see eslint.config.mjs)." }],
            paths: [
              {
                name: "@typescript-eslint/types",
                importNames: ["AST_NODE_TYPES"],
                message: "Import AST_NODE_TYPES from src/ast/node-types: the package's own export is a getter, called on every comparison.",
              },
            ],
          },
        ],
      },
    },
  ];
}
