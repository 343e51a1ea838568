import { formatDate, parseIsoDate, type CalendarDate } from '../../../core/calendar.js';
import { cite } from '../../../core/citation.js';
import { baseSalary as baseSalaryTable, baseSalaryKnownThrough } from '../../../parameters/base-salary.js';
import type { DatedParameter } from '../../../parameters/dated.js';
import { nd179Dates, nd179Rates, type Nd179Rates } from '../../../parameters/nd179-rates.js';
import type { Nd179Case } from '../../../schema/nd179.js';
import type { Warning } from '../../../model/types.js';
import type { ResolvedNd179Options } from './options.js';

/** Everything a Decree 179 rule reads: the case, the options in force and the parameters (with overrides). */
export interface Nd179Context {
  readonly case: Nd179Case;
  readonly options: ResolvedNd179Options;
  readonly rates: Nd179Rates;
  readonly baseSalary: DatedParameter<string>;
  /** Last day the base-salary table is taken as known; null when the caller's own table has no horizon. */
  readonly baseSalaryKnownThrough: CalendarDate | null;
  readonly inForce: CalendarDate;
  /** Warnings collected while computing (each once). */
  readonly warnings: Warning[];
}

/**
 * The built-in base-salary table is the one Decree 177 and 178 read, and its horizon is derived from its rows
 * the same way (parameters/base-salary.ts), so a new row moves both alike.
 */
export function buildNd179Context(c: Nd179Case, options: ResolvedNd179Options): Nd179Context {
  const overridden = options.normalProbationRate === null
    ? null
    : { value: options.normalProbationRate, citation: cite('input', undefined, undefined, undefined, { note: 'options.normalProbationRate' }) };
  const rates: Nd179Rates = overridden ? { ...nd179Rates, normalProbationRate: overridden, normalProbationRatePublicEmployee: overridden } : nd179Rates;
  const baseSalary: DatedParameter<string> = options.baseSalary === null
    ? baseSalaryTable
    : {
        name: 'baseSalary',
        description: 'Base salary supplied by the caller (options.baseSalary)',
        rows: options.baseSalary.map((r) => ({
          from: formatDate(r.from),
          value: r.amount,
          citation: cite('input', undefined, undefined, undefined, { note: 'options.baseSalary' }),
        })),
      };
  const knownThrough = options.baseSalaryKnownThrough === 'default' ? baseSalaryKnownThrough(baseSalaryTable) : options.baseSalaryKnownThrough;
  return { case: c, options, rates, baseSalary, baseSalaryKnownThrough: knownThrough, inForce: parseIsoDate(nd179Dates.inForce.date)!, warnings: [] };
}

/** Adds a warning unless one with the same code and message is already there. */
export function warnOnce(ctx: Nd179Context, w: Warning): void {
  if (!ctx.warnings.some((x) => x.code === w.code && x.message.en === w.message.en)) ctx.warnings.push(w);
}
