/** Where a rule or parameter comes from: `{ doc: "178/2024/NĐ-CP", article: "7", clause: "1", point: "a" }`. */
export interface Citation {
  readonly doc: string;
  readonly article?: string;
  readonly clause?: string;
  readonly point?: string;
  /** Free text for sources that are not articles (an annex, an official letter, a table row). */
  readonly note?: string;
  /** False when the rule book marks the source [M]/[L] and the official text has not been checked. */
  readonly verified?: boolean;
}

export const DOC = {
  nd178: '178/2024/NĐ-CP',
  nd67: '67/2025/NĐ-CP',
  nd177: '177/2024/NĐ-CP',
  nd179: '179/2024/NĐ-CP',
  nd135: '135/2020/NĐ-CP',
  tt01: '01/2025/TT-BNV',
  tt19: '19/2025/TT-BQP',
  law52: '52/2024/QH15',
  siLaw2014: '58/2014/QH13',
  siLaw2024: '41/2024/QH15',
  civilCode: '91/2015/QH13',
} as const;

/**
 * Citations are immutable and a few dozen distinct ones are cited over and over (every item of every case):
 * those without `extra` are built once. Bounded: emptied when full.
 */
const cited = new Map<string, Citation>();
const CITED_MAX = 1024;

export function cite(doc: string, article?: string, clause?: string, point?: string, extra?: Partial<Citation>): Citation {
  if (extra !== undefined) return build(doc, article, clause, point, extra);
  const key = `${doc}\u0000${article ?? '\u0001'}\u0000${clause ?? '\u0001'}\u0000${point ?? '\u0001'}`;
  let known = cited.get(key);
  if (known === undefined) {
    known = build(doc, article, clause, point, undefined);
    if (cited.size >= CITED_MAX) cited.clear();
    cited.set(key, known);
  }
  return known;
}

function build(doc: string, article?: string, clause?: string, point?: string, extra?: Partial<Citation>): Citation {
  return {
    doc,
    ...(article !== undefined ? { article } : {}),
    ...(clause !== undefined ? { clause } : {}),
    ...(point !== undefined ? { point } : {}),
    ...extra,
  };
}

/** Citations formatted so far (they are immutable). */
const formatted = new WeakMap<Citation, string>();

/** "178/2024/NĐ-CP Art 7 cl. 1 pt. a" — for tables and spreadsheet cells. */
export function formatCitation(c: Citation): string {
  let known = formatted.get(c);
  if (known === undefined) {
    known = formatCitationOf(c);
    formatted.set(c, known);
  }
  return known;
}

function formatCitationOf(c: Citation): string {
  const parts = [c.doc];
  if (c.article) parts.push(`Art ${c.article}`);
  if (c.clause) parts.push(`cl. ${c.clause}`);
  if (c.point) parts.push(`pt. ${c.point}`);
  if (c.note) parts.push(`(${c.note})`);
  if (c.verified === false) parts.push('[unverified]');
  return parts.join(' ');
}
