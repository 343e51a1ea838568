import { isAssessError } from '../../engine/assess.js';
import type { Outcome } from '../../model/types.js';
import type { Text } from '../../i18n/text.js';
import { formatCitation } from '../../core/citation.js';
import type { RecordSource } from '../readers/case-record.js';
import { formatCitationVi } from '../format/citation-vi.js';
import type { Entry } from '../run-summary.js';

/**
 * A text in both languages, as the spool keeps it: [vi, en], each the text itself or its number in the
 * run's `TextTable` (titles, labels and citations recur on every row: they are written once, in memory).
 */
export type Both = readonly [Interned, Interned];
export type Interned = number | string;

/** Texts that recur, numbered in order of first appearance; bounded, so a text unique to each row stays inline. */
export class TextTable {
  private readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly max = 20_000) {}

  put(text: string): Interned {
    const known = this.index.get(text);
    if (known !== undefined) return known;
    if (this.list.length >= this.max) return text;
    this.index.set(text, this.list.length);
    this.list.push(text);
    return this.list.length - 1;
  }

  get(value: Interned): string {
    return typeof value === 'string' ? value : this.list[value]!;
  }

  pick(value: Both, lang: 'vi' | 'en'): string {
    return this.get(value[lang === 'vi' ? 0 : 1]);
  }
}

export interface SpoolItem {
  readonly code: string;
  readonly label: Both;
  readonly amount: string;
  readonly formula: string;
  readonly citation: Both;
}

export interface SpoolOutcome {
  readonly policy: string;
  readonly title: Both;
  readonly eligible: boolean;
  readonly refusal: Both | null;
  readonly monthlySalary: string;
  readonly band: string;
  readonly monthsEarly: string;
  readonly window: string;
  readonly items: readonly SpoolItem[];
  readonly total: string;
}

/** Who a line is about: its case number, row in the file, id and carried columns (by index in `CarriedHeadings`). */
export interface Who {
  readonly caseNumber: number;
  readonly row: number | null;
  readonly id: string;
  readonly extras: readonly (readonly [number, string])[];
}

/** One case as the workbook needs it, built as the case is assessed. */
export type SpoolRecord =
  | (Who & { readonly kind: 'assessed'; readonly best: string | null; readonly outcomes: readonly SpoolOutcome[] })
  | (Who & { readonly kind: 'invalid'; readonly issues: readonly { readonly path: string; readonly vi: string; readonly en: string }[] });

/**
 * What the payout list, "Danh sách", "Chi tiết" and "Lỗi dữ liệu" read: each case with only the outcome it is
 * paid (`paid`, null when none). The other outcomes go to the policy sheets' own lines (`PolicyLine`), so
 * no sheet parses what it does not print.
 */
export type CaseLine =
  | (Who & { readonly kind: 'assessed'; readonly best: string | null; readonly paid: SpoolOutcome | null })
  | (Who & { readonly kind: 'invalid'; readonly issues: readonly { readonly path: string; readonly vi: string; readonly en: string }[] });

/** One outcome of one case, for its policy's sheet; `best` when it is the one paid. */
export interface PolicyLine extends Who {
  readonly best: boolean;
  readonly outcome: SpoolOutcome;
}

export function caseLine(r: SpoolRecord): CaseLine {
  if (r.kind === 'invalid') return r;
  const { outcomes, ...rest } = r;
  return { ...rest, paid: r.best === null ? null : outcomes.find((o) => o.policy === r.best) ?? null };
}

export function policyLine(r: SpoolRecord & { kind: 'assessed' }, outcome: SpoolOutcome): PolicyLine {
  return { caseNumber: r.caseNumber, row: r.row, id: r.id, extras: r.extras, best: r.best === outcome.policy, outcome };
}

/** The headings of the columns carried beside the results (name, unit, post…), in order of first appearance. */
export class CarriedHeadings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  indexOf(heading: string): number {
    let i = this.index.get(heading);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(heading);
      this.index.set(heading, i);
    }
    return i;
  }

  /** A record's carried values laid out on the columns, '' where it has none. */
  valuesOf(extras: readonly (readonly [number, string])[]): string[] {
    const values = this.list.map(() => '');
    for (const [i, v] of extras) values[i] = v;
    return values;
  }
}


const fact = (o: Outcome, name: string): string => {
  const v = o.facts[name];
  return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
};

export function spoolRecord(entry: Entry, caseNumber: number, source: RecordSource | undefined, headings: CarriedHeadings, texts: TextTable): SpoolRecord {
  const both = (t: Text): Both => [texts.put(t.vi), texts.put(t.en)];
  const row = source?.row ?? null;
  const extras = (source?.extras ?? []).map((e) => [headings.indexOf(e.heading), e.value] as const);
  if (isAssessError(entry)) {
    return { kind: 'invalid', caseNumber, row, id: entry.id ?? '', extras, issues: entry.error.issues.map((i) => ({ path: i.path, vi: i.messages.vi, en: i.messages.en })) };
  }
  return {
    kind: 'assessed',
    caseNumber,
    row,
    id: entry.id,
    extras,
    best: entry.best,
    outcomes: entry.outcomes.map((o) => ({
      policy: o.policy,
      title: both(o.title),
      eligible: o.eligible,
      refusal: o.refusal ? [texts.put(`${o.refusal.message.vi} (${formatCitationVi(o.refusal.citation)})`), texts.put(`${o.refusal.message.en} (${formatCitation(o.refusal.citation)})`)] : null,
      monthlySalary: fact(o, 'monthlySalary'),
      band: fact(o, 'band'),
      monthsEarly: fact(o, 'monthsEarly'),
      window: fact(o, 'window'),
      items: o.items.map((item) => ({ code: item.code, label: both(item.label), amount: item.amount, formula: item.formula, citation: [texts.put(formatCitationVi(item.citation)), texts.put(formatCitation(item.citation))] })),
      total: o.total,
    })),
  };
}

/** The policies met in the run, in order of first appearance, with their titles and item labels. */
export interface PolicyColumns {
  readonly policy: string;
  readonly title: Both;
  readonly itemLabels: Map<string, Both>;
}

export function notePolicies(record: SpoolRecord, policies: Map<string, PolicyColumns>): void {
  if (record.kind !== 'assessed') return;
  for (const o of record.outcomes) {
    let p = policies.get(o.policy);
    if (!p) policies.set(o.policy, (p = { policy: o.policy, title: o.title, itemLabels: new Map() }));
    for (const item of o.items) if (!p.itemLabels.has(item.code)) p.itemLabels.set(item.code, item.label);
  }
}
