import type { ESLintUtils, TSESLint } from "@typescript-eslint/utils";
import { contextFact } from "./context-fact";
import { listenersOnFirstUse, type SkipsFile } from "./listeners-on-first-use";

export const REPOSITORY_URL = "https://github.com/hf-secrets/eslint-plugin-hf-secrets";

export function ruleDocsUrl(ruleName: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleName}.md`;
}

export interface HfSecretsRuleDocs {
  /** Severity the rule has in `configs.recommended`; absent means the rule is only in `configs.all`. */
  recommended?: "error" | "warn";
  /**
   * Severity in `configs.inventory`. An inventory rule lists places rather than finding problems,
   * so it is in neither `recommended` nor `all`.
   */
  inventory?: "warn";
}


type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, HfSecretsRuleDocs> & {
    /**
     * Build the listeners on their first call in a file, not when ESLint creates the rule for it:
     * for a rule that most files never call (`listenersOnFirstUse`).
     */
    buildListenersOnFirstUse?: boolean;
    /** With `buildListenersOnFirstUse`: files the rule leaves alone, decided from their source code and the shared settings (`skipsGeneratedFile`). */
    skipsFile?: SkipsFile;
  }
>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Each option given by the user over its default. Every option of this plugin is one flat object
 * whose values are never mutated, so a shallow merge is exact.
 */
export function withDefaultOptions<Options extends readonly unknown[]>(
  defaults: Readonly<Options>,
  given: readonly unknown[],
): Options {
  return defaults.map((fallback, index) => {
    const value = given[index];
    if (value === undefined) return fallback;
    return isPlainObject(fallback) && isPlainObject(value) ? { ...fallback, ...value } : value;
  }) as unknown as Options;
}

const MERGED_CACHE_LIMIT = 64;


/**
 * What typescript-eslint's `RuleCreator` does (docs URL, typed meta and options), with two
 * changes. It is written here, so loading the plugin does not load `@typescript-eslint/utils`. And
 * RuleCreator
 * merges `meta.defaultOptions` through `structuredClone` each time a rule is created, which is
 * once per rule per file: the benchmark measured that at about 35 µs, more than all detection
 * together (docs/performance.md). Here the merge is done once per distinct option set, and the
 * same frozen object is handed to every file, so rules can also cache what they derive from it
 * (`derivedFromOptions` in src/options/derived.ts).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  definition: RuleDefinition<Options, MessageIds>,
): TSESLint.RuleModule<MessageIds, Options, HfSecretsRuleDocs> & { name: string } {
  const { name, meta } = definition;
  if (definition.skipsFile && !definition.buildListenersOnFirstUse) throw new Error(`${name}: skipsFile is read only with buildListenersOnFirstUse.`);
  const create = definition.buildListenersOnFirstUse ? listenersOnFirstUse(definition.create, definition.skipsFile) : definition.create;
  const defaults = (definition.meta.defaultOptions ?? []) as unknown as Options;
  // ESLint builds a new options array for every file, but around the same option object: the
  // object is the cache key, and equal objects from different config entries share one merge.
  const mergedByObject = new WeakMap<object, Options>();
  const mergedByContent = new Map<string, Options>();

  // A rule turned on with no options (`"error"`) is the common case: one merge for all its files.
  let withoutOptions: Options | undefined;

  function mergedOptions(given: readonly unknown[]): Options {
    if (given.length === 0) {
      withoutOptions ??= deepFreeze(withDefaultOptions<Options>(defaults, given));
      return withoutOptions;
    }
    const first = given[0];
    const objectKey = given.length === 1 && typeof first === "object" && first !== null ? first : undefined;
    let merged = objectKey && mergedByObject.get(objectKey);
    if (merged) return merged;
    const key = JSON.stringify(given);
    merged = mergedByContent.get(key);
    if (!merged) {
      merged = deepFreeze(withDefaultOptions<Options>(defaults, given));
      if (mergedByContent.size >= MERGED_CACHE_LIMIT) mergedByContent.clear();
      mergedByContent.set(key, merged);
    }
    if (objectKey) mergedByObject.set(objectKey, merged);
    return merged;
  }

  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    defaultOptions: defaults,
    create: (context) => create(context, mergedOptions(contextFact(context, "options"))),
  } as TSESLint.RuleModule<MessageIds, Options, HfSecretsRuleDocs> & { name: string };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
