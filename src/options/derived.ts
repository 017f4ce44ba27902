/**
 * What a rule computes from its options (sets, compiled patterns, selectors), computed once per
 * option set rather than once per file. `createRule` hands every file the same options object.
 */
export function derivedFromOptions<Given extends object, Derived>(derive: (options: Given) => Derived): (options: Given) => Derived {
  const cache = new WeakMap<Given, Derived>();
  return (options) => {
    let derived = cache.get(options);
    if (derived === undefined) {
      derived = derive(options);
      cache.set(options, derived);
    }
    return derived;
  };
}
