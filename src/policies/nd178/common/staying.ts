import { cite, DOC } from '../../../core/citation.js';
import { factor } from '../../../model/declaration.js';

/** What the Art 11–14 declarations share: their factor reader, the amended citations, and the person of their examples. */
export const stayingFactor = (name: Parameters<typeof factor<'stayingFactors'>>[1]) => factor('stayingFactors', name);
export const art11Citation = cite(DOC.nd178, '11', undefined, undefined, { note: 'as amended by 67/2025/NĐ-CP Art 1 cl. 11' });
export const art12Citation = (clause?: string) => cite(DOC.nd178, '12', clause, undefined, { note: 'press summary; Gazette text not checked', verified: false });

/** A person who stays: Art 11–14 are paid in addition and never compete for `best`. */
export const stayingPerson = {
  gender: 'female', birthDate: '1980-03-10', staffType: 'civil-servant',
  salary: { coefficient: 4.4, leadershipCoefficient: 0.7, publicServicePercent: 25 },
  insuredMonths: 240, restructuringDate: '2025-03-01', leaveDate: '2025-09-01', route: 'early-retirement',
} as const;

