import { text } from '../../../i18n/text.js';
import { ARTICLE, cite179 } from '../../../parameters/nd179-rates.js';
import type { Nd179Case } from '../../../schema/nd179.js';
import type { Flag } from '../../../model/types.js';

/** Rights without an amount, by group: shown with their citation so HR can act on them. */
export function rightsFlags(c: Nd179Case): Flag[] {
  const honours: Flag[] = [
    {
      code: 'honours-without-quota',
      label: text('Xét khen thưởng, danh hiệu thi đua không áp dụng tỷ lệ; được đề nghị vinh danh', 'Honours and emulation titles without quota; may be put forward for public recognition'),
      citation: cite179(ARTICLE.honours),
    },
    {
      code: 'bonus-from-annual-fund',
      label: text('Có thể được chi thưởng từ quỹ tiền thưởng hằng năm, ngoài Quỹ thi đua, khen thưởng', 'May receive a bonus from the annual bonus fund, beyond the emulation and reward fund'),
      citation: cite179(ARTICLE.honours),
    },
  ];
  switch (c.group) {
    case 'talented-staff':
      return [
        {
          code: 'priority-appointment',
          label: text('Ưu tiên khi xem xét bổ nhiệm lãnh đạo, quản lý hoặc chuyên gia cao cấp; trường hợp đặc biệt về quy hoạch, độ tuổi', 'Priority for appointment to leadership or senior-expert posts; special case for planning and age rules'),
          citation: cite179(ARTICLE.talentPlacement),
        },
        {
          code: 'study-trips-yearly',
          label: text('Được cử đi học tập kinh nghiệm, nghiên cứu, trao đổi khoa học ít nhất 01 lần/năm, được chi trả kinh phí', 'Sent on study, research or exchange trips at least once a year, costs paid'),
          citation: cite179(ARTICLE.talentPlacement),
        },
        ...honours,
      ];
    case 'graduate':
      return [
        {
          code: 'recruitment-by-review',
          label: text('Tuyển dụng thông qua xét tuyển; được ưu tiên bố trí biên chế', 'Recruited by review (xét tuyển), with priority in staffing quotas'),
          citation: cite179(ARTICLE.recruitment),
        },
        {
          code: 'training-priority',
          label: text('Ưu tiên đào tạo, bồi dưỡng theo hướng chuyên gia, nhà khoa học đầu ngành', 'Priority training towards becoming a leading expert or scientist'),
          citation: cite179(ARTICLE.training),
        },
        {
          code: 'principal-specialist-after-5-years',
          label: text('Xét nâng ngạch chuyên viên chính nếu trong 05 năm đều hoàn thành tốt nhiệm vụ trở lên, trong đó có 02 năm hoàn thành xuất sắc', 'Promotion to principal specialist considered after 5 years rated good or better, of which 2 excellent'),
          citation: cite179(ARTICLE.placementAfterRecruitment),
        },
        {
          code: 'early-leadership-appointment',
          label: text('Sau 01–02 năm hoàn thành tốt nhiệm vụ có thể được xem xét bổ nhiệm lãnh đạo cấp phòng trở lên', 'After 1–2 good years, may be considered for appointment as head of division or above'),
          citation: cite179(ARTICLE.placementAfterRecruitment),
        },
        {
          code: 'provincial-supplement',
          label: text('Hội đồng nhân dân cấp tỉnh có thể quyết định hỗ trợ thêm (không tính ở đây)', 'The provincial People’s Council may add support (not computed here)'),
          citation: cite179(ARTICLE.attraction),
        },
        ...honours,
      ];
    case 'expert': {
      const out: Flag[] = [];
      if (c.nationality === 'foreign') {
        out.push({
          code: 'visa-residence-support',
          label: text('Được đơn giản hóa thủ tục thị thực, cư trú, giấy phép lao động; thị thực nhiều lần hoặc thẻ tạm trú theo thời hạn hợp đồng; hỗ trợ thành viên gia đình', 'Simplified visa, residence and work-permit procedures; multiple-entry visa or residence card for the contract term; support for family members'),
          citation: cite179(ARTICLE.foreignExperts),
        });
      }
      return [...out, ...honours];
    }
  }
}
