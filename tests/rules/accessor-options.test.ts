import hardcodedRule from "../../src/rules/no-hardcoded-token";
import assignmentRule from "../../src/rules/no-literal-token-assignment";
import { createRuleTester } from "../helpers/rule-tester";
import { makeToken } from "../helpers/tokens";

/*
 * The secret-manager fix: `accessor` replaces the env lookup, `accessorImport` adds what it needs,
 * once per file, merged into an import or `require` of the same module, in the file's own style.
 */
const ruleTester = createRuleTester();
const TOKEN = makeToken(81);
const OTHER = makeToken(82);
const NAMED = { accessor: 'getSecret("{name}")', accessorImport: { from: "./secrets", named: "getSecret" } };
const DEFAULT = { accessor: 'secrets.get("{name}")', accessorImport: { from: "@acme/secrets", default: "secrets" } };
const CALL = 'getSecret("HF_TOKEN")';

ruleTester.run("no-hardcoded-token with a secret-manager accessor", hardcodedRule, {
  valid: [],
  invalid: [
    {
      name: "adds an import to a module without one",
      code: `const client = new InferenceClient("${TOKEN}");`,
      options: [NAMED],
      output: `import { getSecret } from "./secrets";\nconst client = new InferenceClient(${CALL});`,
      errors: [{ messageId: "hardcodedToken" }],
    },
    {
      name: "merges into an existing import of the same module",
      code: `import { loadSecrets } from "./secrets";\nawait loadSecrets();\nconst t = "${TOKEN}";`,
      options: [NAMED],
      output: `import { loadSecrets, getSecret } from "./secrets";\nawait loadSecrets();\nconst t = ${CALL};`,
      errors: [{ messageId: "hardcodedToken" }],
    },
    {
      name: "adds nothing when the accessor is already imported",
      code: `import { getSecret } from "./secrets";\nconst t = "${TOKEN}";`,
      options: [NAMED],
      output: `import { getSecret } from "./secrets";\nconst t = ${CALL};`,
      errors: [{ messageId: "hardcodedToken" }],
    },
    {
      name: "goes after the last import, and next to a default import of the same module",
      code: `import fs from "node:fs";\nimport store from "./secrets";\nconst t = "${TOKEN}";`,
      options: [NAMED],
      output: `import fs from "node:fs";\nimport store, { getSecret } from "./secrets";\nconst t = ${CALL};`,
      errors: [{ messageId: "hardcodedToken" }],
    },
    {
      name: "a default import, in a file that already imports others",
      code: `import { InferenceClient } from "@huggingface/inference";\nconst client = new InferenceClient("${TOKEN}");`,
      options: [DEFAULT],
      output: `import { InferenceClient } from "@huggingface/inference";\nimport secrets from "@acme/secrets";\nconst client = new InferenceClient(secrets.get("HF_TOKEN"));`,
      errors: [{ messageId: "hardcodedToken" }],
    },
    {
      name: "a CommonJS file gets require, after its last require",
      code: `"use strict";\nconst fs = require("fs");\nconst t = "${TOKEN}";`,
      options: [NAMED],
      output: `"use strict";\nconst fs = require("fs");\nconst { getSecret } = require("./secrets");\nconst t = ${CALL};`,
      errors: [{ messageId: "hardcodedToken" }],
    },
    {
      name: "merges into a destructuring require of the same module",
      code: `const { loadSecrets } = require("./secrets");\nconst t = "${TOKEN}";`,
      options: [NAMED],
      output: `const { loadSecrets, getSecret } = require("./secrets");\nconst t = ${CALL};`,
      errors: [{ messageId: "hardcodedToken" }],
    },
    {
      name: "a default require in a CommonJS file",
      code: `const path = require("path");\nmodule.exports = { token: "${TOKEN}" };`,
      options: [DEFAULT],
      output: `const path = require("path");\nconst secrets = require("@acme/secrets");\nmodule.exports = { token: secrets.get("HF_TOKEN") };`,
      errors: [{ messageId: "hardcodedToken" }],
    },
    {
      name: "keeps a #! line first",
      code: `#!/usr/bin/env node\nconst t = "${TOKEN}";`,
      options: [NAMED],
      output: `#!/usr/bin/env node\nimport { getSecret } from "./secrets";\nconst t = ${CALL};`,
      errors: [{ messageId: "hardcodedToken" }],
    },
    {
      name: "one token twice: the import is added once and both places are fixed in one pass",
      code: `const a = "${TOKEN}";\nconst b = "${TOKEN}";`,
      options: [NAMED],
      output: `import { getSecret } from "./secrets";\nconst a = ${CALL};\nconst b = ${CALL};`,
      errors: [{ messageId: "hardcodedToken" }, { messageId: "hardcodedToken" }],
    },
    {
      name: "no fix when the accessor's name is already something else in the file",
      code: `function getSecret() { return ""; }\nconst t = "${TOKEN}";`,
      options: [NAMED],
      output: null,
      errors: [{ messageId: "hardcodedToken" }],
    },
    {
      name: "an accessor without an import (a global such as secrets.hf)",
      code: `const t = "${TOKEN}";`,
      options: [{ accessor: "globalThis.secrets.hf" }],
      output: `const t = globalThis.secrets.hf;`,
      errors: [{ messageId: "hardcodedToken" }],
    },
    {
      name: "a comment gets the variable's name, and no import",
      code: `// ${TOKEN}\nexport {};`,
      options: [NAMED],
      output: `// HF_TOKEN\nexport {};`,
      errors: [{ messageId: "hardcodedToken" }],
    },
  ],
});

ruleTester.run("no-literal-token-assignment with a secret-manager accessor", assignmentRule, {
  valid: [],
  invalid: [
    {
      code: `import { InferenceClient } from "@huggingface/inference";\nconst HUGGINGFACEHUB_API_TOKEN = "old-mangled-token-value";`,
      options: [NAMED],
      output: `import { InferenceClient } from "@huggingface/inference";\nimport { getSecret } from "./secrets";\nconst HUGGINGFACEHUB_API_TOKEN = getSecret("HUGGINGFACEHUB_API_TOKEN");`,
      errors: [{ messageId: "literalInSink" }],
    },
    {
      name: "removing a fallback adds no import",
      code: `const token = process.env.HF_TOKEN ?? "old-mangled-token-value";`,
      options: [NAMED],
      output: null,
      errors: [
        {
          messageId: "literalInSink",
          suggestions: [{ messageId: "removeFallback", output: `const token = process.env.HF_TOKEN;` }],
        },
      ],
    },
  ],
});
