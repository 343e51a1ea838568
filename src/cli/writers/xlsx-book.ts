import { isAssessError } from '../../engine/assess.js';
import type { Outcome } from '../../model/types.js';
import type { Text } from '../../i18n/text.js';
import { formatCitationVi } from '../format/citation-vi.js';
import type { Entry } from '../run-summary.js';

/** One person's line on a policy sheet. */
export interface PolicyLine {
  readonly caseNumber: number;
  readonly id: string;
  readonly eligible: boolean;
  readonly best: boolean;
  readonly refusal: string;
  readonly monthlySalary: string;
  readonly band: string;
  readonly monthsEarly: string;
  readonly window: string;
  readonly items: ReadonlyMap<string, { amount: string; formula: string; citation: string }>;
  readonly total: string;
}

export interface PolicySheetData {
  readonly policy: string;
  readonly title: Text;
  /** Item codes in order of first appearance, with their Vietnamese labels. */
  readonly itemLabels: Map<string, string>;
  readonly lines: PolicyLine[];
}

export interface PersonLine {
  readonly caseNumber: number;
  readonly id: string;
  readonly best: string | null;
  readonly bestTitle: string;
  readonly total: string;
}

export interface ErrorLine {
  readonly caseNumber: number;
  readonly id: string;
  readonly path: string;
  readonly vi: string;
  readonly en: string;
}

const fact = (o: Outcome, name: string): string => {
  const v = o.facts[name];
  return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
};

/**
 * What the workbook needs from each entry, kept compactly until the end (an .xlsx file is written in
 * one piece; Excel holds at most 1,048,576 rows per sheet).
 */
export class WorkbookData {
  readonly policies = new Map<string, PolicySheetData>();
  readonly people: PersonLine[] = [];
  readonly errors: ErrorLine[] = [];

  add(entry: Entry, caseNumber: number): void {
    if (isAssessError(entry)) {
      for (const i of entry.error.issues) {
        this.errors.push({ caseNumber, id: entry.id ?? '', path: i.path, vi: i.messages.vi, en: i.messages.en });
      }
      return;
    }
    const best = entry.outcomes.find((o) => o.policy === entry.best);
    this.people.push({ caseNumber, id: entry.id, best: entry.best, bestTitle: best?.title.vi ?? '', total: best?.total ?? '0' });
    for (const o of entry.outcomes) {
      let sheet = this.policies.get(o.policy);
      if (!sheet) {
        sheet = { policy: o.policy, title: o.title, itemLabels: new Map(), lines: [] };
        this.policies.set(o.policy, sheet);
      }
      const items = new Map<string, { amount: string; formula: string; citation: string }>();
      for (const item of o.items) {
        if (!sheet.itemLabels.has(item.code)) sheet.itemLabels.set(item.code, item.label.vi);
        items.set(item.code, { amount: item.amount, formula: item.formula, citation: formatCitationVi(item.citation) });
      }
      sheet.lines.push({
        caseNumber,
        id: entry.id,
        eligible: o.eligible,
        best: entry.best === o.policy,
        refusal: o.refusal ? `${o.refusal.message.vi} (${formatCitationVi(o.refusal.citation)})` : '',
        monthlySalary: fact(o, 'monthlySalary'),
        band: fact(o, 'band'),
        monthsEarly: fact(o, 'monthsEarly'),
        window: fact(o, 'window'),
        items,
        total: o.total,
      });
    }
  }
}
