import { cite, DOC } from '../../../core/citation.js';

/** The amended citations Art 11 and 12 share (what their pages share: `stayingFactor`, `stayingPerson` in ./rule-book.ts). */
export const art11Citation = cite(DOC.nd178, '11', undefined, undefined, { note: 'as amended by 67/2025/NĐ-CP Art 1 cl. 11' });
export const art12Citation = (clause?: string) => cite(DOC.nd178, '12', clause, undefined, { note: 'press summary; Gazette text not checked', verified: false });
