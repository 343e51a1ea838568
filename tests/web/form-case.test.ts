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
