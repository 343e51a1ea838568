// Type-only: brings vitest's `Matchers` into the program for the augmentation below; erased at run time.
import type {} from 'vitest';
import type { Assessment } from '../model/types.js';
import { formatNumber } from '../core/money.js';
import { checkAssessment, type OutcomeCheck, type PolicyTestFailure } from './policy-checks.js';
import { describeFailure, describeOutcome, type ReportLanguage } from './report.js';
import { text, type Text } from '../i18n/text.js';
import { enSlashVi, msg } from '../locales/testing.js';

/**
 * Matchers for vitest (or Jest) that speak the analyst's language: a failure shows the items with their
 * formulas and citations, or the refusal with its reason, in English and Vietnamese.
 *
 * ```ts
 * import { expect } from 'vitest';
 * import { policyMatchers } from 'vn-staff-entitlements/testing';
 * expect.extend(policyMatchers);
 * expect(assess(input)).toHaveBest('nd178/art7');
 * expect(assess(input)).toHaveTotal('nd178/art7', '744778125');
 * expect(assess(input)).toHaveItem('nd178/art7', 'one-off-pension', '460687500');
 * expect(assess(input)).toBeRefused('nd178/art9', 'eligible-for-early-retirement');
 * ```
 * The received value may be an `Assessment` or a `safeAssess` result.
 */
export interface PolicyMatchers<R = unknown> {
  /** The policy paid (the eligible outcome with the highest total), or null when none is. */
  toHaveBest(policy: string | null): R;
  toHaveTotal(policy: string, total: string | number): R;
  /** The outcome has the item; with `amount`, for exactly that amount. */
  toHaveItem(policy: string, code: string, amount?: string | number): R;
  /** The outcome is refused; with `code`, for that reason. */
  toBeRefused(policy: string, code?: string): R;
  toBeEligible(policy: string): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends PolicyMatchers<T> {}
}

interface MatcherState {
  readonly isNot?: boolean;
}

export interface PolicyMatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

const LANGS: readonly ReportLanguage[] = ['en', 'vi'];

function amountOf(v: string | number): string {
  return typeof v === 'number' ? (Number.isSafeInteger(v) ? String(v) : 'not-an-integer') : v;
}

/** The assessment inside `received`, or the lines that say why there is none. */
function assessmentOf(received: unknown): { a: Assessment } | { problem: string } {
  const r = received as { ok?: unknown; value?: unknown; error?: { issues?: { message: string }[]; message?: string } } | null;
  if (r && typeof r === 'object' && 'outcomes' in r) return { a: r as unknown as Assessment };
  if (r && typeof r === 'object' && r.ok === true && r.value && typeof r.value === 'object') return { a: r.value as Assessment };
  if (r && typeof r === 'object' && r.ok === false) {
    const issues = r.error?.issues?.map((i) => `  - ${i.message}`).join('\n') ?? r.error?.message ?? '';
    return { problem: `${enSlashVi(msg('testing.matcher.rejected'))}:\n${issues}` };
  }
  return { problem: `${enSlashVi(msg('testing.matcher.not-an-assessment'))}; got ${typeof received}` };
}

function both(fn: (lang: ReportLanguage) => string[]): string {
  return LANGS.map((lang) => fn(lang).join('\n')).join('\n\n');
}

function failureText(failures: readonly PolicyTestFailure[]): string {
  return both((lang) => failures.flatMap((f) => describeFailure(f, lang)));
}

/** Runs the checks of a partial expectation and words the result for `expect` and `expect.not`. */
function matcher(received: unknown, claim: Text, policy: string | null, check: (a: Assessment) => PolicyTestFailure[]): PolicyMatcherResult {
  const found = assessmentOf(received);
  if ('problem' in found) return { pass: false, message: () => found.problem };
  const failures = check(found.a);
  const pass = failures.length === 0;
  return {
    pass,
    message: () => {
      if (!pass) {
        const expected = msg('testing.matcher.expected', { claim });
        return `${expected.en} / ${expected.vi}\n${failureText(failures)}`;
      }
      const o = policy ? found.a.outcomes.find((x) => x.policy === policy) : undefined;
      const detail = o ? `\n${both((lang) => describeOutcome(o, lang))}` : '';
      const unexpected = msg('testing.matcher.unexpected', { claim });
      return `${unexpected.en} / ${unexpected.vi}${detail}`;
    },
  };
}

const one = (policy: string, e: OutcomeCheck) => (a: Assessment) => checkAssessment(a, { outcomes: { [policy]: e } });

export const policyMatchers = {
  toHaveBest(this: MatcherState, received: unknown, policy: string | null) {
    return matcher(received, msg('testing.matcher.best', { policy: String(policy) }), policy, (a) => checkAssessment(a, { best: policy }));
  },
  toHaveTotal(this: MatcherState, received: unknown, policy: string, total: string | number) {
    const t = amountOf(total);
    return matcher(received, msg('testing.matcher.total', { policy, total: text(t, formatNumber(/^\d+$/.test(t) ? t : '0')) }), policy, one(policy, { total: t }));
  },
  toHaveItem(this: MatcherState, received: unknown, policy: string, code: string, amount?: string | number) {
    const items = { [code]: amount === undefined ? {} : amountOf(amount) };
    const shown = amount === undefined ? '' : ` = ${amountOf(amount)}`;
    return matcher(received, msg('testing.matcher.item', { policy, code, shown }), policy, one(policy, { items }));
  },
  toBeRefused(this: MatcherState, received: unknown, policy: string, code?: string) {
    const e: OutcomeCheck = code === undefined ? { eligible: false } : { eligible: false, refusal: code };
    return matcher(received, msg(code ? 'testing.matcher.refused-with-code' : 'testing.matcher.refused', { policy, code: code ?? '' }), policy, one(policy, e));
  },
  toBeEligible(this: MatcherState, received: unknown, policy: string) {
    return matcher(received, msg('testing.matcher.eligible', { policy }), policy, one(policy, { eligible: true }));
  },
};
