import { describe, expect, it } from 'vitest';
import { caseFromValues, fragmentFromValues, valuesFromCase, valuesFromFragment } from '../../src/web/form-case.js';
import { fieldLabel } from '../../src/web/fields.js';

describe('the web form ↔ case ↔ URL fragment (src/web/form-case.ts)', () => {
  const o1 = {
    id: 'O1', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
    salary: { coefficient: '4.65', leadershipCoefficient: '0.6', publicServicePercent: '25' },
    insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
  };

  it('builds the contract case: months as integers, decimals kept as typed text, salary parts grouped, empty fields left out', () => {
    const values = { ...valuesFromCase(o1), monthlySalary: '  ' };
    expect(caseFromValues(values)).toEqual(o1);
  });

  it('guesses nothing: text that is no number ("26x", "4,6,5") goes to the validator as typed', () => {
    const c = caseFromValues({ 'salary.coefficient': '4,6,5', insuredMonths: '26x' });
    expect(c).toEqual({ salary: { coefficient: '4,6,5' }, insuredMonths: '26x' });
  });

  it('round-trips through the fragment, with the language and the what-if parameters beside', () => {
    const values = valuesFromCase(o1);
    const fragment = fragmentFromValues(values, { lang: 'en', parameters: '{"a":1}' });
    expect(fragment).not.toContain('?');
    const back = valuesFromFragment(`#${fragment}`);
    expect(back.values).toEqual(values);
    expect(back.extra).toEqual({ lang: 'en', parameters: '{"a":1}' });
  });

  it('labels a field with the roster reader\'s first Vietnamese heading, and in English from the web locale', () => {
    expect(fieldLabel('salary.coefficient', 'vi')).toBe('Hệ số lương');
    expect(fieldLabel('id', 'vi')).toBe('Mã cán bộ');
    expect(fieldLabel('birthDate', 'en')).toBe('Date of birth');
  });
});

describe('numbers typed the Vietnamese way (decision E23)', () => {
  it('reads a decimal comma and thousands dots as the roster reader does, and flags "1.234" as ambiguous', async () => {
    const { readForm } = await import('../../src/web/form-case.js');
    const r = readForm({ 'salary.coefficient': '4,65', monthlySalary: '15.356.250', 'salary.baseSalary': '2.340' });
    expect(r.input).toEqual({ monthlySalary: '15356250', salary: { coefficient: '4.65', baseSalary: '2.340' } });
    expect(r.ambiguous).toEqual(['salary.baseSalary']);
  });
});

describe('the Decree 154/2025 fields (docs/decree-154.md)', () => {
  const c154 = {
    id: 'TG-02', gender: 'female', birthDate: '1985-04-02', staffType: 'civil-servant', salary: { coefficient: '3', leadershipCoefficient: '0.3' },
    insuredMonths: 150, restructuringDate: '2026-01-01', leaveDate: '2026-03-01', route: 'resignation',
    decree154Streamlining: true, tookDecree178: false, vocationalTraining: { months: 4 }, unpaidLeaveStartDate: '2025-12-01',
    communePartTimeAllowance: '3744000', communePartTimeMonths: 100, otherUncompensatedInsuredMonths: 38,
    priorPostMonthlySalary: '9500000', reemploymentDate: '2031-03-01',
  };

  it('yes/no selects become booleans, the training months an object, amounts read the Vietnamese way; and back', () => {
    const values = valuesFromCase(c154);
    expect(values).toMatchObject({ decree154Streamlining: 'true', tookDecree178: 'false', 'vocationalTraining.months': '4' });
    expect(caseFromValues(values)).toEqual(c154);
    expect(caseFromValues({ decree154Streamlining: 'true', communePartTimeAllowance: '3.744.000', 'vocationalTraining.months': '4' })).toEqual({
      decree154Streamlining: true, communePartTimeAllowance: '3744000', vocationalTraining: { months: 4 },
    });
    const back = valuesFromFragment(`#${fragmentFromValues(values)}`);
    expect(back.values).toEqual(values);
  });

  it('is labelled with the roster headings in Vietnamese, in English from the web locale', () => {
    expect(fieldLabel('decree154Streamlining', 'vi')).toBe('Tinh giản theo NĐ 154');
    expect(fieldLabel('vocationalTraining.months', 'vi')).toBe('Số tháng học nghề');
    expect(fieldLabel('priorPostMonthlySalary', 'vi')).toBe('Tiền lương vị trí trước khi tuyển dụng (đồng)');
    expect(fieldLabel('vocationalTraining.months', 'en')).toBe('Months of vocational training');
  });

  it('the result view shows the Decree 154 outcome, its flags and why the Decree 178 package is not compared', async () => {
    const { safeAssess } = await import('../../src/index.js');
    const { assessmentHtml } = await import('../../src/web/render-result.js');
    // TG-02 of tests/cli/nd154-roster.test.ts: S = 3.3 × 2,340,000 = 7,722,000; 4 × S + 3 × S = 54,054,000.
    const { communePartTimeAllowance: _a, communePartTimeMonths: _m, otherUncompensatedInsuredMonths: _o, priorPostMonthlySalary: _p, reemploymentDate: _r, unpaidLeaveStartDate: _u, ...plain } = c154;
    const r = safeAssess(plain);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const html = assessmentHtml(r.value, 'vi');
    expect(html).toContain('<strong id="grand-total">54,054,000</strong>');
    expect(html).toMatch(/<section class="outcome best" data-policy="nd154\/resignation">/);
    expect(html).toMatch(/<li data-code="training-cost-covered">/);
    expect(html).toMatch(/data-policy="nd178\/art9"><h3>.*<p class="excluded">[^<]+<\/p>/);
  });
});
