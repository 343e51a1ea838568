import { dec, formatNumber } from '../core/money.js';
import type { Text } from '../i18n/text.js';
import { showJson } from './json-equal.js';
import type { Outcome } from '../model/types.js';
import { itemView, refusalView, type ItemView, type PolicyTestFailure, type RefusalView } from './policy-checks.js';
import type { PolicyTestResult, PolicyTestRun } from './policy-tests.js';

export type ReportLanguage = 'en' | 'vi';

export interface ReportOptions {
  /** Language of the report (default English); messages of the library follow it. */
  readonly lang?: ReportLanguage;
  /** List passing cases too (one line each); default false. */
  readonly showPassed?: boolean;
}

type L = ReportLanguage;
const t = (lang: L, vi: string, en: string) => (lang === 'vi' ? vi : en);
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
  if (!items || items.length === 0) return [`      ${t(lang, 'không có khoản nào', 'no items')}`];
  return items.flatMap((i) => [
    `      ${i.code} (${pick(lang, i.label)}): ${money(i.amount)}`,
    `        ${t(lang, 'công thức', 'formula')}: ${i.formula || t(lang, '(không có)', '(none)')}`,
    `        ${t(lang, 'căn cứ', 'citation')}: ${i.citation || t(lang, '(không có)', '(none)')}`,
  ]);
}

function refusalLines(lang: L, r: RefusalView | undefined): string[] {
  if (!r) return [];
  return [`      ${t(lang, 'từ chối', 'refusal')}: ${r.code} — ${pick(lang, r.message)}`, `        ${t(lang, 'căn cứ', 'citation')}: ${r.citation}`];
}

function issueLines(lang: L, f: PolicyTestFailure): string[] {
  return (f.issues ?? []).map((i) => `      - ${i.messages ? pick(lang, i.messages) : i.message}`);
}

const where = (f: PolicyTestFailure) => [f.policy, f.subject].filter(Boolean).join(' › ');

/** The lines of one failed check: what was expected, what came out, and the formula, citation or refusal behind it. */
export function describeFailure(f: PolicyTestFailure, lang: L = 'en'): string[] {
  const head = (vi: string, en: string) => `  ✗ ${t(lang, vi, en)}`;
  const exp = (v: unknown) => money(v);
  switch (f.kind) {
    case 'no-source':
      return [head('thiếu "source": ghi rõ số liệu mong đợi lấy từ đâu', 'no "source": say where the expected numbers come from')];
    case 'error':
      return [head('lỗi khi tính:', 'assessing threw an error:'), ...issueLines(lang, f)];
    case 'expected-invalid':
      return [head(`mong đợi dữ liệu bị từ chối (trường ${showJson(f.expected)}), nhưng dữ liệu được chấp nhận`, `expected the input to be rejected (fields ${showJson(f.expected)}), but it was accepted`)];
    case 'unexpected-invalid':
      return [head('dữ liệu bị từ chối:', 'the input was rejected:'), ...issueLines(lang, f)];
    case 'invalid-paths':
      return [head(`trường bị từ chối: mong đợi ${showJson(f.expected)}, thực tế ${showJson(f.actual)}`, `rejected fields: expected ${showJson(f.expected)}, got ${showJson(f.actual)}`), ...issueLines(lang, f)];
    case 'best':
      return [
        head(`chính sách được hưởng (best): mong đợi ${showJson(f.expected)}, thực tế ${showJson(f.actual)}`, `best (the policy paid): expected ${showJson(f.expected)}, got ${showJson(f.actual)}`),
        `      ${t(lang, 'các chính sách đủ điều kiện', 'eligible policies')}: ${(f.available ?? []).join('; ') || t(lang, 'không có', 'none')}`,
      ];
    case 'missing-outcome':
      return [head(`${f.policy}: không có kết quả này; các kết quả: ${(f.available ?? []).join(', ')}`, `${f.policy}: no such outcome; the outcomes are ${(f.available ?? []).join(', ')}`)];
    case 'eligible':
      return [
        head(`${f.policy} đủ điều kiện: mong đợi ${String(f.expected)}, thực tế ${String(f.actual)}`, `${f.policy} eligible: expected ${String(f.expected)}, got ${String(f.actual)}`),
        ...refusalLines(lang, f.refusal),
        ...(f.actual ? itemLines(lang, f.items) : []),
      ];
    case 'refusal':
      return [head(`${f.policy} lý do từ chối: mong đợi ${showJson(f.expected)}, thực tế ${showJson(f.actual)}`, `${f.policy} refusal: expected ${showJson(f.expected)}, got ${showJson(f.actual)}`), ...refusalLines(lang, f.refusal)];
    case 'total':
      return [
        head(`${f.policy} tổng: mong đợi ${exp(f.expected)}, thực tế ${money(f.actual)}${difference(f.expected, f.actual)}`, `${f.policy} total: expected ${exp(f.expected)}, got ${money(f.actual)}${difference(f.expected, f.actual)}`),
        ...refusalLines(lang, f.refusal),
        ...itemLines(lang, f.items),
      ];
    case 'missing-item':
      return [
        head(`${where(f)}: không có khoản này (mong đợi ${exp(f.expected)}); các khoản:`, `${where(f)}: no such item (expected ${exp(f.expected)}); the items are:`),
        ...refusalLines(lang, f.refusal),
        ...itemLines(lang, f.items),
      ];
    case 'item-amount':
      return [head(`${where(f)}: mong đợi ${exp(f.expected)}, thực tế ${money(f.actual)}${difference(f.expected, f.actual)}`, `${where(f)}: expected ${exp(f.expected)}, got ${money(f.actual)}${difference(f.expected, f.actual)}`), ...itemLines(lang, f.items)];
    case 'item-formula':
      return [head(`${where(f)} công thức: mong đợi ${showJson(f.expected)}, thực tế ${showJson(f.actual)}`, `${where(f)} formula: expected ${showJson(f.expected)}, got ${showJson(f.actual)}`), ...itemLines(lang, f.items)];
    case 'item-citation':
      return [head(`${where(f)} căn cứ: mong đợi ${showJson(f.expected)}, thực tế ${showJson(f.actual)}`, `${where(f)} citation: expected ${showJson(f.expected)}, got ${showJson(f.actual)}`), ...itemLines(lang, f.items)];
    case 'fact':
    case 'schedule':
      return [head(`${where(f)}: mong đợi ${showJson(f.expected)}, thực tế ${showJson(f.actual)}`, `${where(f)}: expected ${showJson(f.expected)}, got ${showJson(f.actual)}`)];
    case 'items-sum':
      return [head(`${f.policy}: các khoản cộng lại ${money(f.actual)} nhưng tổng là ${money(f.expected)}`, `${f.policy}: the items add up to ${money(f.actual)} but the total is ${money(f.expected)}`), ...itemLines(lang, f.items)];
    case 'flags':
      return [head(`${f.policy} quyền (flags): mong đợi ${showJson(f.expected)}, thực tế ${showJson(f.actual)}`, `${f.policy} flags: expected ${showJson(f.expected)}, got ${showJson(f.actual)}`)];
    case 'warnings':
      return [head(`cảnh báo (warnings): mong đợi ${showJson(f.expected)}, thực tế ${showJson(f.actual)}`, `warnings: expected ${showJson(f.expected)}, got ${showJson(f.actual)}`)];
    case 'item-unexplained':
      return [head(`${where(f)}: khoản tiền thiếu công thức hoặc căn cứ`, `${where(f)}: an item without formula or citation`), ...itemLines(lang, f.items)];
  }
}

/** An outcome as a report shows it: eligible or refused (with the reason), the total and every item. */
export function describeOutcome(o: Outcome, lang: L = 'en'): string[] {
  const head = `    ${o.policy}: ${o.eligible ? t(lang, 'đủ điều kiện', 'eligible') : t(lang, 'không đủ điều kiện', 'not eligible')}, ${t(lang, 'tổng', 'total')} ${money(o.total)}`;
  return [head, ...refusalLines(lang, refusalView(o)), ...(o.eligible ? itemLines(lang, o.items.map(itemView)) : [])];
}

function title(r: PolicyTestResult, lang: L): string {
  const at = [r.file ? `${r.file} #${r.index}` : `#${r.index}`, r.id ? `id ${r.id}` : ''].filter(Boolean).join(', ');
  return `${r.passed ? t(lang, 'ĐẠT', 'PASS') : t(lang, 'KHÔNG ĐẠT', 'FAIL')}  ${r.name}  (${at})`;
}

/** A readable report of one case: for a failure, each failed check with the formula, citation or refusal used. */
export function formatPolicyTestResult(r: PolicyTestResult, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'en';
  if (r.passed) return title(r, lang);
  const lines = [title(r, lang), `    ${t(lang, 'nguồn', 'source')}: ${r.source || '—'}`];
  for (const f of r.failures) lines.push(...describeFailure(f, lang));
  if (r.note) lines.push(`    ${t(lang, 'ghi chú', 'note')}: ${r.note}`);
  return lines.join('\n');
}

/** Failing cases in full, passing ones as one line when asked, then the count. */
export function formatPolicyTestRun(run: PolicyTestRun, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'en';
  const parts: string[] = [];
  for (const r of run.results) if (!r.passed || options.showPassed) parts.push(formatPolicyTestResult(r, options));
  const name = run.file ?? run.description ?? '';
  parts.push(`${name ? `${name}: ` : ''}${run.passed} ${t(lang, 'đạt', 'passed')}, ${run.failed} ${t(lang, 'không đạt', 'failed')}`);
  return parts.join('\n\n');
}
