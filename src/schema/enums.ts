/** Enumerations of the public contract (../shared/spec/contract.md). Never rename a value. */
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
