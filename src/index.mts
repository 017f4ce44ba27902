/*
 * The ESM entry: the same plugin object as `require("eslint-plugin-hf-secrets")` (one instance),
 * with named exports Node cannot see in the CommonJS build: `import { configs } from …` works.
 */
import plugin from "./index.js";

export default plugin;
export const { meta, rules, languages, configs } = plugin;
