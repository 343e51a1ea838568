import type { Text } from '../i18n/text.js';
import { decree177Clauses, exclusions, genders, groups, insuranceSupportBases, paidPolicies, ranks, routes, secondmentLevels, staffTypes } from './enums.js';
import { MAX_MONTHLY_VND, MAX_PAID_VND } from './staff-case.js';
import { formatNumber } from '../core/money.js';
import { msg } from '../locales/schema.js';

/** `"a", "b"` — how allowed values are shown in messages. */
export const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
const months = msg('schema.expects.months');
const coefficient = msg('schema.expects.coefficient');
const percent = msg('schema.expects.percent');
const date = msg('schema.expects.date');
const vnd = msg('schema.expects.vnd', { maxMonthlyVnd: formatNumber(MAX_MONTHLY_VND) });

/** What each field expects, by path: the base of every validation message. */
export const fieldExpectations: Record<string, Text> = {
  id: msg('schema.expects.id'),
  gender: msg('schema.expects.gender', { genders: list(genders) }),
  birthDate: msg('schema.expects.birth-date'),
  staffType: msg('schema.expects.staff-type', { staffTypes: list(staffTypes) }),
  monthlySalary: vnd,
  salary: msg('schema.expects.salary'),
  'salary.coefficient': msg('schema.expects.salary.coefficient'),
  'salary.leadershipCoefficient': coefficient,
  'salary.reservedDifferenceCoefficient': coefficient,
  'salary.overFrameSeniorityPercent': percent,
  'salary.professionalSeniorityPercent': percent,
  'salary.preferentialPercent': percent,
  'salary.professionalResponsibilityPercent': percent,
  'salary.publicServicePercent': percent,
  'salary.partyWorkPercent': percent,
  'salary.armedForcesPercent': percent,
  'salary.baseSalary': vnd,
  insuredMonths: months,
  publicSectorInsuredMonths: months,
  hazardousMonths: months,
  hardshipAreaMonths: months,
  rank: msg('schema.expects.rank', { ranks: list(ranks) }),
  retirementAge: msg('schema.expects.retirement-age'),
  'retirementAge.years': msg('schema.expects.retirement-age.years'),
  'retirementAge.months': msg('schema.expects.retirement-age.months'),
  restructuringDate: date,
  restructuringIssuedDate: date,
  leaveDate: date,
  route: msg('schema.expects.route', { routes: list(routes) }),
  group: msg('schema.expects.group', { groups: list(groups) }),
  pensionEligible: msg('schema.expects.boolean'),
  exclusion: msg('schema.expects.exclusion', { exclusions: list(exclusions) }),
  volunteered: msg('schema.expects.boolean'),
  decree177Clause: msg('schema.expects.decree177-clause', { decree177Clauses: decree177Clauses.join(', ') }),
  congressDate: msg('schema.expects.congress-date'),
  continuesWorking: msg('schema.expects.continues-working'),
  underStreamlining: msg('schema.expects.under-streamlining'),
  retirementNoticeIssued: msg('schema.expects.retirement-notice-issued'),
  insuranceSupportBasis: msg('schema.expects.insurance-support-basis', { insuranceSupportBases: list(insuranceSupportBases) }),
  insuranceSalary: msg('schema.expects.insurance-salary', { maxMonthlyVnd: formatNumber(MAX_MONTHLY_VND) }),
  insuranceContributionPercent: msg('schema.expects.insurance-contribution-percent'),
  committeeAllowanceCoefficient: msg('schema.expects.committee-allowance-coefficient'),
  alreadyPaid: msg('schema.expects.already-paid'),
  'alreadyPaid.policy': msg('schema.expects.already-paid.policy', { paidPolicies: list(paidPolicies) }),
  'alreadyPaid.amount': msg('schema.expects.already-paid.amount', { maxPaidVnd: formatNumber(MAX_PAID_VND) }),
  leadershipChangeDate: msg('schema.expects.leadership-change-date'),
  formerLeadershipCoefficient: msg('schema.expects.former-leadership-coefficient'),
  newLeadershipCoefficient: msg('schema.expects.new-leadership-coefficient'),
  termEndDate: msg('schema.expects.term-end-date'),
  grassrootsSecondment: msg('schema.expects.grassroots-secondment', { secondmentLevels: list(secondmentLevels) }),
  secondmentDate: msg('schema.expects.secondment-date'),
  secondmentInDifficultArea: msg('schema.expects.secondment-in-difficult-area'),
  outstandingStaff: msg('schema.expects.outstanding-staff'),
  postRestructuringTraining: msg('schema.expects.post-restructuring-training'),
  decree154Streamlining: msg('schema.expects.decree154-streamlining'),
  tookDecree178: msg('schema.expects.took-decree178'),
  communePartTimeAllowance: msg('schema.expects.commune-part-time-allowance', { maxMonthlyVnd: formatNumber(MAX_MONTHLY_VND) }),
  communePartTimeMonths: msg('schema.expects.commune-part-time-months'),
  otherUncompensatedInsuredMonths: msg('schema.expects.other-uncompensated-insured-months'),
  unpaidLeaveStartDate: msg('schema.expects.unpaid-leave-start-date'),
  priorPostMonthlySalary: msg('schema.expects.prior-post-monthly-salary', { maxMonthlyVnd: formatNumber(MAX_MONTHLY_VND) }),
  vocationalTraining: msg('schema.expects.vocational-training'),
  'vocationalTraining.months': msg('schema.expects.vocational-training.months'),
  reemploymentDate: msg('schema.expects.reemployment-date'),
};
