import * as z from 'zod/mini';
import { compareDates, isoDayNumber, parseIsoDate, parsePartialDate, partialDayNumber } from '../core/calendar.js';
import { dec } from '../core/money.js';
import type { SalaryComponents, StaffCase } from '../model/staff-case.js';
import { text } from '../i18n/text.js';
import { armedForcesStaffTypes, isArmedForces, type Decree177Clause } from './enums.js';
import { excludedAllowancesCitation, findExcludedAllowance } from './excluded-allowances.js';
import { fieldExpectations, list } from './field-expectations.js';
import { expectedIssue, issue, show, valueAtPath, type ValidationIssue } from './issues.js';
import { salaryComponentsSchema, staffCaseSchema, staffCaseShape, type SalaryComponentsInput, type StaffCaseInput } from './staff-case.js';
import { fastParseStaffCase, fieldChecks } from './fast-path.js';
import { formatCitation } from '../core/citation.js';
import { forbiddenCharacterIssue } from './id-characters.js';
import { isRecordLike, readPlain, unreadable } from './plain-data.js';
import { minimumWorkingAge, monthsSinceWorkingAge } from './working-age.js';
import { msg } from '../locales/schema.js';

export type { ValidationIssue } from './issues.js';

export interface ValidationOptions {
  /** Drop allowances the law excludes from the salary (area, hazard…) instead of rejecting the case. */
  readonly ignoreExcludedAllowances?: boolean;
}

export type ValidationResult = { ok: true; value: StaffCase } | { ok: false; issues: ValidationIssue[] };

function expectationIssue(path: string, value: unknown): ValidationIssue {
  if (path === 'id' && typeof value === 'string' && value.length > 0 && value.length <= 200 && value.trim() === '') {
    const got = show(value);
    return issue(path, 'invalid', msg('schema.issue.invalid.blank-id', { got }));
  }
  if (path === 'id' && typeof value === 'string' && value.length <= 200) {
    const found = forbiddenCharacterIssue(path, value);
    if (found) return found;
  }
  return expectedIssue(path, fieldExpectations[path], value);
}

function fromZodIssues(input: unknown, zodIssues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const zi of zodIssues) {
    const base = zi.path.map(String);
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        const path = [...base, key].join('.');
        out.push(issue(path, 'unknown-field', msg('schema.issue.unknown-field')));
      }
      continue;
    }
    const path = base.join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    out.push(expectationIssue(path, valueAtPath(input, zi.path)));
  }
  return out;
}

/** Finds excluded allowances at the top level and inside `salary`; returns issues or the keys to drop. */
function checkExcludedAllowances(input: Record<string, unknown>, ignore: boolean): { issues: ValidationIssue[]; drop: { top: string[]; salary: string[] } } {
  const issues: ValidationIssue[] = [];
  const drop = { top: [] as string[], salary: [] as string[] };
  const scan = (obj: Record<string, unknown>, prefix: string, into: string[], known: Record<string, unknown>) => {
    for (const key of Object.keys(obj)) {
      // A contract field is never an excluded allowance, even when its name looks like one (hazardousMonths).
      if (Object.prototype.hasOwnProperty.call(known, key)) continue;
      const found = findExcludedAllowance(key);
      if (!found) continue;
      if (ignore) into.push(key);
      else {
        const c = formatCitation(excludedAllowancesCitation);
        issues.push(issue(prefix + key, 'excluded-allowance', msg('schema.issue.excluded-allowance', { allowance: found.name, citation: c })));
      }
    }
  };
  scan(input, '', drop.top, staffCaseShape);
  const salary = input.salary;
  if (salary !== null && typeof salary === 'object' && !Array.isArray(salary)) scan(salary as Record<string, unknown>, 'salary.', drop.salary, salaryComponentsSchema.shape);
  return { issues, drop };
}

function without(obj: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  if (keys.length === 0) return obj;
  const copy: Record<string, unknown> = {};
  // defineProperty, not assignment: a JSON "__proto__" key stays an own (unknown) field, never a prototype.
  for (const [k, v] of Object.entries(obj)) {
    if (!keys.includes(k)) Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/**
 * `rareFields`: whether the case may hold a field of the Decree 177 or Art 11–12 sets. A case from the
 * fast path holds none (fast-path.ts defers every case that gives one; `rareFieldsDeferred` checks it).
 */
function crossFieldIssues(c: StaffCaseInput, rareFields = true): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if ((c.monthlySalary === undefined) === (c.salary === undefined)) {
    issues.push(issue(c.monthlySalary === undefined ? 'monthlySalary' : 'salary', 'salary-source', msg('schema.issue.salary-source.monthly-salary-or-components')));
  }
  const group = defaultGroup(c);
  // A Decree 154 streamlining case needs no Decree 178 restructuring date (D61): its Decree 178 packages refuse instead.
  if ((group === 'directly-affected' || group === 'association') && c.restructuringDate === undefined && c.decree154Streamlining !== true) {
    issues.push(issue('restructuringDate', 'required', msg('schema.issue.required.restructuring-date')));
  }
  if (c.retirementAge === undefined && isArmedForces(c.staffType)) {
    if (c.staffType === 'officer' && c.rank === undefined) {
      issues.push(issue('rank', 'required', msg('schema.issue.required.officer-rank')));
    } else if (c.staffType !== 'officer') {
      issues.push(issue('retirementAge', 'required', msg('schema.issue.required.retirement-age-table', { staffType: c.staffType })));
    }
  }
  const birth = partialDayNumber(c.birthDate);
  const leave = isoDayNumber(c.leaveDate);
  if (birth >= 0 && leave >= 0 && birth >= leave) {
    issues.push(issue('leaveDate', 'order', msg('schema.issue.order.leave-after-birth')));
  } else if (birth >= 0 && leave >= 0) {
    insuredTimeIssues(c, birth, leave, issues);
  }
  // The decision is signed before (or on) the day it takes effect (docs/decisions.md D11).
  if (c.restructuringIssuedDate !== undefined && c.restructuringDate !== undefined && isoDayNumber(c.restructuringIssuedDate) > isoDayNumber(c.restructuringDate)) {
    issues.push(issue('restructuringIssuedDate', 'order', msg('schema.issue.order.restructuring-signed-before-effect')));
  }
  if (rareFields) issues.push(...decree177Issues(c), ...stayingIssues(c), ...decree154Issues(c));
  return issues;
}

function exceedsWorkingLife(c: StaffCaseInput, field: string, months: number | undefined, most: number, issues: ValidationIssue[]): void {
  if (months === undefined || months <= most) return;
  issues.push(issue(field, 'exceeds-working-life', msg('schema.issue.exceeds-working-life', { months, most, age: minimumWorkingAge.years, leaveDate: c.leaveDate })));
}

const monthOfDayNumber = (n: number) => Math.floor(n / 10000) * 12 + (Math.floor(n / 100) % 100) - 1;

/**
 * Decision D40: no month of insurance or work before the minimum working age (src/schema/working-age.ts).
 * `insuredMonths`, `hazardousMonths` and `hardshipAreaMonths` are each at most the months since the age of
 * 15; `publicSectorInsuredMonths` (a part of the insured time) at most `insuredMonths`. `birth` and `leave`
 * are day numbers (year × 10000 + month × 100 + day); a partial birth date is its earliest day (D8).
 */
function insuredTimeIssues(c: StaffCaseInput, birth: number, leave: number, issues: ValidationIssue[]): void {
  const most = monthsSinceWorkingAge(monthOfDayNumber(birth), monthOfDayNumber(leave), leave % 100);
  // Field by field, by name (this runs for every case); the issues in this order.
  exceedsWorkingLife(c, 'insuredMonths', c.insuredMonths, most, issues);
  exceedsWorkingLife(c, 'hazardousMonths', c.hazardousMonths, most, issues);
  exceedsWorkingLife(c, 'hardshipAreaMonths', c.hardshipAreaMonths, most, issues);
  exceedsWorkingLife(c, 'communePartTimeMonths', c.communePartTimeMonths, most, issues);
  exceedsWorkingLife(c, 'otherUncompensatedInsuredMonths', c.otherUncompensatedInsuredMonths, most, issues);
  const ps = c.publicSectorInsuredMonths;
  if (ps !== undefined && ps > c.insuredMonths && c.insuredMonths <= most) {
    issues.push(issue('publicSectorInsuredMonths', 'exceeds-insured-months', msg('schema.issue.exceeds-insured-months', { publicSectorMonths: ps, insuredMonths: c.insuredMonths })));
  }
}

/** `group` when absent: a Decree 177 cadre is in 178 Art 2 cl. 4 (`decree-177-cadre`); everyone else is directly affected. */
function defaultGroup(c: StaffCaseInput): NonNullable<StaffCaseInput['group']> {
  return c.group ?? (c.decree177Clause !== undefined ? 'decree-177-cadre' : 'directly-affected');
}

const decree177OnlyFields = ['congressDate', 'continuesWorking', 'underStreamlining', 'retirementNoticeIssued', 'insuranceSupportBasis'] as const;

/** Decree 177 inputs (docs/decree-177.md): the clause decides which of them are needed. */
function decree177Issues(c: StaffCaseInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (c.decree177Clause === undefined) {
    const given = anyGiven(c, decree177OnlyFields) ? decree177OnlyFields.filter((f) => c[f] !== undefined) : [];
    if (given.length > 0) {
      issues.push(issue('decree177Clause', 'required', msg(given.length > 1 ? 'schema.issue.required.decree177-clause.many' : 'schema.issue.required.decree177-clause.one', { given: given.join(', ') })));
    }
  } else if (c.decree177Clause <= 4 && c.congressDate === undefined) {
    issues.push(issue('congressDate', 'required', msg('schema.issue.required.congress-date', { clause: c.decree177Clause })));
  }
  if (c.decree177Clause === 2 && !isArmedForces(c.staffType)) {
    issues.push(issue('decree177Clause', 'staff-type', msg('schema.issue.staff-type.armed-forces-clause', { armedForcesStaffTypes: list(armedForcesStaffTypes), staffType: c.staffType })));
  }
  if (c.insuranceSupportBasis !== undefined && c.staffType !== 'commune-cadre') {
    issues.push(issue('insuranceSupportBasis', 'staff-type', msg('schema.issue.staff-type.commune-cadre-only', { staffType: c.staffType })));
  }
  if ((c.insuranceSalary === undefined) !== (c.insuranceContributionPercent === undefined)) {
    const missing = c.insuranceSalary === undefined ? 'insuranceSalary' : 'insuranceContributionPercent';
    const other = missing === 'insuranceSalary' ? 'insuranceContributionPercent' : 'insuranceSalary';
    issues.push(issue(missing, 'required', msg('schema.issue.required.insurance-pair', { other })));
  }
  return issues;
}

/** The Decree 154/2025 inputs (docs/decree-154.md); the fast path defers every one of them. */
const DECREE_154_FIELDS = [
  'decree154Streamlining', 'tookDecree178', 'communePartTimeAllowance', 'communePartTimeMonths', 'otherUncompensatedInsuredMonths',
  'unpaidLeaveStartDate', 'priorPostMonthlySalary', 'vocationalTraining', 'reemploymentDate',
] as const;

/** Every field `decree177Issues`, `stayingIssues` and `decree154Issues` read, apart from `staffType` and `leaveDate`. */
const RARE_FIELDS = [
  'decree177Clause', 'congressDate', 'continuesWorking', 'underStreamlining', 'retirementNoticeIssued', 'insuranceSupportBasis',
  'insuranceSalary', 'insuranceContributionPercent', 'leadershipChangeDate', 'formerLeadershipCoefficient', 'newLeadershipCoefficient',
  'termEndDate', 'grassrootsSecondment', 'secondmentDate', 'secondmentInDifficultArea',
  ...DECREE_154_FIELDS,
] as const;
/** True while the fast path defers each of them: then its cases need not run those checks. */
const rareFieldsDeferred = RARE_FIELDS.every((f) => fieldChecks[f] === 'defer');

const art11Required = ['leadershipChangeDate', 'formerLeadershipCoefficient', 'termEndDate'] as const;
const art11Fields = [...art11Required, 'newLeadershipCoefficient'] as const;

/** Whether any of `fields` is given (checked for every case, so without building a list). */
function anyGiven(c: StaffCaseInput, fields: readonly (keyof StaffCaseInput)[]): boolean {
  for (const f of fields) if (c[f] !== undefined) return true;
  return false;
}

/** Decree 178 Art 11–12 inputs come in sets: a partial set is named, never silently ignored. */
function stayingIssues(c: StaffCaseInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (anyGiven(c, art11Fields)) {
    const art11Given = art11Fields.filter((f) => c[f] !== undefined);
    for (const f of art11Required) {
      if (c[f] === undefined) {
        issues.push(issue(f, 'required', msg(art11Given.length > 1 ? 'schema.issue.required.art11-set.many' : 'schema.issue.required.art11-set.one', { given: art11Given.join(', '), expected: fieldExpectations[f]! })));
      }
    }
    const from = c.leadershipChangeDate !== undefined ? parseIsoDate(c.leadershipChangeDate) : null;
    const to = c.termEndDate !== undefined ? parseIsoDate(c.termEndDate) : null;
    if (from && to && compareDates(to, from) < 0) {
      issues.push(issue('termEndDate', 'order', msg('schema.issue.order.term-end-after-change')));
    }
  }
  if ((c.grassrootsSecondment === undefined) !== (c.secondmentDate === undefined)) {
    const missing = c.grassrootsSecondment === undefined ? 'grassrootsSecondment' : 'secondmentDate';
    const other = missing === 'grassrootsSecondment' ? 'secondmentDate' : 'grassrootsSecondment';
    issues.push(issue(missing, 'required', msg('schema.issue.required.art12-pair', { other, expected: fieldExpectations[missing]! })));
  }
  if (c.secondmentInDifficultArea !== undefined && c.grassrootsSecondment === undefined && c.secondmentDate === undefined) {
    issues.push(issue('grassrootsSecondment', 'required', msg('schema.issue.required.art12-pair', { other: 'secondmentInDifficultArea', expected: fieldExpectations.grassrootsSecondment! })));
  }
  return issues;
}

const partTimeFields = ['communePartTimeAllowance', 'communePartTimeMonths', 'otherUncompensatedInsuredMonths'] as const;

/**
 * Decree 154 inputs (docs/decree-154.md): the part-time worker's allowance and working time come as a set (Art 5
 * cl. 2, cl. 5: the allowance is S, the two counts of months are N; none is guessed); the unpaid leave began before
 * the leave date; the re-employment came after it.
 */
function decree154Issues(c: StaffCaseInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (anyGiven(c, partTimeFields)) {
    const given = partTimeFields.filter((f) => c[f] !== undefined);
    for (const f of partTimeFields) {
      if (c[f] === undefined) issues.push(issue(f, 'required', msg('schema.issue.required.commune-part-time-set', { given: given.join(', '), expected: fieldExpectations[f]! })));
    }
  }
  const leave = isoDayNumber(c.leaveDate);
  if (c.unpaidLeaveStartDate !== undefined && leave >= 0 && isoDayNumber(c.unpaidLeaveStartDate) >= leave) {
    issues.push(issue('unpaidLeaveStartDate', 'order', msg('schema.issue.order.unpaid-leave-before-leave')));
  }
  if (c.reemploymentDate !== undefined && leave >= 0 && isoDayNumber(c.reemploymentDate) <= leave) {
    issues.push(issue('reemploymentDate', 'order', msg('schema.issue.order.reemployment-after-leave')));
  }
  return issues;
}

/** The Decree 154 facts of the case, or undefined when it gives none of their fields. */
function decree154Of(c: StaffCaseInput): StaffCase['decree154'] {
  if (!anyGiven(c, DECREE_154_FIELDS)) return undefined;
  return {
    streamlining: c.decree154Streamlining ?? false,
    tookDecree178: c.tookDecree178 ?? false,
    ...(c.communePartTimeAllowance !== undefined
      ? { communePartTime: { allowance: dec(c.communePartTimeAllowance), months: c.communePartTimeMonths!, otherUncompensatedMonths: c.otherUncompensatedInsuredMonths! } }
      : {}),
    ...(c.unpaidLeaveStartDate !== undefined ? { unpaidLeaveStartDate: parseIsoDate(c.unpaidLeaveStartDate)! } : {}),
    ...(c.priorPostMonthlySalary !== undefined ? { priorPostMonthlySalary: dec(c.priorPostMonthlySalary) } : {}),
    ...(c.vocationalTraining !== undefined ? { vocationalTrainingMonths: c.vocationalTraining.months } : {}),
    ...(c.reemploymentDate !== undefined ? { reemploymentDate: parseIsoDate(c.reemploymentDate)! } : {}),
  };
}

const ZERO = dec(0);

/** Salary components as exact decimals; an absent component is an exact zero. */
export function toSalaryComponents(s: SalaryComponentsInput): SalaryComponents {
  const d = (v: string | number | undefined) => (v === undefined ? ZERO : dec(v));
  const out: { -readonly [K in keyof SalaryComponents]: SalaryComponents[K] } = {
    coefficient: dec(s.coefficient),
    leadershipCoefficient: d(s.leadershipCoefficient),
    reservedDifferenceCoefficient: d(s.reservedDifferenceCoefficient),
    overFrameSeniorityPercent: d(s.overFrameSeniorityPercent),
    professionalSeniorityPercent: d(s.professionalSeniorityPercent),
    preferentialPercent: d(s.preferentialPercent),
    professionalResponsibilityPercent: d(s.professionalResponsibilityPercent),
    publicServicePercent: d(s.publicServicePercent),
    partyWorkPercent: d(s.partyWorkPercent),
    armedForcesPercent: d(s.armedForcesPercent),
  };
  if (s.baseSalary !== undefined) out.baseSalary = dec(s.baseSalary);
  return out;
}

/** The fields `normalize` may fill in, in the order `defaulted` lists them (bit i of the mask is field i). */
const DEFAULTABLE = ['publicSectorInsuredMonths', 'hazardousMonths', 'hardshipAreaMonths', 'route', 'group'] as const;
const defaultedLists: (readonly string[])[] = [];

/** One frozen list per combination of defaults: the cases with the same defaults share it. */
function defaultedList(mask: number): readonly string[] {
  return (defaultedLists[mask] ??= Object.freeze(DEFAULTABLE.filter((_, i) => (mask & (1 << i)) !== 0)));
}

/** `rareFields`: as in `crossFieldIssues` (a case from the fast path holds none of the rare fields, so their parts are undefined). */
function normalize(c: StaffCaseInput, ignoredAllowances: string[], rareFields = true): StaffCase {
  const birth = parsePartialDate(c.birthDate)!;
  const salary: StaffCase['salary'] = c.salary
    ? { kind: 'components', components: toSalaryComponents(c.salary) }
    : { kind: 'monthly', amount: dec(c.monthlySalary!) };
  // Bits in the order of DEFAULTABLE.
  const mask = (c.publicSectorInsuredMonths === undefined ? 1 : 0) | (c.hazardousMonths === undefined ? 2 : 0) |
    (c.hardshipAreaMonths === undefined ? 4 : 0) | (c.route === undefined ? 8 : 0) | (c.group === undefined ? 16 : 0);
  // One literal with every field, in the order of the StaffCase interface (an absent optional field is
  // undefined): every case then has one shape, which keeps this and every later read of it fast in V8.
  return {
    id: c.id,
    gender: c.gender,
    birthDate: birth.date,
    birthDatePrecision: birth.precision,
    staffType: c.staffType,
    salary,
    insuredMonths: c.insuredMonths,
    publicSectorInsuredMonths: c.publicSectorInsuredMonths ?? c.insuredMonths,
    hazardousMonths: c.hazardousMonths ?? 0,
    hardshipAreaMonths: c.hardshipAreaMonths ?? 0,
    rank: c.rank,
    retirementAge: c.retirementAge,
    restructuringDate: c.restructuringDate === undefined ? undefined : parseIsoDate(c.restructuringDate)!,
    restructuringIssuedDate: c.restructuringIssuedDate === undefined ? undefined : parseIsoDate(c.restructuringIssuedDate)!,
    leaveDate: parseIsoDate(c.leaveDate)!,
    route: c.route ?? 'auto',
    group: defaultGroup(c),
    pensionEligible: c.pensionEligible,
    exclusion: c.exclusion,
    volunteered: c.volunteered ?? false,
    decree177: !rareFields || c.decree177Clause === undefined ? undefined : decree177Of(c, c.decree177Clause as Decree177Clause),
    insurancePricing: rareFields && c.insuranceSalary !== undefined && c.insuranceContributionPercent !== undefined
      ? { salary: dec(c.insuranceSalary), percent: dec(c.insuranceContributionPercent) }
      : undefined,
    committeeAllowanceCoefficient: c.committeeAllowanceCoefficient === undefined ? ZERO : dec(c.committeeAllowanceCoefficient),
    alreadyPaid: c.alreadyPaid === undefined ? undefined : { policy: c.alreadyPaid.policy, amount: dec(c.alreadyPaid.amount) },
    leadershipChange: !rareFields || c.leadershipChangeDate === undefined ? undefined : {
      date: parseIsoDate(c.leadershipChangeDate)!,
      formerCoefficient: dec(c.formerLeadershipCoefficient!),
      newCoefficient: c.newLeadershipCoefficient === undefined ? ZERO : dec(c.newLeadershipCoefficient),
      termEndDate: parseIsoDate(c.termEndDate!)!,
    },
    secondment: !rareFields || c.grassrootsSecondment === undefined
      ? undefined
      : { level: c.grassrootsSecondment, date: parseIsoDate(c.secondmentDate!)!, difficultArea: c.secondmentInDifficultArea ?? false },
    outstandingStaff: c.outstandingStaff ?? false,
    postRestructuringTraining: c.postRestructuringTraining ?? false,
    decree154: rareFields ? decree154Of(c) : undefined,
    defaulted: defaultedList(mask),
    ignoredAllowances,
  };
}

function decree177Of(c: StaffCaseInput, clause: Decree177Clause): NonNullable<StaffCase['decree177']> {
  return {
    clause,
    ...(c.congressDate !== undefined ? { congressDate: parseIsoDate(c.congressDate)! } : {}),
    continuesWorking: c.continuesWorking ?? false,
    underStreamlining: c.underStreamlining ?? false,
    retirementNoticeIssued: c.retirementNoticeIssued ?? false,
    ...(c.insuranceSupportBasis !== undefined ? { insuranceSupportBasis: c.insuranceSupportBasis } : {}),
  };
}

/** Validates one raw case (strict: unknown fields are rejected) and applies the documented defaults. */
export function validateStaffCase(input: unknown, options: ValidationOptions = {}): ValidationResult {
  return validate(input, options, true);
}

/**
 * @internal The same validation with every case through zod (no fast path): the reference the fast path
 * is tested against (tests/property/fast-path.property.test.ts).
 */
export function validateStaffCaseWithZod(input: unknown, options: ValidationOptions = {}): ValidationResult {
  return validate(input, options, false);
}

function validate(input: unknown, options: ValidationOptions, fast: boolean): ValidationResult {
  if (fast) {
    // The common well-formed case (src/schema/fast-path.ts): the value zod would return, without zod,
    // read from the input itself (each field once; anything unusual defers to the path below).
    const parsed = fastParseStaffCase(input);
    if (parsed) {
      const cross = crossFieldIssues(parsed, !rareFieldsDeferred);
      return cross.length > 0 ? { ok: false, issues: cross } : { ok: true, value: normalize(parsed, [], !rareFieldsDeferred) };
    }
  }
  // Read the input once into plain data: a getter or a proxy trap that throws is a refusal, not a crash
  // of safeAssess / assessMany (which promise to return errors, never to throw on bad input).
  const data = readPlain(input, '');
  if (!data.ok) return { ok: false, issues: [data.issue] };
  try {
    return validatePlain(data.value, options);
  } catch (e) {
    // What the plain copy keeps as it is (a class instance whose getter throws) is read by the schema.
    return { ok: false, issues: [unreadable(e)] };
  }
}

/** The fields whose value is an object (zod walks their keys). */
const OBJECT_FIELDS = ['salary', 'retirementAge', 'alreadyPaid', 'vocationalTraining'] as const;

function validatePlain(input: unknown, options: ValidationOptions): ValidationResult {
  if (!isRecordLike(input)) {
    return { ok: false, issues: [issue('', 'invalid', msg('schema.issue.invalid.staff-case', { input: show(input) }))] };
  }
  const raw = input as Record<string, unknown>;
  // Object fields given as a typed array, a Map, a Date…: refused here, by field, without zod walking them.
  const notRecords: ValidationIssue[] = [];
  let given = raw;
  for (const key of OBJECT_FIELDS) {
    const v = Object.prototype.hasOwnProperty.call(raw, key) ? raw[key] : undefined;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !isRecordLike(v)) {
      notRecords.push(expectationIssue(key, v));
      given = { ...given, [key]: null };
    }
  }
  const excluded = checkExcludedAllowances(given, options.ignoreExcludedAllowances === true);
  excluded.issues.unshift(...notRecords);
  let cleaned = without(given, excluded.drop.top);
  if (excluded.drop.salary.length > 0 && cleaned.salary && typeof cleaned.salary === 'object') {
    cleaned = { ...cleaned, salary: without(cleaned.salary as Record<string, unknown>, excluded.drop.salary) };
  }
  const parsed = staffCaseSchema.safeParse(cleaned);
  const zodIssues = parsed.success ? [] : fromZodIssues(cleaned, parsed.error.issues);
  const issues = [...excluded.issues, ...zodIssues.filter((zi) => !excluded.issues.some((e) => e.path === zi.path))];
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  const cross = crossFieldIssues(parsed.data);
  if (cross.length > 0) return { ok: false, issues: cross };
  const ignored = [...excluded.drop.top, ...excluded.drop.salary.map((k) => `salary.${k}`)];
  return { ok: true, value: normalize(parsed.data, ignored) };
}
