import type { Group, Route } from '../schema/enums.js';
import { evaluateNd177Art3 } from '../policies/nd177/art3/index.js';
import { evaluateNd177Art4 } from '../policies/nd177/art4/index.js';
import { evaluateArt7bForDecree177, withTopUp } from '../policies/nd177/shared/relation.js';
import { evaluateArt7 } from '../policies/nd178/art7/index.js';
import { evaluateArt7a } from '../policies/nd178/art7a/index.js';
import { evaluateArt11 } from '../policies/nd178/art11/index.js';
import { evaluateArt12 } from '../policies/nd178/art12/index.js';
import { evaluateArt13 } from '../policies/nd178/art13/index.js';
import { evaluateArt14 } from '../policies/nd178/art14/index.js';
import { evaluateResignation, resignationArticle, type ResignationArticle } from '../policies/nd178/shared/resignation.js';
import type { CaseContext } from '../model/context.js';
import type { Outcome } from '../model/types.js';

type Evaluate = (ctx: CaseContext) => Outcome;

/** The early-retirement article for each Art 2 group (Art 7b refuses the Decree 177 cl. 5 cadres). */
const earlyRetirementByGroup: Record<Group, Evaluate> = {
  'directly-affected': evaluateArt7,
  association: evaluateArt7,
  'not-directly-affected': evaluateArt7a,
  'decree-177-cadre': evaluateArt7bForDecree177,
};

const resignationByArticle: Record<ResignationArticle, Evaluate> = {
  '9': (ctx) => evaluateResignation(ctx, '9'),
  '10': (ctx) => evaluateResignation(ctx, '10'),
};

/**
 * Every policy the route allows for the case, in a stable order: Decree 178 early retirement, then Decree 177
 * Art 3 (for the Decree 177 cadres), Decree 177 Art 4 (cl. 1–3, route `auto`), resignation; then the Decree 178
 * Art 11–14 policies, which are not leaving packages, whenever their inputs ask for them.
 * With `alreadyPaid`, every eligible leaving package records the top-up owed (Decree 67/2025).
 */
export function policiesFor(ctx: CaseContext): Evaluate[] {
  const c = ctx.case;
  const route: Route = c.route;
  const decree177 = c.group === 'decree-177-cadre' || c.decree177 !== undefined;
  const out: Evaluate[] = [];
  if (route !== 'resignation') {
    out.push(earlyRetirementByGroup[c.group]);
    if (decree177) out.push(evaluateNd177Art3);
  }
  if (route === 'auto' && c.decree177 && c.decree177.clause <= 3) out.push(evaluateNd177Art4);
  if (route !== 'early-retirement') {
    out.push(resignationByArticle[resignationArticle(c.staffType)]);
  }
  if (c.leadershipChange) out.push(evaluateArt11);
  if (c.secondment) out.push(evaluateArt12);
  if (c.outstandingStaff) out.push(evaluateArt13);
  if (c.postRestructuringTraining) out.push(evaluateArt14);
  return c.alreadyPaid ? out.map((evaluate) => (x: CaseContext) => withTopUp(x, evaluate(x))) : out;
}
