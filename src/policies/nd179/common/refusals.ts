import type { Citation } from '../../../core/citation.js';
import type { Text } from '../../../i18n/text.js';
import { msg } from '../../../locales/index.js';
import { ARTICLE, cite179 } from '../../../parameters/nd179-rates.js';
import type { Nd179CriterionName, Nd179Group } from '../../../schema/nd179.js';
import type { Refusal } from '../../../model/types.js';
import type { Nd179Context } from '../../../model/context.js';

const groupClause: Record<Nd179Group, string> = { 'talented-staff': '1', graduate: '2', expert: '3' };

export const criteriaCitation = (group: Nd179Group, point?: string): Citation => cite179(ARTICLE.criteria, groupClause[group], point);

/** A refusal for an input field the group needs and the case does not have. */
export function missingField(field: string, what: Text, citation: Citation): Refusal {
  return {
    code: `missing/${field}`,
    message: msg('nd179.refusal.missing-field', { field, what }),
    citation,
  };
}

/** Checks one judgement criterion: missing → refusal naming it; false → refusal saying it is not met. */
export function criterion(ctx: Nd179Context, name: Nd179CriterionName, what: Text, citation: Citation): Refusal | null {
  const value = ctx.case.criteria[name];
  if (value === true) return null;
  if (value === undefined) {
    return {
      code: `missing/criteria.${name}`,
      message: msg('nd179.refusal.missing-criterion', { name, what }),
      citation,
    };
  }
  return {
    code: `not-met/criteria.${name}`,
    message: msg('nd179.refusal.criterion-not-met', { what }),
    citation,
  };
}

