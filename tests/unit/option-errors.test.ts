import { describe, expect, it } from 'vitest';
import { safeAssess } from '../../src/index.js';

/** An error in the options of `assess` names the option and says what is wrong in Vietnamese and in English. */
describe('assess option errors', () => {
  it('an unknown option, a value outside the list and a bad date: each issue in both languages, the English as `message`', () => {
    const r = safeAssess({ id: 'x' }, { ruleset: 'nope', colour: 'red', baseSalaryKnownThrough: '2027-02-30' } as never);
    if (r.ok) throw new Error('expected invalid options');
    const byPath = Object.fromEntries(r.error.issues.filter((i) => i.path.startsWith('options.')).map((i) => [i.path, i]));
    expect(Object.keys(byPath).sort()).toEqual(['options.baseSalaryKnownThrough', 'options.colour', 'options.ruleset']);
    expect(byPath['options.ruleset']!.messages).toEqual({
      vi: 'options.ruleset: cần một trong "amended", "original"',
      en: 'options.ruleset: expected one of "amended", "original"',
    });
    expect(byPath['options.colour']!.messages).toEqual({ vi: 'options.colour: tùy chọn không tồn tại', en: 'options.colour: unknown option' });
    for (const issue of Object.values(byPath)) {
      expect(issue.code).toBe('invalid-option');
      expect(issue.message).toBe(issue.messages.en);
      expect(issue.messages.vi).not.toBe(issue.messages.en);
    }
  });
});
