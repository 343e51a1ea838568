import { cite, DOC } from '../core/citation.js';
import { FROM_2025, named, one } from './series.js';

/**
 * Art 12 (as amended by 67/2025/NĐ-CP, which removed "district" from cl. 2): cl. 1 is confirmed by two independent
 * sources [H]; cl. 2 by one good source [M], so its citation stays `verified: false` (docs/decisions.md D27).
 */
const art12Commune = cite(DOC.nd178, '12', '1', undefined, { note: '10 months of the base salary at the time the post is taken up' });
const art12Provincial = cite(DOC.nd178, '12', '2', undefined, {
  note: 'as amended by 67/2025/NĐ-CP; 3 months of the base salary at the time the post is taken up; one good source [M]',
  verified: false,
});

/**
 * Numbers of Decree 178 Art 11–12 (people who stay, move to a lower post or are seconded), as dated series. One row
 * each from 1 Jan 2025: both articles are in the original text; the amended wording of 67/2025 is cited, and no
 * earlier value different from it is known to the project (the original text of these clauses is not at hand).
 */
export const stayingFactorSeries = named({
  /** Art 11 (as amended by 67/2025): the former allowance is kept to the end of the term, and for 6 months when less remains. */
  art11MinMonths: one('months', 'Art 11: months the former allowance is kept, at least', FROM_2025, '6', cite(DOC.nd178, '11', undefined, undefined, { note: 'as amended by 67/2025/NĐ-CP Art 1 cl. 11' })),
  /** Art 12 cl. 1: staff sent to the commune level: 10 months of base salary, once. */
  art12CommuneMonths: one('months of base salary', 'Art 12 cl. 1: one-off support for staff sent to the commune level', FROM_2025, '10', art12Commune),
  /** Art 12 cl. 2: staff of central bodies sent to the provincial level: 3 months of base salary, once. */
  art12ProvincialMonths: one('months of base salary', 'Art 12 cl. 2 as amended: one-off support for central staff sent to the provincial level', FROM_2025, '3', art12Provincial),
});

export type StayingFactorName = keyof typeof stayingFactorSeries;
