import { fc } from '@fast-check/vitest';
import DecimalJs from 'decimal.js';

/**
 * Generators of VALID StaffCase inputs (contract.md "Input"), shared by the property, time-zone and
 * hostile suites. Every value they produce must pass validation: a property that sees an invalid case
 * fails loudly rather than passing on a refusal.
 *
 * Dates are built from integers, never from JS `Date`, so a fixed seed yields the same cases in every
 * time zone (tests/tz/property-tz.test.ts relies on it).
 */

/** A private decimal.js for checking amounts in tests (never `Decimal.set`). */
export const D = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });

/**
 * The contract's enumerations (contract.md "Input"), written out here rather than imported so that a value
 * added to the engine later does not change the fixed-seed samples; assess.property.test.ts checks that
 * each is still accepted.
 */
export const genders = ['male', 'female'] as const;
export const staffTypes = [
  'cadre', 'civil-servant', 'commune-cadre', 'commune-civil-servant', 'public-employee', 'contract-worker',
  'officer', 'professional-soldier', 'defence-worker', 'defence-official', 'police', 'cipher',
] as const;
export const ranks = [
  'second-lieutenant', 'first-lieutenant', 'senior-lieutenant', 'captain', 'major',
  'lieutenant-colonel', 'senior-colonel', 'colonel', 'general',
] as const;
export const routes = ['early-retirement', 'resignation', 'auto'] as const;
export const groups = ['directly-affected', 'not-directly-affected', 'association', 'decree-177-cadre'] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** First month of the restructuring / leave range: 2025-01; last: 2027-12 (36 months). */
const FIRST_MONTH = 2025 * 12;
const MONTHS_IN_RANGE = 36;

export function firstOfMonth(index: number): string {
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

/** (restructuringDate, leaveDate) on the 1st of months in 2025-01..2027-12, leave >= restructuring. */
export const restructuringAndLeave = fc
  .tuple(fc.integer({ min: 0, max: MONTHS_IN_RANGE - 1 }), fc.integer({ min: 0, max: MONTHS_IN_RANGE - 1 }))
  .map(([a, b]) => ({ restructuringDate: firstOfMonth(FIRST_MONTH + Math.min(a, b)), leaveDate: firstOfMonth(FIRST_MONTH + Math.max(a, b)) }));

/** Birth dates 1960–1990 (weighted to 1962–1976), as YYYY-MM-DD (mostly), YYYY-MM or YYYY. */
export const birthDate = fc
  .record({
    // Weighted towards the years that reach retirement age in 2025–2037, where the bands are.
    year: fc.oneof({ arbitrary: fc.integer({ min: 1960, max: 1990 }), weight: 1 }, { arbitrary: fc.integer({ min: 1962, max: 1976 }), weight: 2 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), form: fc.constantFrom('day', 'day', 'day', 'day', 'month', 'year') })
  .map(({ year, month, day, form }) => (form === 'day' ? `${year}-${pad(month)}-${pad(day)}` : form === 'month' ? `${year}-${pad(month)}` : String(year)));

/** A decimal with `scale` decimals in [min, max] (in units of 10^-scale), as a JSON number or a decimal string. */
function decimalOf(minUnits: number, maxUnits: number, scale: number): fc.Arbitrary<number | string> {
  return fc.tuple(fc.integer({ min: minUnits, max: maxUnits }), fc.boolean()).map(([units, asString]) => {
    const text = new D(units).div(new D(10).pow(scale)).toFixed();
    return asString ? text : Number(text);
  });
}

/** Salary components: coefficient 1.00–10.00, leadership 0–1.30, percents 0–100 (some with decimals). */
export const salaryComponents = fc.record(
  {
    coefficient: decimalOf(100, 1000, 2),
    leadershipCoefficient: decimalOf(0, 130, 2),
    reservedDifferenceCoefficient: decimalOf(0, 50, 2),
    overFrameSeniorityPercent: decimalOf(0, 15, 0),
    professionalSeniorityPercent: decimalOf(0, 40, 0),
    preferentialPercent: decimalOf(0, 1000, 1),
    professionalResponsibilityPercent: decimalOf(0, 30, 0),
    publicServicePercent: decimalOf(0, 25, 0),
    partyWorkPercent: decimalOf(0, 10, 0),
    armedForcesPercent: decimalOf(0, 50, 0),
    baseSalary: decimalOf(1_000_000, 5_000_000, 0),
  },
  { requiredKeys: ['coefficient'] },
);

/** monthlySalary: whole đồng as a number, or a decimal string with up to 2 decimals (from 1,000,000 to 200,000,000). */
export const monthlySalary: fc.Arbitrary<number | string> = fc.oneof(
  fc.integer({ min: 1_000_000, max: 200_000_000 }),
  decimalOf(100_000_000, 20_000_000_000, 2).map(String),
);

const armedOthers = ['professional-soldier', 'defence-worker', 'defence-official', 'police', 'cipher'] as const;

/** Staff type with what it needs: officers a rank (or an explicit age), other armed forces an explicit retirementAge. */
const retirementAge = fc.record({ years: fc.integer({ min: 50, max: 62 }), months: fc.integer({ min: 0, max: 11 }) });
export const staffTypeAndAge = fc.oneof(
  fc.record({ staffType: fc.constantFrom(...staffTypes.filter((t) => !['officer', ...armedOthers].includes(t))), retirementAge: fc.option(retirementAge, { freq: 8, nil: undefined }) }),
  fc.record({ staffType: fc.constant('officer' as const), rank: fc.constantFrom(...ranks) }),
  fc.record({ staffType: fc.constant('officer' as const), retirementAge }),
  fc.record({ staffType: fc.constantFrom(...armedOthers), retirementAge }),
);

const months = (max: number) => fc.integer({ min: 0, max });

/** Drops `undefined` values so the case looks like parsed JSON. */
function compact<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

/**
 * Months no larger than a real history allows (decision D40): the months since the month of the 15th
 * birthday (a partial birth date at its earliest: January, or the month given) through the month before
 * the leave month (leave dates here are 1sts); covered-agency months within the insured months. Clamped
 * rather than redrawn, so the samples of fast-check stay the same draws.
 */
export function mostInsuredMonths(c: { birthDate?: unknown; leaveDate: string }): number {
  const birth = String(c.birthDate);
  const [by, bm] = [Number(birth.slice(0, 4)), birth.length >= 7 ? Number(birth.slice(5, 7)) : 1];
  const [ly, lm] = [Number(c.leaveDate.slice(0, 4)), Number(c.leaveDate.slice(5, 7))];
  return Math.max(0, ly * 12 + lm - ((by + 15) * 12 + bm));
}

export function possibleHistory(
  m: { birthDate: string; insuredMonths: number; publicSectorInsuredMonths?: number; hazardousMonths?: number; hardshipAreaMonths?: number },
  leaveDate: string,
) {
  const most = mostInsuredMonths({ birthDate: m.birthDate, leaveDate });
  const clamp = (v: number | undefined, max: number) => (v === undefined ? undefined : Math.min(v, max));
  const insuredMonths = Math.min(m.insuredMonths, most);
  return {
    insuredMonths,
    publicSectorInsuredMonths: clamp(m.publicSectorInsuredMonths, insuredMonths),
    hazardousMonths: clamp(m.hazardousMonths, most),
    hardshipAreaMonths: clamp(m.hardshipAreaMonths, most),
  };
}

export type CaseInput = Record<string, unknown> & { id: string; insuredMonths: number; leaveDate: string };

/** A valid StaffCase input covering every gender, staff type, group, route and salary form. */
export const staffCase: fc.Arbitrary<CaseInput> = fc
  .record({
    id: fc.integer({ min: 1, max: 999_999 }).map((n) => `P-${n}`),
    gender: fc.constantFrom(...genders),
    birthDate,
    who: staffTypeAndAge,
    group: fc.option(fc.constantFrom(...groups), { freq: 3, nil: undefined }),
    route: fc.option(fc.constantFrom(...routes), { freq: 4, nil: undefined }),
    salary: fc.oneof(salaryComponents.map((salary) => ({ salary })), monthlySalary.map((monthlySalary) => ({ monthlySalary }))),
    insuredMonths: months(480),
    publicSectorInsuredMonths: fc.option(months(480), { freq: 3, nil: undefined }),
    // Often enough at or above 180 months to reach Annex II (band C / U2 point đ).
    hazardousMonths: fc.option(fc.oneof(months(179), fc.integer({ min: 180, max: 360 })), { freq: 2, nil: undefined }),
    hardshipAreaMonths: fc.option(months(360), { freq: 4, nil: undefined }),
    dates: restructuringAndLeave,
    pensionEligible: fc.option(fc.boolean(), { freq: 8, nil: undefined }),
  })
  .map(({ who, salary, dates, group, ...rest }) => {
    const c = compact({ ...rest, ...who, ...salary, ...dates, group, ...possibleHistory(rest, dates.leaveDate) }) as Record<string, unknown>;
    // Groups cl. 2 and cl. 4 need no restructuring date: leave it out in some of their cases.
    if ((group === 'not-directly-affected' || group === 'decree-177-cadre') && rest.insuredMonths % 3 === 0) delete c.restructuringDate;
    return c as CaseInput;
  });
