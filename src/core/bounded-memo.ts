/**
 * A cache for answers that depend only on a small key (a month index, factor values, a count of months):
 * each answer is computed once and then shared, so answers must be immutable (strings, Decimals, frozen
 * objects). Bounded: emptied when full, so that a stream of distinct keys cannot grow it.
 */
export function boundedCache<K, V>(max = 4096): (key: K, compute: (key: K) => V) => V {
  const known = new Map<K, V>();
  return (key: K, compute: (key: K) => V): V => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= max) known.clear();
      known.set(key, value);
    }
    return value;
  };
}

/** `boundedCache` for one pure function of the key. */
export function boundedMemo<K, V>(compute: (key: K) => V, max = 4096): (key: K) => V {
  const cache = boundedCache<K, V>(max);
  return (key: K): V => cache(key, compute);
}

/**
 * `boundedMemo` per object: answers for one parameter table or factor are kept under that object (weakly),
 * so a what-if table never sees the answers of the law's table. Callers still read the object from the
 * parameter set on every call, so what-if tracing sees each read.
 */
export function memoPerObject<O extends object, K, V>(compute: (owner: O, key: K) => V, max = 4096): (owner: O, key: K) => V {
  const byOwner = new WeakMap<O, (key: K) => V>();
  return (owner: O, key: K): V => {
    let memo = byOwner.get(owner);
    if (memo === undefined) byOwner.set(owner, (memo = boundedMemo((k: K) => compute(owner, k), max)));
    return memo(key);
  };
}
