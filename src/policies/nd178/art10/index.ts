import type { PolicyDeclaration } from '../../../model/declaration.js';
import { resignationArticle } from '../common/resignation.js';
import { resignationDeclaration } from '../common/resignation-declaration.js';

/**
 * Decree 178 Art 10: public employees and contract workers (and defence workers and officials) who resign
 * because of the restructuring get the Art 9 severance and the sum per insured year, without the job-search
 * allowance; unemployment insurance applies instead.
 * The computation is shared with Art 9 (src/policies/nd178/common/resignation.ts); which of the two applies
 * depends on the staff type (public employees, contract workers, defence workers and officials).
 */
export const declaration: PolicyDeclaration = {
  ...resignationDeclaration('10'),
  applies: (ctx) => ctx.case.route !== 'early-retirement' && resignationArticle(ctx.case.staffType) === '10',
};
