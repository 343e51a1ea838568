import { cite, DOC } from '../../../core/citation.js';
import { text } from '../../../i18n/text.js';
import { copyFacts, type CaseContext } from '../../../model/context.js';
import { eligibleOutcome } from '../../../model/outcome.js';
import type { Flag, Outcome } from '../../../model/types.js';
import { notALeavingPackage } from '../art11/index.js';
import type { PolicyDeclaration } from '../../../model/declaration.js';
import { stayingPerson } from '../shared/staying.js';

export const art14Title = text(
  'Chính sách đào tạo, bồi dưỡng nâng cao trình độ sau sắp xếp (Điều 14 Nghị định 178)',
  'Training after restructuring (Decree 178 Art 14)',
);

/** Art 14 [M]: no money formula; the right as a flag, when the input asks for it (`postRestructuringTraining`). */
export function evaluateArt14(ctx: CaseContext): Outcome {
  const flags: Flag[] = [
    {
      code: 'training-for-new-position',
      label: text(
        'Được đào tạo, bồi dưỡng nâng cao trình độ theo vị trí việc làm sau sắp xếp, theo kế hoạch của cơ quan',
        'Training to the needs of the post after restructuring, under the body\'s training plan',
      ),
      citation: cite(DOC.nd178, '14'),
    },
    {
      code: 'training-plan',
      label: text(
        'Người đứng đầu cơ quan rà soát nhu cầu và lập kế hoạch đào tạo, bồi dưỡng năm 2025 và giai đoạn 2026–2030',
        'The head of the body reviews needs and plans training for 2025 and for 2026–2030',
      ),
      citation: cite(DOC.tt01, '7'),
    },
  ];
  return { ...eligibleOutcome('nd178/art14', art14Title, copyFacts(ctx), [], flags), excludedFromBest: notALeavingPackage };
}

/**
 * Decree 178 Art 14: people whose post changed in the restructuring are trained for the new post; no amount is fixed.
 */
export const declaration: PolicyDeclaration = {
  code: 'nd178/art14',
  decree: 'nd178',
  article: '14',
  title: art14Title,
  summary: text(
    'Đào tạo, bồi dưỡng nâng cao trình độ theo vị trí việc làm sau sắp xếp. Không có khoản tiền; quyền được ghi là flags.',
    'Training to the needs of the post after the restructuring. No amount; the right is a flag.',
  ),
  conditions: [{
    text: text('Thuộc diện được đào tạo sau sắp xếp (postRestructuringTraining: true)', 'Due for training after the restructuring (postRestructuringTraining: true)'),
    citation: cite(DOC.nd178, '14'),
  }],
  items: [],
  tables: [],
  readings: [],
  options: [],
  examples: [{
    title: text('Công chức được đào tạo sau sắp xếp', 'A civil servant trained after the restructuring'),
    input: { id: 'a14', ...stayingPerson, postRestructuringTraining: true },
    facts: [],
  }],
  applies: (ctx) => ctx.case.postRestructuringTraining === true,
  evaluate: (ctx) => evaluateArt14(ctx),
};
