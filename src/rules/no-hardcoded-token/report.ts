import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { envReadFix, maskSecret, type RuntimeVerdict, type TokenMatch } from "../../core";
import { placeFix, withAccessorImport, type ProposedFix } from "../../ast/replacement";
import type { ResolvedFixAndAllow } from "../../options/fix-and-allow";
import { contextFact } from "../../util/context-fact";
import { isListeningForTokens, tellFoundToken } from "../../util/found-tokens";

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
  | "replaceWithSameVariable"
  | "removeFallback"
  | "removeEnvAssignment";

type ReportedMessageId = Exclude<MessageIds, "replaceWithEnv" | "replaceWithSameVariable" | "removeFallback" | "removeEnvAssignment" | "tokenInNotebook">;
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
  /** Further suggestions: the variable the file already reads, if this is the same token. */
  readonly alternatives?: readonly Alternative[];
}

/** Another variable a suggestion may read instead; `needsHelper` when it calls `requireEnv`. */
export interface Alternative {
  readonly replacement: string;
  readonly fix: ProposedFix | undefined;
  readonly needsHelper?: boolean;
}

/** What a person must do beyond the fix, or why the fix is only a suggestion. */
function runtimeNote(runtime: RuntimeVerdict, replacement: string): string {
  if (runtime.runtime === "cloudflare") {
    const name = replacement.replace(/^env\./, "");
    return ` ${runtime.where} gets secrets in its handler's env binding: run \`wrangler secret put ${name}\` and read ${replacement} in the handler.`;
  }
  if (runtime.disagreement !== undefined) return ` Where this file runs is unclear (${runtime.disagreement}): the change is offered as a suggestion.`;
  return "";
}

/** Every report of the rule goes through here: masked data, the accessor's import, fix or suggestion. */
export class TokenReporter {
  constructor(
    private readonly context: Readonly<TSESLint.RuleContext<MessageIds, unknown[]>>,
    readonly settings: ResolvedFixAndAllow,
    private readonly runtime: RuntimeVerdict,
  ) {}

  report({ messageId, at, match, replacement, fix, suggestionId = "replaceWithEnv", writesLookup = true, where = "", alternatives = [] }: TokenReport): void {
    const readsEnv = writesLookup && suggestionId === "replaceWithEnv";
    const placed = readsEnv ? this.lookupFix(fix, replacement) : fix;
    const placement = placeFix(placed, this.settings.fixStyle, { messageId: suggestionId, data: { replacement } });
    const others = alternatives.flatMap(({ replacement: other, fix: otherFix }) => {
      const proposed = this.lookupFix(otherFix, other);
      return proposed ? [{ messageId: "replaceWithSameVariable" as const, data: { replacement: other }, fix: proposed.fix }] : [];
    });
    const suggest = [...(placement.suggest ?? []), ...others];
    this.tell(match, at);
    this.context.report({
      ...this.where(at),
      messageId,
      data: { form: match.form.name, masked: maskSecret(match.value), replacement, where, note: readsEnv ? runtimeNote(this.runtime, replacement) : "" },
      ...(placement.fix ? { fix: placement.fix } : {}),
      ...(suggest.length > 0 ? { suggest } : {}),
    });
  }

  /**
   * A fix that reads the environment: none in a Cloudflare Worker (the binding is the handler's),
   * a suggestion where the evidence of where the file runs disagrees, and the accessor's import.
   */
  private lookupFix(fix: ProposedFix | undefined, replacement: string): ProposedFix | undefined {
    const allowed = envReadFix(this.runtime);
    if (!fix || allowed === "none") return undefined;
    const proposed = allowed === "as-placed" ? fix : { ...fix, safe: false };
    return withAccessorImport({ proposed, sourceCode: contextFact(this.context, "sourceCode"), spec: this.settings.accessorImport, written: replacement });
  }

  /** A report with data of its own and no fix (notebook cells). */
  reportWithData(messageId: "tokenInNotebook", at: TokenReport["at"], data: Record<string, string>, match: TokenMatch): void {
    this.tell(match, at);
    this.context.report({ ...this.where(at), messageId, data: { ...data } });
  }

  /** `hf-secrets verify` listens for the tokens the rule finds; an ordinary lint does not. */
  private tell(match: TokenMatch, at: TokenReport["at"]): void {
    if (!isListeningForTokens()) return;
    const where = this.where(at);
    const start = "node" in where ? where.node.loc.start : where.loc.start;
    tellFoundToken({ token: match.value, filename: contextFact(this.context, "filename"), line: start.line, column: start.column + 1 });
  }

  private where(at: TokenReport["at"]): { node: TSESTree.Node } | { loc: TSESTree.SourceLocation } {
    if ("node" in at) return { node: at.node };
    const sourceCode = contextFact(this.context, "sourceCode");
    return { loc: { start: sourceCode.getLocFromIndex(at.range[0]), end: sourceCode.getLocFromIndex(at.range[1]) } };
  }
}
