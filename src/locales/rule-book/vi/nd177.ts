/**
 * Vietnamese rule-book text of the nd177 area (docs/rule-book/): summaries, conditions, when each item is due,
 * example titles. Only the rule-book renderer (src/testing/rule-book/) reads it; the runtime bundles never import
 * it. Placeholders are written {name}. en/nd177.ts must have the same keys and placeholders.
 */
export const nd177 = {
  // src/policies/nd177/art3/index.ts
  'nd177.art3.summary': 'Cán bộ không đủ tuổi tái cử, tái bổ nhiệm nghỉ hưu trước tuổi: hưởng lương hưu không bị trừ tỷ lệ, trợ cấp 5 tháng lương cho mỗi năm nghỉ sớm và trợ cấp theo thời gian đóng BHXH (5 tháng cho 20 năm đầu, hoặc 15 năm đầu từ 01/7/2025). Được so sánh với Điều 7b Nghị định 178; chỉ hưởng mức cao hơn.',
  'nd177.art3.condition.base-salary-unknown': 'Mức lương cơ sở của tháng trước tháng nghỉ đã được biết (bảng được coi là đã biết đến {baseSalary}), hoặc nhập salary.baseSalary',
  'nd177.art3.condition.not-early': 'Tháng nghỉ trước tháng hưởng lương hưu theo tuổi',
  'nd177.art3.condition.not-pension-eligible': 'Đủ thời gian đóng BHXH để hưởng lương hưu tại ngày nghỉ, hoặc thuộc điểm h (cán bộ cấp xã được hỗ trợ đóng phần còn thiếu)',
  'nd177.art3.item.early-years-allowance.when': 'Không giới hạn số năm',
  'nd177.art3.item.insured-time-allowance.when': 'Quy tắc 15 năm khi nghỉ từ 01/7/2025, có từ 15 năm đóng BHXH và đủ điều kiện hưởng lương hưu; hệ số 5 của Nghị định 177, không phải 4 của Nghị định 178',
  'nd177.art3.item.state-paid-insurance.when': 'Điểm h: cán bộ cấp xã thiếu thời gian đóng BHXH; chỉ tính tiền khi có insuranceSalary và insuranceContributionPercent',
  'nd177.art3.item.point-k-allowance.when': 'Chỉ khi bật tùy chọn nd177PointK [L]',
  'nd177.art3.example': 'Cán bộ D3 (examples.md): 30 tháng trước tuổi, so với Điều 7b Nghị định 178',
  // src/policies/nd177/art4/index.ts
  'nd177.art4.summary': 'Cán bộ khoản 1–3 Điều 2 còn dưới 24 tháng đến tuổi nghỉ hưu được nghỉ công tác chờ đủ tuổi: giữ lương ngạch bậc, phụ cấp chức vụ, thâm niên, chênh lệch bảo lưu và phụ cấp cấp ủy; tiếp tục đóng BHXH; Nhà nước đóng một lần phần thời gian còn thiếu (tối đa 30 tháng). Là lựa chọn khác, không so sánh để chọn mức cao nhất.',
  'nd177.art4.condition.clause-not-covered': 'Thuộc khoản 1, 2 hoặc 3 Điều 2',
  'nd177.art4.condition.not-before-retirement-age': 'Tháng nghỉ trước tháng hưởng lương hưu theo tuổi',
  'nd177.art4.condition.not-under-24-months': 'Còn dưới 24 tháng đến tuổi nghỉ hưu (đúng 24 tháng: không thuộc)',
  'nd177.art4.condition.salary-components-required': 'Có các thành phần lương (salary) để xác định phần được giữ',
  'nd177.art4.item.waiting-pay.when': 'Từ tháng nghỉ đến tháng đủ tuổi nghỉ hưu; làm tròn một lần',
  'nd177.art4.item.state-paid-insurance.when': 'Chỉ tính tiền khi có insuranceSalary và insuranceContributionPercent',
  'nd177.art4.example': 'Cán bộ D3 nghỉ chờ từ 01/12/2025: 23 tháng, qua mốc tăng lương cơ sở 01/7/2026',
  // src/policies/nd177/common/conditions.ts
  'nd177.conditions.condition.before-in-force': 'Ngày nghỉ từ ngày Nghị định 177/2024 có hiệu lực (01/01/2025)',
  'nd177.conditions.condition.decree-177-clause-missing': 'Có khoản áp dụng của Điều 2 (decree177Clause)',
  'nd177.conditions.condition.retirement-age-out-of-table': 'Xác định được tuổi nghỉ hưu (Phụ lục I Nghị định 135/2020, hạn tuổi phục vụ của sĩ quan, hoặc retirementAge): số tháng đến tuổi nghỉ hưu quyết định các giới hạn của khoản 6 và khoản 4',
  'nd177.conditions.condition.excluded-streamlining': 'Không thuộc diện tinh giản biên chế',
  'nd177.conditions.condition.excluded-retirement-notice': 'Chưa có thông báo, quyết định nghỉ hưu',
  'nd177.conditions.condition.excluded-continues-working': 'Không tiếp tục công tác trong cơ quan của Đảng, Nhà nước, Mặt trận, tổ chức chính trị - xã hội',
  'nd177.conditions.condition.excluded-six-months-or-less': 'Còn trên 6 tháng từ ngày bắt đầu đại hội đến tuổi nghỉ hưu',
  'nd177.conditions.condition.outside-clause-4-range': 'Khoản 4: còn từ 30 đến 60 tháng (tính cả hai đầu) từ ngày bắt đầu đại hội đến tuổi nghỉ hưu',
  // declared conditions for refusals the code already gave (tests/rule-book/refusal-codes.test.ts)
  'nd177.art4.condition.base-salary-out-of-table': 'Mức lương cơ sở của tháng đầu nghỉ chờ có trong bảng, hoặc nhập salary.baseSalary',
} as const satisfies Record<string, string>;
