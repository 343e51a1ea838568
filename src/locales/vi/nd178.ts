/**
 * Vietnamese messages of the nd178 area, keyed by stable code. Placeholders are written {name} and filled by
 * `msg(key, { name })` (src/locales/index.ts). en/nd178.ts must have the same keys and placeholders.
 */
export const nd178 = {
  // src/policies/nd178/art11/index.ts
  'nd178.art11.kept-allowance-label': 'Phần phụ cấp chức vụ lãnh đạo được bảo lưu',
  'nd178.art11.title': 'Bảo lưu phụ cấp chức vụ khi thôi giữ chức vụ hoặc giữ chức vụ thấp hơn (Điều 11 Nghị định 178)',
  'nd178.art11.not-a-leaving-package': 'Không phải chế độ nghỉ việc; hưởng thêm, không so sánh để chọn mức cao nhất',
  'nd178.art11.refusal.before-in-force': 'Ngày thay đổi chức vụ {date} trước ngày Nghị định 178/2024 có hiệu lực ({inForceDate})',
  'nd178.art11.refusal.allowance-not-lower': 'Hệ số phụ cấp mới ({newCoefficient}) không thấp hơn hệ số cũ ({formerCoefficient}): không có phần bảo lưu',
  'nd178.art11.refusal.base-salary-out-of-table': 'Không có mức lương cơ sở cho tháng {start}',
  'nd178.art11.flag.counts-in-current-salary': 'Phụ cấp được bảo lưu được tính vào tiền lương hiện hưởng khi tính chế độ nghỉ hưu trước tuổi hoặc thôi việc sau này (nhập vào salary.leadershipCoefficient)',
  // src/policies/nd178/art12/index.ts
  'nd178.art12.title': 'Chính sách đối với người được cử đi công tác tại cơ sở (Điều 12 Nghị định 178)',
  'nd178.art12.refusal.before-in-force': 'Ngày nhận công tác {date} trước ngày Nghị định 178/2024 có hiệu lực ({inForceDate})',
  'nd178.art12.refusal.decree-76-2019-applies': 'Nơi đến là vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn: áp dụng chế độ của Nghị định 76/2019/NĐ-CP thay cho trợ cấp một lần',
  'nd178.art12.refusal.base-salary-out-of-table': 'Không có mức lương cơ sở cho ngày {date}',
  'nd178.art12.refusal.base-salary-unknown': 'Mức lương cơ sở ngày {date} chưa được biết (bảng được coi là đã biết đến ngày {through}; có thể điều chỉnh từ 01/7)',
  'nd178.art12.label.secondment-allowance.a': 'Trợ cấp một lần khi được cử về công tác tại cấp xã',
  'nd178.art12.label.secondment-allowance.b': 'Trợ cấp một lần khi từ cơ quan trung ương được cử về công tác tại cấp tỉnh',
  'nd178.art12.flag.former-pay-kept': 'Được giữ nguyên tiền lương và phụ cấp của vị trí cũ trong thời gian công tác tại cơ sở',
  'nd178.art12.flag.return-post-and-step': 'Khi trở lại: bố trí vị trí không thấp hơn trước và được nâng một bậc lương (nếu chưa ở bậc cuối), giữ thời gian xét nâng bậc',
  'nd178.art12.item.secondment-allowance': 'Trợ cấp một lần khi được cử về công tác tại cơ sở',
  // src/policies/nd178/art13/index.ts
  'nd178.art13.title': 'Chính sách trọng dụng người có phẩm chất, năng lực nổi trội (Điều 13 Nghị định 178)',
  'nd178.art13.flag.step-raise-ahead-of-time': 'Được ưu tiên xét nâng bậc lương trước thời hạn (kể cả vượt một bậc) trong tỷ lệ cho phép',
  'nd178.art13.flag.priority-planning-appointment': 'Được ưu tiên trong quy hoạch, bổ nhiệm',
  'nd178.art13.flag.bonus-from-bonus-fund': 'Được xét thưởng từ quỹ khen thưởng của cơ quan, đơn vị',
  // src/policies/nd178/art14/index.ts
  'nd178.art14.title': 'Chính sách đào tạo, bồi dưỡng nâng cao trình độ sau sắp xếp (Điều 14 Nghị định 178)',
  'nd178.art14.flag.training-for-new-position': 'Được đào tạo, bồi dưỡng nâng cao trình độ theo vị trí việc làm sau sắp xếp, theo kế hoạch của cơ quan',
  'nd178.art14.flag.training-plan': 'Người đứng đầu cơ quan rà soát nhu cầu và lập kế hoạch đào tạo, bồi dưỡng năm 2025 và giai đoạn 2026–2030',
  // src/policies/nd178/art7/index.ts
  'nd178.art7.title': 'Nghỉ hưu trước tuổi (Điều 7 Nghị định 178)',
  'nd178.art7.refusal.group-not-covered': 'Điều 7 áp dụng cho đối tượng khoản 1, 3 Điều 2; nhóm {group} theo điều khác',
  // src/policies/nd178/art7a/index.ts
  'nd178.art7a.title': 'Nghỉ hưu trước tuổi do tinh giản biên chế (Điều 7a Nghị định 178)',
  'nd178.art7a.refusal.not-in-ruleset': 'Điều {article} do Nghị định 67/2025 bổ sung, không có trong văn bản gốc (ruleset "original")',
  'nd178.art7a.refusal.group-not-covered': 'Điều 7a chỉ áp dụng cho đối tượng khoản 2 Điều 2',
  'nd178.art7a.refusal.before-in-force': 'Điều 7a áp dụng từ {date}',
  'nd178.art7a.refusal.group-not-covered-2': 'Khoản 2 Điều 2 chỉ gồm người còn từ {limit} tháng (5 năm) trở xuống đến tuổi nghỉ hưu; còn {monthsToAge} tháng: không thuộc Điều 7a. Có thể xét Điều 9, 10 Nghị định 178 (nếu thuộc khoản 1, 3 Điều 2) hoặc Nghị định 154/2025/NĐ-CP',
  // src/policies/nd178/art7b/index.ts
  'nd178.art7b.title': 'Nghỉ hưu trước tuổi của cán bộ không đủ tuổi tái cử, tái bổ nhiệm (Điều 7b Nghị định 178)',
  'nd178.art7b.refusal.group-not-covered': 'Điều 7b chỉ áp dụng cho đối tượng khoản 4 Điều 2',
  'nd178.art7b.refusal.decree-177-clause-missing': 'Điều 7b: chưa rõ người thuộc nhóm nào của khoản 4 Điều 2 Nghị định 178 (chưa đủ tuổi tái cử, tái bổ nhiệm theo khoản 1–3, hay khoản 4 Điều 2 Nghị định 177): cần decree177Clause và congressDate; khi có, chính sách của Nghị định 177 cũng được xét',
  'nd178.art7b.refusal.outside-clause-4-range': 'Điều 7b với khoản 4 Điều 2 Nghị định 177 cần còn từ {min} đến {max} tháng tính từ ngày bắt đầu đại hội ({date}) đến tuổi nghỉ hưu; còn {months} tháng. Có thể xét Nghị định 177 theo khoản khác của Điều 2, hoặc Nghị định 154/2025/NĐ-CP',
  'nd178.art7b.refusal.decree-177-clause-5': 'Cán bộ thuộc khoản 5 Điều 2 Nghị định 177 (diện Bộ Chính trị, Ban Bí thư quản lý) không thuộc khoản 4 Điều 2 Nghị định 178; chỉ áp dụng Nghị định 177',
  // src/policies/nd178/common/art7b-warning.ts
  'nd178.art7b-warning.warning.decree-177-excluded-art7b': 'Từ ngày đại hội {congressDate} đến tuổi nghỉ hưu chỉ còn {months} tháng (từ {maxMonths} tháng trở xuống): Nghị định 177 không áp dụng (Điều 2 khoản 6 điểm b); Điều 7b Nghị định 178 vẫn được tính, cần xác nhận người này thuộc khoản 4 Điều 2 Nghị định 178',
  // src/policies/nd178/common/early-retirement.ts
  'nd178.early-retirement.early-years-label': 'Trợ cấp cho số năm nghỉ hưu trước tuổi',
  'nd178.early-retirement.insured-time-label': 'Trợ cấp theo thời gian công tác có đóng BHXH bắt buộc',
  'nd178.early-retirement.no-reduction-label': 'Hưởng lương hưu ngay, không bị trừ tỷ lệ do nghỉ hưu trước tuổi',
  'nd178.early-retirement.honour-label': 'Được tính thời gian nghỉ sớm để xét khen thưởng quá trình cống hiến',
  'nd178.early-retirement.refusal.not-pension-eligible': 'Chưa đủ {requiredYears} năm đóng BHXH bắt buộc để hưởng lương hưu (có {insuredMonths} tháng); có thể xét chính sách thôi việc',
  'nd178.early-retirement.refusal.not-early': 'Tháng nghỉ {leave} không trước tháng hưởng lương hưu theo tuổi ({start}): không phải nghỉ hưu trước tuổi',
  'nd178.early-retirement.refusal.too-early': 'Còn {T} tháng đến tuổi nghỉ hưu, quá 10 năm (120 tháng): không thuộc chính sách nghỉ hưu trước tuổi; có thể xét thôi việc',
  // src/policies/nd178/common/eligibility.ts
  'nd178.eligibility.refusal.before-in-force': 'Ngày nghỉ {leaveDate} trước ngày Nghị định 178/2024 có hiệu lực ({date})',
  'nd178.eligibility.message.excluded-by-guidance.a': 'Thuộc trường hợp chưa giải quyết ({exclusion}) trừ khi tự nguyện (volunteered: true)',
  'nd178.eligibility.message.excluded-by-guidance.b': 'Thuộc trường hợp chưa giải quyết khi đang bị {exclusion}',
  'nd178.eligibility.routes-text': 'có thể xét Nghị định 154/2025/NĐ-CP, hoặc tính lại khi ngày nghỉ từ ngày quyết định sắp xếp',
  'nd178.eligibility.refusal.restructuring-issued-date-missing': 'Ngày nghỉ {leave} trước ngày quyết định sắp xếp có hiệu lực ({effective}); với cách đọc "after-issue-only" cần restructuringIssuedDate (ngày ký quyết định)',
  'nd178.eligibility.refusal.restructuring-date-missing': 'Thiếu ngày quyết định sắp xếp có hiệu lực (restructuringDate): nhóm chịu tác động trực tiếp tính 12 tháng từ ngày đó',
  'nd178.eligibility.warning.leave-before-restructuring': 'Ngày nghỉ {leaveDate} trước ngày quyết định sắp xếp có hiệu lực ({restructuringDate}): Điều 7, 9, 10 được tính theo mức trong 12 tháng đầu (không bao giờ theo mức từ tháng thứ 13); cách đọc của thư viện, xem leaveBeforeRestructuring',
  // src/policies/nd178/common/odd-months.ts
  'nd178.odd-months.odd-months-rule': 'tháng lẻ từ 1 đến {half} tháng tính ½ năm, từ {wholeFrom} đến 11 tháng tính 1 năm',
  // src/policies/nd178/common/one-off-pension.ts
  'nd178.one-off-pension.one-off-label': 'Trợ cấp hưu trí một lần cho thời gian nghỉ sớm',
  // src/policies/nd178/common/resignation.ts
  'nd178.art9.title': 'Nghỉ thôi việc của cán bộ, công chức (Điều 9 Nghị định 178)',
  'nd178.art10.title': 'Nghỉ thôi việc của viên chức, người lao động (Điều 10 Nghị định 178)',
  'nd178.resignation.severance-label': 'Trợ cấp thôi việc',
  'nd178.resignation.insured-years-label': 'Trợ cấp 1,5 tháng lương cho mỗi năm đóng BHXH bắt buộc',
  'nd178.resignation.job-search-label': 'Trợ cấp 3 tháng lương để tìm việc làm',
  'nd178.resignation.insurance-kept-label': 'Được bảo lưu thời gian đóng BHXH hoặc hưởng BHXH một lần',
  'nd178.resignation.unemployment-label': 'Hưởng bảo hiểm thất nghiệp theo pháp luật về việc làm',
  'nd178.resignation.refusal.group-not-covered': 'Chính sách thôi việc Điều {article} áp dụng cho đối tượng khoản 1, 3 Điều 2; nhóm {group} không thuộc',
  'nd178.resignation.refusal.at-retirement-age': 'Tháng nghỉ {leave} đã từ tháng hưởng lương hưu {start} trở đi: đã đến tuổi nghỉ hưu, không thuộc chính sách thôi việc',
  'nd178.resignation.refusal.under-24-months': 'Chỉ còn {monthsToAge} tháng đến tháng hưởng lương hưu {start}; thôi việc cần từ đủ 24 tháng',
  'nd178.resignation.refusal.eligible-for-early-retirement': 'Đủ điều kiện nghỉ hưu trước tuổi theo Điều 7, nên không thuộc chính sách thôi việc',
  // added by hand: messages with a sentence of each language inside (src/policies/nd178/common/messages.ts), and the resignation summaries
  'nd178.eligibility.refusal.leave-before-restructuring.before-signed': 'Ngày nghỉ {leave} trước ngày ký quyết định sắp xếp ({issued}); {routes}',
  'nd178.eligibility.refusal.leave-before-restructuring': 'Ngày nghỉ {leave} trước ngày quyết định sắp xếp có hiệu lực ({effective}) (leaveBeforeRestructuring: "refuse"); {routes}',
  // declared conditions for refusals the code already gave (tests/rule-book/refusal-codes.test.ts)
} as const satisfies Record<string, string>;
