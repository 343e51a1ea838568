import { msg } from '../../../locales/index.js';
import { compareDates, formatDate, type CalendarDate } from '../../../core/calendar.js';
import type { Nd179CriterionPath } from '../../../schema/nd179.js';
import type { Facts, Refusal } from '../../../model/types.js';
import { type Nd179Context, warnOnce } from '../../../model/context.js';
import { addDays, addYears, completedYears } from './dates.js';
import { criteriaCitation, missingField } from './refusals.js';

/**
 * G2 age conditions, at the day the application was filed (Art 5 cl. 2).
 *
 * Points a and b: "within the youth age of Law on Youth Art 1", i.e. from 16 full years "to 30 years".
 * Default reading [L] `until-31st-birthday`: a person is 30 years old from the 30th birthday to the day
 * before the 31st, as ages are counted in completed years, so an application filed on any day of that
 * year qualifies. Option `until-30th-birthday`: the application must be filed on the 30th birthday at the
 * latest. A birth date given as a year or a month counts from its first day (common.md §1), which makes the
 * person older, never younger.
 *
 * Point c: the age limit of the Government's rules on science and technology staff [M], read as under 35;
 * `criteria.scienceAgeLimitMet` decides instead when given.
 */
export function ageLimitCheck(ctx: Nd179Context, point: Nd179CriterionPath): { refusals: Refusal[]; facts: Facts } {
  const c = ctx.case;
  const facts: Facts = {};
  if (point === 'c' && c.criteria.scienceAgeLimitMet !== undefined) {
    facts.scienceAgeLimit = 'input (criteria.scienceAgeLimitMet)';
    return c.criteria.scienceAgeLimitMet
      ? { refusals: [], facts }
      : {
          refusals: [{
            code: 'not-met/criteria.scienceAgeLimitMet',
            message: msg('nd179.youth-age.not-within-age-limit-science'),
            citation: criteriaCitation('graduate', 'c'),
          }],
          facts,
        };
  }
  const refusals: Refusal[] = [];
  const citation = criteriaCitation('graduate', point);
  if (!c.birthDate) refusals.push(missingField('birthDate', msg('nd179.youth-age.birth-date-find-age-when'), citation));
  if (!c.applicationDate) refusals.push(missingField('applicationDate', msg('nd179.youth-age.date-application-was-filed'), citation));
  if (!c.birthDate || !c.applicationDate) return { refusals, facts };

  const birth: CalendarDate = c.birthDate;
  const on = c.applicationDate;
  const age = completedYears(birth, on);
  facts.ageAtApplication = age;
  facts.applicationDate = formatDate(on);
  if (c.birthDatePrecision && c.birthDatePrecision !== 'day') {
    facts.birthDateAssumed = formatDate(birth);
    warnOnce(ctx, {
      code: 'birth-date-partial',
      message: msg('nd179.youth-age.birth-date-partial', {
        precision: msg(c.birthDatePrecision === 'year' ? 'nd179.youth-age.precision-year' : 'nd179.youth-age.precision-month'),
        from: formatDate(birth),
      }),
    });
  }

  if (point === 'c') {
    const below = Number(ctx.params.nd179Rates.youngScientistAgeBelow.value);
    facts.scienceAgeLimit = `under ${below}`;
    if (age >= below) {
      refusals.push({
        code: 'over-age-limit',
        message: msg('nd179.youth-age.aged-when-applying-young-scientist', { on: formatDate(on), age, below }),
        citation: ctx.params.nd179Rates.youngScientistAgeBelow.citation,
      });
    }
    return { refusals, facts };
  }

  const min = Number(ctx.params.nd179Rates.youthMinAge.value);
  const max = Number(ctx.params.nd179Rates.youthMaxAge.value);
  const lastDay = ctx.options.youthAge === 'until-31st-birthday' ? addDays(addYears(birth, max + 1), -1) : addYears(birth, max);
  const firstDay = addYears(birth, min);
  facts.youthAgeReading = ctx.options.youthAge;
  facts.youthAgeFrom = formatDate(firstDay);
  facts.youthAgeUntil = formatDate(lastDay);
  if (compareDates(on, firstDay) < 0) {
    refusals.push({
      code: 'under-youth-age',
      message: msg('nd179.youth-age.not-yet-when-applying', { on: formatDate(on), min }),
      citation: ctx.params.nd179Rates.youthMinAge.citation,
    });
  } else if (compareDates(on, lastDay) > 0) {
    refusals.push({
      code: 'over-youth-age',
      message: msg('nd179.youth-age.aged-when-applying-past-youth', { on: formatDate(on), age, max, lastDay: formatDate(lastDay), youthAge: ctx.options.youthAge }),
      citation: ctx.params.nd179Rates.youthMaxAge.citation,
    });
  }
  return { refusals, facts };
}
