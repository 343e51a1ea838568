/**
 * Vietnamese messages of the nd177 area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/nd177.ts must have the same keys and placeholders.
 */
export const nd177 = {
  // src/policies/nd177/art3/index.ts
  'nd177.art3.early-years-label': 'Trợ cấp 5 tháng lương cho mỗi năm nghỉ hưu trước tuổi',
  'nd177.art3.insured-time-label': 'Trợ cấp theo thời gian công tác có đóng BHXH bắt buộc',
  'nd177.art3.insurance-support-label': 'Hỗ trợ đóng BHXH một lần cho thời gian còn thiếu để hưởng lương hưu',
  'nd177.art3.point-k-label': 'Trợ cấp 0,5 tháng lương cho mỗi năm đóng BHXH bắt buộc (điểm k, theo tùy chọn)',
  'nd177.art3.title': 'Nghỉ hưu trước tuổi của cán bộ không tái cử, tái bổ nhiệm (Điều 3 Nghị định 177)',
  'nd177.art3.refusal.not-pension-eligible': 'Chưa đủ {requiredYears} năm đóng BHXH bắt buộc để hưởng lương hưu tại ngày nghỉ (có {insuredMonths} tháng); cán bộ cấp xã thuộc điểm h khoản 2 Điều 3 cần nhập insuranceSupportBasis',
  'nd177.art3.flag.no-pension-reduction': 'Hưởng lương hưu, không bị giảm tỷ lệ do nghỉ hưu trước tuổi cho thời gian từ {noReductionMax} tháng trở xuống',
  'nd177.art3.flag.no-reduction-beyond-five-years': 'Không bị giảm tỷ lệ cho {monthsBeyond} tháng nghỉ sớm vượt quá {noReductionMax} tháng nếu đóng BHXH tự nguyện một lần cho thời gian vượt quá',
  'nd177.art3.flag.position-salary-step-2': 'Nếu xếp lương chức vụ bậc 1 đủ 48 tháng trở lên: được xếp bậc 2 của chức danh để nghỉ hưu (nhập hệ số đã nâng vào salary)',
  'nd177.art3.flag.early-step-raise': 'Nếu hưởng lương chuyên môn và phụ cấp chức vụ, còn thiếu 1–12 tháng để nâng bậc lương thường xuyên: được nâng bậc trước thời hạn (nhập hệ số đã nâng vào salary)',
  'nd177.art3.flag.contribution-honour': 'Được cộng thời gian nghỉ hưu trước tuổi để xét khen thưởng cống hiến',
  'nd177.art3.flag.rank-promotion': 'Được xét thăng cấp bậc quân hàm, nâng bậc lương theo quy định',
  'nd177.art3.flag.state-paid-insurance-months': 'Nhà nước hỗ trợ đóng BHXH một lần cho {stateMonths} tháng còn thiếu (nhập insuranceSalary và insuranceContributionPercent để tính số tiền)',
  'nd177.art3.flag.voluntary-insurance-beyond-cap': '{beyondCapMonths} tháng còn thiếu vượt quá mức hỗ trợ: được đóng BHXH tự nguyện một lần (tự chi trả)',
  'nd177.art3.refusal.not-early': 'Tháng nghỉ {leaveMonth} không trước tháng hưởng lương hưu theo tuổi{pensionMonth}: không phải nghỉ hưu trước tuổi',
  // src/policies/nd177/art4/index.ts
  'nd177.art4.pay-kept-label': 'Tiền lương được giữ trong thời gian nghỉ chờ đủ tuổi nghỉ hưu',
  'nd177.art4.insurance-support-label': 'Hỗ trợ đóng BHXH một lần cho thời gian còn thiếu khi hết thời gian nghỉ chờ',
  'nd177.art4.title': 'Nghỉ công tác chờ đủ tuổi nghỉ hưu (Điều 4 Nghị định 177)',
  'nd177.art4.not-comparable': 'Nghỉ chờ đủ tuổi nghỉ hưu là lựa chọn khác (giữ lương đến tuổi nghỉ hưu thay cho nghỉ hưu ngay), không so sánh với các gói nghỉ hưu trước tuổi',
  'nd177.art4.flag.insurance-continues': 'Cơ quan và người nghỉ chờ tiếp tục đóng BHXH, BHYT',
  'nd177.art4.flag.rank-promotion': 'Lực lượng vũ trang (khoản 2 Điều 2) vẫn được xét thăng cấp bậc quân hàm, nâng bậc lương',
  'nd177.art4.flag.no-step-raise': 'Không nâng ngạch, bậc lương trong thời gian nghỉ chờ',
  'nd177.art4.flag.other-allowances-stop': 'Các phụ cấp, chế độ khác thôi hưởng từ tháng liền kề sau tháng có quyết định nghỉ chờ',
  'nd177.art4.flag.outside-staffing-quota': 'Không tính vào biên chế của cơ quan trong thời gian nghỉ chờ; đủ tuổi thì làm thủ tục hưởng lương hưu',
  'nd177.art4.refusal.clause-not-covered': 'Nghỉ chờ đủ tuổi nghỉ hưu chỉ áp dụng cho khoản 1, 2, 3 Điều 2; cán bộ thuộc khoản {clause}',
  'nd177.art4.refusal.not-before-retirement-age': 'Tháng nghỉ {leaveMonth} không trước tháng hưởng lương hưu theo tuổi{pensionMonth}',
  'nd177.art4.refusal.not-under-24-months': 'Còn {T} tháng đến tuổi nghỉ hưu (hưởng lương hưu từ {pensionStart}); nghỉ chờ cần còn dưới {limit} tháng',
  'nd177.art4.refusal.salary-components-required': 'Cần các thành phần lương (salary) để xác định khoản lương, phụ cấp được giữ khi nghỉ chờ; monthlySalary không đủ',
  'nd177.art4.refusal.base-salary-out-of-table': 'Không có mức lương cơ sở cho tháng {first}; hãy nhập salary.baseSalary',
  'nd177.art4.flag.state-paid-insurance-months': 'Nhà nước hỗ trợ đóng BHXH một lần cho {stateMonths} tháng còn thiếu, theo tiền lương đóng BHXH của tháng đủ tuổi (nhập insuranceSalary và insuranceContributionPercent để tính số tiền)',
  'nd177.art4.flag.insurance-short-beyond-cap': 'Còn thiếu {beyondCapMonths} tháng vượt quá mức Nhà nước hỗ trợ; chưa đủ điều kiện hưởng lương hưu nếu không tự đóng',
  // src/policies/nd177/common/eligibility.ts
  'nd177.eligibility.refusal.before-in-force': 'Ngày nghỉ {leaveDate} trước ngày Nghị định 177/2024 có hiệu lực ({date})',
  'nd177.eligibility.refusal.decree-177-clause-missing': 'Chưa có khoản áp dụng của Điều 2 Nghị định 177 (decree177Clause) và ngày bắt đầu đại hội (congressDate): không xét được chính sách của Nghị định 177',
  'nd177.eligibility.refusal.excluded-streamlining': 'Thuộc đối tượng tinh giản biên chế: không áp dụng Nghị định 177',
  'nd177.eligibility.refusal.excluded-retirement-notice': 'Đã có thông báo hoặc quyết định nghỉ hưu của cấp có thẩm quyền: không áp dụng Nghị định 177',
  'nd177.eligibility.refusal.excluded-continues-working': 'Vẫn tiếp tục công tác trong cơ quan của Đảng, Nhà nước, Mặt trận, tổ chức chính trị - xã hội: không áp dụng Nghị định 177',
  'nd177.eligibility.refusal.excluded-six-months-or-less': 'Từ ngày đại hội {congressDate} đến tuổi nghỉ hưu (hưởng lương hưu từ {pensionStart}) chỉ còn {months} tháng, từ {maxExcluded} tháng trở xuống: không áp dụng Nghị định 177',
  'nd177.eligibility.refusal.outside-clause-4-range': 'Khoản 4 cần còn từ {min} đến {max} tháng tính từ ngày bắt đầu đại hội đến tuổi nghỉ hưu; còn {months} tháng',
  // declared conditions for refusals the code already gave (tests/rule-book/refusal-codes.test.ts)
} as const satisfies Record<string, string>;
