import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { contextFact } from "./context-fact";

type FileContext = { readonly options: unknown; readonly sourceCode: unknown; readonly filename: unknown; readonly settings: unknown };
/** Whether a rule leaves a file alone (generated code): it is then given no listeners for that file. */
export type SkipsFile = (sourceCode: never, settings: unknown) => boolean;
const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});
const END_OF_FILE = "Program:exit";

type CreateListeners<Context extends FileContext, Options> = (context: Context, options: Options) => TSESLint.RuleListener;

/** What a file's lazily built rules hold of it, let go together. */
interface FileHolder {
  release(): void;
}

/**
 * The rules built on first use of the file being walked. The first of them ESLint creates for a
 * file listens for the end of the walk and lets them all go: a `Program:exit` listener in each
 * rule cost a call per rule and file, timed by ESLint, for files that mostly never called the rule.
 */
const walkedFile: { sourceCode: unknown; holders: FileHolder[] } = { sourceCode: undefined, holders: [] };

/** Lets go of every lazily built rule's hold on the file whose walk ended. */
export function releaseWalkedFile(): void {
  for (const holder of walkedFile.holders) holder.release();
  walkedFile.holders.length = 0;
  walkedFile.sourceCode = undefined;
}

/**
 * Claims the end of the walk of `sourceCode`'s file for the caller, which must then call
 * `releaseWalkedFile` at its `Program:exit`; false when another rule claimed it already. The
 * previous file is let go here if its walk ended without an end-of-file call (a text language's
 * root). A rule that listens for the end of every file anyway (no-hardcoded-token) claims it, so the
 * lazily built rules created after it add no end-of-file listener of their own (one timed call less per file).
 */
export function endsWalkOf(sourceCode: unknown): boolean {
  if (walkedFile.sourceCode === sourceCode) return false;
  releaseWalkedFile();
  walkedFile.sourceCode = sourceCode;
  return true;
}

/**
 * A rule's `create`, made to build the rule's listeners only when one of them is first called in a
 * file. ESLint creates every rule once per file, and most files never call most rules (on the
 * benchmark corpus `no-public-token-env` is called in a few dozen of 5,107 files), but building
 * closures and an object with computed keys costs 0.5–0.8 µs a file, a rule (docs/performance.md,
 * fifth round).
 *
 * Every file gets one set of listeners per option set, which hand each call to the listeners built
 * for the file being walked: ESLint creates a file's rules, walks that file, and only then goes on
 * to the next. The first file of an option set builds its listeners at once, so that their
 * selectors are known (and a bad option still stops the lint on the first file). A rule created
 * twice for one file (the plugin registered under two names) gets listeners of its own the second time.
 */
export function listenersOnFirstUse<Context extends FileContext, Options extends object>(
  createListeners: CreateListeners<Context, Options>,
  skipsFile?: SkipsFile,
): CreateListeners<Context, Options> {
  const skips = (context: Context): boolean => skipsFile?.(contextFact(context, "sourceCode") as never, contextFact(context, "settings")) === true;
  /** For each option set, the listeners of the file's first lazily built rule (which lets the file go) and of the others. */
  const sharedByOptions = new WeakMap<object, { releasing: TSESLint.RuleListener; others: TSESLint.RuleListener; endsFileItself: boolean }>();
  // One holder, rewritten for each file: no allocation per file.
  const file: { context?: Context; options?: Options; sourceCode?: unknown; built?: TSESLint.RuleListener } & FileHolder = {
    release() {
      file.context = undefined;
      file.options = undefined;
      file.sourceCode = undefined;
      file.built = undefined;
    },
  };

  function listenersOfFile(): TSESLint.RuleListener | undefined {
    if (file.built === undefined && file.context !== undefined && file.options !== undefined) {
      file.built = skips(file.context) ? NO_LISTENERS : createListeners(file.context, file.options);
    }
    return file.built;
  }

  function sharedListener(selector: string) {
    return (node: never): void => {
      const listener = listenersOfFile()?.[selector] as ((node: never) => void) | undefined;
      listener?.(node);
    };
  }

  /*
   * The file is let go when its walk ends: kept until the next file, a 16 MB file's tree stayed in
   * memory while the next was parsed, and the benchmark's largest file ran out of heap.
   */
  function endOfFile(listener: ((node: never) => void) | undefined): TSESLint.RuleFunction<TSESTree.Program> {
    return (node): void => {
      listener?.(node as never);
      releaseWalkedFile();
    };
  }

  return (context, options) => {
    const sourceCode = contextFact(context, "sourceCode");
    if (file.sourceCode === sourceCode) return skips(context) ? NO_LISTENERS : createListeners(context, options);
    const releases = endsWalkOf(sourceCode);
    file.context = context;
    file.options = options;
    file.sourceCode = sourceCode;
    file.built = undefined;
    let shared = sharedByOptions.get(options);
    if (!shared) {
      // The selectors come from listeners built in full, even for a file the rule then leaves alone.
      const built = createListeners(context, options);
      file.built = skips(context) ? NO_LISTENERS : built;
      const others: TSESLint.RuleListener = Object.fromEntries(Object.keys(built).map((selector) => [selector, sharedListener(selector)]));
      // A rule that reads the end of the file itself lets its own file go there: another rule's end may be called first.
      const ownEnd = others[END_OF_FILE] as ((node: never) => void) | undefined;
      if (ownEnd) {
        others[END_OF_FILE] = (node: TSESTree.Program): void => {
          ownEnd(node as never);
          file.release();
        };
      }
      const releasing = { ...others, [END_OF_FILE]: endOfFile(others[END_OF_FILE] as ((node: never) => void) | undefined) };
      shared = { releasing, others, endsFileItself: ownEnd !== undefined };
      sharedByOptions.set(options, shared);
    }
    if (!shared.endsFileItself) walkedFile.holders.push(file);
    return releases ? shared.releasing : shared.others;
  };
}
