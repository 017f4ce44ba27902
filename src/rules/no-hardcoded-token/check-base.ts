import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findTokens, rawRangeOf, type AllowList, type RuntimeVerdict, type TokenMatch } from "../../core";
import { Assembler } from "../../ast/assembly";
import { displayedName, type TokenPlace } from "../../ast/fix-policy";
import type { LiteralText } from "../../ast/literal-text";
import { templateAroundValues } from "../../ast/replacement";
import { SinkFile, findTokenSink } from "../../ast/sinks";
import { runtimeOfFile } from "../../ast/runtime";
import { FileFixer } from "../../ast/token-fix";
import { contextFact } from "../../util/context-fact";
import { mergedFix, type Queued } from "./merge";
import type { Alternative, MessageIds, TokenReporter } from "./report";

export type Context = Readonly<TSESLint.RuleContext<MessageIds, unknown[]>>;

export interface Found {
  readonly match: TokenMatch;
  /** Where the token is written in the file (raw text, escapes included). */
  readonly start: number;
  readonly end: number;
}

/**
 * What every check of a JavaScript or TypeScript file shares: the file, the lazily built
 * assembler and fixer, and the reports that wait for the end of the file.
 *
 * Nothing here reads the rule context until a check needs it. ESLint gives each file a context
 * object of a new hidden class, so the first read of it in a file costs a few microseconds of
 * inline-cache misses: on a corpus of 5,107 files that was a tenth of the rules' time, for files
 * that mostly hold no token at all (docs/performance.md).
 */
export class CheckBase {
  private sourceCodeInstance: Context["sourceCode"] | undefined;
  private filenameInstance: string | undefined;
  private reporterInstance: TokenReporter | undefined;
  protected assemblerInstance: Assembler | undefined;
  protected fixerInstance: FileFixer | undefined;

  private readonly context: Context;
  private readonly makeReporter: (runtime: RuntimeVerdict) => TokenReporter;
  /**
   * What is never reported, the same in every file: taken from the file's settings, every string
   * with an anchor in it (`_org_` is common) would decide where the file runs, which reads package.json.
   */
  protected readonly allowList: AllowList;
  /** The file's `const`s of string pieces, noted by the rule as ESLint walks: the assembler reads them at the end. */
  protected readonly declarators: readonly TSESTree.VariableDeclarator[];

  constructor(parts: {
    context: Context;
    makeReporter: (runtime: RuntimeVerdict) => TokenReporter;
    allowList: AllowList;
    declarators: readonly TSESTree.VariableDeclarator[];
  }) {
    this.context = parts.context;
    this.makeReporter = parts.makeReporter;
    this.allowList = parts.allowList;
    this.declarators = parts.declarators;
  }

  protected get sourceCode(): Context["sourceCode"] {
    this.sourceCodeInstance ??= contextFact(this.context, "sourceCode");
    return this.sourceCodeInstance;
  }

  protected get filename(): string {
    this.filenameInstance ??= contextFact(this.context, "filename");
    return this.filenameInstance;
  }

  private runtimeInstance: RuntimeVerdict | undefined;

  /** Where the file runs, decided on its first token: most files have none, and the decision reads package.json. */
  protected get runtime(): RuntimeVerdict {
    this.runtimeInstance ??= runtimeOfFile({ sourceCode: this.sourceCode, filename: this.filename, settings: contextFact(this.context, "settings") });
    return this.runtimeInstance;
  }

  protected get reporter(): TokenReporter {
    this.reporterInstance ??= this.makeReporter(this.runtime);
    return this.reporterInstance;
  }

  private sinkFileInstance: SinkFile | undefined;

  protected get sinkFile(): SinkFile {
    this.sinkFileInstance ??= new SinkFile(this.sourceCode);
    return this.sinkFileInstance;
  }

  protected readonly getScope = (node: TSESTree.Node): TSESLint.Scope.Scope => this.sinkFile.getScope(node);

  protected get assembler(): Assembler {
    this.assemblerInstance ??= new Assembler(this.getScope);
    return this.assemblerInstance;
  }

  /** Built on the first token: most files have none. */
  protected get fixer(): FileFixer {
    this.fixerInstance ??= new FileFixer(this.sourceCode, this.filename, this.reporter.settings, this.runtime);
    return this.fixerInstance;
  }

  protected get settings(): TokenReporter["settings"] {
    return this.reporter.settings;
  }

  /** Reports wait for the end of the file, so that one fix can take every place of a token at once. */
  protected readonly pending: Queued[] = [];

  protected queue(report: Queued): void {
    this.pending.push(report);
  }

  /*
   * A fix that adds something once per file (the accessor's import, the requireEnv helper) takes
   * the whole file in ESLint's pass, so a token written twice would be fixed over two passes, and
   * on the second the file already reads the variable: a person would be asked. The first report
   * of each token therefore fixes every automatically fixable place of that token.
   */
  protected flush(): void {
    const firstByToken = new Map<string, Queued>();
    const merged = new Map<Queued, Queued[]>();
    for (const report of this.pending) {
      if (!report.fix?.safe || report.writesLookup === false) continue;
      const first = firstByToken.get(report.match.value);
      if (!first) {
        firstByToken.set(report.match.value, report);
        merged.set(report, [report]);
      } else {
        merged.get(first)?.push(report);
      }
    }
    for (const report of this.pending) {
      const group = merged.get(report);
      const fix = group && group.length > 1 ? mergedFix(group) : report.fix;
      const needsHelper = group ? group.some((member) => member.needsHelper) : report.needsHelper;
      const alternatives = report.alternatives?.map((alternative) => ({ ...alternative, fix: this.fixer.withHelper(alternative.fix, alternative.needsHelper === true) }));
      this.reporter.report({ ...report, fix: this.fixer.withHelper(fix, needsHelper === true), alternatives });
    }
  }

  /** A token in text people read gives way to the variable's name in words: no env read is written there. */
  protected displayed(found: Found, text: string): void {
    const words = displayedName(this.settings.variableName, text);
    this.queue({
      messageId: "tokenInDisplayedText",
      at: { range: [found.start, found.end] },
      match: found.match,
      replacement: words,
      fix: { fix: (fixer) => fixer.replaceTextRange([found.start, found.end], words), safe: true },
      writesLookup: false,
    });
  }

  /** In a `"use client"` file no env read is written: the message says the call must move to server code. */
  protected inClientFile(found: Found): boolean {
    const where = this.fixer.clientCode;
    if (where === undefined) return false;
    this.inClientCode(found, where);
    return true;
  }

  /** Code that ships to users (`where`, as the message names it): reported with no fix, since no env read exists there. */
  protected inClientCode(found: Found, where: string): void {
    this.queue({ messageId: "tokenInClientCode", at: { range: [found.start, found.end] }, match: found.match, replacement: this.settings.lookup(), where });
  }

  /**
   * Queues `report` with the fix `replacing` writes for the token's own variable (safe where
   * `safeWhenAlone` holds and no other value may stand behind the name), and a suggestion for each
   * name the file already reads (`FileFixer.variableFor`).
   */
  protected queueVariableRead(
    report: Pick<Queued, "messageId" | "at" | "match">,
    options: { preferred: string; safeWhenAlone: boolean; replacing: (variable: string, safe: boolean) => Alternative },
  ): void {
    const { preferred, safeWhenAlone, replacing } = options;
    const { name, alone, alsoRead } = this.fixer.variableFor(report.match.value, preferred);
    this.queue({ ...report, ...replacing(name, safeWhenAlone && alone), alternatives: alsoRead.map((variable) => replacing(variable, false)) });
  }

  protected reportUnfixable(found: Found): void {
    this.queue({ messageId: "hardcodedToken", at: { range: [found.start, found.end] }, match: found.match, replacement: this.settings.lookup() });
  }

  /**
   * A whole value (a decoded literal, an assembly) replaced by the variable: policy decides
   * whether an autofix, a suggestion or nothing. `extraEdits` remove what else held the token.
   */
  protected reportValue(options: {
    messageId: "encodedToken" | "assembledToken" | "hardcodedToken";
    node: TSESTree.Node;
    match: TokenMatch;
    place: TokenPlace;
    canFix: boolean;
    replace: TSESTree.Node;
    /** Text around the token in the assembled value: the fix keeps it in a template. */
    around?: { before: string; after: string };
    extraEdits?: readonly (readonly [number, number])[];
    /** False where a person must confirm (pieces read through `const` bindings). */
    autofixable?: boolean;
  }): void {
    const { messageId, node, match, place, canFix, replace, extraEdits = [], autofixable = true } = options;
    if (!canFix || place === "literal-only") {
      this.queue({ messageId, at: { node }, match, replacement: this.settings.lookup() });
      return;
    }
    const where = this.fixer.clientCode;
    if (where !== undefined) {
      this.queue({ messageId: "tokenInClientCode", at: { node }, match, replacement: this.settings.lookup(), where });
      return;
    }
    const surrounding = options.around;
    const inTemplate = surrounding !== undefined && (surrounding.before !== "" || surrounding.after !== "");
    const replacing = (variable: string, safe: boolean): Alternative => {
      const lookup = this.settings.lookup(variable);
      const value = inTemplate
        ? { text: templateAroundValues(surrounding.before, lookup, surrounding.after), needsHelper: false }
        : this.fixer.valueExpression(replace, variable, findTokenSink(replace, this.sinkFile)?.acceptsUndefined);
      return {
        replacement: inTemplate ? lookup : value.text,
        fix: { fix: (fixer) => [fixer.replaceText(replace, value.text), ...extraEdits.map((range) => fixer.removeRange(range))], safe },
        needsHelper: value.needsHelper,
      };
    };
    this.queueVariableRead({ messageId, at: { node }, match }, { preferred: this.settings.variableName, safeWhenAlone: autofixable && place === "code", replacing });
  }

  protected scan(text: LiteralText): Found[] {
    return findTokens(text.decoded.text, this.allowList).map((match) => {
      const [rawStart, rawEnd] = rawRangeOf(text.decoded, match.start, match.end);
      return { match, start: text.rawStart + rawStart, end: text.rawStart + rawEnd };
    });
  }
}
