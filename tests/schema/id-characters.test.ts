import { describe, expect, it } from 'vitest';
import { validateNd179Case } from '../../src/schema/nd179.js';
import { validateStaffCase, validateStaffCaseWithZod } from '../../src/schema/validate.js';

/**
 * Issue #13: an id holding U+FFFF made the whole XLSX output unreadable, and other control characters were
 * silently stripped by the writers (two people could end up with one id). Such ids are refused at
 * validation, by both validator paths, naming `id`, with the stable code `invalid-character`.
 */
const staff = {
  id: 'V', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant', monthlySalary: 15_356_250,
  insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
};
const talent = { id: 'T', group: 'graduate' };

const refused: [string, string, string][] = [
  ['U+FFFF (noncharacter)', 'A\uFFFF1', 'U+FFFF'],
  ['U+FFFE (noncharacter)', '\uFFFEA1', 'U+FFFE'],
  ['U+FDD0 (noncharacter)', 'A\uFDD0', 'U+FDD0'],
  ['U+1FFFF (supplementary noncharacter)', 'A\u{1FFFF}', 'U+1FFFF'],
  ['a lone high surrogate', 'A\uD800B', 'U+D800'],
  ['a lone low surrogate at the end', 'AB\uDC00', 'U+DC00'],
  ['NUL', 'A\u0000', 'U+0000'],
  ['ESC (terminal escape)', '\u001B[2JA', 'U+001B'],
  ['a tab', 'A\tB', 'U+0009'],
  ['a line feed', 'A\nB', 'U+000A'],
  ['a carriage return', 'A\rB', 'U+000D'],
  ['DEL', 'A\u007F', 'U+007F'],
  ['a C1 control (U+0085)', 'A\u0085', 'U+0085'],
  ['a C1 control (CSI U+009B)', '\u009B2J', 'U+009B'],
];

const accepted = ['NV-001', 'Nguyễn Văn Ánh', 'Đặng Thị Hương 02', '李 1', 'emoji 😀', 'A B', 'x'.repeat(200)];

describe('ids with characters no file can carry', () => {
  it.each(refused)('%s → refused, naming id, by both validator paths alike', (_label, id, codePoint) => {
    for (const validate of [validateStaffCase, validateStaffCaseWithZod]) {
      const r = validate({ ...staff, id });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      const i = r.issues.find((x) => x.path === 'id');
      expect(i?.code).toBe('invalid-character');
      expect(i?.messages.en).toContain(codePoint);
      expect(i?.messages.vi).toContain(codePoint);
      expect(i?.message.startsWith('id: ')).toBe(true);
      expect(i?.messages.vi.startsWith('id: ')).toBe(true);
    }
    expect(validateStaffCase({ ...staff, id })).toEqual(validateStaffCaseWithZod({ ...staff, id }));
  });

  it.each(refused)('%s → refused in a Decree 179 case too', (_label, id, codePoint) => {
    const r = validateNd179Case({ ...talent, id });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const i = r.issues.find((x) => x.path === 'id');
    expect(i?.code).toBe('invalid-character');
    expect(i?.messages.en).toContain(codePoint);
  });

  it.each(accepted)('%j is an ordinary id and is kept as it is', (id) => {
    const r = validateStaffCase({ ...staff, id });
    expect(r.ok && r.value.id).toBe(id);
    expect(validateStaffCaseWithZod({ ...staff, id })).toEqual(r);
    const t = validateNd179Case({ ...talent, id });
    expect(t.ok && t.value.id).toBe(id);
  });

  it('the message gives the position of the first offending character (1-based, in characters)', () => {
    const r = validateStaffCase({ ...staff, id: 'AB\u0007C' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.messages.en).toMatch(/U\+0007 at position 3/);
  });
});
