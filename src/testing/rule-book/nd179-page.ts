import { formatCitation } from '../../core/citation.js';
import { formatNumber } from '../../core/money.js';
import { safeAssess179 } from '../../engine/nd179/assess.js';
import type { Assessment179 } from '../../engine/nd179/index.js';
import type { Text } from '../../i18n/text.js';
import { ruleBookText } from '../../locales/rule-book/index.js';
import type { TableName } from '../../model/declaration.js';
import { rulePageName } from '../../model/declaration.js';
import type { ParameterSet } from '../../parameters/parameter-set.js';
import { nd179Policies, type AllowancePolicy as RuntimeAllowance } from '../../engine/nd179/index.js';
import { nd179RuleBooks, type AllowanceRuleBook } from '../../engine/nd179/rule-books.js';
import { cell, code, table } from './markdown.js';
import { factorTable, outcomeLines, type PrintedFactor } from './page.js';
import type { Reading } from './readings.js';
import { renderTable } from './tables.js';

/** The guide of Decree 179, whose "Readings chosen" table the pages quote for each option. */
export const ND179_GUIDE = 'docs/decree-179.md';

/** A Decree 179 allowance with its rule-book declaration (../<allowance>/rule-book.ts, kept off the runtime object). */
export type AllowancePolicy = RuntimeAllowance & AllowanceRuleBook;

/** The allowance with what its page prints; an error when it has no rule-book declaration. */
export function withRuleBook(p: RuntimeAllowance): AllowancePolicy {
  const rb = nd179RuleBooks[p.code];
  if (!rb) throw new Error(`rule book: ${p.code} has no rule-book declaration (src/policies/${p.code}/rule-book.ts, listed in src/policies/nd179/common/rule-books.ts)`);
  return { ...p, ...rb };
}

/** Decree 179's allowances with their rule-book declarations, in the order they are reported (group by group). */
export const nd179Allowances: readonly AllowancePolicy[] = Object.values(nd179Policies).flat().map(withRuleBook);

/** The folder of an allowance: src/policies/nd179/talent-allowance. */
export const allowanceFolder = (p: Pick<AllowancePolicy, 'code'>): string => `src/policies/${p.code}`;

/** The golden cases beside each allowance, whose inputs the worked examples assess. */
export const nd179CaseFiles: readonly string[] = nd179Allowances.map((p) => `${allowanceFolder(p)}/cases.json`);

const both = (t: Text) => `${t.en} · *${t.vi}*`;

/** A row of the options table of docs/decree-179.md ("Readings chosen"): the options it names, its mark and cells. */
export interface Nd179Reading {
  readonly options: readonly string[];
  readonly mark: string;
  readonly defaultValue: string;
  readonly alternative: string;
  readonly why: string;
}

/** The rows `| \`option\` [M] | default | alternative | why |` of docs/decree-179.md. */
export function parseNd179Readings(markdown: string): Nd179Reading[] {
  const out: Nd179Reading[] = [];
  for (const line of markdown.split('\n')) {
    if (!/^\|\s*`\w+`/.test(line)) continue;
    const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
    if (cells.length !== 4) continue;
    const [first = '', defaultValue = '', alternative = '', why = ''] = cells;
    const options = [...first.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
    const mark = /\[[A-Z]\]/.exec(first)?.[0] ?? '';
    out.push({ options, mark, defaultValue, alternative, why });
  }
  return out;
}

/** An entry of `parameters` as the rule book prints it: a factor of `nd179Rates`, or a table. */
function parameterRefs(p: AllowancePolicy): { factors: PrintedFactor[]; tables: TableName[] } {
  const factors: PrintedFactor[] = [];
  const tables: TableName[] = [];
  for (const name of p.parameters) {
    const [record, field] = name.split('.');
    if (record === 'nd179Rates' && field) factors.push({ record: 'nd179Rates', name: field });
    else if (name === 'baseSalary') tables.push('baseSalary');
    else throw new Error(`rule book: ${p.code} reads ${name}, which the Decree 179 page does not know how to print`);
  }
  return { factors, tables };
}

function conditions(p: AllowancePolicy): string[] {
  return [
    '## Conditions · Điều kiện',
    '',
    'Checked in this order: the group\'s criteria, then the allowance\'s own conditions, the period, each month\'s salary and the day or range asked for. Every condition that fails is reported (`refusals`); the first is the outcome\'s refusal.',
    '',
    ...table(['#', 'condition', 'điều kiện', 'source', 'refusal'], p.ruleConditions.map((c, i) => [
      String(i + 1), ruleBookText(c.text).en, ruleBookText(c.text).vi, formatCitation(c.citation), c.refusals.length > 0 ? c.refusals.map(code).join(', ') : '—',
    ])),
    '',
  ];
}

function amount(p: AllowancePolicy, params: ParameterSet): string[] {
  const { factors, tables } = parameterRefs(p);
  return [
    '## Monthly amount · Mức hằng tháng',
    '',
    `\`${p.formula}\``,
    '',
    'k = the coefficient of the `salaryHistory` row in force, a = its `allowancesCoefficient` (only where the base includes allowances), B = the base salary in force (an `amount` row gives k × B, and a × B, in đồng), A = `contractMonthlyAmount`, d = the days owed in the month, D = the days in the month. Each month is computed exactly and rounded once to whole đồng, half up; `assess179` shows the whole month (d = D) on the day `at`.',
    '',
    `Source: ${formatCitation(p.citation)}. Insurance: ${p.insuranceExclusion ? `outside the compulsory social, health and unemployment insurance base (${formatCitation(p.insuranceExclusion)})` : 'not excluded by Decree 179 (the insurance laws apply)'}.`,
    '',
    ...(factors.length > 0 ? ['Numbers read (`options.parameters` replaces them for a what-if run):', '', ...factorTable(factors, params)] : []),
    ...(tables.length > 0 ? ['## Tables read · Bảng tham số', '', ...tables.flatMap((t) => renderTable(t, params))] : []),
  ];
}

function readings(p: AllowancePolicy, known: ReadonlyMap<string, Reading>, guide: readonly Nd179Reading[]): string[] {
  const rows = p.options.map((o) => {
    const r = guide.find((x) => x.options.includes(o));
    if (!r) throw new Error(`rule book: ${p.code} names the option ${o}, which has no row in the readings table of ${ND179_GUIDE}`);
    return [code(o), r.mark, r.defaultValue, r.alternative, r.why];
  });
  const ids = p.readings.map((id) => {
    const r = known.get(id);
    if (!r) throw new Error(`rule book: ${p.code} names the reading ${id}, which is in no decisions table`);
    return [`[${r.id}](../${r.doc.replace(/^docs\//, '')})`, r.question, r.reading, r.option, r.mark];
  });
  return [
    '## Readings chosen and options · Cách hiểu đã chọn và tùy chọn',
    '',
    `Each a documented default, from the readings table of [decree-179.md](../decree-179.md); set with \`assess179(input, { name: value })\`, \`schedule179(input, { from, to, name: value })\` or \`vnse schedule179 --option name=value\`, echoed in the output's \`options\`.`,
    '',
    ...table(['option', 'mark', 'default', 'alternative', 'why the default'], rows),
    '',
    ...(ids.length > 0 ? [...table(['#', 'question', 'reading (default)', 'option', 'mark'], ids), ''] : []),
  ];
}

interface GoldenCase {
  readonly name: string;
  readonly input: Readonly<Record<string, unknown>>;
  readonly options?: Readonly<Record<string, unknown>>;
}

const exampleFacts = ['at', 'entitlementStart', 'entitlementEnd', 'salaryBase', 'rate', 'fullSalary', 'usualProbationSalary', 'usualProbationRate'];

interface Example {
  readonly gc: GoldenCase;
  readonly file: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly result: Assessment179;
}

/** The page's example: `assess179` of the input of the golden case the allowance names, with its options but the range. */
function runExample(p: AllowancePolicy, casesText: string | undefined): Example {
  const file = `${allowanceFolder(p)}/cases.json`;
  if (casesText === undefined) throw new Error(`rule book: ${file} was not given`);
  const gc = (JSON.parse(casesText) as { cases: GoldenCase[] }).cases.find((c) => c.name === p.example.caseName);
  if (!gc) throw new Error(`rule book: ${p.code}'s example names the case "${p.example.caseName}", which is not in ${file}`);
  const { from: _from, to: _to, ...options } = gc.options ?? {};
  const r = safeAssess179(gc.input, options);
  if (!r.ok) throw new Error(`rule book: the example of ${p.code} is invalid: ${r.error.message}`);
  return { gc, file, options, result: r.value };
}

function example(p: AllowancePolicy, { gc, file, options, result }: Example): string[] {
  const o = result.outcomes.find((x) => x.policy === p.code);
  if (!o) throw new Error(`rule book: the example of ${p.code} has no ${p.code} outcome`);
  const others = result.outcomes.filter((x) => x.policy !== p.code).map((x) => `${code(x.policy)} ${x.eligible ? formatNumber(x.total) : `refused (${x.refusal?.code ?? '?'})`}`);
  return [
    '## Worked example · Ví dụ (`assess179`, computed by the library when this page was generated)',
    '',
    `### ${both(ruleBookText(p.example.title))}`,
    '',
    `The input of the golden case "${cell(gc.name)}" (${file}):`,
    '',
    '```json',
    JSON.stringify(gc.input, null, 2),
    '```',
    '',
    ...(Object.keys(options).length > 0 ? [`Options: ${code(JSON.stringify(options))}`, ''] : []),
    `Group criteria · *Tiêu chí nhóm*: ${result.eligibility.eligible ? 'met' : `not met (${result.eligibility.refusals.map((x) => code(x.code)).join(', ')})`}.`,
    '',
    ...outcomeLines(o, exampleFacts),
    ...(others.length > 0 ? [`Other allowances of the group: ${others.join(', ')}.`, ''] : []),
  ];
}

/** One Decree 179 allowance's page (docs/rule-book/nd179-<name>.md): conditions, the monthly amount, readings, an example. */
export function renderNd179Page(p: AllowancePolicy, params: ParameterSet, known: ReadonlyMap<string, Reading>, documents: Readonly<Record<string, string>>): string {
  const guideText = documents[ND179_GUIDE];
  if (guideText === undefined) throw new Error(`rule book: ${ND179_GUIDE} was not given`);
  const ex = runExample(p, documents[`${allowanceFolder(p)}/cases.json`]);
  const lines = [
    '<!-- Generated by `npm run rulebook` (scripts/gen-rule-book.mjs) from the allowance\'s declarations (src/policies/nd179/<allowance>/index.ts and rule-book.ts), the parameter tables of src/parameters/, the readings table of docs/decree-179.md and the allowance\'s golden cases. Do not edit: change those and regenerate. -->',
    '',
    `# ${code(p.code)}: ${p.title.en}`,
    '',
    `*${p.title.vi}*`,
    '',
    `Decree 179/2024 (talent), group ${code(p.group)}: ${both(ex.result.eligibility.groupTitle)}. Computed by \`assess179\` (the monthly amount on a day) and \`schedule179\` (month by month); the decree's guide is [decree-179.md](../decree-179.md). Its article numbers are not yet checked against the official text (\`verified: false\`).`,
    '',
    ruleBookText(p.summary).en,
    '',
    `*${ruleBookText(p.summary).vi}*`,
    '',
    ...conditions(p),
    ...amount(p, params),
    ...readings(p, known, parseNd179Readings(guideText)),
    ...example(p, ex),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The page of an allowance: "nd179/talent-allowance" → docs/rule-book/nd179-talent-allowance.md. */
export const nd179PagePath = (p: Pick<AllowancePolicy, 'code'>): string => `docs/rule-book/${rulePageName(p.code)}.md`;
