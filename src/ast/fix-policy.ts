import { AST_NODE_TYPES } from "./node-types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isTypeWrapper, keyName, outermostValueWrapper, referencedName } from "./names";
import type { ComponentExtension } from "../core";

/*
 * Where a token stands decides what a fix may write there (docs/rules/no-hardcoded-token.md, "How
 * the fix decides"):
 * - "displayed": people read it (JSX text, text attributes, plain-text JSX children, prose and
 *   snippet strings, log and alert arguments). An env read there would put the new token in the
 *   page or the log, so the token gives way to the variable's name in words.
 * - "compared": code compares against it, switches on it or looks it up. An env read would change
 *   what matches (with the variable unset, `case undefined`), so a person decides.
 * - "literal-only": only a literal may stand there (`as const`, ambient declarations, literal
 *   types, `.d.ts`): no fix.
 * - "code": an expression slot; the env read (or the team's accessor) replaces the token.
 */
export type TokenPlace = "displayed" | "compared" | "literal-only" | "code";

/** Attributes whose value a person reads, on any component. */
const TEXT_ATTRIBUTES = new Set([
  "alt",
  "caption",
  "children",
  "class",
  "className",
  "code",
  "content",
  "defaultValue",
  "description",
  "example",
  "heading",
  "helperText",
  "hint",
  "label",
  "message",
  "placeholder",
  "snippet",
  "subtitle",
  "text",
  "title",
  "tooltip",
  "value",
]);

/** Calls whose string arguments end up in front of people or in logs. */
const DISPLAY_FUNCTIONS = new Set(["alert", "confirm", "prompt"]);
const DISPLAY_METHODS = new Set(["log", "info", "warn", "error", "debug", "trace", "write", "writeln", "setAttribute", "insertAdjacentHTML"]);
const DISPLAY_PROPERTIES = new Set(["textContent", "innerText", "innerHTML", "outerHTML", "placeholder", "title", "value"]);

/** Methods whose argument is compared against or looked up, not used as a value. */
const LOOKUP_METHODS = new Set(["includes", "has", "indexOf", "lastIndexOf", "startsWith", "endsWith", "localeCompare", "get", "delete"]);
const COMPARISONS = new Set(["===", "!==", "==", "!="]);

/** Words of a header value: `"Authorization: Bearer hf_…"` is code, not prose. */
const HEADER_WORDS = new Set(["Authorization", "authorization", "Bearer", "bearer", "Token", "token", "Basic"]);
const WORD = /[A-Za-z]{2,}/g;
/** Other tokens in the same text are not words of prose. */
const TOKEN_LIKE = /(?:hf|api_org)_[A-Za-z0-9_.-]{20,}/g;
const SHELL_SNIPPET = /\b(?:curl|wget|export|set|Bearer|Authorization|huggingface-cli|hf auth|login)\b|(?:^|\s)-H\s/;

function isIntrinsicElement(name: TSESTree.JSXTagNameExpression): boolean {
  return name.type === AST_NODE_TYPES.JSXIdentifier && /^[a-z]/.test(name.name);
}

function isDisplayedAttribute(attribute: TSESTree.JSXAttribute): boolean {
  const name = attribute.name.type === AST_NODE_TYPES.JSXIdentifier ? attribute.name.name : attribute.name.name.name;
  if (TEXT_ATTRIBUTES.has(name) || name.startsWith("aria-") || name.startsWith("data-")) return true;
  // Every attribute of an HTML element is in the page a server renders.
  const element = attribute.parent;
  return element.type === AST_NODE_TYPES.JSXOpeningElement && isIntrinsicElement(element.name);
}

/**
 * A prop of an Astro island (`<Chat client:load token="…" />`): Astro serializes an island's props
 * into the page for the browser, so no read of the variable may be written there. Report only.
 */
function isIslandProp(node: TSESTree.Node): boolean {
  const holder = valueHolder(node);
  const attribute = holder.parent?.type === AST_NODE_TYPES.JSXExpressionContainer ? holder.parent.parent : holder.parent;
  if (attribute?.type !== AST_NODE_TYPES.JSXAttribute || attribute.parent.type !== AST_NODE_TYPES.JSXOpeningElement) return false;
  return attribute.parent.attributes.some(
    (other) => other.type === AST_NODE_TYPES.JSXAttribute && other.name.type === AST_NODE_TYPES.JSXNamespacedName && other.name.namespace.name === "client",
  );
}

/** Climbs from an expression through what keeps its value: conditionals, `??`/`||`, templates, `+`. */
function valueHolder(node: TSESTree.Node): TSESTree.Node {
  let current = outermostValueWrapper(node);
  for (let depth = 0; depth < 8 && current.parent; depth += 1) {
    const parent: TSESTree.Node = current.parent;
    const keepsValue =
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) ||
      (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== "&&") ||
      (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === "+") ||
      parent.type === AST_NODE_TYPES.TemplateLiteral;
    if (!keepsValue) break;
    current = outermostValueWrapper(parent);
  }
  return current;
}

function isDisplayedExpression(node: TSESTree.Node): boolean {
  const holder = valueHolder(node);
  const parent = holder.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.JSXExpressionContainer: {
      const owner = parent.parent;
      if (owner.type === AST_NODE_TYPES.JSXAttribute) return isDisplayedAttribute(owner);
      return owner.type === AST_NODE_TYPES.JSXElement || owner.type === AST_NODE_TYPES.JSXFragment;
    }
    case AST_NODE_TYPES.JSXAttribute:
      return isDisplayedAttribute(parent);
    case AST_NODE_TYPES.CallExpression: {
      if (!parent.arguments.includes(holder as TSESTree.CallExpressionArgument)) return false;
      const callee = parent.callee;
      if (callee.type === AST_NODE_TYPES.Identifier) return DISPLAY_FUNCTIONS.has(callee.name);
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? keyName(callee.property, callee.computed) : undefined;
      return method !== undefined && DISPLAY_METHODS.has(method);
    }
    case AST_NODE_TYPES.AssignmentExpression: {
      if (parent.right !== holder || parent.left.type !== AST_NODE_TYPES.MemberExpression) return false;
      const property = keyName(parent.left.property, parent.left.computed);
      return property !== undefined && DISPLAY_PROPERTIES.has(property);
    }
    default:
      return false;
  }
}

function isCompared(node: TSESTree.Node): boolean {
  let written = outermostValueWrapper(node);
  let parent = written.parent;
  // `["hf_a", "hf_b"].includes(x)`, `new Set(["hf_a"])`: the array is what is looked up.
  if (parent?.type === AST_NODE_TYPES.ArrayExpression) {
    written = outermostValueWrapper(parent);
    parent = written.parent;
    if (parent?.type === AST_NODE_TYPES.NewExpression) {
      const className = referencedName(parent.callee);
      return className === "Set" || className === "Map";
    }
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === written) {
      const method = keyName(parent.property, parent.computed);
      return method !== undefined && LOOKUP_METHODS.has(method);
    }
    return false;
  }
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.SwitchCase:
      return parent.test === written;
    case AST_NODE_TYPES.BinaryExpression:
      return COMPARISONS.has(parent.operator) || (parent.operator === "in" && parent.left === written);
    case AST_NODE_TYPES.MemberExpression:
      return parent.computed && parent.property === written;
    case AST_NODE_TYPES.CallExpression: {
      const callee = parent.callee;
      if (!parent.arguments.includes(written as TSESTree.CallExpressionArgument) || callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const method = keyName(callee.property, callee.computed);
      return method !== undefined && LOOKUP_METHODS.has(method);
    }
    default:
      return false;
  }
}

/** `x as const`: the type is the literal itself. */
function isConstAssertion(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSTypeAssertion) &&
    node.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference &&
    node.typeAnnotation.typeName.type === AST_NODE_TYPES.Identifier &&
    node.typeAnnotation.typeName.name === "const"
  );
}

/** A type annotation that only a literal can satisfy: `"hf_…"`, `"a" | "b"`, a template type. */
function isLiteralOnlyType(annotation: TSESTree.TypeNode | undefined): boolean {
  if (!annotation) return false;
  if (annotation.type === AST_NODE_TYPES.TSLiteralType || annotation.type === AST_NODE_TYPES.TSTemplateLiteralType) return true;
  if (annotation.type === AST_NODE_TYPES.TSUnionType) return annotation.types.every((type) => isLiteralOnlyType(type) || type.type === AST_NODE_TYPES.TSUndefinedKeyword || type.type === AST_NODE_TYPES.TSNullKeyword);
  return false;
}

function isAmbient(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if ("declare" in current && current.declare === true) return true;
  }
  return false;
}

/**
 * `"…" as const` (through other type wrappers too), outside declaration files and ambient
 * code: the assertion is what makes only a literal fit, and dropping it with the literal is a
 * change a person can judge (the type widens to `string`). The assertion's node, to replace.
 */
export function droppableConstAssertion(node: TSESTree.Node, filename: string): TSESTree.Node | undefined {
  if (/\.d\.[cm]?ts$/.test(filename)) return undefined;
  let assertion: TSESTree.Node | undefined;
  for (let current = node; current.parent && isTypeWrapper(current.parent); current = current.parent) {
    if (isConstAssertion(current.parent)) assertion = current.parent;
  }
  return assertion && !isAmbient(assertion) ? outermostValueWrapper(assertion) : undefined;
}

function isLiteralOnly(node: TSESTree.Node, filename: string): boolean {
  if (/\.d\.[cm]?ts$/.test(filename)) return true;
  let current: TSESTree.Node = node;
  while (current.parent && isTypeWrapper(current.parent)) {
    if (isConstAssertion(current.parent)) return true;
    current = current.parent;
  }
  const parent = current.parent;
  if (!parent) return false;
  if (isAmbient(parent)) return true;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current) {
    return isLiteralOnlyType(parent.id.typeAnnotation?.typeAnnotation);
  }
  if ((parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.AccessorProperty) && parent.value === current) {
    return isLiteralOnlyType(parent.typeAnnotation?.typeAnnotation);
  }
  if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.right === current) {
    return isLiteralOnlyType(parent.left.typeAnnotation?.typeAnnotation);
  }
  return false;
}


/** Tags whose template is markup a component framework renders: lit's `html` and `svg`, and the like. */
const MARKUP_TAGS = new Set(["html", "svg", "xml", "markup"]);

/**
 * A component framework's template written as a string in code: the value of a `template:`
 * property (Vue's options API, `defineComponent`, Angular's `@Component`), or a template tagged
 * `html`/`svg` (lit, uhtml, htm). The framework renders it in the browser, and what reads like
 * prose there is markup with bindings: neither the env read nor the name in words fits. As
 * messages name it.
 */
export function componentTemplateOf(node: TSESTree.Node): string | undefined {
  const holder = valueHolder(node);
  const parent = holder.parent;
  if ((parent?.type === AST_NODE_TYPES.Property || parent?.type === AST_NODE_TYPES.PropertyDefinition) && parent.value === holder && keyName(parent.key, parent.computed) === "template") {
    return "a component template string (`template:`), which the framework renders in the browser";
  }
  const tagged = node.type === AST_NODE_TYPES.TemplateLiteral ? node.parent : undefined;
  if (tagged?.type === AST_NODE_TYPES.TaggedTemplateExpression && tagged.quasi === node) {
    const tag = referencedName(tagged.tag);
    if (tag !== undefined && MARKUP_TAGS.has(tag)) return `a \`${tag}\` template, which the component renders in the browser`;
  }
  return undefined;
}

/**
 * Data written as text in code: a JSON document (`{"hf_token": "…"}`), where the token is a
 * quoted value. Its words are keys, not prose: the token gives way to an env read.
 */
function isJsonAround(before: string, after: string): boolean {
  return /^\s*[[{]/.test(before) && before.endsWith('"') && after.startsWith('"') && /[\]}]\s*$/.test(after) && /"\s*:/.test(before + after);
}

/**
 * Whether the text around a token makes the string prose or a snippet for people (`"Use hf_… for
 * staging"`, `"curl -H 'Authorization: Bearer hf_…'"`) rather than a value code sends (`"Bearer
 * hf_…"`, `"?token=hf_…"`).
 */
export function isProseAround(before: string, after: string): boolean {
  if (isJsonAround(before, after)) return false;
  const rest = `${before} ${after}`.replace(TOKEN_LIKE, " ");
  if (!/\s/.test(before) && !/\s/.test(after)) return false;
  return (rest.match(WORD) ?? []).some((word) => !HEADER_WORDS.has(word));
}

/** Where `node` (a literal, template or assembly) stands, for a token at `before`/`after` in its text. */
export function tokenPlace(node: TSESTree.Node, filename: string, around?: { before: string; after: string }): TokenPlace {
  if (node.type === AST_NODE_TYPES.JSXText) return "displayed";
  if (isLiteralOnly(node, filename) || isIslandProp(node)) return "literal-only";
  if (isDisplayedExpression(node)) return "displayed";
  if (isCompared(node)) return "compared";
  if (around && isProseAround(around.before, around.after)) return "displayed";
  return "code";
}

/** The words a displayed token gives way to: `$HF_TOKEN` in a shell snippet, `HF_TOKEN` in prose. */
export function displayedName(variableName: string, text: string): string {
  return SHELL_SNIPPET.test(text) ? `$${variableName}` : variableName;
}

/**
 * The component framework whose parser read this Program, from the tree alone (no filename, so
 * no read of the rule context): vue-eslint-parser adds `templateBody`, svelte-eslint-parser puts
 * Svelte nodes at the top level, astro-eslint-parser ends the body with the markup's fragment.
 */
export function componentOfProgram(program: TSESTree.Program): ComponentExtension | undefined {
  if ("templateBody" in program) return "vue";
  const first: string | undefined = program.body[0]?.type;
  if (first?.startsWith("Svelte")) return "svelte";
  const last: string | undefined = program.body.at(-1)?.type;
  return last === "AstroFragment" ? "astro" : undefined;
}

/** A file with the `"use client"` directive runs in the browser: a server env read there is undefined or leaked. */
export function isClientFile(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return false;
    if (statement.directive === "use client") return true;
  }
  return false;
}

/** TypeScript a type checker reads: an env read (`string | undefined`) may not fit where a literal stood. */
export function isTypeCheckedFile(filename: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (/\.[cm]?tsx?$/.test(filename)) return true;
  // `// @ts-check` makes tsc check a JavaScript file as strictly.
  return /^\s*(?:\/\/\s*@ts-check|\/\*\s*@ts-check)/m.test(sourceCode.text.slice(0, 2_000));
}

