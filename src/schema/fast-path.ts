import { isoDayNumber, partialDayNumber } from '../core/calendar.js';
import { hasNoForbiddenCharacter } from './id-characters.js';
import { MAX_MONTHLY_VND, salaryComponentsSchema, staffCaseShape, type StaffCaseInput } from './staff-case.js';

/**
 * A hand-written check of the common, well-formed `StaffCase` (plain object, known fields only, the right
 * primitive types, in range, real dates). It accepts a subset of what `staffCaseSchema` accepts and returns
 * the same parsed value zod would; for anything else it answers `null` and the caller runs zod, which
 * words every error (so error messages never depend on this file).
 *
 * The zod schema stays the contract: the field list comes from `staffCaseShape` (a test fails when a field
 * of the schema has no entry here), the enumerations are read from the schema itself, and
 * tests/property/fast-path.property.test.ts checks on valid and corrupted cases that this path either
 * agrees with zod or defers to it.
 */

type Check = (value: unknown) => boolean;

/** The values of a `z.enum` (possibly inside `z.optional`), read from the schema. */
function enumOf(schema: unknown): ReadonlySet<unknown> {
  let def = (schema as { _zod: { def: { type: string; innerType?: unknown; entries?: Record<string, unknown> } } })._zod.def;
  if (def.type === 'optional') def = (def.innerType as { _zod: { def: typeof def } })._zod.def;
  if (def.type !== 'enum' || !def.entries) throw new Error('fast path: expected an enum schema');
  return new Set(Object.values(def.entries));
}

const isNumber = (v: unknown): v is number => typeof v === 'number';
const DECIMAL_TEXT = /^\d{1,15}(\.\d{1,10})?$/;

/** `decimalValue(max, allowZero)` of staff-case.ts: a finite number in range, or a decimal string in range. */
function decimal(max: number, allowZero: boolean): Check {
  return (v) => {
    let n: number;
    if (typeof v === 'number') n = v;
    else if (typeof v === 'string' && DECIMAL_TEXT.test(v)) n = Number(v);
    else return false;
    return Number.isFinite(n) && (allowZero ? n >= 0 : n > 0) && n <= max;
  };
}
const int = (min: number, max: number): Check => (v) => isNumber(v) && Number.isSafeInteger(v) && v >= min && v <= max;
const oneOf = (schema: unknown): Check => {
  const values = enumOf(schema);
  return (v) => typeof v === 'string' && values.has(v);
};
const bool: Check = (v) => typeof v === 'boolean';
const isoDate: Check = (v) => typeof v === 'string' && isoDayNumber(v) >= 0;
const partialDate: Check = (v) => typeof v === 'string' && partialDayNumber(v) >= 0;
const months = int(0, 720);
const coefficient = decimal(20, true);
const percent = decimal(100, true);

/** A printable ASCII character other than the space: a text starting with one is not blank. */
const isVisibleAscii = (code: number) => code > 32 && code < 127;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Every field of `salaryComponentsSchema`. */
export const salaryFieldChecks: { readonly [K in keyof typeof salaryComponentsSchema.shape]: Check } = {
  coefficient: decimal(20, false),
  leadershipCoefficient: coefficient,
  reservedDifferenceCoefficient: coefficient,
  overFrameSeniorityPercent: percent,
  professionalSeniorityPercent: percent,
  preferentialPercent: percent,
  professionalResponsibilityPercent: percent,
  publicServicePercent: percent,
  partyWorkPercent: percent,
  armedForcesPercent: percent,
  baseSalary: decimal(MAX_MONTHLY_VND, false),
};

/** The salary components, each read once, or null to defer. */
function salaryComponents(v: unknown): Record<string, unknown> | null {
  if (!isPlainObject(v)) return null;
  const out: Record<string, unknown> = {};
  for (const key in v) {
    if (!Object.prototype.hasOwnProperty.call(salaryFieldChecks, key) || !Object.prototype.hasOwnProperty.call(v, key)) return null;
    const value = v[key];
    if (!(salaryFieldChecks as Record<string, Check>)[key]!(value)) return null;
    out[key] = value;
  }
  return Object.prototype.hasOwnProperty.call(out, 'coefficient') ? out : null;
}

function retirementAge(v: unknown): { years: number; months: number } | null {
  if (!isPlainObject(v)) return null;
  const keys = Object.keys(v);
  if (keys.length !== 2 || !Object.prototype.hasOwnProperty.call(v, 'years') || !Object.prototype.hasOwnProperty.call(v, 'months')) return null;
  const { years, months: m } = v;
  if (!int(30, 75)(years) || !int(0, 11)(m)) return null;
  return { years: years as number, months: m as number };
}

/**
 * How the fast path treats each field of `staffCaseShape`: a check of the value as given (kept as it is),
 * `salary` / `retirementAge` (copied like zod's output), or `defer` (rare fields: the case goes to zod).
 */
export const fieldChecks: { readonly [K in keyof typeof staffCaseShape]: Check | 'salary' | 'retirementAge' | 'defer' } = {
  id: (v) => typeof v === 'string' && v.length >= 1 && v.length <= 200 && (isVisibleAscii(v.charCodeAt(0)) || v.trim() !== '') && hasNoForbiddenCharacter(v),
  gender: oneOf(staffCaseShape.gender),
  birthDate: partialDate,
  staffType: oneOf(staffCaseShape.staffType),
  monthlySalary: decimal(MAX_MONTHLY_VND, false),
  salary: 'salary',
  insuredMonths: months,
  publicSectorInsuredMonths: months,
  hazardousMonths: months,
  hardshipAreaMonths: months,
  rank: oneOf(staffCaseShape.rank),
  retirementAge: 'retirementAge',
  restructuringDate: isoDate,
  restructuringIssuedDate: 'defer',
  leaveDate: isoDate,
  route: oneOf(staffCaseShape.route),
  group: oneOf(staffCaseShape.group),
  pensionEligible: bool,
  exclusion: oneOf(staffCaseShape.exclusion),
  volunteered: bool,
  decree177Clause: 'defer',
  congressDate: 'defer',
  continuesWorking: 'defer',
  underStreamlining: 'defer',
  retirementNoticeIssued: 'defer',
  insuranceSupportBasis: 'defer',
  insuranceSalary: 'defer',
  insuranceContributionPercent: 'defer',
  committeeAllowanceCoefficient: 'defer',
  alreadyPaid: 'defer',
  leadershipChangeDate: 'defer',
  formerLeadershipCoefficient: 'defer',
  newLeadershipCoefficient: 'defer',
  termEndDate: 'defer',
  grassrootsSecondment: 'defer',
  secondmentDate: 'defer',
  secondmentInDifficultArea: 'defer',
  outstandingStaff: bool,
  postRestructuringTraining: bool,
  decree154Streamlining: 'defer',
  tookDecree178: 'defer',
  communePartTimeAllowance: 'defer',
  communePartTimeMonths: 'defer',
  otherUncompensatedInsuredMonths: 'defer',
  unpaidLeaveStartDate: 'defer',
  priorPostMonthlySalary: 'defer',
  vocationalTraining: 'defer',
  reemploymentDate: 'defer',
};

/** The fields the fast path takes (every entry of `fieldChecks` but the deferred ones), in schema order. */
export const TAKEN = (Object.entries(fieldChecks) as [string, Check | 'salary' | 'retirementAge' | 'defer'][]).filter(([, how]) => how !== 'defer');

/**
 * Every field the fast path takes, read once from the input into an object of one fixed shape (an absent
 * field reads as undefined). Written out by name: named reads of inputs that share a shape are the fast
 * ones in V8, and the fixed shape keeps the validator's later reads fast too. A test ties the names to `TAKEN`.
 */
export function readTakenFields(input: Record<string, unknown>) {
  return {
    id: input.id, gender: input.gender, birthDate: input.birthDate, staffType: input.staffType,
    monthlySalary: input.monthlySalary, salary: input.salary, insuredMonths: input.insuredMonths,
    publicSectorInsuredMonths: input.publicSectorInsuredMonths, hazardousMonths: input.hazardousMonths,
    hardshipAreaMonths: input.hardshipAreaMonths, rank: input.rank, retirementAge: input.retirementAge,
    restructuringDate: input.restructuringDate, leaveDate: input.leaveDate, route: input.route, group: input.group,
    pensionEligible: input.pensionEligible, exclusion: input.exclusion, volunteered: input.volunteered,
    outstandingStaff: input.outstandingStaff, postRestructuringTraining: input.postRestructuringTraining,
  } as Record<string, unknown>;
}

/**
 * The value `staffCaseSchema.safeParse(input).data` would be for a common well-formed case, or null when
 * the case is not such a case (zod then decides, on the validator's plain copy of the input).
 *
 * `input` is the caller's object itself: each field is read exactly once, and the value returned is a new
 * object built from those reads, so a getter cannot show one value to the check and another to the
 * engine. A getter or proxy trap that throws makes this path defer; the validator's copy then reports it.
 * Absent optional fields are undefined in the value returned (the validator reads fields by name).
 */
export function fastParseStaffCase(input: unknown): StaffCaseInput | null {
  try {
    return readCommonCase(input);
  } catch {
    return null;
  }
}

const own = Object.prototype.hasOwnProperty;

/** A value no check accepts: a field whose entry in `fieldChecks` is not a function is never taken by a check here. */
const never: Check = () => false;
/** The check of a field whose entry should be a function; any other entry makes a given value defer to zod. */
const checkOf = (how: Check | 'salary' | 'retirementAge' | 'defer'): Check => (typeof how === 'function' ? how : never);

// Each taken field's check, read once from `fieldChecks` (the table stays the contract; a test ties the names
// below to TAKEN): a direct call per field, not a call through a table, is what V8 inlines.
const isId = checkOf(fieldChecks.id);
const isGender = checkOf(fieldChecks.gender);
const isBirthDate = checkOf(fieldChecks.birthDate);
const isStaffType = checkOf(fieldChecks.staffType);
const isMonthlySalary = checkOf(fieldChecks.monthlySalary);
const isInsuredMonths = checkOf(fieldChecks.insuredMonths);
const isPublicSectorInsuredMonths = checkOf(fieldChecks.publicSectorInsuredMonths);
const isHazardousMonths = checkOf(fieldChecks.hazardousMonths);
const isHardshipAreaMonths = checkOf(fieldChecks.hardshipAreaMonths);
const isRank = checkOf(fieldChecks.rank);
const isRestructuringDate = checkOf(fieldChecks.restructuringDate);
const isLeaveDate = checkOf(fieldChecks.leaveDate);
const isRoute = checkOf(fieldChecks.route);
const isGroup = checkOf(fieldChecks.group);
const isPensionEligible = checkOf(fieldChecks.pensionEligible);
const isExclusion = checkOf(fieldChecks.exclusion);
const isVolunteered = checkOf(fieldChecks.volunteered);
const isOutstandingStaff = checkOf(fieldChecks.outstandingStaff);
const isPostRestructuringTraining = checkOf(fieldChecks.postRestructuringTraining);
/** `salary` and `retirementAge` are read by their own code below while their entries say so; otherwise they defer. */
const salaryTaken = fieldChecks.salary === 'salary';
const retirementAgeTaken = fieldChecks.retirementAge === 'retirementAge';

/** The input's own field (an inherited value, from a polluted prototype, is not: the case defers). */
const given = (input: object, key: string) => own.call(input, key);

function readCommonCase(input: unknown): StaffCaseInput | null {
  if (!isPlainObject(input)) return null;
  const out = readTakenFields(input);
  // Field by field, by name. The six required fields first (absent: zod words the error); then each
  // optional field that is given. `taken` counts the fields taken, to compare with the input's keys.
  if (out.id === undefined || !given(input, 'id') || !isId(out.id)) return null;
  if (out.gender === undefined || !given(input, 'gender') || !isGender(out.gender)) return null;
  if (out.birthDate === undefined || !given(input, 'birthDate') || !isBirthDate(out.birthDate)) return null;
  if (out.staffType === undefined || !given(input, 'staffType') || !isStaffType(out.staffType)) return null;
  if (out.insuredMonths === undefined || !given(input, 'insuredMonths') || !isInsuredMonths(out.insuredMonths)) return null;
  if (out.leaveDate === undefined || !given(input, 'leaveDate') || !isLeaveDate(out.leaveDate)) return null;
  let taken = 6;
  if (out.monthlySalary !== undefined) { if (!given(input, 'monthlySalary') || !isMonthlySalary(out.monthlySalary)) return null; taken++; }
  if (out.publicSectorInsuredMonths !== undefined) { if (!given(input, 'publicSectorInsuredMonths') || !isPublicSectorInsuredMonths(out.publicSectorInsuredMonths)) return null; taken++; }
  if (out.hazardousMonths !== undefined) { if (!given(input, 'hazardousMonths') || !isHazardousMonths(out.hazardousMonths)) return null; taken++; }
  if (out.hardshipAreaMonths !== undefined) { if (!given(input, 'hardshipAreaMonths') || !isHardshipAreaMonths(out.hardshipAreaMonths)) return null; taken++; }
  if (out.rank !== undefined) { if (!given(input, 'rank') || !isRank(out.rank)) return null; taken++; }
  if (out.restructuringDate !== undefined) { if (!given(input, 'restructuringDate') || !isRestructuringDate(out.restructuringDate)) return null; taken++; }
  if (out.route !== undefined) { if (!given(input, 'route') || !isRoute(out.route)) return null; taken++; }
  if (out.group !== undefined) { if (!given(input, 'group') || !isGroup(out.group)) return null; taken++; }
  if (out.pensionEligible !== undefined) { if (!given(input, 'pensionEligible') || !isPensionEligible(out.pensionEligible)) return null; taken++; }
  if (out.exclusion !== undefined) { if (!given(input, 'exclusion') || !isExclusion(out.exclusion)) return null; taken++; }
  if (out.volunteered !== undefined) { if (!given(input, 'volunteered') || !isVolunteered(out.volunteered)) return null; taken++; }
  if (out.outstandingStaff !== undefined) { if (!given(input, 'outstandingStaff') || !isOutstandingStaff(out.outstandingStaff)) return null; taken++; }
  if (out.postRestructuringTraining !== undefined) { if (!given(input, 'postRestructuringTraining') || !isPostRestructuringTraining(out.postRestructuringTraining)) return null; taken++; }
  // The two object fields last, as before: their contents are read only when every other field passed.
  if (out.salary !== undefined) {
    if (!salaryTaken || !given(input, 'salary')) return null;
    const salary = salaryComponents(out.salary);
    if (!salary) return null;
    out.salary = salary;
    taken++;
  }
  if (out.retirementAge !== undefined) {
    if (!retirementAgeTaken || !given(input, 'retirementAge')) return null;
    const age = retirementAge(out.retirementAge);
    if (!age) return null;
    out.retirementAge = age;
    taken++;
  }
  // Any other key (unknown, deferred, or a taken field given as undefined) leaves the case to zod.
  let keys = 0;
  for (const key in input) keys++;
  if (keys !== taken) return null;
  return out as StaffCaseInput;
}
