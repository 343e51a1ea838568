import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowanceYearsNumber } from '../../src/core/service-time.js';
import { oddMonthsRule } from '../../src/policies/nd178/common/odd-months.js';

const root = resolve(import.meta.dirname, '../..');

/** Reads the two ranges back out of the printed sentence: "odd months of A to B count ½ year, C to D a whole year". */
function printedRanges(sentence: string): { half: [number, number]; whole: [number, number] } {
  const m = /odd months of (\d+) to (\d+) count ½ year, (\d+) to (\d+) a whole year/.exec(sentence);
  if (!m) throw new Error(`no rounding sentence in: ${sentence}`);
  const [a, b, c, d] = m.slice(1).map(Number) as [number, number, number, number];
  return { half: [a, b], whole: [c, d] };
}

describe('the rule book prints the rounding the code applies (Decree 178 Art 5; Decree 177 Art 3 cl. 3)', () => {
  const { half, whole } = printedRanges(oddMonthsRule.en);

  it('each odd remainder 1–11 counts as the sentence says, and 0 adds nothing', () => {
    for (let years = 0; years <= 3; years++) {
      expect(allowanceYearsNumber(years * 12)).toBe(years);
      for (let odd = 1; odd <= 11; odd++) {
        const printed = odd >= half[0] && odd <= half[1] ? 0.5 : odd >= whole[0] && odd <= whole[1] ? 1 : NaN;
        expect(allowanceYearsNumber(years * 12 + odd), `${years} years + ${odd} months`).toBe(years + printed);
      }
    }
  });

  it('the sentence covers 1–11 without a gap, and 6 months is half a year (the law, not "6 or more")', () => {
    expect(half).toEqual([1, 6]);
    expect(whole).toEqual([7, 11]);
    expect(oddMonthsRule.vi).toContain('từ 1 đến 6 tháng tính ½ năm');
  });

  it('the published pages of Art 7, 7a, 7b, 9 and 10 carry this sentence and not the old one', () => {
    for (const page of ['nd178-art7', 'nd178-art7a', 'nd178-art7b', 'nd178-art9', 'nd178-art10']) {
      const text = readFileSync(join(root, 'docs/rule-book', `${page}.md`), 'utf8');
      expect(text, page).toContain(oddMonthsRule.en);
      expect(text, page).not.toContain('6 or more a whole year');
      expect(text, page).not.toContain('under 6 count');
    }
  });
});
