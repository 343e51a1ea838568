import { cite, DOC, type Citation } from '../core/citation.js';
import type { Factor } from './policy-factors.js';

const f = (value: string, citation: Citation): Factor => ({ value, citation });

/**
 * Art 12 (as amended by 67/2025/NĐ-CP, which removed "district" from cl. 2): cl. 1 is confirmed by two independent
 * sources [H]; cl. 2 by one good source [M], so its citation stays `verified: false` (docs/decisions.md D27).
 */
const art12Commune = cite(DOC.nd178, '12', '1', undefined, { note: '10 months of the base salary at the time the post is taken up' });
const art12Provincial = cite(DOC.nd178, '12', '2', undefined, {
  note: 'as amended by 67/2025/NĐ-CP; 3 months of the base salary at the time the post is taken up; one good source [M]',
  verified: false,
});

/** Numbers of Decree 178 Art 11–12 (people who stay, move to a lower post or are seconded). */
export const stayingFactors = {
  /** Art 11 (as amended by 67/2025): the former allowance is kept to the end of the term, and for 6 months when less remains. */
  art11MinMonths: f('6', cite(DOC.nd178, '11', undefined, undefined, { note: 'as amended by 67/2025/NĐ-CP Art 1 cl. 11' })),
  /** Art 12 cl. 1: staff sent to the commune level: 10 months of base salary, once. */
  art12CommuneMonths: f('10', art12Commune),
  /** Art 12 cl. 2: staff of central bodies sent to the provincial level: 3 months of base salary, once. */
  art12ProvincialMonths: f('3', art12Provincial),
} as const satisfies Record<string, Factor>;

export type StayingFactorName = keyof typeof stayingFactors;
