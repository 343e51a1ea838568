/**
 * Rule-book text of the nd179 area (docs/rule-book/nd179-*.md): summaries, conditions, example titles.
 * en/nd179.ts must have the same keys and placeholders.
 */
export const nd179 = {
  // src/policies/nd179/common/rule-conditions.ts: G1 (Điều 5 khoản 1, Điều 14)
  'nd179.rules.talented-staff.political-standards': 'criteria.politicalStandards: bản lĩnh chính trị, phẩm chất đạo đức, lý lịch rõ ràng, đủ sức khỏe, khát vọng cống hiến (do cấp có thẩm quyền đánh giá, true hoặc false)',
  'nd179.rules.talented-staff.outstanding-contribution': 'criteria.outstandingContribution: chủ trì tham mưu, đề xuất giải pháp đột phá hoặc có công trình được áp dụng mang lại hiệu quả cao',
  'nd179.rules.talented-staff.sector-criteria': 'criteria.sectorCriteria: tiêu chuẩn, điều kiện cụ thể khác của bộ, ngành, địa phương',
  'nd179.rules.talented-staff.nominated': 'criteria.nominated: được tập thể cấp ủy, lãnh đạo cơ quan tiến cử bằng văn bản',
  'nd179.rules.talented-staff.council-approved': 'criteria.councilApproved: được Hội đồng tuyển chọn người có tài năng kiểm tra, đánh giá đáp ứng tiêu chuẩn',
  'nd179.rules.talented-staff.recognition-date': 'recognitionDate: ngày quyết định công nhận, là ngày bắt đầu hưởng phụ cấp',
  // G2 (Điều 5 khoản 2, Điều 7)
  'nd179.rules.graduate.criterion-path': 'criterionPath: điểm của Điều 5 khoản 2 được đáp ứng (a: thủ khoa hoặc tốt nghiệp loại giỏi ở nước ngoài; b: tốt nghiệp xuất sắc và đạt giải; c: tiến sĩ, bác sĩ hoặc dược sĩ chuyên khoa cấp II)',
  'nd179.rules.graduate.qualification': 'criteria.qualificationMet: đáp ứng tiêu chuẩn của điểm đó',
  'nd179.rules.graduate.age-inputs': 'Có birthDate và applicationDate để xác định tuổi tại ngày nộp hồ sơ dự tuyển (điểm c: trừ khi có criteria.scienceAgeLimitMet)',
  'nd179.rules.graduate.youth-age': 'Điểm a và b: trong độ tuổi thanh niên tại ngày nộp hồ sơ, từ đủ 16 tuổi đến 30 tuổi (Điều 1 Luật Thanh niên); mặc định tính cả năm người đó 30 tuổi, đến ngày trước sinh nhật thứ 31 (tùy chọn youthAge)',
  'nd179.rules.graduate.science-age': 'Điểm c: trong độ tuổi theo quy định của Chính phủ về cá nhân hoạt động khoa học và công nghệ, hiểu là dưới 35 tuổi tại ngày nộp hồ sơ [M, chưa đối chiếu]; criteria.scienceAgeLimitMet quyết định thay khi được nhập',
  'nd179.rules.graduate.recruitment-date': 'recruitmentDate: ngày quyết định tuyển dụng vào công chức, viên chức',
  // G3 (Điều 2 khoản 3, Điều 5 khoản 3, Điều 10)
  'nd179.rules.expert.criterion-path': 'criterionPath: điểm của Điều 5 khoản 3 được đáp ứng (a: tiến sĩ, sau tiến sĩ ở nước ngoài; b: giảng dạy, nghiên cứu, chuyển giao công nghệ tại cơ sở uy tín ở nước ngoài; c: làm việc tại doanh nghiệp, tổ chức hàng đầu, có thành tựu nổi bật)',
  'nd179.rules.expert.qualification': 'criteria.qualificationMet: đáp ứng tiêu chuẩn của điểm đó',
  'nd179.rules.expert.nationality': 'Có nationality: "vietnamese" hoặc "foreign"',
  'nd179.rules.expert.foreigner-conditions': 'Chỉ với người nước ngoài: criteria.foreignerConditionsMet, các điều kiện khác theo pháp luật Việt Nam đối với người nước ngoài (điểm d)',
  'nd179.rules.expert.engagement': 'Có engagement: "civil-service" (tiếp nhận vào công chức, viên chức) hoặc "contract" (hợp đồng lao động)',
  // dùng chung: dữ liệu, thời gian hưởng, từng tháng, ngày hoặc khoảng được hỏi
  'nd179.rules.salary-history': 'Có salaryHistory: danh sách hệ số lương (hoặc tiền lương) theo ngày áp dụng mà phụ cấp nhân lên',
  'nd179.rules.period': 'Còn ngày được hưởng: thời gian hưởng từ ngày bắt đầu, không sớm hơn 01/01/2025 (ngày bắt đầu sớm hơn được tính từ ngày đó, kèm cảnh báo với G1 và G3), đến ngày kết thúc hoặc ngày trước stopDate',
  'nd179.rules.month.salary-in-force': 'Mỗi tháng: có dòng salaryHistory đang áp dụng (dòng đầu tiên bắt đầu từ ngày được đọc trở về trước); tháng bị từ chối không được tính và lịch chi trả không đầy đủ',
  'nd179.rules.month.base-salary-tabled': 'Mỗi tháng tính theo hệ số: bảng lương cơ sở có mức cho tháng đó (hoặc options.baseSalary)',
  'nd179.rules.month.base-salary-known': 'Mỗi tháng tính theo hệ số: mức lương cơ sở đã được biết, đến ngày trước ngày 01/7 đầu tiên sau dòng cuối của bảng, hoặc options.baseSalaryKnownThrough',
  'nd179.rules.at-in-period': 'assess179: ngày được xem (at, mặc định là ngày đầu tiên được hưởng) nằm trong thời gian hưởng',
  'nd179.rules.range-meets-period': 'schedule179: khoảng from–to có ít nhất một ngày trong thời gian hưởng',
  // src/policies/nd179/talent-allowance/index.ts
  'nd179.talent-allowance.summary': 'Cán bộ, công chức, viên chức có tài năng (G1) được cấp có thẩm quyền công nhận, sau khi được tiến cử và được Hội đồng tuyển chọn kiểm tra, đánh giá: phụ cấp tăng thêm 150% mức lương hiện hưởng mỗi tháng kể từ quyết định công nhận. Mức lương được hiểu là gồm cả các khoản phụ cấp lương, như quy định đối với chuyên gia [M] (tùy chọn talentAllowanceBase); phụ cấp chấm dứt khi thôi công nhận [L], do stopDate xác định. Khoản này không dùng để tính đóng, hưởng bảo hiểm xã hội bắt buộc, bảo hiểm y tế, bảo hiểm thất nghiệp. Số điều chưa được đối chiếu với văn bản chính thức.',
  'nd179.talent-allowance.example': 'Người G1 được công nhận ngày 01/7/2025, hệ số 4,4 với phụ cấp 0,5, tại ngày đầu tiên được hưởng',
  // src/policies/nd179/graduate-allowance/index.ts
  'nd179.graduate-allowance.summary': 'Sinh viên tốt nghiệp xuất sắc, nhà khoa học trẻ tài năng (G2) được tuyển dụng vào công chức, viên chức: phụ cấp tăng thêm 150% mức lương theo hệ số lương hiện hưởng mỗi tháng, trong 05 năm kể từ quyết định tuyển dụng, trừ trường hợp của Điều 6 khoản 3 mà nội dung chưa được đối chiếu (do stopDate xác định). Không tính các khoản phụ cấp lương [M] (tùy chọn graduateAllowanceBase). Người được tuyển dụng theo Nghị định 140/2017 trước năm 2025 được hưởng từ 01/01/2025 đến hết 05 năm [M] (tùy chọn decree140Transition). Khoản này không dùng để tính đóng, hưởng bảo hiểm xã hội bắt buộc, bảo hiểm y tế, bảo hiểm thất nghiệp. Số điều chưa được đối chiếu với văn bản chính thức.',
  'nd179.graduate-allowance.condition.decree-140': 'Tuyển dụng trước 01/01/2025 (theo Nghị định 140/2017): mặc định được hưởng từ 01/01/2025; bị từ chối theo cách đọc decree140Transition "not-covered"',
  'nd179.graduate-allowance.example': 'Người G2 hệ số 2,34, tuyển dụng ngày 01/01/2025, mức lương cơ sở giữ ở 2.340.000 đồng (phép kiểm tra của d179.md)',
  // src/policies/nd179/probation-full-salary/index.ts
  'nd179.probation-full-salary.summary': 'Người G2 được tuyển dụng hưởng 100% mức lương của bậc tuyển dụng trong thời gian tập sự, thay cho mức lương tập sự thông thường (85% [M]: Nghị định 138/2020 đối với công chức, Nghị định 115/2020 đối với viên chức, chưa đối chiếu; tùy chọn normalProbationRate). Số tiền của chế độ này là phần tăng thêm, (1,0 − 0,85) × mức lương theo hệ số, không gồm phụ cấp; mỗi dòng ghi cả mức lương đầy đủ và mức thông thường. Thời gian tập sự từ probationStartDate (mặc định là ngày tuyển dụng) đến ngày trước ngày tương ứng sau probationMonths tháng. Việc cải cách công vụ năm 2025 có giữ chế độ tập sự hay không còn để ngỏ.',
  'nd179.probation-full-salary.condition.probation-months': 'Có probationMonths: số tháng tập sự theo quyết định tuyển dụng (0 nếu không phải tập sự)',
  'nd179.probation-full-salary.condition.probation': 'Có tập sự: probationMonths khác 0',
  'nd179.probation-full-salary.condition.decree-140': 'Tập sự bắt đầu trước 01/01/2025: mặc định được hưởng từ 01/01/2025; bị từ chối theo cách đọc decree140Transition "not-covered"',
  'nd179.probation-full-salary.example': 'Người G2 tập sự 12 tháng từ 01/3/2025, hệ số 2,34',
  // src/policies/nd179/expert-allowance/index.ts
  'nd179.expert-allowance.summary': 'Chuyên gia, nhà quản lý, nhà quản trị doanh nghiệp, nhà khoa học đầu ngành (G3) là người Việt Nam, trong độ tuổi lao động, được tiếp nhận vào công chức, viên chức theo nguyện vọng: phụ cấp tăng thêm 300% mức lương hiện hưởng, gồm cả phụ cấp lương, mỗi tháng kể từ quyết định tiếp nhận. Nghị định không quy định thời điểm kết thúc [M]: stopDate xác định. Khoản này không dùng để tính đóng, hưởng bảo hiểm xã hội bắt buộc, bảo hiểm y tế, bảo hiểm thất nghiệp. Chuyên gia làm việc theo hợp đồng lao động hưởng mức thù lao thỏa thuận (nd179/expert-contract). Số điều chưa được đối chiếu với văn bản chính thức.',
  'nd179.expert-allowance.condition.not-contract': 'Được tiếp nhận vào công chức, viên chức, không theo hợp đồng lao động (engagement "civil-service")',
  'nd179.expert-allowance.condition.vietnamese': 'Là người Việt Nam (nationality "vietnamese")',
  'nd179.expert-allowance.condition.working-age': 'Được tiếp nhận và là người Việt Nam: criteria.withinWorkingAge, trong độ tuổi lao động theo pháp luật về lao động (dữ liệu nhập, không suy ra từ ngày sinh)',
  'nd179.expert-allowance.condition.recruitment-date': 'Được tiếp nhận và là người Việt Nam: recruitmentDate, ngày quyết định tiếp nhận',
  'nd179.expert-allowance.example': 'Chuyên gia G3 người Việt Nam hệ số 6,2 với phụ cấp 0,8, được tiếp nhận ngày 10/02/2025',
  // src/policies/nd179/expert-contract/index.ts
  'nd179.expert-contract.summary': 'Chuyên gia (G3) người Việt Nam hoặc người nước ngoài làm việc theo hợp đồng lao động: mức thù lao do thỏa thuận, người đứng đầu bộ, ngành, địa phương quyết định. Thư viện không tính mức này: mức thù lao hằng tháng đã thỏa thuận là dữ liệu nhập (contractMonthlyAmount), được chia theo thời hạn hợp đồng (từ contractStartDate đến contractEndDate, kể cả hai ngày). Nghị định 179 không quy định về bảo hiểm đối với khoản này: theo hợp đồng và pháp luật về bảo hiểm.',
  'nd179.expert-contract.condition.contract': 'Làm việc theo hợp đồng lao động, không được tiếp nhận vào công chức, viên chức (engagement "contract")',
  'nd179.expert-contract.condition.amount': 'Theo hợp đồng: contractMonthlyAmount, mức thù lao hằng tháng đã thỏa thuận',
  'nd179.expert-contract.condition.start': 'Theo hợp đồng: contractStartDate, ngày hợp đồng bắt đầu',
  'nd179.expert-contract.example': 'Chuyên gia G3 người nước ngoài theo hợp đồng 60.000.000 đồng/tháng từ 16/4 đến 30/6/2025',
} as const satisfies Record<string, string>;
