import { cite, DOC, type Citation } from '../core/citation.js';

/**
 * Decree 67/2025 transitional provisions: people of 178 Art 2 cl. 4 already settled under Decree 177 (or under
 * the original 178) at a lower level receive the amended 178 level, the difference being paid (cấp bù).
 */
export const topUpCitation: Citation = cite(DOC.nd67, '2', undefined, undefined, {
  note: 'transitional provisions: cases settled under 177/2024 or the original 178/2024 at a lower level',
  verified: false,
});
