import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { maskSecret, type TokenMatch } from "../../core";
import { placeFix, withAccessorImport, type ProposedFix } from "../../ast/replacement";
import type { ResolvedFixAndAllow } from "../../options/fix-and-allow";
import { contextFact } from "../../util/context-fact";

export const RULE_NAME = "no-hardcoded-token";

export type MessageIds =
  | "hardcodedToken"
  | "assembledToken"
  | "encodedToken"
  | "tokenInDisplayedText"
  | "tokenInClientCode"
  | "tokenInUnignoredEnvFile"
  | "tokenInTrackedEnvFile"
  | "tokenInNotebook"
  | "replaceWithEnv"
  | "removeFallback"
  | "removeEnvAssignment";

type ReportedMessageId = Exclude<MessageIds, "replaceWithEnv" | "removeFallback" | "removeEnvAssignment" | "tokenInNotebook">;
type SuggestionId = "replaceWithEnv" | "removeFallback" | "removeEnvAssignment";

export interface TokenReport {
  readonly messageId: ReportedMessageId;
  /** A node, or a range of the file's text. */
  readonly at: { readonly node: TSESTree.Node } | { readonly range: readonly [number, number] };
  readonly match: TokenMatch;
  /** What the fix writes in the token's place, as the message names it. */
  readonly replacement: string;
  readonly fix?: ProposedFix | undefined;
  readonly suggestionId?: SuggestionId;
  /** False where the fix writes no env read (a name in words, a removal): no accessor import then. */
  readonly writesLookup?: boolean;
  /** Client code, as the message names it (`a Svelte component`). */
  readonly where?: string;
}

/** Every report of the rule goes through here: masked data, the accessor's import, fix or suggestion. */
export class TokenReporter {
  constructor(
    private readonly context: Readonly<TSESLint.RuleContext<MessageIds, unknown[]>>,
    readonly settings: ResolvedFixAndAllow,
  ) {}

  report({ messageId, at, match, replacement, fix, suggestionId = "replaceWithEnv", writesLookup = true, where = "" }: TokenReport): void {
    const needsImport = writesLookup && suggestionId === "replaceWithEnv";
    const placed = needsImport ? withAccessorImport({ proposed: fix, sourceCode: contextFact(this.context, "sourceCode"), spec: this.settings.accessorImport, written: replacement }) : fix;
    this.context.report({
      ...this.where(at),
      messageId,
      data: { form: match.form.name, masked: maskSecret(match.value), replacement, where },
      ...placeFix(placed, this.settings.fixStyle, { messageId: suggestionId, data: { replacement } }),
    });
  }

  /** A report with data of its own and no fix (notebook cells). */
  reportWithData(messageId: "tokenInNotebook", at: TokenReport["at"], data: Record<string, string>): void {
    this.context.report({ ...this.where(at), messageId, data: { ...data } });
  }

  private where(at: TokenReport["at"]): { node: TSESTree.Node } | { loc: TSESTree.SourceLocation } {
    if ("node" in at) return { node: at.node };
    const sourceCode = contextFact(this.context, "sourceCode");
    return { loc: { start: sourceCode.getLocFromIndex(at.range[0]), end: sourceCode.getLocFromIndex(at.range[1]) } };
  }
}
