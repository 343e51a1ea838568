import { parseIsoDate, formatDate, type CalendarDate } from '../../../core/calendar.js';
import { cite } from '../../../core/citation.js';
import { baseSalaryKnownThrough } from '../../../parameters/base-salary.js';
import type { Series } from '../../../parameters/dated.js';
import { nd179Dates, type Nd179Rates } from '../../../parameters/nd179-rates.js';
import { defaultParameters, resolveParameters, type ParameterSet } from '../../../parameters/parameter-set.js';
import type { Nd179Case } from '../../../schema/nd179.js';
import type { Warning } from '../../../model/types.js';
import type { ResolvedNd179Options } from './options.js';

/** Everything a Decree 179 rule reads: the case, the options in force and the parameters (with overrides). */
export interface Nd179Context {
  readonly case: Nd179Case;
  readonly options: ResolvedNd179Options;
  /**
   * The parameter set of the run, the same one `assess` reads: the law's, with the what-if values of
   * `options.parameters`, and the 179 options `baseSalary` and `normalProbationRate` applied over it.
   */
  readonly params: ParameterSet;
  /** Last day the base-salary table is taken as known; null when the caller's own table has no horizon. */
  readonly baseSalaryKnownThrough: CalendarDate | null;
  readonly inForce: CalendarDate;
  /** Warnings collected while computing (each once). */
  readonly warnings: Warning[];
}

/**
 * The 179 options that replace a parameter (`baseSalary`: the whole base-salary table; `normalProbationRate`:
 * both usual probation rates) are applied to the parameter set like the what-if values of
 * `options.parameters`, with the citation they always had (the input), so `assess179` reads one parameter
 * set whichever way a value was given. The built-in base-salary table is the one Decree 177 and 178 read,
 * and its horizon is derived from its rows the same way (parameters/base-salary.ts), so a new row (in the
 * law or as a what-if) moves both alike.
 */
export function nd179Parameters(options: ResolvedNd179Options): ParameterSet {
  // What-if tables are read as the law stands now, every row dated by leave date included (Decree 179 has no leave date).
  const params = options.parameters ? resolveParameters(options.parameters.params, null, null) : defaultParameters;
  const rate = options.normalProbationRate;
  const overridden = rate === null ? null : { value: rate, citation: cite('input', undefined, undefined, undefined, { note: 'options.normalProbationRate' }) };
  const nd179Rates: Nd179Rates = overridden ? { ...params.nd179Rates, normalProbationRate: overridden, normalProbationRatePublicEmployee: overridden } : params.nd179Rates;
  const baseSalary: Series<string> = options.baseSalary === null
    ? params.baseSalary
    : {
        name: 'baseSalary',
        description: 'Base salary supplied by the caller (options.baseSalary)',
        unit: 'VND per month',
        // Not read: a caller's table has the horizon of options.baseSalaryKnownThrough (buildNd179Context).
        knownThrough: { rule: 'day-before-next-1-july-after-last-row' },
        rows: options.baseSalary.map((r) => ({
          from: formatDate(r.from),
          value: r.amount,
          citation: cite('input', undefined, undefined, undefined, { note: 'options.baseSalary' }),
        })),
      };
  return overridden === null && options.baseSalary === null ? params : { ...params, nd179Rates, baseSalary };
}

export function buildNd179Context(c: Nd179Case, options: ResolvedNd179Options): Nd179Context {
  const params = nd179Parameters(options);
  const knownThrough = options.baseSalaryKnownThrough === 'default' ? baseSalaryKnownThrough(params.baseSalary) : options.baseSalaryKnownThrough;
  return { case: c, options, params, baseSalaryKnownThrough: knownThrough, inForce: parseIsoDate(nd179Dates.inForce.date)!, warnings: [] };
}

/** Adds a warning unless one with the same code and message is already there. */
export function warnOnce(ctx: Nd179Context, w: Warning): void {
  if (!ctx.warnings.some((x) => x.code === w.code && x.message.en === w.message.en)) ctx.warnings.push(w);
}
