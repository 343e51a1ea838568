/**
 * Input contract of the Decree 179/2024 (talent) computations: one `Nd179Case` per person.
 *
 * The schema accepts every field of the three groups; which of them a group needs is decided by the
 * eligibility rules (a missing one is a refusal that names it), not by the schema. The schema rejects
 * malformed values and unknown fields, and names the field path and what was expected, in Vietnamese and
 * English, like `validateStaffCase`.
 */
import * as z from 'zod/mini';
import { compareDates, parseIsoDate, parsePartialDate } from '../core/calendar.js';
import { dec } from '../core/money.js';
import type { Text } from '../i18n/text.js';
import { MAX_MONTHLY_VND } from './staff-case.js';
import { expectedIssue, issue, show, valueAtPath, type ValidationIssue } from './issues.js';
import { forbiddenCharacterIssue, hasNoForbiddenCharacter } from './id-characters.js';
import { isRecordLike, readPlain, unreadable } from './plain-data.js';
import { msg } from '../locales/schema.js';

// The vocabulary of the input (src/schema/enums.ts, with the other decrees'), re-exported here where it always was.
import { nd179CriterionNames, nd179CriterionPaths, nd179Engagements, nd179Groups, nd179Nationalities, nd179StaffKinds, type Nd179CriterionName } from './enums.js';
export {
  nd179Groups, nd179CriterionPaths, nd179Nationalities, nd179Engagements, nd179StaffKinds, nd179CriterionNames,
  type Nd179Group, type Nd179CriterionPath, type Nd179Nationality, type Nd179Engagement, type Nd179StaffKind, type Nd179CriterionName,
} from './enums.js';

const DECIMAL_TEXT = /^\d{1,15}(\.\d{1,10})?$/;
const isoDate = z.string().check(z.refine((s) => parseIsoDate(s) !== null));
const partialDate = z.string().check(z.refine((s) => parsePartialDate(s) !== null));

function decimalValue(max: number, allowZero: boolean) {
  return z.union([z.number(), z.string().check(z.regex(DECIMAL_TEXT))]).check(
    z.refine((v) => {
      const n = Number(v);
      return Number.isFinite(n) && (allowZero ? n >= 0 : n > 0) && n <= max;
    }),
  );
}

/** One dated salary change: from this day on, the coefficient (or the amount) below is in force. */
export const nd179SalaryChangeSchema = z.strictObject({
  from: isoDate,
  coefficient: z.optional(decimalValue(20, false)),
  allowancesCoefficient: z.optional(decimalValue(20, true)),
  amount: z.optional(decimalValue(MAX_MONTHLY_VND, false)),
  allowancesAmount: z.optional(decimalValue(MAX_MONTHLY_VND, true)),
});

const flag = z.optional(z.boolean());
export const nd179CriteriaSchema = z.strictObject({
  politicalStandards: flag,
  outstandingContribution: flag,
  sectorCriteria: flag,
  nominated: flag,
  councilApproved: flag,
  qualificationMet: flag,
  scienceAgeLimitMet: flag,
  withinWorkingAge: flag,
  foreignerConditionsMet: flag,
} satisfies Record<Nd179CriterionName, typeof flag>);

export const nd179CaseShape = {
  id: z.string().check(z.minLength(1), z.maxLength(200), z.refine(hasNoForbiddenCharacter)),
  group: z.enum(nd179Groups),
  criterionPath: z.optional(z.enum(nd179CriterionPaths)),
  birthDate: z.optional(partialDate),
  applicationDate: z.optional(isoDate),
  recruitmentDate: z.optional(isoDate),
  recognitionDate: z.optional(isoDate),
  stopDate: z.optional(isoDate),
  staffKind: z.optional(z.enum(nd179StaffKinds)),
  probationStartDate: z.optional(isoDate),
  probationMonths: z.optional(z.int().check(z.gte(0), z.lte(24))),
  nationality: z.optional(z.enum(nd179Nationalities)),
  engagement: z.optional(z.enum(nd179Engagements)),
  contractMonthlyAmount: z.optional(decimalValue(MAX_MONTHLY_VND, false)),
  contractStartDate: z.optional(isoDate),
  contractEndDate: z.optional(isoDate),
  salaryHistory: z.optional(z.array(nd179SalaryChangeSchema).check(z.minLength(1), z.maxLength(240))),
  criteria: z.optional(nd179CriteriaSchema),
};

export const nd179CaseSchema = z.strictObject(nd179CaseShape);
export type Nd179CaseInput = z.input<typeof nd179CaseSchema>;

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
const date = msg('schema.expects.date');
const bool = msg('schema.expects.boolean');
const vnd = (zero: boolean) =>
  msg(zero ? 'schema.nd179-expects.vnd-from-zero' : 'schema.nd179-expects.vnd-positive', { max: MAX_MONTHLY_VND.toLocaleString('en-US') });

/** What each field expects, by path (array positions written `*`): the base of every validation message. */
export const nd179FieldExpectations: Record<string, Text> = {
  id: msg('schema.expects.id'),
  group: msg('schema.nd179-expects.group', { nd179Groups: list(nd179Groups) }),
  criterionPath: msg('schema.nd179-expects.criterion-path', { nd179CriterionPaths: list(nd179CriterionPaths) }),
  birthDate: msg('schema.expects.birth-date'),
  applicationDate: date,
  recruitmentDate: date,
  recognitionDate: date,
  stopDate: date,
  staffKind: msg('schema.nd179-expects.staff-kind', { nd179StaffKinds: list(nd179StaffKinds) }),
  probationStartDate: date,
  probationMonths: msg('schema.nd179-expects.probation-months'),
  nationality: msg('schema.nd179-expects.nationality', { nd179Nationalities: list(nd179Nationalities) }),
  engagement: msg('schema.nd179-expects.engagement', { nd179Engagements: list(nd179Engagements) }),
  contractMonthlyAmount: vnd(false),
  contractStartDate: date,
  contractEndDate: date,
  salaryHistory: msg('schema.nd179-expects.salary-history'),
  'salaryHistory.*': msg('schema.nd179-expects.salary-history.item'),
  'salaryHistory.*.from': date,
  'salaryHistory.*.coefficient': msg('schema.nd179-expects.salary-history.item.coefficient'),
  'salaryHistory.*.allowancesCoefficient': msg('schema.nd179-expects.salary-history.item.allowances-coefficient'),
  'salaryHistory.*.amount': vnd(false),
  'salaryHistory.*.allowancesAmount': vnd(true),
  criteria: msg('schema.nd179-expects.criteria'),
  ...Object.fromEntries(nd179CriterionNames.map((n) => [`criteria.${n}`, bool])),
};

// The validated case is a type of the model (src/model/nd179-case.ts: the Decree 179 context carries it).
import type { Nd179Case, Nd179SalaryChange } from '../model/nd179-case.js';
export type { Nd179Case, Nd179SalaryChange } from '../model/nd179-case.js';

export type Nd179ValidationResult = { ok: true; value: Nd179Case } | { ok: false; issues: ValidationIssue[] };

function expectationIssue(path: readonly PropertyKey[], value: unknown): ValidationIssue {
  const name = path.map(String).join('.');
  const key = path.map((p) => (typeof p === 'number' ? '*' : String(p))).join('.');
  if (key === 'id' && typeof value === 'string' && value.length >= 1 && value.length <= 200) {
    const found = forbiddenCharacterIssue(name, value);
    if (found) return found;
  }
  return expectedIssue(name, nd179FieldExpectations[key], value);
}

function fromZodIssues(input: unknown, zodIssues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const zi of zodIssues) {
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        out.push(issue([...zi.path.map(String), key].join('.'), 'unknown-field', msg('schema.issue.unknown-field')));
      }
      continue;
    }
    const made = expectationIssue(zi.path as PropertyKey[], valueAtPath(input, zi.path as PropertyKey[]));
    if (seen.has(made.path)) continue; // a union reports one failure per branch: keep one message per field
    seen.add(made.path);
    out.push(made);
  }
  return out;
}

function crossFieldIssues(c: Nd179CaseInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seenFrom = new Map<string, number>();
  (c.salaryHistory ?? []).forEach((row, i) => {
    const hasCoefficient = row.coefficient !== undefined;
    const hasAmount = row.amount !== undefined;
    if (hasCoefficient === hasAmount) {
      issues.push(issue(`salaryHistory.${i}`, 'salary-source', msg('schema.issue.salary-source.coefficient-or-amount')));
    } else if ((hasCoefficient && row.allowancesAmount !== undefined) || (hasAmount && row.allowancesCoefficient !== undefined)) {
      issues.push(issue(`salaryHistory.${i}`, 'salary-source', msg('schema.issue.salary-source.allowances-like-salary')));
    }
    const previous = seenFrom.get(row.from);
    if (previous !== undefined) {
      issues.push(issue(`salaryHistory.${i}.from`, 'duplicate', msg('schema.issue.duplicate.salary-change-day', { previous, from: row.from })));
    } else seenFrom.set(row.from, i);
  });
  const order = (earlier: string | undefined, later: string | undefined, laterPath: string, what: Text) => {
    if (earlier === undefined || later === undefined) return;
    const a = parsePartialDate(earlier)?.date;
    const b = parseIsoDate(later);
    if (a && b && compareDates(a, b) > 0) issues.push(issue(laterPath, 'order', what));
  };
  order(c.birthDate, c.applicationDate, 'applicationDate', msg('schema.issue.order.application-after-birth'));
  order(c.applicationDate, c.recruitmentDate, 'recruitmentDate', msg('schema.issue.order.recruitment-after-application'));
  order(c.contractStartDate, c.contractEndDate, 'contractEndDate', msg('schema.issue.order.contract-end-after-start'));
  const start = c.group === 'talented-staff' ? c.recognitionDate : c.group === 'expert' && c.engagement === 'contract' ? c.contractStartDate : c.recruitmentDate;
  if (c.stopDate !== undefined && start !== undefined) {
    const a = parseIsoDate(start);
    const b = parseIsoDate(c.stopDate);
    if (a && b && compareDates(b, a) <= 0) {
      issues.push(issue('stopDate', 'order', msg('schema.issue.order.stop-after-start')));
    }
  }
  return issues;
}

function normalize(c: Nd179CaseInput): Nd179Case {
  const d = (s: string | undefined) => (s === undefined ? undefined : parseIsoDate(s)!);
  const birth = c.birthDate === undefined ? undefined : parsePartialDate(c.birthDate)!;
  const history = c.salaryHistory?.map((row): Nd179SalaryChange =>
    row.coefficient !== undefined
      ? { from: parseIsoDate(row.from)!, kind: 'coefficient', coefficient: dec(row.coefficient), allowancesCoefficient: dec(row.allowancesCoefficient ?? 0) }
      : { from: parseIsoDate(row.from)!, kind: 'amount', amount: dec(row.amount!), allowancesAmount: dec(row.allowancesAmount ?? 0) },
  ).sort((a, b) => compareDates(a.from, b.from));
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
  return {
    id: c.id,
    group: c.group,
    ...optional('criterionPath', c.criterionPath),
    ...optional('birthDate', birth?.date),
    ...optional('birthDatePrecision', birth?.precision),
    ...optional('applicationDate', d(c.applicationDate)),
    ...optional('recruitmentDate', d(c.recruitmentDate)),
    ...optional('recognitionDate', d(c.recognitionDate)),
    ...optional('stopDate', d(c.stopDate)),
    ...optional('staffKind', c.staffKind),
    ...optional('probationStartDate', d(c.probationStartDate)),
    ...optional('probationMonths', c.probationMonths),
    ...optional('nationality', c.nationality),
    ...optional('engagement', c.engagement),
    ...optional('contractMonthlyAmount', c.contractMonthlyAmount === undefined ? undefined : dec(c.contractMonthlyAmount)),
    ...optional('contractStartDate', d(c.contractStartDate)),
    ...optional('contractEndDate', d(c.contractEndDate)),
    ...optional('salaryHistory', history),
    criteria: { ...(c.criteria ?? {}) },
  };
}

/** Validates one raw Decree 179 case (strict: unknown fields are rejected). */
export function validateNd179Case(raw: unknown): Nd179ValidationResult {
  // Read once into plain data: a getter or proxy trap that throws is a refusal, never an exception.
  const data = readPlain(raw, '');
  if (!data.ok) return { ok: false, issues: [data.issue] };
  try {
    return validatePlain(data.value);
  } catch (e) {
    // What the plain copy keeps as it is (a class instance whose getter throws) is read by the schema.
    return { ok: false, issues: [unreadable(e)] };
  }
}

function validatePlain(input: unknown): Nd179ValidationResult {
  // The one object field (`criteria`) given as a typed array, a Map…: refused without zod walking its keys.
  const criteria = isRecordLike(input) ? (input as Record<string, unknown>).criteria : undefined;
  if (criteria !== null && typeof criteria === 'object' && !Array.isArray(criteria) && !isRecordLike(criteria)) {
    return { ok: false, issues: [expectationIssue(['criteria'], criteria)] };
  }
  if (!isRecordLike(input)) {
    return { ok: false, issues: [issue('', 'invalid', msg('schema.issue.invalid.nd179-case', { input: show(input) }))] };
  }
  const parsed = nd179CaseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(input, parsed.error.issues) };
  const cross = crossFieldIssues(parsed.data);
  if (cross.length > 0) return { ok: false, issues: cross };
  return { ok: true, value: normalize(parsed.data) };
}

/** JSON Schema (draft 2020-12) of one `Nd179Case`, for HR systems that do not run TypeScript. */
export function nd179CaseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(nd179CaseSchema, { unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $id: 'https://github.com/vn-staff-entitlements/schema/nd179-case.json',
    title: 'Nd179Case',
    description:
      'One person under Decree 179/2024/NĐ-CP (talent). Also checked: each salaryHistory row has exactly one of coefficient or amount; ' +
      'salary changes have distinct dates; dates are in order (birth < application ≤ recruitment; stopDate after the start). ' +
      'Which fields a group needs is decided by the eligibility rules, which refuse with the missing field named.',
    ...schema,
  };
}

/** Formats an issue list for option errors built elsewhere in the nd179 module. */
export function nd179Issue(path: string, code: string, messages: Text): ValidationIssue {
  return issue(path, code, messages);
}
