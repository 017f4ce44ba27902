import type { TSESLint } from "@typescript-eslint/utils";
import type { ProposedFix } from "../../ast/replacement";
import type { TokenReport } from "./report";

/** A report waiting for the end of the file; `needsHelper` when its fix calls `requireEnv`. */
export interface Queued extends TokenReport {
  readonly needsHelper?: boolean;
}

/** The fixes of every place of one token, as one: overlapping edits (two in one literal) keep the first. */
export function mergedFix(group: readonly Queued[]): ProposedFix {
  return {
    safe: true,
    fix: (fixer) => {
      const edits: TSESLint.RuleFix[] = [];
      for (const member of group) {
        const memberEdits = member.fix ? [member.fix.fix(fixer)].flat() : [];
        const overlaps = memberEdits.some((edit) => edits.some((kept) => edit.range[0] < kept.range[1] && kept.range[0] < edit.range[1]));
        if (!overlaps) edits.push(...memberEdits);
      }
      return edits;
    },
  };
}
