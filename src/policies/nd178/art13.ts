import { cite, DOC } from '../../core/citation.js';
import { text } from '../../i18n/text.js';
import { copyFacts, type CaseContext } from '../../assessment/context.js';
import { eligibleOutcome } from '../../assessment/outcome.js';
import type { Flag, Outcome } from '../../assessment/types.js';
import { notALeavingPackage } from './art11.js';

export const art13Title = text(
  'Chính sách trọng dụng người có phẩm chất, năng lực nổi trội (Điều 13 Nghị định 178)',
  'Outstanding people kept on (Decree 178 Art 13)',
);

const art13 = cite(DOC.nd178, '13');

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
  ];
  return { ...eligibleOutcome('nd178/art13', art13Title, copyFacts(ctx), [], flags), excludedFromBest: notALeavingPackage };
}
