import { isAssessError, type AssessError, type Assessment } from '../index.js';
import { Decimal } from '../core/money.js';
import type { Text } from '../i18n/text.js';

export type Entry = Assessment | AssessError;

/** Counts and sums for one policy over the run. */
export interface PolicyTally {
  readonly policy: string;
  readonly title: Text;
  assessed: number;
  eligible: number;
  refused: number;
  best: number;
  /** Sum of the totals of every eligible outcome (integer VND, exact). */
  eligibleTotal: Decimal;
  /** Sum of the totals where this policy is the one paid. */
  bestTotal: Decimal;
}

/**
 * What the run produced, for the table's closing lines and the workbook's summary sheet. Sums use the
 * library's Decimal, so they stay exact whatever the number of cases.
 */
export class RunSummary {
  cases = 0;
  /** Rows read that were not cases: empty or formatting-only rows, and total rows ("Cộng", "Tổng cộng"). */
  skippedBlank = 0;
  skippedTotal = 0;
  assessed = 0;
  invalid = 0;
  withBest = 0;
  bestTotal = new Decimal(0);
  rulesetVersion: string | null = null;
  readonly policies = new Map<string, PolicyTally>();

  skip(reason: 'blank' | 'total'): void {
    if (reason === 'blank') this.skippedBlank++;
    else this.skippedTotal++;
  }

  add(entry: Entry): void {
    this.cases++;
    if (isAssessError(entry)) {
      this.invalid++;
      return;
    }
    this.assessed++;
    this.rulesetVersion ??= entry.rulesetVersion;
    for (const o of entry.outcomes) {
      let t = this.policies.get(o.policy);
      if (!t) {
        t = { policy: o.policy, title: o.title, assessed: 0, eligible: 0, refused: 0, best: 0, eligibleTotal: new Decimal(0), bestTotal: new Decimal(0) };
        this.policies.set(o.policy, t);
      }
      t.assessed++;
      if (o.eligible) {
        t.eligible++;
        t.eligibleTotal = t.eligibleTotal.plus(o.total);
      } else t.refused++;
      if (entry.best === o.policy) {
        t.best++;
        t.bestTotal = t.bestTotal.plus(o.total);
        this.withBest++;
        this.bestTotal = this.bestTotal.plus(o.total);
      }
    }
  }
}
