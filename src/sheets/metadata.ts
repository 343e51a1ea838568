import type { Text } from '../i18n/text.js';
import { msg } from '../locales/sheets.js';

/**
 * The one table the spreadsheet functions are described by. The façade reads it to convert arguments;
 * `scripts/gen-sheets.mjs` reads it (through the built `./sheets` export) to write the Google Apps Script
 * `Code.gs` and the Excel `functions.json`, so names, order and descriptions never drift apart.
 *
 * Descriptions stay within 128 characters: the limit of Excel's function metadata.
 */

/** How a cell value is read for a parameter (see `args.ts`). */
export type ParamKind =
  | 'gender'
  | 'birthDate'
  | 'date'
  | 'annex'
  | 'vnd'
  | 'coefficient'
  | 'percent'
  | 'months'
  | 'group'
  | 'staffType'
  | 'route'
  | 'month'
  | 'talentAllowance'
  | 'criterionPath';

export interface ParamSpec {
  /** The argument name; for case fields it is the contract's field name, so engine messages name it too. */
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional: boolean;
  /**
   * A required position whose cell may be blank: the engine decides whether the value is needed (the
   * restructuring date is needed only for the directly affected groups). Hosts want optional parameters
   * last, so such a parameter is declared required.
   */
  readonly blankAllowed?: boolean;
  readonly description: Text;
}

/** `date`: a date cell; `number`: an amount, a count; `table`: a 2D table with a header row. */
export type ResultKind = 'date' | 'number' | 'table';

export type FunctionName =
  | 'VNSE_RETIREMENT_DATE'
  | 'VNSE_MONTHS_EARLY'
  | 'VNSE_SALARY'
  | 'VNSE_EARLY_RETIREMENT'
  | 'VNSE_RESIGNATION'
  | 'VNSE_BREAKDOWN'
  | 'VNSE_DATE'
  | 'VNSE_TALENT_ALLOWANCE'
  | 'VNSE_154_EARLY_RETIREMENT'
  | 'VNSE_154_RESIGNATION';

export interface FunctionSpec {
  readonly name: FunctionName;
  readonly description: Text;
  readonly params: readonly ParamSpec[];
  readonly result: ResultKind;
  /** Whether ranges are processed in one call (row by row); a table result explains one case only. */
  readonly ranges: boolean;
  /** A formula to show in the docs and the JSDoc, with the MoHA 1814 numbers where they apply. */
  readonly example: string;
}

const p = (name: string, kind: ParamKind, optional: boolean, description: Text): ParamSpec => ({ name, kind, optional, description });

const gender = p('gender', 'gender', false, msg('sheets.param.gender'));
const birthDate = p('birthDate', 'birthDate', false, msg('sheets.param.birth-date'));
const leaveDate = p('leaveDate', 'date', false, msg('sheets.param.leave-date'));
const annex = p('annex', 'annex', true, msg('sheets.param.annex'));
const monthlySalary = p('monthlySalary', 'vnd', false, msg('sheets.param.monthly-salary'));
const insuredMonths = p('insuredMonths', 'months', false, msg('sheets.param.insured-months'));
const restructuringDate: ParamSpec = {
  ...p('restructuringDate', 'date', false, msg('sheets.param.restructuring-date')),
  blankAllowed: true,
};
const group = p('group', 'group', true, msg('sheets.param.group'));
const staffTypeOptional = p('staffType', 'staffType', true, msg('sheets.param.staff-type-optional'));
const staffTypeRequired = p('staffType', 'staffType', false, msg('sheets.param.staff-type-required'));
const publicSectorInsuredMonths = p('publicSectorInsuredMonths', 'months', true, msg('sheets.param.public-sector-insured-months'));
const hazardousMonths = p('hazardousMonths', 'months', true, msg('sheets.param.hazardous-months'));
const hardshipAreaMonths = p('hardshipAreaMonths', 'months', true, msg('sheets.param.hardship-area-months'));
const route = p('route', 'route', true, msg('sheets.param.route'));

const percent = (name: string, label: Text) => p(name, 'percent', true, msg('sheets.param.percent', { label }));

/**
 * Decree 154/2025 (docs/decree-154.md): its salary S is composed from the components (Art 5), only those the
 * decree counts; a single monthly amount is not enough (it may hold allowances the decree leaves out).
 */
const nd154Head = [gender, birthDate, p('coefficient', 'coefficient', false, msg('sheets.param.coefficient')), insuredMonths, p('leaveDate', 'date', false, msg('sheets.param.nd154-leave-date'))];
const nd154Salary = [
  p('leadershipCoefficient', 'coefficient', true, msg('sheets.param.leadership-coefficient')),
  percent('overFrameSeniorityPercent', msg('sheets.param.over-frame-seniority-percent')),
  percent('professionalSeniorityPercent', msg('sheets.param.professional-seniority-percent')),
  p('reservedDifferenceCoefficient', 'coefficient', true, msg('sheets.param.reserved-difference-coefficient')),
];

/** The spreadsheet functions, in the order the docs and generated files list them. */
export const functionSpecs: readonly FunctionSpec[] = [
  {
    name: 'VNSE_RETIREMENT_DATE',
    description: msg('sheets.function.retirement-date'),
    params: [gender, birthDate, annex],
    result: 'date',
    ranges: true,
    example: '=VNSE_RETIREMENT_DATE("male", "1964-01-15")',
  },
  {
    name: 'VNSE_MONTHS_EARLY',
    description: msg('sheets.function.months-early'),
    params: [gender, birthDate, leaveDate, annex],
    result: 'number',
    ranges: true,
    example: '=VNSE_MONTHS_EARLY("male", "1966-01-15", "2025-05-01")',
  },
  {
    name: 'VNSE_SALARY',
    description: msg('sheets.function.salary'),
    params: [
      p('coefficient', 'coefficient', false, msg('sheets.param.coefficient')),
      p('leadershipCoefficient', 'coefficient', true, msg('sheets.param.leadership-coefficient')),
      percent('publicServicePercent', msg('sheets.param.public-service-percent')),
      percent('overFrameSeniorityPercent', msg('sheets.param.over-frame-seniority-percent')),
      percent('professionalSeniorityPercent', msg('sheets.param.professional-seniority-percent')),
      percent('preferentialPercent', msg('sheets.param.preferential-percent')),
      percent('professionalResponsibilityPercent', msg('sheets.param.professional-responsibility-percent')),
      percent('partyWorkPercent', msg('sheets.param.party-work-percent')),
      percent('armedForcesPercent', msg('sheets.param.armed-forces-percent')),
      p('reservedDifferenceCoefficient', 'coefficient', true, msg('sheets.param.reserved-difference-coefficient')),
      p('leaveDate', 'date', true, msg('sheets.param.salary-leave-date')),
      p('baseSalary', 'vnd', true, msg('sheets.param.base-salary')),
    ],
    result: 'number',
    ranges: true,
    example: '=VNSE_SALARY(4.65, 0.6, 25, , , , , , , , "2025-05-01")',
  },
  {
    name: 'VNSE_EARLY_RETIREMENT',
    description: msg('sheets.function.early-retirement'),
    params: [gender, birthDate, monthlySalary, insuredMonths, restructuringDate, leaveDate, group, staffTypeOptional, hazardousMonths, hardshipAreaMonths],
    result: 'number',
    ranges: true,
    example: '=VNSE_EARLY_RETIREMENT("male", "1966-01-15", 15356250, 264, "2025-03-01", "2025-05-01")',
  },
  {
    name: 'VNSE_RESIGNATION',
    description: msg('sheets.function.resignation'),
    params: [gender, birthDate, monthlySalary, insuredMonths, restructuringDate, leaveDate, staffTypeRequired, group, publicSectorInsuredMonths],
    result: 'number',
    ranges: true,
    example: '=VNSE_RESIGNATION("female", "1985-04-02", 12000000, 150, "2025-03-01", "2025-06-01", "public-employee")',
  },
  {
    name: 'VNSE_BREAKDOWN',
    description: msg('sheets.function.breakdown'),
    params: [gender, birthDate, monthlySalary, insuredMonths, restructuringDate, leaveDate, staffTypeRequired, group, route, publicSectorInsuredMonths, hazardousMonths, hardshipAreaMonths],
    result: 'table',
    ranges: false,
    example: '=VNSE_BREAKDOWN("male", "1966-01-15", 15356250, 264, "2025-03-01", "2025-05-01", "civil-servant")',
  },
  {
    name: 'VNSE_TALENT_ALLOWANCE',
    description: msg('sheets.function.talent-allowance'),
    params: [
      p('allowance', 'talentAllowance', false, msg('sheets.param.allowance')),
      p('coefficient', 'coefficient', false, msg('sheets.param.talent-coefficient')),
      {
        ...p('allowancesCoefficient', 'coefficient', false, msg('sheets.param.allowances-coefficient')),
        blankAllowed: true,
      },
      p('decisionDate', 'date', false, msg('sheets.param.decision-date')),
      p('month', 'month', false, msg('sheets.param.month')),
      p('stopDate', 'date', true, msg('sheets.param.stop-date')),
      p('baseSalary', 'vnd', true, msg('sheets.param.base-salary')),
      p('criterionPath', 'criterionPath', true, msg('sheets.param.criterion-path')),
      p('birthDate', 'birthDate', true, msg('sheets.param.talent-birth-date')),
      p('applicationDate', 'date', true, msg('sheets.param.application-date')),
    ],
    result: 'number',
    ranges: true,
    example: '=VNSE_TALENT_ALLOWANCE("graduate", 2.34, , "2025-03-12", "2025-04", , 2340000, "a", "2000-05-01", "2024-12-01")',
  },
  {
    name: 'VNSE_154_EARLY_RETIREMENT',
    description: msg('sheets.function.nd154-early-retirement'),
    params: [...nd154Head, ...nd154Salary, hazardousMonths],
    result: 'number',
    ranges: true,
    example: '=VNSE_154_EARLY_RETIREMENT("male", "1966-01-15", 4.65, 396, "2025-10-01", 0.6, 5)',
  },
  {
    name: 'VNSE_154_RESIGNATION',
    description: msg('sheets.function.nd154-resignation'),
    params: [...nd154Head, ...nd154Salary, p('trainingMonths', 'months', true, msg('sheets.param.training-months'))],
    result: 'number',
    ranges: true,
    example: '=VNSE_154_RESIGNATION("female", "1985-04-02", 3, 150, "2026-03-01", 0.3)',
  },
  {
    name: 'VNSE_DATE',
    description: msg('sheets.function.date'),
    params: [p('value', 'date', false, msg('sheets.param.date-value'))],
    result: 'date',
    ranges: true,
    example: '=VNSE_DATE(A2)',
  },
];

export function functionSpec(name: string): FunctionSpec | undefined {
  return functionSpecs.find((f) => f.name === name);
}
