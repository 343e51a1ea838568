import type { Group, Route } from '../schema/enums.js';
import { evaluateArt7 } from '../policies/nd178/art7.js';
import { evaluateArt7a } from '../policies/nd178/art7a.js';
import { evaluateArt7b } from '../policies/nd178/art7b.js';
import { evaluateResignation, resignationArticle } from '../policies/nd178/resignation.js';
import type { CaseContext } from './context.js';
import type { Outcome } from './types.js';

type Evaluate = (ctx: CaseContext) => Outcome;

/** The early-retirement article for each Art 2 group. */
const earlyRetirementByGroup: Record<Group, Evaluate> = {
  'directly-affected': evaluateArt7,
  association: evaluateArt7,
  'not-directly-affected': evaluateArt7a,
  'decree-177-cadre': evaluateArt7b,
};

/** Every policy the route allows for the case, in a stable order: early retirement, then resignation. */
export function policiesFor(ctx: CaseContext): Evaluate[] {
  const route: Route = ctx.case.route;
  const out: Evaluate[] = [];
  if (route !== 'resignation') out.push(earlyRetirementByGroup[ctx.case.group]);
  if (route !== 'early-retirement') {
    const article = resignationArticle(ctx.case.staffType);
    out.push((c) => evaluateResignation(c, article));
  }
  return out;
}
