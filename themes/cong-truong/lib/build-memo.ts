/**
 * Once per build: what every page derives the same way (a collection's entries, the
 * alert banner). `astro build` renders all pages from one bundle, so a value computed
 * for the first page serves the next thousand; asking Astro again costs a pass over
 * every entry per page (getCollection re-resolves each entry's images).
 * The dev server computes afresh on every request, so an edited file shows at once.
 */
const perBuild = !import.meta.env?.DEV;

/** `compute(key)` once per key during a build, on every call in dev. Async results are shared as promises. */
export function oncePerBuildByKey<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K) => {
    if (!perBuild) return compute(key);
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

/** `compute()` once during a build, on every call in dev. */
export function oncePerBuild<V>(compute: () => V): () => V {
  const keyed = oncePerBuildByKey((_: null) => compute());
  return () => keyed(null);
}
