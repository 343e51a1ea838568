import { cite, DOC, type Citation } from '../core/citation.js';
import type { Series } from './dated.js';
import { FACTORS_KNOWN_THROUGH } from './series.js';

export type Gender = 'male' | 'female';
export type Annex = 'I' | 'II';

/**
 * Decree 135/2020 Annex I (normal conditions) and Annex II (lowest age) as a roadmap: the age, in months,
 * for people who reach it in `firstYear`, rising by `stepMonths` each calendar year until `finalMonths`.
 */
export interface AgeRoadmap {
  readonly firstYear: number;
  readonly firstMonths: number;
  readonly stepMonths: number;
  readonly finalMonths: number;
  readonly citation: Citation;
}

const annexI = (clause: string) => cite(DOC.nd135, '4', clause, undefined, { note: 'Annex I' });
const annexII = (clause: string) => cite(DOC.nd135, '5', clause, undefined, { note: 'Annex II' });

export const retirementAgeRoadmaps: Record<Annex, Record<Gender, AgeRoadmap>> = {
  I: {
    male: { firstYear: 2021, firstMonths: 60 * 12 + 3, stepMonths: 3, finalMonths: 62 * 12, citation: annexI('1') },
    female: { firstYear: 2021, firstMonths: 55 * 12 + 4, stepMonths: 4, finalMonths: 60 * 12, citation: annexI('1') },
  },
  II: {
    male: { firstYear: 2021, firstMonths: 55 * 12 + 3, stepMonths: 3, finalMonths: 57 * 12, citation: annexII('1') },
    female: { firstYear: 2021, firstMonths: 50 * 12 + 4, stepMonths: 4, finalMonths: 55 * 12, citation: annexII('1') },
  },
};

/** 15 years of heavy/toxic/dangerous work or in especially difficult areas give the Annex II age. */
export const annexIIQualifyingMonths = { value: 15 * 12, citation: cite(DOC.nd178, '7', '2', 'c') } as const;

export type OfficerRank =
  | 'second-lieutenant' | 'first-lieutenant' | 'senior-lieutenant' | 'captain'
  | 'major' | 'lieutenant-colonel' | 'senior-colonel' | 'colonel' | 'general';

export type ServiceCeilings = Record<OfficerRank, Record<Gender, number>>;

const same = (years: number): Record<Gender, number> => ({ male: years, female: years });

/**
 * Highest service age of army officers by rank (years). Law 52/2024/QH15, in force 1 Dec 2024, set one
 * ceiling for men and women; the earlier Officers Law values are kept for earlier dates.
 */
export const officerServiceCeilings: Series<ServiceCeilings> = {
  name: 'officerServiceCeilings',
  description: 'Highest service age of officers by rank, years',
  unit: 'years of age',
  knownThrough: FACTORS_KNOWN_THROUGH,
  rows: [
    {
      from: '2008-07-01',
      value: {
        'second-lieutenant': same(46), 'first-lieutenant': same(46), 'senior-lieutenant': same(46), captain: same(46),
        major: same(48), 'lieutenant-colonel': same(51), 'senior-colonel': same(54),
        colonel: { male: 57, female: 55 }, general: { male: 60, female: 55 },
      },
      citation: cite('16/2008/QH12', '1', '8', undefined, { note: 'Officers Law 1999 Art 13 as amended in 2008' }),
    },
    {
      from: '2024-12-01',
      value: {
        'second-lieutenant': same(50), 'first-lieutenant': same(50), 'senior-lieutenant': same(50), captain: same(50),
        major: same(52), 'lieutenant-colonel': same(54), 'senior-colonel': same(56), colonel: same(58), general: same(60),
      },
      citation: cite(DOC.law52, '1', undefined, undefined, { note: 'Officers Law Art 13 cl. 1 as amended' }),
    },
  ],
};
