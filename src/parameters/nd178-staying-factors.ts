import { cite, DOC, type Citation } from '../core/citation.js';
import type { Factor } from './policy-factors.js';

const f = (value: string, citation: Citation): Factor => ({ value, citation });

/** Art 12 amounts come from press summaries of the article; the Gazette text has not been checked (d178.md [M]). */
const art12 = (clause: string) =>
  cite(DOC.nd178, '12', clause, undefined, { note: 'press summary; Gazette text not checked', verified: false });

/** Numbers of Decree 178 Art 11–12 (people who stay, move to a lower post or are seconded). */
export const stayingFactors = {
  /** Art 11 (as amended by 67/2025): the former allowance is kept to the end of the term, and for 6 months when less remains. */
  art11MinMonths: f('6', cite(DOC.nd178, '11', undefined, undefined, { note: 'as amended by 67/2025/NĐ-CP Art 1 cl. 11' })),
  /** Art 12 cl. 1: staff sent to the commune level: 10 months of base salary, once. */
  art12CommuneMonths: f('10', art12('1')),
  /** Art 12 cl. 2: staff of central bodies sent to the provincial level: 3 months of base salary, once. */
  art12ProvincialMonths: f('3', art12('2')),
} as const satisfies Record<string, Factor>;

export type StayingFactorName = keyof typeof stayingFactors;
