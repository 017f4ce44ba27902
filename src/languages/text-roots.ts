/* Language facts the rules need without loading a language: the names of text root nodes. */

export const TEXT_DOCUMENT = "TextDocument";

/**
 * The root nodes of the text languages the token rules read as plain text: this plugin's own, and
 * those of `@eslint/markdown` (`root`) and `@eslint/json` (`Document`), so teams that already lint
 * Markdown and JSON with them keep their language and add the rules.
 */
export const TEXT_ROOTS = [TEXT_DOCUMENT, "root", "Document"].join(", ");
