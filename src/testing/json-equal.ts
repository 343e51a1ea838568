/** Deep equality of JSON values: key order does not matter; a missing key equals `undefined`. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if (!jsonEqual(x[k], y[k])) return false;
  return true;
}

/** A short JSON rendering for reports ("30", "\"2027-11\"", "{…}" cut at `max` characters). */
export function showJson(value: unknown, max = 120): string {
  if (value === undefined) return '(none)';
  const s = JSON.stringify(value) ?? String(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
