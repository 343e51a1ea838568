import { cite, DOC } from '../../../core/citation.js';
import { text } from '../../../i18n/text.js';
import { copyFacts, type CaseContext } from '../../../model/context.js';
import { eligibleOutcome } from '../../../model/outcome.js';
import type { Flag, Outcome } from '../../../model/types.js';
import { notALeavingPackage } from '../art11/index.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { stayingPerson } from '../shared/staying.js';

export const art13Title = text(
  'Chính sách trọng dụng người có phẩm chất, năng lực nổi trội (Điều 13 Nghị định 178)',
  'Outstanding people kept on (Decree 178 Art 13)',
);

const art13 = cite(DOC.nd178, '13');
/** Reported by an independent review of the article (issue #12); its wording is not in the project's sources [M]. */
const bonusCitation = cite(DOC.nd178, '13', undefined, undefined, { note: 'bonus from the bonus fund', verified: false });

/** Art 13 [M]: no money formula; the rights as flags, when the input asks for them (`outstandingStaff`). */
export function evaluateArt13(ctx: CaseContext): Outcome {
  const flags: Flag[] = [
    {
      code: 'step-raise-ahead-of-time',
      label: text(
        'Được ưu tiên xét nâng bậc lương trước thời hạn (kể cả vượt một bậc) trong tỷ lệ cho phép',
        'Priority for a salary step raise ahead of time (a step beyond included) within the allowed quota',
      ),
      citation: cite(DOC.tt01, '8', '3', undefined, { note: 'implementing 178/2024/NĐ-CP Art 13' }),
    },
    {
      code: 'priority-planning-appointment',
      label: text('Được ưu tiên trong quy hoạch, bổ nhiệm', 'Priority in planning and appointment'),
      citation: art13,
    },
    {
      // The amount is the agency's own decision from its bonus fund: a right, not a sum the library can compute.
      code: 'bonus-from-bonus-fund',
      label: text('Được xét thưởng từ quỹ khen thưởng của cơ quan, đơn vị', 'A bonus considered from the bonus fund of the agency or unit'),
      citation: bonusCitation,
    },
  ];
  return { ...eligibleOutcome('nd178/art13', art13Title, copyFacts(ctx), [], flags), excludedFromBest: notALeavingPackage };
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
  summary: text(
    'Người có phẩm chất, năng lực nổi trội được giữ lại: ưu tiên nâng bậc lương trước thời hạn, quy hoạch, bổ nhiệm; được xét thưởng từ quỹ khen thưởng. Không có khoản tiền; các quyền được ghi là flags.',
    'Outstanding people kept on: priority for early salary steps, planning and appointment; a bonus considered from the bonus fund. No amount; the rights are flags.',
  ),
  conditions: [{
    text: text('Được cơ quan xác định là người có phẩm chất, năng lực nổi trội (outstandingStaff: true)', 'Recognised by the body as outstanding (outstandingStaff: true)'),
    citation: cite(DOC.nd178, '13'),
  }],
  items: [],
  tables: [],
  readings: [],
  options: [],
  examples: [{
    title: text('Công chức được giữ lại', 'A civil servant kept on'),
    input: { id: 'a13', ...stayingPerson, outstandingStaff: true },
    facts: [],
  }],
  applies: (ctx) => ctx.case.outstandingStaff === true,
  evaluate: (ctx) => evaluateArt13(ctx),
};
