import { cite, DOC } from '../../../core/citation.js';
import { msg } from '../../../locales/index.js';
import type { CaseContext } from '../../../model/context.js';
import { eligibleOutcome } from '../../../model/outcome.js';
import type { Facts, Flag, Outcome } from '../../../model/types.js';
import { notALeavingPackage } from '../art11/index.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';

export const art13Title = msg('nd178.art13.title');

const art13 = cite(DOC.nd178, '13');
/** Reported by an independent review of the article (issue #12); its wording is not in the project's sources [M]. */
const bonusCitation = cite(DOC.nd178, '13', undefined, undefined, { note: 'bonus from the bonus fund', verified: false });

/** Art 13 [M]: no money formula; the rights as flags, when the input asks for them (`outstandingStaff`). */
function computeArt13(ctx: CaseContext, facts: Facts): Outcome {
  const flags: Flag[] = [
    {
      code: 'step-raise-ahead-of-time',
      label: msg('nd178.art13.flag.step-raise-ahead-of-time'),
      citation: cite(DOC.tt01, '8', '3', undefined, { note: 'implementing 178/2024/NĐ-CP Art 13' }),
    },
    {
      code: 'priority-planning-appointment',
      label: msg('nd178.art13.flag.priority-planning-appointment'),
      citation: art13,
    },
    {
      // The amount is the agency's own decision from its bonus fund: a right, not a sum the library can compute.
      code: 'bonus-from-bonus-fund',
      label: msg('nd178.art13.flag.bonus-from-bonus-fund'),
      citation: bonusCitation,
    },
  ];
  return { ...eligibleOutcome('nd178/art13', art13Title, facts, [], flags), excludedFromBest: notALeavingPackage };
}

/**
 * Decree 178 Art 13: outstanding people kept on after the restructuring get priority for early pay steps, planning
 * and appointment, and may be rewarded from the bonus fund; no amount is fixed.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd178/art13',
  decree: 'nd178',
  article: '13',
  title: art13Title,
  checks: [],
  applies: (ctx) => ctx.case.outstandingStaff === true,
  compute: computeArt13,
  excludedFromBest: notALeavingPackage,
};
