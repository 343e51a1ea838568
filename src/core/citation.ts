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
type Level<T> = Map<string | undefined, T>;
const cited: Level<Level<Level<Level<Citation>>>> = new Map();
let citedCount = 0;
const CITED_MAX = 1024;

/** The map under `key` of `level`, created when missing. */
function under<T>(level: Level<Level<T>>, key: string | undefined): Level<T> {
  let next = level.get(key);
  if (next === undefined) level.set(key, (next = new Map()));
  return next;
}

export function cite(doc: string, article?: string, clause?: string, point?: string, extra?: Partial<Citation>): Citation {
  if (extra !== undefined) return build(doc, article, clause, point, extra);
  const points = under(under(under(cited, doc), article), clause);
  let known = points.get(point);
  if (known === undefined) {
    known = build(doc, article, clause, point, undefined);
    if (citedCount >= CITED_MAX) {
      cited.clear();
      citedCount = 0;
      return known;
    }
    points.set(point, known);
    citedCount++;
  }
  return known;
}

/** Frozen: one citation object is shared by every result that cites it. */
function build(doc: string, article?: string, clause?: string, point?: string, extra?: Partial<Citation>): Citation {
  return Object.freeze({
    doc,
    ...(article !== undefined ? { article } : {}),
    ...(clause !== undefined ? { clause } : {}),
    ...(point !== undefined ? { point } : {}),
    ...extra,
  });
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

/**
 * A citation as Vietnamese documents write it: "điểm a khoản 1 Điều 7 178/2024/NĐ-CP". Shared by the façades
 * (the CLI's Vietnamese table and XLSX, the web page); moved here from src/cli/format/citation-vi.ts.
 */
export function formatCitationVi(c: Citation): string {
  const parts: string[] = [];
  if (c.point) parts.push(`điểm ${c.point}`);
  if (c.clause) parts.push(`khoản ${c.clause}`);
  if (c.article) parts.push(`Điều ${c.article}`);
  parts.push(c.doc);
  if (c.note) parts.push(`(${c.note})`);
  if (c.verified === false) parts.push('[chưa đối chiếu văn bản]');
  return parts.join(' ');
}
