/** Enumerations of the public contract (docs/contract-extensions.md and the README). Never rename a value. */
export const genders = ['male', 'female'] as const;

export const staffTypes = [
  'cadre', 'civil-servant', 'commune-cadre', 'commune-civil-servant', 'public-employee', 'contract-worker',
  'officer', 'professional-soldier', 'defence-worker', 'defence-official', 'police', 'cipher',
] as const;

export const armedForcesStaffTypes = [
  'officer', 'professional-soldier', 'defence-worker', 'defence-official', 'police', 'cipher',
] as const satisfies readonly (typeof staffTypes)[number][];

export const ranks = [
  'second-lieutenant', 'first-lieutenant', 'senior-lieutenant', 'captain', 'major',
  'lieutenant-colonel', 'senior-colonel', 'colonel', 'general',
] as const;

export const routes = ['early-retirement', 'resignation', 'auto'] as const;

/** Which clause of Decree 178 Art 2 (as amended) covers the person. */
export const groups = ['directly-affected', 'not-directly-affected', 'association', 'decree-177-cadre'] as const;

/**
 * People whom the guidance keeps out unless they volunteer (pregnancy, maternity, a child under 36 months)
 * or keeps out altogether while the matter lasts (discipline, prosecution, inspection).
 */
export const exclusions = [
  'pregnant', 'maternity-leave', 'child-under-36-months', 'discipline', 'prosecution', 'inspection',
] as const;

export type Gender = (typeof genders)[number];
export type StaffType = (typeof staffTypes)[number];
export type ArmedForcesStaffType = (typeof armedForcesStaffTypes)[number];
export type Rank = (typeof ranks)[number];
export type Route = (typeof routes)[number];
export type Group = (typeof groups)[number];
export type Exclusion = (typeof exclusions)[number];

export function isArmedForces(staffType: StaffType): staffType is ArmedForcesStaffType {
  return (armedForcesStaffTypes as readonly string[]).includes(staffType);
}

/** Decree 177/2024 Art 2: the clause (1–5) that covers a cadre. */
export const decree177Clauses = [1, 2, 3, 4, 5] as const;

/** Why a commune cadre short of insured time gets the State-paid months of Decree 177 Art 3 cl. 2 point h. */
export const insuranceSupportBases = ['especially-difficult-area', 'armed-service-with-medals'] as const;

/** Decree 178 Art 12: secondment to the commune level (cl. 1) or from a central body to the provincial level (cl. 2). */
export const secondmentLevels = ['commune', 'central-to-provincial'] as const;

/**
 * Leaving packages that may already have been paid (or decided), for the top-ups: the Decree 67/2025 top-up (cấp bù)
 * of the Decree 177/178 packages, and the Decree 154/2025 transitional top-up of Decree 29/2023 cases not paid on
 * 16 Jun 2025 (`nd29/…`, docs/decisions.md D58).
 */
export const paidPolicies = ['nd177/art3', 'nd178/art7', 'nd178/art7a', 'nd178/art7b', 'nd178/art9', 'nd178/art10', 'nd29/early-retirement', 'nd29/resignation'] as const;

export type Decree177Clause = (typeof decree177Clauses)[number];
export type InsuranceSupportBasis = (typeof insuranceSupportBases)[number];
export type SecondmentLevel = (typeof secondmentLevels)[number];
export type PaidPolicy = (typeof paidPolicies)[number];

// Decree 179/2024 (talent): the input vocabulary of `Nd179Case` (src/model/nd179-case.ts, src/schema/nd179.ts).
export const nd179Groups = ['talented-staff', 'graduate', 'expert'] as const;
export const nd179CriterionPaths = ['a', 'b', 'c'] as const;
export const nd179Nationalities = ['vietnamese', 'foreign'] as const;
export const nd179Engagements = ['civil-service', 'contract'] as const;
export const nd179StaffKinds = ['civil-servant', 'public-employee'] as const;

export type Nd179Group = (typeof nd179Groups)[number];
export type Nd179CriterionPath = (typeof nd179CriterionPaths)[number];
export type Nd179Nationality = (typeof nd179Nationalities)[number];
export type Nd179Engagement = (typeof nd179Engagements)[number];
export type Nd179StaffKind = (typeof nd179StaffKinds)[number];

/** The judgement criteria: each is decided by the competent body and given as true or false. */
export const nd179CriterionNames = [
  'politicalStandards',
  'outstandingContribution',
  'sectorCriteria',
  'nominated',
  'councilApproved',
  'qualificationMet',
  'scienceAgeLimitMet',
  'withinWorkingAge',
  'foreignerConditionsMet',
] as const;
export type Nd179CriterionName = (typeof nd179CriterionNames)[number];
