import type { WindowAnniversary } from '../rules/window.js';
import type { FactValue } from './types.js';

/**
 * Documented defaults a caller may override. Every option is echoed in the output, with the names of
 * those left at their default, so a result can be reproduced and defended.
 */
export interface AssessOptions {
  /** `amended` (default): Decree 178 as amended by Decree 67/2025. `original`: the text of 31 Dec 2024, for top-up comparisons. */
  readonly ruleset?: 'amended' | 'original';
  /** How a leave date on the anniversary of the window start is read [L]; default `outside` (13th month). */
  readonly windowAnniversary?: WindowAnniversary;
  /** Apply the 12-month window to the under-2-years one-off pension of the armed forces (Circular 19/2025/TT-BQP) [M]; default true. */
  readonly u2WindowForArmedForces?: boolean;
  /** Refuse people the guidance excludes (pregnancy, maternity, child under 36 months unless volunteering; discipline…) [M]; default true. */
  readonly applyEligibilityFilter?: boolean;
  /** Which age the resignation articles' "2 years or more to retirement age" uses [L]: `annex-I` (default) or `lowest-applicable` (Annex II when qualified). */
  readonly resignationAge?: 'annex-I' | 'lowest-applicable';
  /** Drop allowances the law excludes from the salary instead of rejecting the case; default false. */
  readonly ignoreExcludedAllowances?: boolean;
}

export type ResolvedOptions = Required<AssessOptions>;

export const defaultOptions: ResolvedOptions = {
  ruleset: 'amended',
  windowAnniversary: 'outside',
  u2WindowForArmedForces: true,
  applyEligibilityFilter: true,
  resignationAge: 'annex-I',
  ignoreExcludedAllowances: false,
};

const allowed: { [K in keyof ResolvedOptions]: readonly ResolvedOptions[K][] } = {
  ruleset: ['amended', 'original'],
  windowAnniversary: ['outside', 'inside'],
  u2WindowForArmedForces: [true, false],
  applyEligibilityFilter: [true, false],
  resignationAge: ['annex-I', 'lowest-applicable'],
  ignoreExcludedAllowances: [true, false],
};

export interface OptionIssue {
  readonly path: string;
  readonly message: string;
}

/** Checks the options object; unknown names and values are errors, like unknown input fields. */
export function resolveOptions(options: AssessOptions | undefined): { ok: true; value: ResolvedOptions; defaulted: string[] } | { ok: false; issues: OptionIssue[] } {
  const given = (options ?? {}) as Record<string, unknown>;
  const issues: OptionIssue[] = [];
  for (const [key, value] of Object.entries(given)) {
    if (!Object.prototype.hasOwnProperty.call(allowed, key)) {
      issues.push({ path: `options.${key}`, message: `options.${key}: unknown option` });
    } else if (value !== undefined && !(allowed[key as keyof ResolvedOptions] as readonly unknown[]).includes(value)) {
      const list = (allowed[key as keyof ResolvedOptions] as readonly unknown[]).map((v) => JSON.stringify(v)).join(', ');
      issues.push({ path: `options.${key}`, message: `options.${key}: expected one of ${list}` });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const value = { ...defaultOptions } as Record<string, unknown>;
  const defaulted: string[] = [];
  for (const key of Object.keys(defaultOptions)) {
    if (given[key] === undefined) defaulted.push(key);
    else value[key] = given[key];
  }
  return { ok: true, value: value as unknown as ResolvedOptions, defaulted };
}

export function echoOptions(value: ResolvedOptions, defaulted: readonly string[]): Record<string, FactValue> {
  return { ...value, defaulted: [...defaulted] };
}
