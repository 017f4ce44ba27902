import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { SHORTEST_ENCODED_TOKEN, SHORTEST_TOKEN_LENGTH, TOKEN_ANCHOR_PATTERN_SOURCE, type RuntimeVerdict } from "../../core";
import { STRING_PIECE_TYPES } from "../../ast/assembly";
import { TEXT_ROOTS, TEXT_RULE_LANGUAGES } from "../../languages/text-roots";
import {
  DEFAULT_FIX_AND_ALLOW_OPTIONS,
  FIX_AND_ALLOW_SCHEMA,
  resolveFixAndAllow,
  settingsForFile,
  type FixAndAllowOptions,
} from "../../options/fix-and-allow";
import { contextFact } from "../../util/context-fact";
import { createRule } from "../../util/create-rule";
import { CodeCheck } from "./code-check";
import { RULE_NAME, TokenReporter, type MessageIds } from "./report";

export { RULE_NAME, type MessageIds };
export type Options = [FixAndAllowOptions];

/** Written where a token's prefix can be: 50 of the 14,000 long strings of the benchmark corpus. */
const ANCHORED = `/${TOKEN_ANCHOR_PATTERN_SOURCE}/`;
const LONG_STRING_OR_REGEXP = `Literal[value.length>=${SHORTEST_TOKEN_LENGTH}][value=${ANCHORED}], Literal[regex.pattern=${ANCHORED}]`;
// A cooked template string is never longer than its raw text; it is null after an invalid escape in a tagged template.
const LONG_TEMPLATE_PART = `TemplateElement[value.raw.length>=${SHORTEST_TOKEN_LENGTH}]:matches([value.cooked=${ANCHORED}], [value.raw=${ANCHORED}])`;
const ANCHORED_JSX_TEXT = `JSXText[raw=${ANCHORED}]`;
/** An operand of `+` is a piece of the sum it stands in, which is assembled whole. */
const OPERAND_OF_SUM = 'BinaryExpression[operator="+"] > *';
const ASSEMBLY_NODE = [
  `BinaryExpression[operator="+"]:not(${OPERAND_OF_SUM})`,
  `TemplateLiteral[expressions.length>0]:not(${OPERAND_OF_SUM})`,
  'CallExpression[callee.property.name="join"]',
  'CallExpression[callee.property.value="join"]',
  'CallExpression[callee.property.name="concat"]',
].join(", ");
/** `t += "…"` on a `let`: the pieces are put together over several statements. */
const APPENDING_ASSIGNMENT = 'AssignmentExpression[operator="+="][left.type="Identifier"]';
/**
 * `atob("…")`, `window.atob("…")`, `Buffer.from("…", "base64")`, and callees behind a type wrapper,
 * given the encoded text or the name of a `const` written elsewhere.
 */
const DECODER_CALL = `CallExpression:matches([callee.name="atob"], [callee.property.name=/^(?:atob|from)$/], [callee.property.value=/^(?:atob|from)$/], [callee.expression]):matches([arguments.0.type="Identifier"], [arguments.0.value.length>=${SHORTEST_ENCODED_TOKEN}])`;

/** `const` declarations whose value can be a string piece: all an assembly reads through a name. */
const STRING_CONST_DECLARATOR = `VariableDeclaration[kind="const"] > VariableDeclarator:matches([init.type=/^(?:${[...STRING_PIECE_TYPES, "ArrayExpression"].join("|")})$/], [init.callee.property.name="join"], [init.callee.property.value="join"])`;

/*
 * One listener for every node a JavaScript check reads on the way down, which `CodeCheck.visit`
 * sends on by type (assembly roots are read on the way up): ESLint creates the rule once per file,
 * and ten listeners cost more to build than most files cost to check (docs/performance.md).
 */
const CODE_NODES = [
  LONG_STRING_OR_REGEXP,
  LONG_TEMPLATE_PART,
  ANCHORED_JSX_TEXT,
  "SvelteText",
  STRING_CONST_DECLARATOR,
  DECODER_CALL,
  APPENDING_ASSIGNMENT,
].join(", ");

/*
 * Selectors keep ESLint from calling the rule on nodes that cannot hold a token: strings shorter
 * than a token or without its anchor, `-` and `*`, templates without expressions, calls that
 * neither join nor decode. Each method still checks what it needs; a selector only narrows.
 */
function listenersOf(checkOf: () => CodeCheck | undefined, done: () => void): TSESLint.RuleListener {
  return {
    "Program:exit": (program: TSESTree.Program) => {
      checkOf()?.finishFile(program);
      done();
    },
    [CODE_NODES]: (node: TSESTree.Node) => checkOf()?.visit(node),
    // When ESLint leaves a root, its nodes were just walked: the bound reads them while they are fresh in memory.
    [`${ASSEMBLY_NODE}:exit`]: (node: TSESTree.Node) => checkOf()?.assemblyNode(node),
    // Text files, read through the plugin's text language (`configs.text`).
    [TEXT_ROOTS]: () => {
      checkOf()?.textFile();
      done();
    },
  };
}

/*
 * ESLint creates the rule for a file, walks that file, and only then goes on to the next: one set
 * of listeners serves every file and calls the check of the file being walked, which is let go at
 * the end of the walk. Building listeners for each file (three closures and an object with
 * computed keys) was a tenth of the rule's time on the benchmark corpus (docs/performance.md, fifth round).
 */
let walking: CodeCheck | undefined;
const LISTENERS = listenersOf(
  () => walking,
  () => {
    walking = undefined;
  },
);

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: "problem",
    languages: TEXT_RULE_LANGUAGES,
    docs: {
      description: "Disallow Hugging Face access tokens written into source code",
      recommended: "error",
    },
    fixable: "code",
    hasSuggestions: true,
    schema: FIX_AND_ALLOW_SCHEMA,
    defaultOptions: [DEFAULT_FIX_AND_ALLOW_OPTIONS],
    messages: {
      hardcodedToken:
        "Hugging Face {{form}} {{masked}} is hardcoded. Revoke it, then read it from the environment ({{replacement}}).{{note}}",
      assembledToken:
        "Hugging Face {{form}} {{masked}} is assembled from literal pieces. Revoke it, then read it from the environment ({{replacement}}).{{note}}",
      encodedToken:
        "Hugging Face {{form}} {{masked}} is hidden in a base64 literal. Revoke it, then read it from the environment ({{replacement}}).{{note}}",
      tokenInDisplayedText:
        "Hugging Face {{form}} {{masked}} is in text people read. Revoke it; the fix writes {{replacement}} in its place, never a token.",
      tokenInClientCode:
        "Hugging Face {{form}} {{masked}} is hardcoded in {{where}}, code that ships to users' browsers or devices, where no environment read is safe. Revoke it and move the call that needs it behind a server route that holds the token.",
      tokenInNotebook:
        "Hugging Face {{form}} {{masked}} is in cell {{cell}} of this notebook ({{where}}). Revoke it, clear it from the cell and its outputs, and read it from the environment ({{replacement}}).",
      tokenInUnignoredEnvFile:
        "Hugging Face {{form}} {{masked}} is in a .env file that git does not ignore: it will be committed. Add the file to .gitignore, and revoke the token if it was ever committed.",
      tokenInTrackedEnvFile:
        "Hugging Face {{form}} {{masked}} is in a .env file that git tracks: it is in the repository's history. Revoke it, then untrack the file (`git rm --cached` it) and keep it in .gitignore.",
      replaceWithEnv: "Replace the token with {{replacement}}.",
      replaceWithSameVariable: "Replace the token with {{replacement}}, which this file already reads: only if that variable holds this same token.",
      removeFallback: "Remove the hardcoded fallback and keep {{replacement}}.",
      removeEnvAssignment: "Remove this statement: set the variable in the deployment's environment or secret store instead.",
    },
  },
  create(context, [options]) {
    // Resolved here, so a bad option stops the lint on the first file, token or not.
    const settings = resolveFixAndAllow(options);
    const makeReporter = (runtime: RuntimeVerdict): TokenReporter => new TokenReporter(context, settingsForFile(settings, runtime), runtime);
    const check = new CodeCheck(context, makeReporter);
    // The plugin registered under two names is created twice for one file: the second gets listeners of its own.
    if (walking?.isFor(context)) return listenersOf(() => check, () => undefined);
    walking = check;
    return LISTENERS;
  },
});
