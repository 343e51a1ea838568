import { cellString, isEmptyCell, type CheckRow } from './cells.js';
import { parseTarget, targetOfHeading, type InputField, type Target } from './targets.js';
import { csvColumns as outputEn } from '../locales/en/csv-columns.js';
import { csvColumns as outputVi } from '../locales/vi/csv-columns.js';

export type LayoutName = 'defence-i1' | 'defence-i2' | 'defence-i3' | 'contract' | 'mapping' | 'library-output';

/** A column of the list and what it holds. */
export interface BoundColumn {
  readonly index: number;
  readonly heading: string;
  readonly target: Target;
}

/** How a list is read: its columns, where its data starts, and what every row shares. */
export interface Layout {
  readonly name: LayoutName;
  /** Index (in the rows given) of the first row that may hold data. */
  readonly dataFrom: number;
  readonly columns: readonly BoundColumn[];
  /** Values every row shares: the policy of a Defence form, a mapping file's constants. */
  readonly constants: Readonly<Partial<Record<InputField | 'policy', string>>>;
  /** The column holding STT and the Roman-numeral unit sub-headings. */
  readonly sttColumn?: number;
}

/**
 * The mapping file (docs/check.md): `columns` maps a heading (as written) or a column letter to a target;
 * `headingRow` is the Excel row of the headings (else the first row within 15 naming every mapped heading);
 * `constants` gives values every row shares (e.g. `{ "gender": "male" }` for a unit whose sheet says so).
 */
export interface CheckMapping {
  readonly headingRow?: number;
  readonly columns?: Readonly<Record<string, string>>;
  readonly constants?: Readonly<Partial<Record<InputField | 'policy', string>>>;
  readonly sttColumn?: string;
}

export type LayoutResult = { readonly ok: true; readonly layout: Layout } | { readonly ok: false; readonly problem: 'no-layout' | 'bad-mapping'; readonly detail: string };

const t = (s: string): Target => parseTarget(s)!;

/**
 * The Defence Ministry's forms, column by column (payout forms Phụ lục I.1, I.2, I.3 of the Ministry's guidance
 * on Decrees 178/67 and 177). Column numbers are the form's numbering row (1-based).
 */
const DEFENCE: Readonly<Record<'defence-i1' | 'defence-i2' | 'defence-i3', { policy: string; route: string; group?: string; stt?: number; columns: Readonly<Record<number, string>> }>> = {
  'defence-i1': {
    policy: 'nd178/art7', route: 'early-retirement', stt: 1,
    columns: {
      2: 'name', 3: 'birthDate', 4: 'rank', 7: 'restructuringDate', 8: 'leaveDate', 9: 'monthlySalary',
      10: 'declared:monthsEarly', 11: 'declared:yearsEarly', 12: 'insuredTime',
      13: 'item:one-off-pension', 14: 'item:one-off-pension', 15: 'item:one-off-pension', 16: 'item:one-off-pension',
      17: 'item:early-years-allowance', 18: 'item:insured-time-allowance', 19: 'item:insured-time-allowance',
      20: 'item:early-years-allowance', 21: 'item:insured-time-allowance', 22: 'item:insured-time-allowance', 23: 'total',
    },
  },
  'defence-i2': {
    policy: 'resignation', route: 'resignation',
    columns: {
      1: 'name', 2: 'birthDate', 3: 'rank', 7: 'restructuringDate', 8: 'leaveDate', 9: 'monthlySalary',
      10: 'declared:severanceMonths', 11: 'insuredTime',
      12: 'item:severance', 13: 'item:insured-years-allowance', 14: 'item:job-search-allowance',
      15: 'item:severance', 16: 'item:insured-years-allowance', 17: 'item:job-search-allowance', 18: 'total',
    },
  },
  'defence-i3': {
    policy: 'nd177/art3', route: 'early-retirement', group: 'decree-177-cadre', stt: 1,
    columns: {
      2: 'name', 3: 'birthDate', 4: 'rank', 7: 'restructuringDate', 8: 'leaveDate', 9: 'monthlySalary',
      10: 'insuredTime', 11: 'declared:yearsEarly', 12: 'item:early-years-allowance',
      13: 'item:insured-time-allowance', 14: 'item:insured-time-allowance', 15: 'total',
    },
  },
};

const HEAD_ROWS = 15;

/** The form's numbering row: its non-empty cells are 1, 2, 3, … n from the first column ("(1)" and "C1" too). */
function numberingWidth(row: CheckRow): number {
  if (row.cells === null) return 0;
  let n = 0;
  for (const cell of row.cells) {
    const s = cellString(cell).replace(/^\(|\)$/g, '').replace(/^C/i, '');
    if (s === String(n + 1)) n++;
    else if (s === '') break;
    else return n >= 10 ? n : 0;
  }
  return n >= 10 ? n : 0;
}

/** Headings of a row: the texts of its cells, by column. */
const textsOf = (row: CheckRow | undefined): string[] => (row?.cells ?? []).map(cellString);

function titleMentions(rows: readonly CheckRow[], upTo: number, needle: RegExp): boolean {
  for (let i = 0; i < upTo; i++) if (textsOf(rows[i]).some((s) => needle.test(s))) return true;
  return false;
}

function defenceLayout(rows: readonly CheckRow[], at: number, width: number): Layout | undefined {
  const name = width === 23 ? 'defence-i1' : width === 15 ? 'defence-i3' : width >= 18 && width <= 20 ? 'defence-i2' : undefined;
  if (name === undefined) return undefined;
  // A 15-column form is I.3 only when its title or headings speak of Decree 177.
  if (name === 'defence-i3' && !titleMentions(rows, at, /177/)) return undefined;
  const form = DEFENCE[name];
  const columns: BoundColumn[] = Object.entries(form.columns).map(([n, target]) => ({ index: Number(n) - 1, heading: String(n), target: t(target) }));
  // Columns added beside the form (gender, staff type, insured months, …) are read by their heading.
  const headings = textsOf(rows[at - 1]);
  headings.forEach((h, index) => {
    if (index < width || h === '') return;
    const target = targetOfHeading(h);
    if (target) columns.push({ index, heading: h, target });
  });
  return { name, dataFrom: at + 1, columns, constants: { policy: form.policy, route: form.route, ...(form.group ? { group: form.group } : {}) }, ...(form.stt ? { sttColumn: form.stt - 1 } : {}) };
}

function contractLayout(rows: readonly CheckRow[], at: number, constants: Layout['constants']): Layout | undefined {
  const columns: BoundColumn[] = [];
  textsOf(rows[at]).forEach((h, index) => {
    const target = h === '' ? undefined : targetOfHeading(h);
    if (target) columns.push({ index, heading: h, target });
  });
  const has = (k: Target['kind']) => columns.some((c) => c.target.kind === k);
  if (!has('item') || !has('total') || columns.filter((c) => c.target.kind === 'input').length < 3) return undefined;
  if (!has('policy') && constants.policy === undefined) return undefined;
  const stt = textsOf(rows[at]).findIndex((h) => /^stt$/i.test(h));
  // A numbering row right under the headings is not data.
  const skipNumbering = rows[at + 1] !== undefined && numberingWidth(rows[at + 1]!) > 0 ? 1 : 0;
  return { name: 'contract', dataFrom: at + 1 + skipNumbering, columns, constants, ...(stt >= 0 ? { sttColumn: stt } : {}) };
}

/**
 * The library's own CSV/XLSX output (`vnse assess --format csv`, the "Danh sách" columns): one row per person
 * and policy, headed case, (row,) id, (the columns carried from the roster,) policy, eligible, best, total, …,
 * one column per item code — under the contract's names (`--lang en`) or their Vietnamese headings (the
 * default, decision E10). It carries no inputs: each row's case comes from the cases given beside it
 * (`options.cases`, `--cases`), by id.
 */
const OUTPUT_HEAD = ['case', 'id', 'policy', 'eligible', 'best', 'total'];
const OUTPUT_FIGURES: Readonly<Record<string, string>> = { monthsEarly: 'declared:monthsEarly', monthlySalary: 'declared:monthlySalary' };

/** Each heading the CSV writer can write (both languages) → its column name. */
const OUTPUT_COLUMN_OF: ReadonlyMap<string, string> = (() => {
  const prefix = 'cli.csv.column.';
  const map = new Map<string, string>();
  for (const table of [outputEn, outputVi] as readonly Readonly<Record<string, string>>[]) {
    for (const [key, heading] of Object.entries(table)) if (key.startsWith(prefix)) map.set(heading, key.slice(prefix.length));
  }
  return map;
})();

function outputLayout(rows: readonly CheckRow[], at: number): Layout | undefined {
  const names = textsOf(rows[at]).map((h) => OUTPUT_COLUMN_OF.get(h));
  if (names[0] !== 'case' || OUTPUT_HEAD.some((h) => !names.includes(h))) return undefined;
  const columns: BoundColumn[] = [];
  textsOf(rows[at]).forEach((heading, index) => {
    const h = names[index];
    if (h === undefined) return; // a column carried from the roster (name, unit, post)
    const target = h === 'id' ? t('id') : h === 'policy' ? t('policy') : h === 'total' ? t('total') : OUTPUT_FIGURES[h] ? t(OUTPUT_FIGURES[h]!) : targetOfHeading(h);
    if (target && (target.kind !== 'input' || h === 'id')) columns.push({ index, heading, target });
  });
  return { name: 'library-output', dataFrom: at + 1, columns, constants: {} };
}

const letterIndex = (s: string): number | undefined => {
  if (!/^[A-Z]{1,3}$/.test(s)) return undefined;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

function mappingLayout(rows: readonly CheckRow[], mapping: CheckMapping): LayoutResult {
  const entries = Object.entries(mapping.columns ?? {});
  for (const [, target] of entries) if (parseTarget(target) === undefined) return { ok: false, problem: 'bad-mapping', detail: target };
  const byHeading = entries.filter(([k]) => letterIndex(k) === undefined);
  let at = mapping.headingRow !== undefined ? rows.findIndex((r) => r.row === mapping.headingRow) : -1;
  if (at < 0) {
    at = rows.slice(0, HEAD_ROWS).findIndex((r) => {
      const keys = textsOf(r);
      return byHeading.length > 0 && byHeading.every(([h]) => keys.includes(h.trim()));
    });
  }
  if (at < 0 && byHeading.length > 0) return { ok: false, problem: 'bad-mapping', detail: byHeading.map(([h]) => h).join(', ') };
  const heads = textsOf(rows[at]);
  const columns: BoundColumn[] = [];
  for (const [key, target] of entries) {
    const index = letterIndex(key) ?? heads.indexOf(key.trim());
    if (index < 0) return { ok: false, problem: 'bad-mapping', detail: key };
    columns.push({ index, heading: key, target: parseTarget(target)! });
  }
  const stt = mapping.sttColumn !== undefined ? letterIndex(mapping.sttColumn) : undefined;
  const dataFrom = at < 0 ? 0 : at + 1 + (rows[at + 1] && numberingWidth(rows[at + 1]!) > 0 ? 1 : 0);
  return { ok: true, layout: { name: 'mapping', dataFrom, columns, constants: mapping.constants ?? {}, ...(stt !== undefined ? { sttColumn: stt } : {}) } };
}

/**
 * Recognises a list: a mapping file's columns when given; else a Defence form by its numbering row (23 columns
 * I.1, 18–20 I.2, 15 with "177" above it I.3); else a contract-headed list (fields, items, total, policy).
 */
export function detectLayout(rows: readonly CheckRow[], mapping: CheckMapping = {}): LayoutResult {
  if (mapping.columns !== undefined) return mappingLayout(rows, mapping);
  const head = rows.slice(0, HEAD_ROWS);
  for (let i = 0; i < head.length; i++) {
    const width = numberingWidth(head[i]!);
    if (width === 0) continue;
    const layout = defenceLayout(rows, i, width);
    if (layout) return { ok: true, layout: { ...layout, constants: { ...layout.constants, ...(mapping.constants ?? {}) } } };
  }
  for (let i = 0; i < head.length; i++) {
    const layout = outputLayout(rows, i);
    if (layout) return { ok: true, layout };
  }
  for (let i = 0; i < head.length; i++) {
    if (head[i]!.cells === null || head[i]!.cells!.every(isEmptyCell)) continue;
    const layout = contractLayout(rows, i, mapping.constants ?? {});
    if (layout) return { ok: true, layout };
  }
  return { ok: false, problem: 'no-layout', detail: '' };
}
