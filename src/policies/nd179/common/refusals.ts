import type { Citation } from '../../../core/citation.js';
// These three frame a criterion's own Text (a different value in each language), so they stay text() pairs.
import { text, type Text } from '../../../i18n/text.js';
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
    message: text(`Thiếu ${field}: ${what.vi}`, `${field} is missing: ${what.en}`),
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
      message: text(
        `Thiếu tiêu chí criteria.${name} (${what.vi}); cơ quan có thẩm quyền cần xác định true hoặc false`,
        `criteria.${name} is missing (${what.en}); the competent body must state true or false`,
      ),
      citation,
    };
  }
  return {
    code: `not-met/criteria.${name}`,
    message: text(`Không đáp ứng tiêu chí: ${what.vi}`, `Criterion not met: ${what.en}`),
    citation,
  };
}

