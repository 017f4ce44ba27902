import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { SHORTEST_ENCODED_TOKEN, SHORTEST_TOKEN_LENGTH, TOKEN_ANCHOR_PATTERN_SOURCE, type RuntimeVerdict } from "../../core";
import { STRING_PIECE_TYPES } from "../../ast/assembly";
import { AST_NODE_TYPES } from "../../ast/node-types";
import { TEXT_ROOTS, TEXT_RULE_LANGUAGES } from "../../languages/text-roots";
import {
  DEFAULT_FIX_AND_ALLOW_OPTIONS,
  FIX_AND_ALLOW_SCHEMA,
  resolveFixAndAllow,
  settingsForFile,
  type FixAndAllowOptions,
  type ResolvedFixAndAllow,
} from "../../options/fix-and-allow";
import { contextFact } from "../../util/context-fact";
import { createRule } from "../../util/create-rule";
import { endsWalkOf, releaseWalkedFile } from "../../util/listeners-on-first-use";
import type { Context } from "./check-base";
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
/*
 * Sums and templates whose pieces cannot meet. A token across pieces needs two pieces side by
 * side, each with a token character (`[A-Za-z0-9_]`) where they touch. What the assembler cannot
 * read (`a.b`, `f()`, a number) stands between its neighbours, and a name alone between such
 * characters adds no run of its own: a token its `const` assembles is reported where that `const`
 * is written. Most roots in real code are these (`i + 1`, `"id: " + id`, `` `${user.name}` ``):
 * ESLint's selector skips them before the rule is called (docs/performance.md, eighth round).
 */
const HOLE = "/^(?!(?:Literal|TemplateLiteral|BinaryExpression|Identifier|CallExpression|ChainExpression|TS[A-Za-z]+)$)/";
const holeAt = (path: string): string =>
  `:matches([${path}.type=${HOLE}], [${path}.type="Literal"]:not([${path}.value=type(string)]), [${path}.type="CallExpression"]:not([${path}.callee.property.name=/^(?:join|concat)$/], [${path}.callee.property.value=/^(?:join|concat)$/]))`;
const STARTS_WITH_TOKEN_CHARACTER = "/^[A-Za-z0-9_]/";
const ENDS_WITH_TOKEN_CHARACTER = "/[A-Za-z0-9_]$/";
const PIECES_APART_IN_SUM = [
  `${holeAt("left")}:matches(${holeAt("right")}, [right.type="Identifier"], [right.type="Literal"])`,
  `${holeAt("right")}:matches([left.type="Identifier"], [left.type="Literal"])`,
  `[left.type="Identifier"][right.type="Literal"]:not([right.value=${STARTS_WITH_TOKEN_CHARACTER}])`,
  `[left.type="Literal"][right.type="Identifier"]:not([left.value=${ENDS_WITH_TOKEN_CHARACTER}])`,
].join(", ");
const PIECES_APART_IN_TEMPLATE = [
  `[expressions.length=1]${holeAt("expressions.0")}`,
  `[expressions.length=1][expressions.0.type="Identifier"]:not([quasis.0.value.cooked=${ENDS_WITH_TOKEN_CHARACTER}], [quasis.1.value.cooked=${STARTS_WITH_TOKEN_CHARACTER}])`,
].join(", ");
const ASSEMBLY_NODE = [
  `BinaryExpression[operator="+"]:not(${OPERAND_OF_SUM}):not(${PIECES_APART_IN_SUM})`,
  `TemplateLiteral[expressions.length>0]:not(${OPERAND_OF_SUM}):not(${PIECES_APART_IN_TEMPLATE})`,
  'CallExpression[callee.property.name="join"]',
  'CallExpression[callee.property.value="join"]',
  'CallExpression[callee.property.name="concat"]',
].join(", ");
/** `t += "…"` on a `let`: the pieces are put together over several statements. */
const APPENDING_ASSIGNMENT = 'AssignmentExpression[operator="+="][left.type="Identifier"]:matches([right.type="TemplateLiteral"], [right.value=type(string)])';
/**
 * `atob("…")`, `window.atob("…")`, `Buffer.from("…", "base64")`, and callees behind a type wrapper,
 * given the encoded text or the name of a `const` written elsewhere.
 */
const BASE64_ENCODING = "[arguments.1.value=/^base64(?:url)?$/]";
const DECODER_CALL = `CallExpression:matches([callee.name="atob"], [callee.property.name="atob"], [callee.property.value="atob"], [callee.property.name="from"]${BASE64_ENCODING}, [callee.property.value="from"]${BASE64_ENCODING}, [callee.expression]):matches([arguments.0.type="Identifier"], [arguments.0.value.length>=${SHORTEST_ENCODED_TOKEN}])`;

/** `const` declarations whose value can be a string piece: all an assembly reads through a name. */
const PIECE_TYPES_OF_ANY_VALUE = STRING_PIECE_TYPES.filter((type) => type !== AST_NODE_TYPES.Literal && type !== AST_NODE_TYPES.BinaryExpression);
/** Numbers, `a - b` and `a * b` are holes to the assembler: their names need not be known. */
const STRING_CONST_DECLARATOR = `VariableDeclaration[kind="const"] > VariableDeclarator:matches([init.type=/^(?:${[...PIECE_TYPES_OF_ANY_VALUE, "ArrayExpression"].join("|")})$/], [init.type="Literal"][init.value=type(string)], [init.type="BinaryExpression"][init.operator="+"], [init.callee.property.name="join"], [init.callee.property.value="join"])`;

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
  DECODER_CALL,
  APPENDING_ASSIGNMENT,
].join(", ");

/*
 * Selectors keep ESLint from calling the rule on nodes that cannot hold a token: strings shorter
 * than a token or without its anchor, `-` and `*`, templates without expressions, calls that
 * neither join nor decode. Each method still checks what it needs; a selector only narrows.
 */
function listenersOf(file: FileHolder): TSESLint.RuleListener {
  return {
    "Program:exit": (program: TSESTree.Program) => {
      // Most files give no node to a check: the end of the file then builds one only where a comment or markup may hold a token.
      const check = file.check ?? (CodeCheck.hasWorkAtEnd(program, () => file.text()) ? file.checkOf() : undefined);
      check?.finishFile(program);
      file.release();
      releaseWalkedFile();
    },
    [CODE_NODES]: (node: TSESTree.Node) => file.checkOf()?.visit(node),
    // Kept aside: a file's consts matter only where an assembly reads a name, and most files have none.
    [STRING_CONST_DECLARATOR]: (node: TSESTree.VariableDeclarator) => file.declarators.push(node),
    // When ESLint leaves a root, its nodes were just walked: the bound reads them while they are fresh in memory.
    [`${ASSEMBLY_NODE}:exit`]: (node: TSESTree.Node) => file.checkOf()?.assemblyNode(node),
    // Text files, read through the plugin's text language (`configs.text`).
    [TEXT_ROOTS]: () => {
      file.checkOf()?.textFile();
      file.release();
    },
  };
}

/**
 * The file ESLint is walking, and its check, built when a node first needs one: creating the
 * check, its reporter and its settings for every file cost more than the checks of most files.
 */
class FileHolder {
  private context: Context | undefined;
  private settings: ResolvedFixAndAllow | undefined;
  check: CodeCheck | undefined;
  /** The file's `const`s of string pieces, in the order written. */
  readonly declarators: TSESTree.VariableDeclarator[] = [];

  hold(context: Context, settings: ResolvedFixAndAllow): void {
    this.context = context;
    this.settings = settings;
    this.check = undefined;
    this.declarators.length = 0;
  }

  /** Whether a file is being walked for `context`'s source code already: the plugin registered under two names. */
  holdsFileOf(context: Context): boolean {
    return this.context !== undefined && contextFact(this.context, "sourceCode") === contextFact(context, "sourceCode");
  }

  text(): string {
    return this.context === undefined ? "" : contextFact(this.context, "sourceCode").text;
  }

  checkOf(): CodeCheck | undefined {
    const { context, settings } = this;
    if (this.check === undefined && context !== undefined && settings !== undefined) {
      const makeReporter = (runtime: RuntimeVerdict): TokenReporter => new TokenReporter(context, settingsForFile(settings, runtime), runtime);
      this.check = new CodeCheck({ context, makeReporter, allowList: settings.allowList, declarators: this.declarators });
    }
    return this.check;
  }

  /* The file is let go when its walk ends: kept until the next, a 16 MB file's tree stayed in memory while the next was parsed. */
  release(): void {
    this.context = undefined;
    this.settings = undefined;
    this.check = undefined;
    this.declarators.length = 0;
  }
}

/*
 * ESLint creates the rule for a file, walks that file, and only then goes on to the next: one set
 * of listeners serves every file and calls the check of the file being walked, which is let go at
 * the end of the walk. Building listeners for each file (three closures and an object with
 * computed keys) was a tenth of the rule's time on the benchmark corpus (docs/performance.md, fifth round).
 */
const walking = new FileHolder();
const LISTENERS = listenersOf(walking);

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
    // The plugin registered under two names is created twice for one file: the second gets listeners of its own.
    if (walking.holdsFileOf(context)) {
      const own = new FileHolder();
      own.hold(context, settings);
      return listenersOf(own);
    }
    walking.hold(context, settings);
    endsWalkOf(contextFact(context, "sourceCode"));
    return LISTENERS;
  },
});
