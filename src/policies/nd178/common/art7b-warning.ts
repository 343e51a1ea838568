import { formatDate } from '../../../core/calendar.js';
import { msg } from '../../../locales/index.js';
import type { Derived } from '../../../model/derived.js';
import type { ResolvedOptions } from '../../../model/options.js';
import type { StaffCase } from '../../../model/staff-case.js';
import type { Warning } from '../../../model/types.js';
import type { ParameterSet } from '../../../parameters/parameter-set.js';
import type { PensionStart } from '../../../rules/retirement-age.js';
import { monthsFromCongress } from '../../nd177/common/eligibility.js';

/**
 * Decree 177 Art 2 cl. 6 b keeps out of Decree 177 a cadre with 6 months or less from the congress to the
 * retirement age. Decree 178 Art 7b does not repeat that exclusion, so Art 7b is still computed for a Decree 177
 * cadre (Art 2 cl. 4 group) in that position, with this warning (docs/decisions.md D26) [L].
 */
export function art7bDecree177ExclusionWarning(c: StaffCase, options: ResolvedOptions, params: ParameterSet, pension: Derived<PensionStart>): Warning | null {
  const d = c.decree177;
  if (c.group !== 'decree-177-cadre' || !d?.congressDate || !pension.ok) return null;
  const months = monthsFromCongress(d.congressDate, pension.value.pensionStart, options.congressMonthCount);
  const max = params.nd177Factors.clause6bMaxMonths;
  if (months > Number(max.value)) return null;
  return {
    code: 'decree-177-excluded-art7b',
    message: msg('nd178.art7b-warning.warning.decree-177-excluded-art7b', { congressDate: formatDate(d.congressDate), months, maxMonths: max.value }),
    citation: max.citation,
  };
}
