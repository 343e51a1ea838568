import type { PolicyDeclaration } from '../../../model/declaration.js';
import { resignationArticle } from '../common/resignation.js';
import { resignationDeclaration, resignationFacts } from '../common/resignation-declaration.js';

/**
 * Decree 178 Art 10: public employees and contract workers (and defence workers and officials) who resign
 * because of the restructuring get the Art 9 severance and the sum per insured year, without the job-search
 * allowance; unemployment insurance applies instead.
 * The computation is shared with Art 9 (src/policies/nd178/common/resignation.ts); which of the two applies
 * depends on the staff type (public employees, contract workers, defence workers and officials).
 */
export const declaration: PolicyDeclaration = {
  ...resignationDeclaration('10', {
    title: 'nd178.art10.example',
    input: {
      id: 'art10-employee', gender: 'female', birthDate: '1985-07-19', staffType: 'public-employee',
      salary: { coefficient: 3, preferentialPercent: 35 }, insuredMonths: 150, restructuringDate: '2025-07-01', leaveDate: '2025-12-01',
    },
    facts: resignationFacts,
  }),
  applies: (ctx) => ctx.case.route !== 'early-retirement' && resignationArticle(ctx.case.staffType) === '10',
};
