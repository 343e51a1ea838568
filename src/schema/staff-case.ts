import * as z from 'zod/mini';
import { parseIsoDate, parsePartialDate } from '../core/calendar.js';
import { hasNoForbiddenCharacter } from './id-characters.js';
import { decree177Clauses, exclusions, genders, groups, insuranceSupportBases, paidPolicies, ranks, routes, secondmentLevels, staffTypes } from './enums.js';

/** Largest monthly salary or base salary accepted (VND): a sanity bound that catches unit errors. */
export const MAX_MONTHLY_VND = 10_000_000_000;
/** Largest amount already paid accepted (VND), for the top-up comparison. */
export const MAX_PAID_VND = 100_000_000_000_000;
const DECIMAL_TEXT = /^\d{1,15}(\.\d{1,10})?$/;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine((s) => parseIsoDate(s) !== null));
const partialDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/), z.refine((s) => parsePartialDate(s) !== null));
const months = z.int().check(z.gte(0), z.lte(720));

/** A decimal given as a JSON number or a decimal string ("15356250", "4.65"), never as a float computation. */
function decimalValue(max: number, allowZero: boolean) {
  // Range checks on the number branch show in the JSON Schema; the refine also bounds decimal strings.
  const number = z.number().check(allowZero ? z.gte(0) : z.gt(0), z.lte(max));
  return z.union([number, z.string().check(z.regex(DECIMAL_TEXT))]).check(
    z.refine((v) => {
      const n = Number(v);
      return Number.isFinite(n) && (allowZero ? n >= 0 : n > 0) && n <= max;
    }),
  );
}
const coefficient = decimalValue(20, true);
const percent = decimalValue(100, true);

export const salaryComponentsSchema = z.strictObject({
  coefficient: decimalValue(20, false),
  leadershipCoefficient: z.optional(coefficient),
  reservedDifferenceCoefficient: z.optional(coefficient),
  overFrameSeniorityPercent: z.optional(percent),
  professionalSeniorityPercent: z.optional(percent),
  preferentialPercent: z.optional(percent),
  professionalResponsibilityPercent: z.optional(percent),
  publicServicePercent: z.optional(percent),
  partyWorkPercent: z.optional(percent),
  armedForcesPercent: z.optional(percent),
  baseSalary: z.optional(decimalValue(MAX_MONTHLY_VND, false)),
});

export const retirementAgeSchema = z.strictObject({
  years: z.int().check(z.gte(30), z.lte(75)),
  months: z.int().check(z.gte(0), z.lte(11)),
});

/** A leaving package already paid under one text, for the Decree 67/2025 top-up (docs/contract-extensions.md). */
export const alreadyPaidSchema = z.strictObject({
  policy: z.enum(paidPolicies),
  amount: decimalValue(MAX_PAID_VND, true),
});

/** Decree 154/2025 Art 8: vocational training before looking for work (under 45); months paid at most 6. */
export const vocationalTrainingSchema = z.strictObject({
  months: z.int().check(z.gte(1), z.lte(24)),
});

/** The fields of one `StaffCase` (contract.md, "Input"; the extensions in docs/contract-extensions.md). */
export const staffCaseShape = {
  // Not blank: whitespace only or a lone BOM (both removed by String.prototype.trim) is no code at all.
  // No control character, lone surrogate or noncharacter (src/schema/id-characters.ts).
  id: z.string().check(z.minLength(1), z.maxLength(200), z.refine((s) => s.trim() !== ''), z.refine(hasNoForbiddenCharacter)),
  gender: z.enum(genders),
  birthDate: partialDate,
  staffType: z.enum(staffTypes),
  monthlySalary: z.optional(decimalValue(MAX_MONTHLY_VND, false)),
  salary: z.optional(salaryComponentsSchema),
  insuredMonths: months,
  publicSectorInsuredMonths: z.optional(months),
  hazardousMonths: z.optional(months),
  hardshipAreaMonths: z.optional(months),
  rank: z.optional(z.enum(ranks)),
  retirementAge: z.optional(retirementAgeSchema),
  restructuringDate: z.optional(isoDate),
  // The day the restructuring decision was signed (docs/decisions.md D11); on or before restructuringDate.
  restructuringIssuedDate: z.optional(isoDate),
  leaveDate: isoDate,
  route: z.optional(z.enum(routes)),
  group: z.optional(z.enum(groups)),
  pensionEligible: z.optional(z.boolean()),
  exclusion: z.optional(z.enum(exclusions)),
  volunteered: z.optional(z.boolean()),
  // Decree 177/2024 (docs/decree-177.md)
  decree177Clause: z.optional(z.int().check(z.gte(decree177Clauses[0]), z.lte(decree177Clauses[decree177Clauses.length - 1]!))),
  congressDate: z.optional(isoDate),
  continuesWorking: z.optional(z.boolean()),
  underStreamlining: z.optional(z.boolean()),
  retirementNoticeIssued: z.optional(z.boolean()),
  insuranceSupportBasis: z.optional(z.enum(insuranceSupportBases)),
  insuranceSalary: z.optional(decimalValue(MAX_MONTHLY_VND, false)),
  insuranceContributionPercent: z.optional(decimalValue(100, false)),
  committeeAllowanceCoefficient: z.optional(coefficient),
  alreadyPaid: z.optional(alreadyPaidSchema),
  // Decree 178 Art 11–14 (docs/contract-extensions.md)
  leadershipChangeDate: z.optional(isoDate),
  formerLeadershipCoefficient: z.optional(decimalValue(20, false)),
  newLeadershipCoefficient: z.optional(coefficient),
  termEndDate: z.optional(isoDate),
  grassrootsSecondment: z.optional(z.enum(secondmentLevels)),
  secondmentDate: z.optional(isoDate),
  secondmentInDifficultArea: z.optional(z.boolean()),
  outstandingStaff: z.optional(z.boolean()),
  postRestructuringTraining: z.optional(z.boolean()),
  // Decree 154/2025 (docs/decree-154.md)
  decree154Streamlining: z.optional(z.boolean()),
  tookDecree178: z.optional(z.boolean()),
  communePartTimeAllowance: z.optional(decimalValue(MAX_MONTHLY_VND, false)),
  communePartTimeMonths: z.optional(months),
  otherUncompensatedInsuredMonths: z.optional(months),
  unpaidLeaveStartDate: z.optional(isoDate),
  priorPostMonthlySalary: z.optional(decimalValue(MAX_MONTHLY_VND, false)),
  vocationalTraining: z.optional(vocationalTrainingSchema),
  reemploymentDate: z.optional(isoDate),
};

export const staffCaseSchema = z.strictObject(staffCaseShape);

export type StaffCaseInput = z.input<typeof staffCaseSchema>;
export type SalaryComponentsInput = z.input<typeof salaryComponentsSchema>;
