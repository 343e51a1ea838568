import { cite, DOC } from '../../../core/citation.js';
import { msg } from '../../../locales/index.js';
import type { CaseContext } from '../../../model/context.js';
import { eligibleOutcome } from '../../../model/outcome.js';
import type { Facts, Flag, Outcome } from '../../../model/types.js';
import { notALeavingPackage } from '../art11/index.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';

export const art14Title = msg('nd178.art14.title');

/** Art 14 [M]: no money formula; the right as a flag, when the input asks for it (`postRestructuringTraining`). */
function computeArt14(ctx: CaseContext, facts: Facts): Outcome {
  const flags: Flag[] = [
    {
      code: 'training-for-new-position',
      label: msg('nd178.art14.flag.training-for-new-position'),
      citation: cite(DOC.nd178, '14'),
    },
    {
      code: 'training-plan',
      label: msg('nd178.art14.flag.training-plan'),
      citation: cite(DOC.tt01, '7'),
    },
  ];
  return { ...eligibleOutcome('nd178/art14', art14Title, facts, [], flags), excludedFromBest: notALeavingPackage };
}

/**
 * Decree 178 Art 14: people whose post changed in the restructuring are trained for the new post; no amount is fixed.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd178/art14',
  decree: 'nd178',
  article: '14',
  title: art14Title,
  checks: [],
  applies: (ctx) => ctx.case.postRestructuringTraining === true,
  compute: computeArt14,
  excludedFromBest: notALeavingPackage,
};
