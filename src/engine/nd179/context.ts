/**
 * The Decree 179 context builder: the engine's, as src/engine/context.ts is for `assess`. It reads the parameter
 * set of the run (`nd179Parameters`) and the base-salary horizon; the context type is the model's
 * (src/model/context.ts, `Nd179Context`, an `EngineContext` like `CaseContext`).
 */
import { parseIsoDate, formatDate } from '../../core/calendar.js';
import { cite } from '../../core/citation.js';
import type { Nd179Context } from '../../model/context.js';
import type { Nd179Case } from '../../model/nd179-case.js';
import type { ResolvedNd179Options } from '../../model/options.js';
import { baseSalaryKnownThrough } from '../../parameters/base-salary.js';
import type { Series } from '../../parameters/dated.js';
import { nd179Dates, type Nd179Rates } from '../../parameters/nd179-rates.js';
import { defaultParameters, resolveParameters, type ParameterSet } from '../../parameters/parameter-set.js';

export type { Nd179Context } from '../../model/context.js';

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
