import { formatDate } from '../../../core/calendar.js';
import { text, type Text } from '../../../i18n/text.js';
import { ARTICLE, cite179 } from '../../../parameters/nd179-rates.js';
import type { Nd179CriterionPath, Nd179Group } from '../../../schema/nd179.js';
import type { Facts, Refusal } from '../../../model/types.js';
import type { Nd179Context } from './context.js';
import { criteriaCitation, criterion, missingField } from './refusals.js';
import { ageLimitCheck } from './youth-age.js';

/**
 * Who is covered (Art 2) and the criteria of each group (Art 5). The criteria that are judgements of the
 * competent body (political standards, the council's check, a diploma's standing) are inputs: a missing
 * one is a refusal that names it, a `false` one a refusal that says it is not met.
 */
export const groupTitles: Record<Nd179Group, Text> = {
  'talented-staff': text('Cán bộ, công chức, viên chức có tài năng (G1)', 'Talented cadres, civil servants and public employees (G1)'),
  graduate: text('Sinh viên tốt nghiệp xuất sắc, nhà khoa học trẻ tài năng (G2)', 'Excellent graduates and talented young scientists (G2)'),
  expert: text('Chuyên gia, nhà quản lý, nhà quản trị doanh nghiệp, nhà khoa học đầu ngành (G3)', 'Experts, managers, business administrators and leading scientists (G3)'),
};

const pathTexts: Record<'graduate' | 'expert', Record<Nd179CriterionPath, Text>> = {
  graduate: {
    a: text('thủ khoa đại học trong nước, hoặc tốt nghiệp loại giỏi trở lên tại cơ sở giáo dục đại học uy tín nước ngoài', 'valedictorian of a Vietnamese university, or a good-or-better graduate of a reputable foreign university'),
    b: text('tốt nghiệp loại xuất sắc trong nước và đạt giải theo điểm b (học sinh giỏi, khoa học - kỹ thuật, Olympic)', 'an excellent graduate of a Vietnamese university with a prize listed in point b (pupil contests, science fairs, Olympiads)'),
    c: text('tiến sĩ, bác sĩ hoặc dược sĩ chuyên khoa cấp II đào tạo trong nước', 'a doctor (PhD), or a level-II specialist physician or pharmacist trained in Vietnam'),
  },
  expert: {
    a: text('tiến sĩ, sau tiến sĩ từ cơ sở đào tạo uy tín nước ngoài', 'a PhD or post-doc from a reputable foreign institution'),
    b: text('giảng dạy, nghiên cứu, chuyển giao công nghệ tại cơ sở nghiên cứu, chương trình hợp tác quốc tế hoặc doanh nghiệp uy tín ở nước ngoài', 'teaching, research or technology transfer at reputable research bodies, international programmes or firms abroad'),
    c: text('làm việc tại doanh nghiệp, tổ chức hàng đầu trong nước và quốc tế, có thành tựu nổi bật', 'work at leading Vietnamese or international firms and organisations, with outstanding achievements'),
  },
};

export interface GroupEligibility {
  readonly refusals: readonly Refusal[];
  readonly facts: Facts;
}

function talentedStaff(ctx: Nd179Context): GroupEligibility {
  const refusals: (Refusal | null)[] = [
    criterion(ctx, 'politicalStandards', text('bản lĩnh chính trị, phẩm chất đạo đức, lý lịch rõ ràng, đủ sức khỏe, khát vọng cống hiến', 'firm political stance, good ethics, a clear record, health, and commitment to serve'), criteriaCitation('talented-staff', 'a')),
    criterion(ctx, 'outstandingContribution', text('chủ trì tham mưu, đề xuất giải pháp đột phá hoặc công trình được áp dụng mang lại hiệu quả cao', 'led proposals with breakthrough results, or research applied with high value'), criteriaCitation('talented-staff', 'b')),
    criterion(ctx, 'sectorCriteria', text('tiêu chuẩn, điều kiện cụ thể khác của bộ, ngành, địa phương', 'the further criteria of the ministry, sector or province'), criteriaCitation('talented-staff', 'c')),
    criterion(ctx, 'nominated', text('được tập thể cấp ủy, lãnh đạo cơ quan tiến cử bằng văn bản', 'nominated in writing by the Party committee and leadership of the employing body'), cite179(ARTICLE.recognition, '1')),
    criterion(ctx, 'councilApproved', text('được Hội đồng tuyển chọn người có tài năng kiểm tra, đánh giá đáp ứng tiêu chuẩn', 'found to meet the criteria by the talent-selection council'), cite179(ARTICLE.recognition, '2')),
  ];
  const c = ctx.case;
  if (!c.recognitionDate) {
    refusals.push(missingField('recognitionDate', text('ngày quyết định công nhận của cấp có thẩm quyền', 'the date of the competent authority’s recognition decision'), cite179(ARTICLE.talentAllowance)));
  }
  return { refusals: refusals.filter((r): r is Refusal => r !== null), facts: { group: 'talented-staff', ...(c.recognitionDate ? { recognitionDate: formatDate(c.recognitionDate) } : {}) } };
}

function graduate(ctx: Nd179Context): GroupEligibility {
  const c = ctx.case;
  const refusals: (Refusal | null)[] = [];
  const facts: Facts = { group: 'graduate' };
  if (!c.criterionPath) {
    refusals.push(missingField('criterionPath', text('điểm a, b hoặc c của tiêu chuẩn được đáp ứng', 'the point (a, b or c) of the criteria met'), criteriaCitation('graduate')));
  } else {
    facts.criterionPath = c.criterionPath;
    const point = c.criterionPath;
    refusals.push(criterion(ctx, 'qualificationMet', pathTexts.graduate[point], criteriaCitation('graduate', point)));
    const age = ageLimitCheck(ctx, point);
    Object.assign(facts, age.facts);
    refusals.push(...age.refusals);
  }
  if (!c.recruitmentDate) {
    refusals.push(missingField('recruitmentDate', text('ngày quyết định tuyển dụng vào công chức, viên chức', 'the date of the decision recruiting the person as a civil servant or public employee'), cite179(ARTICLE.attraction)));
  } else facts.recruitmentDate = formatDate(c.recruitmentDate);
  return { refusals: refusals.filter((r): r is Refusal => r !== null), facts };
}

function expert(ctx: Nd179Context): GroupEligibility {
  const c = ctx.case;
  const refusals: (Refusal | null)[] = [];
  const facts: Facts = { group: 'expert' };
  if (!c.criterionPath) {
    refusals.push(missingField('criterionPath', text('điểm a, b hoặc c của tiêu chuẩn được đáp ứng', 'the point (a, b or c) of the criteria met'), criteriaCitation('expert')));
  } else {
    facts.criterionPath = c.criterionPath;
    refusals.push(criterion(ctx, 'qualificationMet', pathTexts.expert[c.criterionPath], criteriaCitation('expert', c.criterionPath)));
  }
  if (!c.nationality) {
    refusals.push(missingField('nationality', text('"vietnamese" hoặc "foreign"', '"vietnamese" or "foreign"'), cite179(ARTICLE.subjects, '3')));
  } else {
    facts.nationality = c.nationality;
    if (c.nationality === 'foreign') {
      refusals.push(criterion(ctx, 'foreignerConditionsMet', text('các điều kiện khác theo pháp luật Việt Nam đối với người nước ngoài', 'the other conditions Vietnamese law sets for foreigners'), criteriaCitation('expert', 'd')));
    }
  }
  if (!c.engagement) {
    refusals.push(missingField('engagement', text('"civil-service" (tiếp nhận vào công chức, viên chức) hoặc "contract" (hợp đồng lao động)', '"civil-service" (taken into the civil or public service) or "contract" (labour contract)'), cite179(ARTICLE.experts)));
  } else facts.engagement = c.engagement;
  return { refusals: refusals.filter((r): r is Refusal => r !== null), facts };
}

/** The group's own criteria (Art 5), before any allowance's conditions. */
export function groupEligibility(ctx: Nd179Context): GroupEligibility {
  switch (ctx.case.group) {
    case 'talented-staff':
      return talentedStaff(ctx);
    case 'graduate':
      return graduate(ctx);
    case 'expert':
      return expert(ctx);
  }
}
