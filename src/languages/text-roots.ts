/* Language facts the rules need without loading a language: the names of text root nodes. */

export const TEXT_DOCUMENT = "TextDocument";

/**
 * The root nodes of the text languages the token rules read as plain text: this plugin's own, and
 * those of `@eslint/markdown` (`root`) and `@eslint/json` (`Document`), so teams that already lint
 * Markdown and JSON with them keep their language and add the rules.
 */
export const TEXT_ROOTS = [TEXT_DOCUMENT, "root", "Document"].join(", ");

/**
 * The languages a rule that reads text files runs in (`meta.languages`, ESLint 10.2+): JavaScript
 * and TypeScript, this plugin's text language, and `@eslint/markdown`'s and `@eslint/json`'s.
 */
export const TEXT_RULE_LANGUAGES = ["js/js", "hf-secrets/text", "markdown/commonmark", "markdown/gfm", "json/json", "json/jsonc", "json/json5"];
