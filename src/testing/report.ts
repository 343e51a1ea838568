import { dec, formatNumber } from '../core/money.js';
import type { Text } from '../i18n/text.js';
import { showJson } from './json-equal.js';
import type { Outcome } from '../model/types.js';
import { itemView, refusalView, type ItemView, type PolicyTestFailure, type RefusalView } from './policy-checks.js';
import type { PolicyTestResult, PolicyTestRun } from './policy-tests.js';
import { msg } from '../locales/testing.js';

export type ReportLanguage = 'en' | 'vi';

export interface ReportOptions {
  /** Language of the report (default English); messages of the library follow it. */
  readonly lang?: ReportLanguage;
  /** List passing cases too (one line each); default false. */
  readonly showPassed?: boolean;
}

type L = ReportLanguage;
const t = (lang: L, text: Text) => text[lang];
const pick = (lang: L, text: Text | undefined) => (text ? text[lang] : '');

/** "744,778,125"; anything that is not an integer string is shown as JSON. */
function money(v: unknown): string {
  return typeof v === 'string' && /^-?\d+$/.test(v) ? formatNumber(v) : showJson(v);
}

function difference(expected: unknown, actual: unknown): string {
  if (typeof expected !== 'string' || typeof actual !== 'string' || !/^\d+$/.test(expected) || !/^\d+$/.test(actual)) return '';
  const d = dec(actual).minus(expected);
  return d.isZero() ? '' : ` (${d.isPositive() ? '+' : '−'}${formatNumber(d.abs())})`;
}

function itemLines(lang: L, items: readonly ItemView[] | undefined): string[] {
  if (!items || items.length === 0) return [`      ${t(lang, msg('testing.report.no-items'))}`];
  return items.flatMap((i) => [
    `      ${i.code} (${pick(lang, i.label)}): ${money(i.amount)}`,
    `        ${t(lang, msg('testing.report.formula'))}: ${i.formula || t(lang, msg('testing.report.none'))}`,
    `        ${t(lang, msg('testing.report.citation'))}: ${i.citation || t(lang, msg('testing.report.none'))}`,
  ]);
}

function refusalLines(lang: L, r: RefusalView | undefined): string[] {
  if (!r) return [];
  return [`      ${t(lang, msg('testing.report.refusal'))}: ${r.code} — ${pick(lang, r.message)}`, `        ${t(lang, msg('testing.report.citation'))}: ${r.citation}`];
}

function issueLines(lang: L, f: PolicyTestFailure): string[] {
  return (f.issues ?? []).map((i) => `      - ${i.messages ? pick(lang, i.messages) : i.message}`);
}

const where = (f: PolicyTestFailure) => [f.policy, f.subject].filter(Boolean).join(' › ');

/** The lines of one failed check: what was expected, what came out, and the formula, citation or refusal behind it. */
export function describeFailure(f: PolicyTestFailure, lang: L = 'en'): string[] {
  const head = (text: Text) => `  ✗ ${text[lang]}`;
  const exp = (v: unknown) => money(v);
  switch (f.kind) {
    case 'no-source':
      return [head(msg('testing.report.no-source'))];
    case 'error':
      return [head(msg('testing.report.error')), ...issueLines(lang, f)];
    case 'expected-invalid':
      return [head(msg('testing.report.expected-rejection', { expected: showJson(f.expected) }))];
    case 'unexpected-invalid':
      return [head(msg('testing.report.rejected')), ...issueLines(lang, f)];
    case 'invalid-paths':
      return [head(msg('testing.report.rejected-fields', { expected: showJson(f.expected), actual: showJson(f.actual) })), ...issueLines(lang, f)];
    case 'best':
      return [
        head(msg('testing.report.best', { expected: showJson(f.expected), actual: showJson(f.actual) })),
        `      ${t(lang, msg('testing.report.eligible-policies'))}: ${(f.available ?? []).join('; ') || t(lang, msg('testing.report.no-policy'))}`,
      ];
    case 'missing-outcome':
      return [head(msg('testing.report.no-such-outcome', { policy: String(f.policy), outcomes: (f.available ?? []).join(', ') }))];
    case 'eligible':
      return [
        head(msg('testing.report.eligible-mismatch', { policy: String(f.policy), expected: String(f.expected), actual: String(f.actual) })),
        ...refusalLines(lang, f.refusal),
        ...(f.actual ? itemLines(lang, f.items) : []),
      ];
    case 'refusal':
      return [head(msg('testing.report.refusal-mismatch', { policy: String(f.policy), expected: showJson(f.expected), actual: showJson(f.actual) })), ...refusalLines(lang, f.refusal)];
    case 'total':
      return [
        head(msg('testing.report.total-mismatch', { policy: String(f.policy), expected: exp(f.expected), actual: money(f.actual), difference: difference(f.expected, f.actual) })),
        ...refusalLines(lang, f.refusal),
        ...itemLines(lang, f.items),
      ];
    case 'missing-item':
      return [
        head(msg('testing.report.no-such-item', { where: where(f), expected: exp(f.expected) })),
        ...refusalLines(lang, f.refusal),
        ...itemLines(lang, f.items),
      ];
    case 'item-amount':
      return [head(msg('testing.report.amount-mismatch', { where: where(f), expected: exp(f.expected), actual: money(f.actual), difference: difference(f.expected, f.actual) })), ...itemLines(lang, f.items)];
    case 'item-formula':
      return [head(msg('testing.report.formula-mismatch', { where: where(f), expected: showJson(f.expected), actual: showJson(f.actual) })), ...itemLines(lang, f.items)];
    case 'item-citation':
      return [head(msg('testing.report.citation-mismatch', { where: where(f), expected: showJson(f.expected), actual: showJson(f.actual) })), ...itemLines(lang, f.items)];
    case 'fact':
    case 'schedule':
      return [head(msg('testing.report.mismatch', { where: where(f), expected: showJson(f.expected), actual: showJson(f.actual) }))];
    case 'items-sum':
      return [head(msg('testing.report.items-do-not-add-up', { policy: String(f.policy), sum: money(f.actual), total: money(f.expected) })), ...itemLines(lang, f.items)];
    case 'flags':
      return [head(msg('testing.report.flags-mismatch', { policy: String(f.policy), expected: showJson(f.expected), actual: showJson(f.actual) }))];
    case 'warnings':
      return [head(msg('testing.report.warnings-mismatch', { expected: showJson(f.expected), actual: showJson(f.actual) }))];
    case 'item-unexplained':
      return [head(msg('testing.report.item-without-formula', { where: where(f) })), ...itemLines(lang, f.items)];
  }
}

/** An outcome as a report shows it: eligible or refused (with the reason), the total and every item. */
export function describeOutcome(o: Outcome, lang: L = 'en'): string[] {
  const head = `    ${o.policy}: ${o.eligible ? t(lang, msg('testing.report.eligible')) : t(lang, msg('testing.report.not-eligible'))}, ${t(lang, msg('testing.report.total'))} ${money(o.total)}`;
  return [head, ...refusalLines(lang, refusalView(o)), ...(o.eligible ? itemLines(lang, o.items.map(itemView)) : [])];
}

function title(r: PolicyTestResult, lang: L): string {
  const at = [r.file ? `${r.file} #${r.index}` : `#${r.index}`, r.id ? `id ${r.id}` : ''].filter(Boolean).join(', ');
  return `${r.passed ? t(lang, msg('testing.report.pass')) : t(lang, msg('testing.report.fail'))}  ${r.name}  (${at})`;
}

/** A readable report of one case: for a failure, each failed check with the formula, citation or refusal used. */
export function formatPolicyTestResult(r: PolicyTestResult, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'en';
  if (r.passed) return title(r, lang);
  const lines = [title(r, lang), `    ${t(lang, msg('testing.report.source'))}: ${r.source || '—'}`];
  for (const f of r.failures) lines.push(...describeFailure(f, lang));
  if (r.note) lines.push(`    ${t(lang, msg('testing.report.note'))}: ${r.note}`);
  return lines.join('\n');
}

/** Failing cases in full, passing ones as one line when asked, then the count. */
export function formatPolicyTestRun(run: PolicyTestRun, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'en';
  const parts: string[] = [];
  for (const r of run.results) if (!r.passed || options.showPassed) parts.push(formatPolicyTestResult(r, options));
  const name = run.file ?? run.description ?? '';
  parts.push(`${name ? `${name}: ` : ''}${run.passed} ${t(lang, msg('testing.report.passed'))}, ${run.failed} ${t(lang, msg('testing.report.failed'))}`);
  return parts.join('\n\n');
}
