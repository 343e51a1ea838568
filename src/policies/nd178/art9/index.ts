import type { PolicyDeclaration } from '../../../model/declaration.js';
import { resignationArticle } from '../common/resignation.js';
import { resignationDeclaration } from '../common/resignation-declaration.js';

/**
 * Decree 178 Art 9: cadres and civil servants (and, as the project reads it, officers,
 * professional soldiers, police and cipher staff) who resign because of the restructuring get severance by
 * months insured in the public sector (halved after the first year), a sum per insured year and a job-search
 * allowance.
 * The computation is shared with Art 10 (src/policies/nd178/common/resignation.ts); which of the two applies
 * depends on the staff type (cadres, civil servants, officers).
 */
export const declaration: PolicyDeclaration = {
  ...resignationDeclaration('9'),
  applies: (ctx) => ctx.case.route !== 'early-retirement' && resignationArticle(ctx.case.staffType) === '9',
};
