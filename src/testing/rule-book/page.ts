import { safeAssess } from '../../engine/assess.js';
import { defaultOptions } from '../../engine/options.js';
import type { Outcome } from '../../model/types.js';
import { formatCitation } from '../../core/citation.js';
import { formatNumber } from '../../core/money.js';
import type { Text } from '../../i18n/text.js';
import { ruleBookText } from '../../locales/rule-book/index.js';
import { sourceOf, type ParameterSet } from '../../parameters/parameter-set.js';
import { knownThroughOf, type Series } from '../../parameters/dated.js';
import { formatDate } from '../../core/calendar.js';
import { policyFolder, type ExampleDeclaration as ExampleMeta, type FactorRef, type PolicyDeclaration, type PolicyRuleBook } from '../../model/declaration.js';
import { policyDeclarations } from '../../engine/dispatch.js';
import { policyRuleBooks } from '../../engine/rule-books.js';
import { code, table } from './markdown.js';
import type { Reading } from './readings.js';
import { renderTable } from './tables.js';

/** A Decree 177/178/154 article with what its page prints (its rule-book declaration, kept off the runtime declaration). */
export type DeclaredPolicy = PolicyDeclaration & PolicyRuleBook;
type PolicyMeta = DeclaredPolicy;

/**
 * The article with its rule-book declaration (<article>/rule-book.ts, listed in src/policies/rule-books.ts, by code);
 * an error naming the missing file and line when it has none.
 */
export function withPolicyRuleBook(d: PolicyDeclaration, ruleBooks: Readonly<Record<string, PolicyRuleBook>> = policyRuleBooks): DeclaredPolicy {
  const rb = Object.hasOwn(ruleBooks, d.code) ? ruleBooks[d.code] : undefined;
  if (!rb) throw new Error(`rule book: ${d.code} has no rule-book declaration (${policyFolder(d)}/rule-book.ts, with its line in src/policies/rule-books.ts, which npm run build writes from src/policies/index.ts)`);
  return { ...d, ...rb };
}

/** The declarations with their rule-book declarations (default: every Decree 177/178/154 policy, in dispatch order). */
export function declaredPolicies(declarations: readonly PolicyDeclaration[] = policyDeclarations, ruleBooks: Readonly<Record<string, PolicyRuleBook>> = policyRuleBooks): DeclaredPolicy[] {
  return declarations.map((d) => withPolicyRuleBook(d, ruleBooks));
}

const both = (t: Text) => `${t.en} · *${t.vi}*`;
const money = (amount: string) => formatNumber(amount);

/**
 * A factor as the rule book prints it: the value the law fixes now and its source, then, from the series it is read
 * from (src/parameters/), its rows (value from a day, and each row's source when there are several; rows read by
 * leave date say so) and the day the series is known through. A set with no tables behind it (built by hand)
 * prints the value alone.
 */
/** A factor the rule book prints: a `FactorRef` of a declaration, or a Decree 179 rate (`nd179Rates`, by its name). */
export interface PrintedFactor {
  readonly record: FactorRef['record'] | 'nd179Rates';
  readonly name: string;
}

export function factorOf(ref: PrintedFactor, params: ParameterSet): { value: string; citation: string; rows: string; knownThrough: string } {
  const record = params[ref.record] as Readonly<Record<string, { value: string; citation: Parameters<typeof formatCitation>[0] }>>;
  const f = record[ref.name];
  if (!f) throw new Error(`rule book: no factor ${ref.record}.${ref.name} in the parameter set`);
  const series = (sourceOf(params)?.tables[ref.record] as Readonly<Record<string, Series<string>>> | undefined)?.[ref.name];
  if (!series) return { value: f.value, citation: formatCitation(f.citation), rows: '', knownThrough: '' };
  const several = series.rows.length > 1;
  const rows = series.rows.map((r) => `${r.value} from ${r.from}${r.readBy === 'leave-date' ? ' by leave date' : ''}${several ? ` (${formatCitation(r.citation)})` : ''}`);
  return { value: f.value, citation: formatCitation(f.citation), rows: rows.join('; '), knownThrough: formatDate(knownThroughOf(series)) };
}

export function factorTable(refs: readonly PrintedFactor[], params: ParameterSet): string[] {
  if (refs.length === 0) return [];
  return [...table(['factor', 'value', 'source', 'rows', 'known through'], refs.map((r) => {
    const f = factorOf(r, params);
    return [code(`${r.record}.${r.name}`), f.value, f.citation, f.rows, f.knownThrough];
  })), ''];
}

function conditions(meta: PolicyMeta, params: ParameterSet): string[] {
  if (meta.conditions.length === 0) return [];
  const refs = meta.conditions.flatMap((c) => c.factors ?? []);
  return [
    '## Conditions · Điều kiện',
    '',
    'Checked in this order; the first that fails is the refusal, with its code and source.',
    '',
    ...table(['#', 'condition', 'điều kiện', 'source', 'refusal'], meta.conditions.map((c, i) => [
      String(i + 1), ruleBookText(c.text).en, ruleBookText(c.text).vi, formatCitation(c.citation), c.refusal ? code(c.refusal) : '—',
    ])),
    '',
    ...(refs.length > 0 ? ['Numbers in the conditions:', '', ...factorTable(refs, params)] : []),
  ];
}

function items(meta: PolicyMeta, params: ParameterSet): string[] {
  if (meta.items.length === 0) return ['## Items · Các khoản', '', 'No amount: the rights are listed as flags (see the example). · *Không có khoản tiền.*', ''];
  const out = [
    '## Items · Các khoản',
    '',
    'S = current monthly salary, T = months early, N = insured years, M = severance months, B = base salary; each item is computed exactly and rounded once to whole đồng.',
    '',
  ];
  for (const item of meta.items) {
    out.push(`### ${code(item.code)}: ${both(item.label)}`, '', `\`${item.formula}\``, '');
    if (item.when) {
      const when = ruleBookText(item.when);
      out.push(`${when.en}`, '', `*${when.vi}*`, '');
    }
    out.push(`Source: ${formatCitation(item.citation)}`, '', ...factorTable(item.factors, params));
  }
  return out;
}

function readings(meta: PolicyMeta, known: ReadonlyMap<string, Reading>): string[] {
  if (meta.readings.length === 0) return [];
  const rows = meta.readings.map((id) => {
    const r = known.get(id);
    if (!r) throw new Error(`rule book: ${meta.code} names the reading ${id}, which is in neither docs/decisions.md nor docs/decree-177.md`);
    return [`[${r.id}](../${r.doc.replace(/^docs\//, '')})`, r.question, r.reading, r.option, r.mark];
  });
  return ['## Readings chosen · Cách hiểu đã chọn', '', ...table(['#', 'question', 'reading (default)', 'option', 'mark'], rows), ''];
}

function options(meta: PolicyMeta): string[] {
  if (meta.options.length === 0) return [];
  return [
    '## Options · Tùy chọn',
    '',
    'Set with `assess(input, { name: value })` or `vnse assess --option name=value`; every option used is echoed in the output.',
    '',
    ...table(['option', 'default'], meta.options.map((o) => [code(o), code(JSON.stringify(defaultOptions[o]))])),
    '',
  ];
}

/** An outcome as a worked example prints it: the refusal, the items with their total, the facts named, the flags. */
export function outcomeLines(o: Outcome, facts: readonly string[]): string[] {
  const out: string[] = [];
  if (!o.eligible && o.refusal) {
    out.push(`Refused · *Từ chối*: ${code(o.refusal.code)}: ${o.refusal.message.en} · *${o.refusal.message.vi}* (${formatCitation(o.refusal.citation)})`, '');
  }
  if (o.items.length > 0) {
    out.push(...table(['item', 'amount (VND)', 'formula', 'source'], [
      ...o.items.map((i) => [code(i.code), money(i.amount), i.formula, formatCitation(i.citation)]),
      ['**total**', `**${money(o.total)}**`, '', ''],
    ]), '');
  }
  const shown = facts.filter((f) => o.facts[f] !== undefined);
  if (shown.length > 0) out.push(...table(['fact', 'value'], shown.map((f) => [code(f), JSON.stringify(o.facts[f])])), '');
  if (o.excludedFromBest) out.push(`Not compared for the best package · *Không so sánh*: ${both(o.excludedFromBest)}`, '');
  if (o.flags.length > 0) out.push('Rights without an amount (flags):', '', ...o.flags.map((f) => `- ${code(f.code)}: ${both(f.label)} (${formatCitation(f.citation)})`), '');
  return out;
}

function example(meta: PolicyMeta, e: ExampleMeta): string[] {
  const r = safeAssess(e.input, e.options);
  if (!r.ok) throw new Error(`rule book: the example of ${meta.code} is invalid: ${r.error.message}`);
  const o = r.value.outcomes.find((x) => x.policy === meta.code);
  if (!o) throw new Error(`rule book: the example of ${meta.code} has no ${meta.code} outcome`);
  const others = r.value.outcomes.filter((x) => x.policy !== meta.code).map((x) => `${code(x.policy)} ${x.eligible ? money(x.total) : `refused (${x.refusal?.code ?? '?'})`}`);
  return [
    `### ${both(ruleBookText(e.title))}`,
    '',
    '```json',
    JSON.stringify(e.input, null, 2),
    '```',
    '',
    ...(e.options ? [`Options: ${code(JSON.stringify(e.options))}`, ''] : []),
    ...outcomeLines(o, e.facts),
    `Best (the package paid) · *Được hưởng*: ${r.value.best ? code(r.value.best) : 'none'}${others.length > 0 ? `; other outcomes: ${others.join(', ')}` : ''}.`,
    '',
  ];
}

/** One rule-book page: conditions, items with their factors, tables, readings, options, and a worked example. */
export function renderPolicyPage(meta: PolicyMeta, params: ParameterSet, known: ReadonlyMap<string, Reading>): string {
  const lines = [
    '<!-- Generated by `npm run rulebook` (scripts/gen-rule-book.mjs) from the declarations beside each article (src/policies/<decree>/<article>/index.ts and rule-book.ts), the parameter tables of src/parameters/ and the readings in docs/. Do not edit: change those and regenerate. -->',
    '',
    `# ${code(meta.code)}: ${meta.title.en}`,
    '',
    `*${meta.title.vi}*`,
    '',
    ruleBookText(meta.summary).en,
    '',
    `*${ruleBookText(meta.summary).vi}*`,
    '',
    ...conditions(meta, params),
    ...items(meta, params),
    ...(meta.tables.length > 0 ? ['## Tables read · Bảng tham số', '', ...meta.tables.flatMap((t) => renderTable(t, params))] : []),
    ...readings(meta, known),
    ...options(meta),
    '## Worked example · Ví dụ (computed by the library when this page was generated)',
    '',
    ...meta.examples.flatMap((e) => example(meta, e)),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
