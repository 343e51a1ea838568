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
  nd154: '154/2025/NĐ-CP',
  nd29: '29/2023/NĐ-CP',
  nq167: '167/NQ-CP',
  law98: '98/2025/QH15',
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

/** The kind of document a number names, as Vietnamese texts write it before the number. */
function docVi(doc: string): string {
  if (/\/NĐ-CP$/.test(doc)) return `Nghị định ${doc}`;
  if (/\/TT-/.test(doc)) return `Thông tư ${doc}`;
  if (/\/NQ-CP$/.test(doc)) return `Nghị quyết ${doc}`;
  return doc;
}

/** "Art 1 cl. 11 pt. a" inside a note → "Điều 1 khoản 11 điểm a". */
const partsVi = (text: string): string =>
  text.replace(/\bArt (\w+)/g, 'Điều $1').replace(/\bcl\. (\w+)/g, 'khoản $1').replace(/\bpt\. (\w+)/g, 'điểm $1');

/** Notes are English free text; "as amended by <decree>…", the one every officer meets, is put in Vietnamese. */
function noteVi(note: string): string {
  const amended = /^as amended by (\S+)(.*)$/.exec(note);
  if (amended) return `sửa đổi bởi ${docVi(amended[1]!)}${partsVi(amended[2]!)}`;
  return note;
}

/**
 * A citation in the form of the officer's list (decision E11 of issue #15):
 * "Điều 7 khoản 1 điểm a Nghị định 178/2024/NĐ-CP (sửa đổi bởi Nghị định 67/2025/NĐ-CP)". The same form as the
 * CLI's XLSX list (src/cli/format/citation-vi.ts on branch issue15-output), here in core so that every façade
 * (the web page first) shares it.
 */
export function formatCitationVi(c: Citation): string {
  const parts: string[] = [];
  if (c.article) parts.push(`Điều ${c.article}`);
  if (c.clause) parts.push(`khoản ${c.clause}`);
  if (c.point) parts.push(`điểm ${c.point}`);
  parts.push(docVi(c.doc));
  if (c.note) parts.push(`(${noteVi(c.note)})`);
  if (c.verified === false) parts.push('[chưa đối chiếu văn bản]');
  return parts.join(' ');
}
