import { AST_NODE_TYPES } from "./node-types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { REQUIRED_ENV_HELPER, renderRequiredEnvCall, renderRequiredEnvHelper, type RuntimeVerdict } from "../core";
import type { ResolvedFixAndAllow } from "../options/fix-and-allow";
import { isTypeCheckedFile } from "./fix-policy";
import type { ProposedFix } from "./replacement";

type SourceCode = Readonly<TSESLint.SourceCode>;

/*
 * Intrinsic types that let `undefined` in. Read by name: TypeScript renumbered `TypeFlags` in 6.0,
 * and the plugin runs with TypeScript 4.8 to 6.
 */
const ACCEPTS_UNDEFINED = new Set(["any", "unknown", "undefined", "void"]);

interface TypeLike {
  intrinsicName?: string;
  isUnion(): this is { types: TypeLike[] };
}

interface TypeServices {
  program?: { getTypeChecker(): { getContextualType(node: unknown): TypeLike | undefined } } | null;
  esTreeNodeToTSNodeMap?: { get(node: TSESTree.Node): unknown };
}

/** The variable a fix reads for each distinct token of one file, and what the fix may write. */
export class FileFixer {
  private readonly tokenByName = new Map<string, string>();
  private readonly typeChecked: boolean;
  /** Whether the file declares our helper, uses the name for something else, or neither. */
  private helperState: "declared" | "taken" | "absent" | undefined;

  constructor(
    private readonly sourceCode: SourceCode,
    filename: string,
    private readonly settings: ResolvedFixAndAllow,
    readonly runtime: RuntimeVerdict,
  ) {
    this.typeChecked = isTypeCheckedFile(filename, sourceCode);
  }

  /**
   * Code that ships to users (a `"use client"` file, a Svelte or Vue component, a Vite app's
   * `src/`, a service worker), as messages name it: no env read exists there, and one a bundler
   * inlined would leak the new token too.
   */
  get clientCode(): string | undefined {
    return this.runtime.runtime === "browser" ? this.runtime.where : undefined;
  }

  /**
   * The variable for `token`, preferring `preferred`. `alone` is false when the name may already
   * stand for another value, so the fix goes to a person. A name another token of this file took,
   * or one the file already reads (whose token is gone from the file after an earlier fix, so
   * unknown), is never offered first: the token gets a numbered name of its own (`HF_TOKEN_2`),
   * and `alsoRead` lists the names already read, for a person to pick if the token is the same.
   * Decided the same way on every pass, so two tokens never end up read from one variable.
   */
  variableFor(token: string, preferred: string): { name: string; alone: boolean; alsoRead: string[] } {
    const alsoRead: string[] = [];
    for (let suffix = 1; ; suffix += 1) {
      const candidate = suffix === 1 ? preferred : `${preferred}_${suffix}`;
      const owner = this.tokenByName.get(candidate);
      if (owner === token) return { name: candidate, alone: suffix === 1, alsoRead };
      if (owner !== undefined) continue;
      if (this.readsVariable(candidate)) {
        alsoRead.push(candidate);
        continue;
      }
      this.tokenByName.set(candidate, token);
      return { name: candidate, alone: suffix === 1, alsoRead };
    }
  }

  private readsVariable(name: string): boolean {
    const text = this.sourceCode.text;
    return [this.settings.lookup(name), renderRequiredEnvCall(name), `env.${name}`, `env["${name}"]`, `env['${name}']`].some((read) => containsWhole(text, read));
  }

  /**
   * What replaces a whole value at `node` with the variable: the env read or accessor, or in
   * type-checked code where a `string` may be needed, `requireEnv("NAME")` (a `string`).
   */
  valueExpression(node: TSESTree.Node, name: string, slotAcceptsUndefined = false): { text: string; needsHelper: boolean } {
    if (this.settings.usesAccessor || !this.typeChecked || slotAcceptsUndefined || this.acceptsUndefined(node)) {
      return { text: this.settings.lookup(name), needsHelper: false };
    }
    return { text: renderRequiredEnvCall(name), needsHelper: true };
  }

  /** With type information: whether the slot's contextual type lets `undefined` in (a call's optional parameter). */
  private acceptsUndefined(node: TSESTree.Node): boolean {
    const services = this.sourceCode.parserServices as TypeServices | undefined;
    const tsNode = services?.program && services.esTreeNodeToTSNodeMap?.get(node);
    if (!services?.program || !tsNode) return false;
    // A declared variable's type comes from its value: its later uses may need a `string`.
    if (node.parent?.type === AST_NODE_TYPES.VariableDeclarator) return false;
    const type = services.program.getTypeChecker().getContextualType(tsNode);
    if (!type) return false;
    const parts = type.isUnion() ? type.types : [type];
    return parts.some((part) => part.intrinsicName !== undefined && ACCEPTS_UNDEFINED.has(part.intrinsicName));
  }

  /**
   * Adds the `requireEnv` helper to a fix that calls it, once per file (ESLint's next pass sees
   * it). Where the name is written for something else, no fix: its signature is unknown.
   */
  withHelper(proposed: ProposedFix | undefined, needsHelper: boolean): ProposedFix | undefined {
    if (!proposed || !needsHelper) return proposed;
    const text = this.sourceCode.text;
    this.helperState ??= text.includes(`function ${REQUIRED_ENV_HELPER}(`) ? "declared" : text.includes(REQUIRED_ENV_HELPER) ? "taken" : "absent";
    if (this.helperState === "declared") return proposed;
    if (this.helperState === "taken") return undefined;
    const end = text.length;
    const lead = text.endsWith("\n") ? "\n" : "\n\n";
    const helper = `${lead}${renderRequiredEnvHelper(this.settings.indexedEnvRead)}\n`;
    return {
      safe: proposed.safe,
      fix: (fixer) => [...[proposed.fix(fixer)].flat(), fixer.insertTextAfterRange([end, end], helper)],
    };
  }
}

/** Whether `text` holds `read` not followed by more of a name: `env.HF_TOKEN` is no read of `env.HF_TOKEN_2`'s. */
function containsWhole(text: string, read: string): boolean {
  for (let at = text.indexOf(read); at !== -1; at = text.indexOf(read, at + 1)) {
    if (!/[\w$]/.test(text[at + read.length] ?? "")) return true;
  }
  return false;
}
