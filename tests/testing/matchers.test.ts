import { describe, expect, it } from 'vitest';
import { assess, safeAssess } from '../../src/index.js';
import { aCase, policyMatchers } from '../../src/testing/index.js';

expect.extend(policyMatchers);

const o1 = assess(aCase().id('O1').build());

/** The message of a failed assertion, as the analyst sees it. */
function messageOf(assertion: () => void): string {
  try {
    assertion();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('policy matchers', () => {
  it('pass on the MoHA 1814 example', () => {
    expect(o1).toHaveBest('nd178/art7');
    expect(o1).toHaveTotal('nd178/art7', '744778125');
    expect(o1).toHaveTotal('nd178/art7', 744778125);
    expect(o1).toHaveItem('nd178/art7', 'one-off-pension', '460687500');
    expect(o1).toHaveItem('nd178/art7', 'insured-time-allowance');
    expect(o1).toBeEligible('nd178/art7');
    expect(o1).toBeRefused('nd178/art9', 'eligible-for-early-retirement');
    expect(o1).toBeRefused('nd178/art9');
    expect(safeAssess(aCase().build())).toHaveBest('nd178/art7');
  });

  it('work with .not', () => {
    expect(o1).not.toHaveBest('nd178/art9');
    expect(o1).not.toHaveTotal('nd178/art7', '744788125');
    expect(o1).not.toBeRefused('nd178/art7');
    expect(o1).not.toHaveItem('nd178/art7', 'job-search-allowance');
  });

  it('show the items with formula and citation when a total is wrong, in English and Vietnamese', () => {
    const m = messageOf(() => expect(o1).toHaveTotal('nd178/art7', '744788125'));
    expect(m).toContain('expected the assessment to have nd178/art7 total 744,788,125');
    expect(m).toContain('nd178/art7 total: expected 744,788,125, got 744,778,125 (−10,000)');
    expect(m).toContain('formula: 15,356,250 × 1.0 × 30');
    expect(m).toContain('citation: 178/2024/NĐ-CP Art 7 cl. 1 pt. a');
    expect(m).toContain('công thức: 15,356,250 × 1.0 × 30');
    expect(m).toContain('căn cứ: 178/2024/NĐ-CP Art 7 cl. 1 pt. a');
  });

  it('show the refusal and its citation when an outcome is not what was expected', () => {
    const m = messageOf(() => expect(o1).toBeEligible('nd178/art9'));
    expect(m).toContain('nd178/art9 eligible: expected true, got false');
    expect(m).toContain('refusal: eligible-for-early-retirement — Eligible for early retirement under Art 7');
    expect(m).toContain('citation: 178/2024/NĐ-CP Art 9');
    const wrongCode = messageOf(() => expect(o1).toBeRefused('nd178/art9', 'too-early'));
    expect(wrongCode).toContain('nd178/art9 refusal: expected "too-early", got "eligible-for-early-retirement"');
    const item = messageOf(() => expect(o1).toHaveItem('nd178/art7', 'one-off-pension', '1'));
    expect(item).toContain('nd178/art7 › one-off-pension: expected 1, got 460,687,500 (+460,687,499)');
    const best = messageOf(() => expect(o1).toHaveBest(null));
    expect(best).toContain('eligible policies: nd178/art7 744778125');
  });

  it('word a failed .not with the outcome that matched', () => {
    const m = messageOf(() => expect(o1).not.toHaveTotal('nd178/art7', '744778125'));
    expect(m).toContain('expected the assessment not to have nd178/art7 total 744,778,125, but it does');
    expect(m).toContain('nd178/art7: eligible, total 744,778,125');
    expect(m).toContain('one-off-pension (One-off pension for the months retired early): 460,687,500');
  });

  it('explain when the received value is not an assessment', () => {
    expect(messageOf(() => expect(safeAssess({})).toHaveBest('nd178/art7'))).toContain('the input was rejected / dữ liệu bị từ chối');
    expect(messageOf(() => expect(42).toHaveBest('nd178/art7'))).toContain('expected an Assessment');
  });
});
