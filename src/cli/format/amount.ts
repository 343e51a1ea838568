/**
 * "744778125" → "744,778,125": thousands separators put in by string manipulation, so an amount of any
 * size is shown exactly (amounts are integer VND as decimal strings; they are never turned into floats).
 * Text that is not an integer is returned unchanged.
 */
export function groupThousands(amount: string, separator = ','): string {
  const m = /^(-?)(\d+)$/.exec(amount);
  if (!m) return amount;
  const digits = m[2]!.replace(/^0+(?=\d)/, '');
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    out = (start > 0 ? separator : '') + digits.slice(start, end) + out;
  }
  return m[1] + out;
}

/** Numbers in facts (months early, insured years) as text, amounts grouped. */
export function formatFact(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
