import { cite, DOC, type Citation } from '../core/citation.js';
import type { Factor } from './series.js';
import { FROM_2025, named, one, resolveRecord } from './series.js';

/**
 * Decree 179/2024/NĐ-CP (talent): every number and every legal reference the nd179 policies read.
 *
 * Article numbers. The Vietnamese material at hand is the
 * Government's summary: it gives the clauses and points of the criteria and the wording of each policy,
 * but not the article numbers, except its own cross-reference to "Art 6 cl. 3". The numbers below are the
 * reading most consistent with that cross-reference and with the structure of the decree (general
 * provisions, attraction, employment, implementation) [M]; every one carries `verified: false` until the
 * official text is checked. Correcting an article number is one edit in `ARTICLE` below.
 */
export const ARTICLE = {
  /** Subjects: G1 cl. 1, G2 cl. 2, G3 cl. 3. */
  subjects: '2',
  /** Criteria: cl. 1 (G1, points a–c), cl. 2 (G2, points a–c), cl. 3 (G3, points a–d). */
  criteria: '5',
  /** Priority in recruitment (selection by review, "xét tuyển"); its cl. 3 is the exception the 5-year allowance refers to. */
  recruitment: '6',
  /** First attraction allowance after recruitment: 100% salary in probation, +150% for 5 years. */
  attraction: '7',
  /** Training after recruitment. */
  training: '8',
  /** Priority placement after recruitment (principal-specialist promotion, early appointment). */
  placementAfterRecruitment: '9',
  /** Experts, managers, leading scientists: labour contracts, negotiated pay, +300% when taken into the service. */
  experts: '10',
  /** Support for overseas Vietnamese and foreign experts (visas, residence, family). */
  foreignExperts: '11',
  /** Nomination and recognition of talented cadres, civil servants and public employees. */
  recognition: '14',
  /** Additional allowance of 150% for recognised talented staff. */
  talentAllowance: '15',
  /** Placement and use of recognised talented staff (appointments, study trips). */
  talentPlacement: '16',
  /** Honours and bonuses. */
  honours: '17',
} as const;

const ARTICLE_NOTE = 'article number not yet checked against the official text; clause and content per the Government summary';

/** A citation of Decree 179 whose article number is still to be checked (see `ARTICLE`). */
export function cite179(article: string, clause?: string, point?: string, note?: string): Citation {
  return cite(DOC.nd179, article, clause, point, { verified: false, note: note ?? ARTICLE_NOTE });
}


export interface Nd179Rates {
  /** +150% of the salary by the current coefficient, for G2 (excellent graduates, young scientists). */
  readonly graduateAllowanceRate: Factor;
  /** The G2 allowance lasts 5 years (60 months) from the recruitment decision. */
  readonly graduateAllowanceYears: Factor;
  /** 100% of the salary during probation for G2. */
  readonly probationRate179: Factor;
  /** The usual probation pay of a civil servant (85% of the recruitment step) that the 100% replaces [M]. */
  readonly normalProbationRate: Factor;
  /** The same for a public employee (staffKind "public-employee") [M]. */
  readonly normalProbationRatePublicEmployee: Factor;
  /** +300% of the current salary including salary allowances, for Vietnamese G3 experts taken into the service. */
  readonly expertAllowanceRate: Factor;
  /** +150% of the current salary, for recognised talented staff (G1). */
  readonly talentAllowanceRate: Factor;
  /** Youth age (Law on Youth Art 1): from 16 full years to 30 years. */
  readonly youthMinAge: Factor;
  readonly youthMaxAge: Factor;
  /** G2 point c: the age limit of the Government's rules on science and technology staff [M]. */
  readonly youngScientistAgeBelow: Factor;
}

/**
 * The Decree 179 numbers as dated series, one row each from 1 Jan 2025 (Decree 179 in force; the numbers it borrows
 * from other texts are dated from when Decree 179 reads them, not from those texts' own effect). Read as the law stands now (the last row); `nd179Rates` is that reading.
 */
export const nd179RateSeries = named({
  graduateAllowanceRate: one('rate (multiple of the salary)', 'G2: additional allowance, share of the salary by the current coefficient', FROM_2025, '1.5', cite179(ARTICLE.attraction, '2')),
  graduateAllowanceYears: one('years', 'G2: years the allowance lasts from the recruitment decision', FROM_2025, '5', cite179(ARTICLE.attraction, '2')),
  probationRate179: one('rate (multiple of the salary)', 'G2: share of the salary paid during probation', FROM_2025, '1.0', cite179(ARTICLE.attraction, '1')),
  normalProbationRate: one('rate (multiple of the step)', 'Civil servants: usual probation pay, share of the recruitment step', FROM_2025,
    '0.85',
    cite('138/2020/NĐ-CP', '22', '1', undefined, {
      verified: false,
      note: 'civil servants: 85% of the recruitment step [M]; the 2025 civil-service reform may have changed probation, check before relying on it',
    }),
  ),
  normalProbationRatePublicEmployee: one('rate (multiple of the step)', 'Public employees: usual probation pay, share of the step of the title', FROM_2025,
    '0.85',
    cite('115/2020/NĐ-CP', undefined, undefined, undefined, {
      verified: false,
      note: 'public employees: 85% of the step of the professional title during probation [M]; article not checked',
    }),
  ),
  expertAllowanceRate: one('rate (multiple of the salary)', 'G3 experts taken into the service: additional allowance, share of the salary with allowances', FROM_2025, '3.0', cite179(ARTICLE.experts, '3')),
  talentAllowanceRate: one('rate (multiple of the salary)', 'G1 recognised talented staff: additional allowance, share of the salary', FROM_2025, '1.5', cite179(ARTICLE.talentAllowance)),
  youthMinAge: one('years of age', 'Youth age, from', FROM_2025, '16', cite('57/2020/QH14', '1', undefined, undefined, { note: 'Law on Youth 2020' })),
  youthMaxAge: one('years of age', 'Youth age, to', FROM_2025, '30', cite('57/2020/QH14', '1', undefined, undefined, { note: 'Law on Youth 2020' })),
  youngScientistAgeBelow: one('years of age', 'G2 point c: talented young scientists, under this age', FROM_2025,
    '35',
    cite('40/2014/NĐ-CP', undefined, undefined, undefined, {
      verified: false,
      note: 'talented young scientist: under 35 [M]; override with criteria.scienceAgeLimitMet',
    }),
  ),
});

/** The Decree 179 numbers as the law stands now. */
export const nd179Rates: Nd179Rates = resolveRecord(nd179RateSeries, null, null);

/** Dates that bound the Decree 179 computations. */
export const nd179Dates = {
  /** Decree 179/2024 took effect on 1 Jan 2025. */
  inForce: { date: '2025-01-01', citation: cite(DOC.nd179, undefined, undefined, undefined, { note: 'effective 1 Jan 2025 (final provisions)' }) },
  /** Decree 140/2017/NĐ-CP governed graduates recruited before 2025 (transition [M]). */
  decree140: { doc: '140/2017/NĐ-CP' },
} as const;

/** Where the decree says the additional allowances stay outside the compulsory insurance contribution base. */
export const insuranceExclusionCitations = {
  graduate: cite179(ARTICLE.attraction, '2'),
  expert: cite179(ARTICLE.experts, '3'),
  talent: cite179(ARTICLE.talentAllowance),
} as const;
