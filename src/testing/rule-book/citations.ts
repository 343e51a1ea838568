import type { Citation } from '../../core/citation.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const cited = (v: Record<string, unknown>) => isObject(v.citation) && typeof (v.citation as unknown as Citation).doc === 'string' && (v.citation as unknown as Citation).doc.trim() !== '';

/**
 * The places in a parameter set that hold a number the law fixes without a citation: every factor
 * (`{ value }`), every dated row (`{ from, value }`) and every table entry must carry `citation.doc`, itself
 * or through the object that holds it. Returns their paths ("factors.oneOffRateNear", "baseSalary.rows.2").
 */
export function uncitedParameters(params: unknown, path = '', inherited = false): string[] {
  if (Array.isArray(params)) return params.flatMap((v, i) => uncitedParameters(v, `${path}.${i}`, inherited));
  if (!isObject(params)) return inherited || path === '' ? [] : [path];
  const here = inherited || cited(params);
  const needsOwn = 'value' in params && !('rows' in params);
  if (needsOwn && !cited(params)) return [path];
  const out: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    // A series' own fields (src/parameters/dated.ts) describe it; they are not numbers of the law.
    if (key === 'citation' || key === 'name' || key === 'description' || key === 'unit' || key === 'knownThrough' || key === 'readBy') continue;
    out.push(...uncitedParameters(value, path ? `${path}.${key}` : key, here));
  }
  return out;
}
