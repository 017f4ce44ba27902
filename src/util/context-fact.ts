/** What the rules read from ESLint's rule context; everything else on it is left alone. */
type ContextFact = "options" | "sourceCode" | "filename" | "settings";

/**
 * A property of ESLint's rule context, read without an inline cache. ESLint builds each file's
 * contexts on a new prototype, so the first ordinary read in a file misses V8's inline caches and
 * makes that prototype fast: 2 µs a file, 10–15 ms of the rules' 170 ms on the benchmark corpus.
 * `Reflect.get` looks the property up directly, for 0.2 µs (docs/performance.md, fifth round).
 * The repository's lint sends every read in src/rules through here.
 */
export function contextFact<Key extends ContextFact, Context extends { readonly [Fact in Key]: unknown }>(
  context: Context,
  key: Key,
): Context[Key] {
  return Reflect.get(context, key) as Context[Key];
}
