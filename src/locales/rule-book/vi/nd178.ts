/**
 * Vietnamese rule-book text of the nd178 area (docs/rule-book/): summaries, conditions, when each item is due,
 * example titles. Only the rule-book renderer (src/testing/rule-book/) reads it; the runtime bundles never import
 * it. Placeholders are written {name}. en/nd178.ts must have the same keys and placeholders.
 */
export const nd178 = {
  // src/policies/nd178/art10/index.ts
  'nd178.art10.example': 'Viên chức nghỉ 01/12/2025, trong 12 tháng đầu',
  // src/policies/nd178/art11/index.ts
  'nd178.art11.summary': 'Người thôi giữ chức vụ lãnh đạo hoặc giữ chức vụ có phụ cấp thấp hơn do sắp xếp được bảo lưu phụ cấp cũ đến hết nhiệm kỳ hoặc thời hạn bổ nhiệm, ít nhất 6 tháng. Không phải chế độ nghỉ việc: hưởng thêm.',
  'nd178.art11.condition.before-in-force': 'Thay đổi chức vụ từ ngày Nghị định 178/2024 có hiệu lực',
  'nd178.art11.condition.allowance-not-lower': 'Hệ số phụ cấp mới thấp hơn hệ số cũ',
  'nd178.art11.condition.base-salary-out-of-table': 'Mức lương cơ sở của các tháng bảo lưu có trong bảng',
  'nd178.art11.item.kept-leadership-allowance.when': 'Từ tháng thay đổi (hoặc tháng sau, theo tùy chọn) đến tháng hết nhiệm kỳ, ít nhất 6 tháng; làm tròn một lần',
  'nd178.art11.example': 'Giữ chức vụ thấp hơn từ 10/3/2026 đến hết nhiệm kỳ 31/10/2026, qua mốc tăng lương cơ sở 01/7/2026',
  // src/policies/nd178/art12/index.ts
  'nd178.art12.summary': 'Người được cử đi công tác tại cơ sở: trợ cấp một lần 10 tháng lương cơ sở (về cấp xã) hoặc 3 tháng (từ trung ương về cấp tỉnh) [M: theo bản tóm tắt, chưa đối chiếu Công báo].',
  'nd178.art12.condition.before-in-force': 'Nhận công tác từ ngày Nghị định 178/2024 có hiệu lực',
  'nd178.art12.condition.decree-76-2019-applies': 'Nơi đến không phải vùng đặc biệt khó khăn (ở đó áp dụng Nghị định 76/2019/NĐ-CP)',
  'nd178.art12.example': 'Được cử về cấp xã từ 01/8/2025',
  // src/policies/nd178/art13/index.ts
  'nd178.art13.summary': 'Người có phẩm chất, năng lực nổi trội được giữ lại: ưu tiên nâng bậc lương trước thời hạn, quy hoạch, bổ nhiệm; được xét thưởng từ quỹ khen thưởng. Không có khoản tiền; các quyền được ghi là flags.',
  'nd178.art13.condition.no-refusal': 'Được cơ quan xác định là người có phẩm chất, năng lực nổi trội (outstandingStaff: true)',
  'nd178.art13.example': 'Công chức được giữ lại',
  // src/policies/nd178/art14/index.ts
  'nd178.art14.summary': 'Đào tạo, bồi dưỡng nâng cao trình độ theo vị trí việc làm sau sắp xếp. Không có khoản tiền; quyền được ghi là flags.',
  'nd178.art14.condition.no-refusal': 'Thuộc diện được đào tạo sau sắp xếp (postRestructuringTraining: true)',
  'nd178.art14.example': 'Công chức được đào tạo sau sắp xếp',
  // src/policies/nd178/art7/index.ts
  'nd178.art7.summary': 'Cán bộ, công chức, viên chức, người lao động và lực lượng vũ trang chịu tác động trực tiếp của việc sắp xếp (khoản 1, 3 Điều 2) nghỉ hưu trước tuổi: trợ cấp hưu trí một lần cho số tháng nghỉ sớm, trợ cấp theo số năm nghỉ sớm và theo thời gian đóng BHXH; mức một lần giảm một nửa từ tháng thứ 13 kể từ quyết định sắp xếp.',
  'nd178.art7.condition.group-not-covered': 'Thuộc khoản 1 hoặc 3 Điều 2 (group directly-affected hoặc association)',
  'nd178.art7.item.one-off-pension.when': 'Khung A, C, U2: 1,0 tháng lương cho mỗi tháng nghỉ sớm (tối đa 60); khung B: 0,9 × 60. Từ tháng thứ 13 kể từ quyết định sắp xếp: một nửa (U2 của công chức, viên chức: không giảm; U2 của lực lượng vũ trang: giảm, theo tùy chọn)',
  'nd178.art7.example': 'Công văn 1814/BNV-TCBC (O1): khung A, trong 12 tháng đầu',
  // src/policies/nd178/art7a/index.ts
  'nd178.art7a.summary': 'Người không chịu tác động trực tiếp nhưng nghỉ để tinh giản (khoản 2 Điều 2, do Nghị định 67/2025 bổ sung): cùng các khoản như Điều 7, với mức một lần 1,0 tính trong 12 tháng kể từ 15/3/2025 và một nửa sau đó.',
  'nd178.art7a.condition.group-not-covered': 'Thuộc khoản 2 Điều 2 (group not-directly-affected)',
  'nd178.art7a.condition.not-in-ruleset': 'Áp dụng theo Nghị định 178 đã sửa đổi (ruleset amended)',
  'nd178.art7a.condition.group-not-covered-2': 'Còn từ 60 tháng (5 năm) trở xuống đến tuổi nghỉ hưu — cả nhóm khoản 2 Điều 2, công chức, viên chức như lực lượng vũ trang; nếu không, có thể xét Điều 9, 10 hoặc Nghị định 154/2025',
  'nd178.art7a.condition.before-in-force': 'Ngày nghỉ từ 15/3/2025 (Nghị định 67/2025 có hiệu lực)',
  'nd178.art7a.example': 'Công chức tinh giản, nghỉ 01/3/2026 (trong 12 tháng đầu)',
  // src/policies/nd178/art7b/index.ts
  'nd178.art7b.summary': 'Cán bộ không đủ tuổi tái cử, tái bổ nhiệm theo Nghị định 177 (khoản 4 Điều 2, do Nghị định 67/2025 bổ sung): cùng các khoản như Điều 7, mức một lần 1,0, không giảm theo thời gian.',
  'nd178.art7b.condition.decree-177-clause-5': 'Không phải cán bộ khoản 5 Điều 2 Nghị định 177 (diện Bộ Chính trị, Ban Bí thư quản lý): họ chỉ thuộc Nghị định 177',
  'nd178.art7b.condition.group-not-covered': 'Thuộc khoản 4 Điều 2 (group decree-177-cadre)',
  'nd178.art7b.condition.not-in-ruleset': 'Áp dụng theo Nghị định 178 đã sửa đổi (ruleset amended)',
  'nd178.art7b.item.one-off-pension.when': 'Không có mốc 12 tháng',
  'nd178.art7b.example': 'Cán bộ D3 (examples.md): 30 tháng trước tuổi',
  // src/policies/nd178/art9/index.ts
  'nd178.art9.example': 'Ví dụ O2 (examples.md): lương theo Công văn 1814, nghỉ 01/9/2025',
  // src/policies/nd178/common/conditions.ts
  'nd178.conditions.condition.before-in-force': 'Ngày nghỉ từ ngày Nghị định 178/2024 có hiệu lực (01/01/2025)',
  'nd178.conditions.condition.excluded-by-guidance': 'Không thuộc trường hợp hướng dẫn chưa giải quyết (mang thai, nghỉ thai sản, con dưới 36 tháng — trừ khi tự nguyện; đang bị kỷ luật, truy cứu, thanh tra)',
  'nd178.conditions.condition.base-salary-out-of-table': 'Xác định được tiền lương tháng hiện hưởng S (mức lương cơ sở của tháng trước tháng nghỉ có trong bảng, hoặc nhập salary.baseSalary)',
  'nd178.conditions.condition.base-salary-unknown': 'Mức lương cơ sở của tháng đó đã được biết: bảng được coi là đã biết đến ngày trước ngày 01/7 kế tiếp sau dòng cuối ({baseSalary}), hoặc nhập salary.baseSalary',
  'nd178.conditions.condition.retirement-age-out-of-table': 'Xác định được tuổi nghỉ hưu (Phụ lục I Nghị định 135/2020, hạn tuổi phục vụ của sĩ quan, hoặc retirementAge)',
  'nd178.conditions.condition.leave-before-restructuring': 'Nghỉ trước ngày quyết định sắp xếp có hiệu lực: mặc định tính theo mức 12 tháng đầu, có cảnh báo; bị từ chối với leaveBeforeRestructuring "refuse", hoặc "after-issue-only" khi nghỉ trước ngày ký quyết định',
  'nd178.conditions.condition.restructuring-issued-date-missing': 'Với "after-issue-only": có ngày ký quyết định sắp xếp (restructuringIssuedDate)',
  'nd178.conditions.condition.restructuring-date-missing': 'Nhóm chịu tác động trực tiếp: có ngày quyết định sắp xếp có hiệu lực (restructuringDate; chỉ có thể thiếu trong hồ sơ tinh giản theo Nghị định 154)',
  'nd178.conditions.condition.decree-177-clause-missing': 'Xác định được nhóm của khoản 4 Điều 2: decree177Clause (khoản 1–3: chưa đủ tuổi tái cử, tái bổ nhiệm; khoản 4: theo congressDate), kèm congressDate',
  'nd178.conditions.condition.outside-clause-4-range': 'Khoản 4 Điều 2 Nghị định 177: còn từ 30 đến 60 tháng tính từ ngày bắt đầu đại hội đến tuổi nghỉ hưu',
  'nd178.conditions.condition.not-early': 'Tháng nghỉ trước tháng hưởng lương hưu theo tuổi (T ≥ 1)',
  'nd178.conditions.condition.not-pension-eligible': 'Đủ điều kiện hưởng lương hưu: 20 năm đóng BHXH (nghỉ trước 01/7/2025) hoặc 15 năm (từ 01/7/2025)',
  'nd178.conditions.condition.too-early': 'Thuộc một khung: A 24–60 tháng trước tuổi (Phụ lục I), B 61–120 tháng, C 24–60 tháng theo Phụ lục II (15 năm làm nghề nặng nhọc, độc hại hoặc ở vùng đặc biệt khó khăn), U2 dưới 24 tháng; nếu hai khung cùng áp dụng, lấy khung có tổng cao hơn',
  'nd178.conditions.item.insured-time-allowance.when': 'Nghỉ trước 01/7/2025: 5 tháng cho 20 năm đầu; từ 01/7/2025 (Nghị định 67/2025): 4 tháng cho 15 năm đầu; 0,5 tháng cho mỗi năm sau đó. Khung U2: không có',
  // src/policies/nd178/common/resignation-declaration.ts
  'nd178.resignation-declaration.item.severance.when': 'M = số tháng đóng BHXH tại cơ quan thuộc phạm vi (publicSectorInsuredMonths, mặc định insuredMonths), tối đa 60',
  'nd178.resignation-declaration.condition.group-not-covered': 'Thuộc khoản 1 hoặc 3 Điều 2 (group directly-affected hoặc association)',
  'nd178.resignation-declaration.condition.at-retirement-age': 'Chưa đến tháng hưởng lương hưu theo tuổi',
  'nd178.resignation-declaration.condition.under-24-months': 'Còn từ đủ 24 tháng trở lên đến tuổi nghỉ hưu (Phụ lục I; Phụ lục II theo tùy chọn)',
  'nd178.resignation-declaration.condition.eligible-for-early-retirement': 'Không đủ điều kiện nghỉ hưu trước tuổi theo Điều 7',
  // added by hand: messages with a sentence of each language inside (src/policies/nd178/common/messages.ts), and the resignation summaries
  'nd178.conditions.item.early-years-allowance.when': 'Khung A, C: 5 tháng lương mỗi năm; khung B: 4 tháng; khung U2: không có. Số năm: {oddMonths}',
  'nd178.resignation-declaration.item.insured-years-allowance.when': 'N: số năm đóng BHXH, {oddMonths}',
  'nd178.art9.summary': 'Cán bộ, công chức (và sĩ quan, quân nhân chuyên nghiệp, công an, cơ yếu) nghỉ thôi việc do sắp xếp: trợ cấp thôi việc, trợ cấp theo số năm đóng BHXH và trợ cấp tìm việc làm; trợ cấp thôi việc giảm một nửa từ tháng thứ 13 kể từ quyết định sắp xếp.',
  'nd178.art10.summary': 'Viên chức, người lao động (và công nhân, viên chức quốc phòng) nghỉ thôi việc do sắp xếp: trợ cấp thôi việc, trợ cấp theo số năm đóng BHXH; trợ cấp thôi việc giảm một nửa từ tháng thứ 13 kể từ quyết định sắp xếp.',
  // declared conditions for refusals the code already gave (tests/rule-book/refusal-codes.test.ts)
  'nd178.art12.condition.base-salary-out-of-table': 'Mức lương cơ sở của ngày nhận công tác có trong bảng',
  'nd178.art12.condition.base-salary-unknown': 'Mức lương cơ sở của ngày nhận công tác đã được biết (bảng được coi là đã biết đến ngày {knownThrough})',
} as const satisfies Record<string, string>;
