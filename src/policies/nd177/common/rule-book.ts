import { cite, DOC, type Citation } from '../../../core/citation.js';
import { nd177Dates } from '../../../parameters/nd177-factors.js';
import { factor, type ConditionDeclaration } from '../../../model/declaration.js';

/**
 * What the rule-book pages of Decree 177 Art 3 and Art 4 print alike: Art 2 as they declare it (its checks:
 * `article2Checks`, ./conditions.ts), and the D3 cadre of the examples both articles compute. Not imported by the
 * runtime (src/policies/rule-books.ts lists the rule books).
 */
export const nd177Factor = (name: Parameters<typeof factor<'nd177Factors'>>[1]) => factor('nd177Factors', name);
const art2 = (clause?: string, point?: string): Citation => cite(DOC.nd177, '2', clause, point);

/** Decree 177 Art 2, shared by Art 3 and Art 4, in the order `article2Checks` runs. */
export const article2: readonly ConditionDeclaration[] = [
  {
    text: 'nd177.conditions.condition.before-in-force',
    citation: nd177Dates.inForce.citation,
    refusal: 'before-in-force',
  },
  {
    text: 'nd177.conditions.condition.decree-177-clause-missing',
    citation: art2(),
    refusal: 'decree-177-clause-missing',
  },
  {
    text: 'nd177.conditions.condition.retirement-age-out-of-table',
    citation: cite(DOC.nd135, '4', '1', undefined, { note: 'Annex I' }),
    refusal: 'retirement-age-out-of-table',
  },
  {
    text: 'nd177.conditions.condition.excluded-streamlining',
    citation: art2('6', 'a'),
    refusal: 'excluded-streamlining',
  },
  {
    text: 'nd177.conditions.condition.excluded-retirement-notice',
    citation: art2('6', 'b'),
    refusal: 'excluded-retirement-notice',
  },
  {
    text: 'nd177.conditions.condition.excluded-continues-working',
    citation: art2('6', 'c'),
    refusal: 'excluded-continues-working',
  },
  {
    text: 'nd177.conditions.condition.excluded-six-months-or-less',
    citation: art2('6', 'b'),
    refusal: 'excluded-six-months-or-less',
    factors: [nd177Factor('clause6bMaxMonths')],
  },
  {
    text: 'nd177.conditions.condition.outside-clause-4-range',
    citation: art2('4'),
    refusal: 'outside-clause-4-range',
    factors: [nd177Factor('clause4MinMonths'), nd177Factor('clause4MaxMonths')],
  },
];

export const d3Cadre = {
  gender: 'male', birthDate: '1966-01-15', staffType: 'cadre',
  salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
  insuredMonths: 264, decree177Clause: 1, congressDate: '2025-06-01',
} as const;

