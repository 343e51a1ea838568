import type { Language } from '../formats.js';

/** The words of the table output, in English and Vietnamese. */
export const tableText = {
  en: {
    heading: (tool: string, rules: string) => `${tool} · rules ${rules} · amounts in VND`,
    eligible: 'eligible',
    refused: 'refused',
    invalid: '✗ invalid input',
    leave: 'leave',
    pensionMonth: 'statutory pension month',
    salary: 'monthly salary',
    band: 'band',
    monthsEarly: (n: string) => `${n} months early`,
    regime: (r: string) => `${r} insurance regime`,
    warning: 'warning',
    legend: '★ = the policy paid: the eligible one with the highest total (only one is paid); ✗ = invalid input.',
    cases: (n: number, assessed: number, invalid: number, withBest: number) =>
      `Cases: ${n} · assessed ${assessed} · invalid ${invalid} · with an entitlement ${withBest} · without ${assessed - withBest}`,
    policyLine: (eligible: number, refused: number, best: number, total: string) =>
      `eligible ${eligible} / refused ${refused} · paid ${best} · total paid ${total}`,
    grandTotal: (total: string) => `Total to pay (the ★ policy of each case): ${total} VND`,
    none: 'No cases in the input.',
  },
  vi: {
    heading: (tool: string, rules: string) => `${tool} · quy định ${rules} · số tiền tính bằng đồng`,
    eligible: 'đủ ĐK',
    refused: 'không',
    invalid: '✗ dữ liệu không hợp lệ',
    leave: 'ngày nghỉ',
    pensionMonth: 'tháng hưởng hưu theo tuổi',
    salary: 'tiền lương tháng',
    band: 'nhóm',
    monthsEarly: (n: string) => `nghỉ sớm ${n} tháng`,
    regime: (r: string) => `chế độ BHXH ${r}`,
    warning: 'lưu ý',
    legend: '★ = chế độ được hưởng: chế độ đủ điều kiện có tổng cao nhất (chỉ hưởng một chế độ); ✗ = dữ liệu không hợp lệ.',
    cases: (n: number, assessed: number, invalid: number, withBest: number) =>
      `Số hồ sơ: ${n} · đã xét ${assessed} · không hợp lệ ${invalid} · có chế độ ${withBest} · không có ${assessed - withBest}`,
    policyLine: (eligible: number, refused: number, best: number, total: string) =>
      `đủ ĐK ${eligible} / không ${refused} · được hưởng ${best} · tổng chi ${total}`,
    grandTotal: (total: string) => `Tổng kinh phí (chế độ ★ của mỗi hồ sơ): ${total} đồng`,
    none: 'Không có hồ sơ nào.',
  },
} as const satisfies Record<Language, unknown>;
