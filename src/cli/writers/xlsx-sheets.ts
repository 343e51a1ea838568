import type { Worksheet } from 'exceljs';
import { amountInVietnameseWords } from '../../i18n/vietnamese-words.js';
import type { MessageVars } from '../../locales/index.js';
import { msg, type CliMessageKey } from '../../locales/cli.js';
import type { Language } from '../formats.js';
import type { RunSummary } from '../run-summary.js';
import type { CarriedHeadings, CaseLine, PolicyColumns, PolicyLine, TextTable, Who } from './xlsx-book.js';
import { bodyRows, type RowMode } from './xlsx-rows.js';
import { AMOUNT_FORMAT, amountCell, bodyStyleList, heading, headerRow, styleBody } from './xlsx-style.js';

export { amountCell } from './xlsx-style.js';

export interface WorkbookMeta {
  readonly tool: string;
  readonly rules: string;
  readonly inputName: string;
}

/** What every sheet needs: the language, the carried columns and the run's table of recurring texts. */
export interface SheetContext {
  readonly lang: Language;
  readonly headings: CarriedHeadings;
  readonly texts: TextTable;
  readonly hasRows: boolean;
  /** How body rows are written: straight XML (the default) or through exceljs's rows (the tests' reference). */
  readonly rowMode?: RowMode;
}

type Say = (key: CliMessageKey, vars?: MessageVars) => string;
const sayer = (lang: Language): Say => (key, vars) => msg(key, vars)[lang];

/** Policies named by what they pay rather than by article (Decree 154, D50): their sheet says it in words. */
const NAMED_SHEETS: Readonly<Record<string, CliMessageKey>> = {
  'early-retirement': 'cli.xlsx.policy-sheet.early-retirement',
  resignation: 'cli.xlsx.policy-sheet.resignation',
};

/**
 * "nd178/art7a" → "NĐ178 Điều 7a", "nd154/resignation" → "NĐ154 Thôi việc"; other codes with the characters Excel
 * forbids replaced; at most 31 characters, unique.
 */
export function sheetName(policy: string, taken: Set<string>, lang: Language = 'vi'): string {
  const t = sayer(lang);
  const m = /^nd(\d+)\/art(.+)$/.exec(policy);
  const named = /^nd(\d+)\/([a-z-]+)$/.exec(policy);
  const key = named ? NAMED_SHEETS[named[2]!] : undefined;
  let base = (m ? t('cli.xlsx.policy-sheet', { decree: m[1]!, article: m[2]! }) : key ? t(key, { decree: named![1]! }) : policy.replace(/[\\/?*[\]:]/g, '-')).slice(0, 31);
  if (base === '') base = t('cli.xlsx.policy-sheet-fallback');
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

function setWidths(ws: Worksheet, widths: readonly number[]): void {
  ws.columns = widths.map((width) => ({ width }));
}

/** Row number in the file and the carried columns, when the input has them. */
function whoHeaders(t: Say, ctx: SheetContext): string[] {
  return [...(ctx.hasRows ? [t('cli.list.column.row')] : []), t('cli.xlsx.column.id'), ...ctx.headings.list];
}

function whoValues(r: Who, ctx: SheetContext): (string | number)[] {
  return [...(ctx.hasRows ? [r.row ?? ''] : []), r.id, ...ctx.headings.valuesOf(r.extras)];
}

const whoWidths = (ctx: SheetContext): number[] => [...(ctx.hasRows ? [9] : []), 14, ...ctx.headings.list.map(() => 18)];

export function summarySheet(ws: Worksheet, summary: RunSummary, meta: WorkbookMeta, lang: Language): void {
  const t = sayer(lang);
  setWidths(ws, [16, 60, 12, 12, 14, 14, 22, 24]);
  heading(ws, t('cli.xlsx.summary.title'), [t('cli.xlsx.summary.basis'), t('cli.xlsx.summary.run', { input: meta.inputName, rules: meta.rules, tool: meta.tool })]);
  const counts: [string, number][] = [
    [t('cli.xlsx.summary.cases'), summary.cases],
    [t('cli.xlsx.summary.assessed'), summary.assessed],
    [t('cli.xlsx.summary.invalid'), summary.invalid],
    [t('cli.xlsx.summary.with-best'), summary.withBest],
    [t('cli.xlsx.summary.without-best'), summary.assessed - summary.withBest],
  ];
  for (const [label, n] of counts) ws.addRow([label, n]).commit();
  ws.addRow([]).commit();
  headerRow(ws, [t('cli.xlsx.column.policy-code'), t('cli.xlsx.column.policy'), t('cli.xlsx.column.assessed'), t('cli.xlsx.column.eligible'), t('cli.xlsx.column.not-eligible'), t('cli.xlsx.column.paid'), t('cli.xlsx.column.paid-amount'), t('cli.xlsx.column.eligible-amount')]).commit();
  for (const p of summary.policies.values()) {
    const row = ws.addRow([p.policy, p.title[lang], p.assessed, p.eligible, p.refused, p.best, amountCell(p.bestTotal.toFixed(0)), amountCell(p.eligibleTotal.toFixed(0))]);
    styleBody(row, 8, [7, 8], false);
    row.commit();
  }
  const total = ws.addRow([t('cli.xlsx.total'), '', '', '', '', summary.withBest, amountCell(summary.bestTotal.toFixed(0)), '']);
  total.font = { bold: true };
  total.getCell(7).numFmt = AMOUNT_FORMAT;
  total.commit();
  ws.addRow([]).commit();
  const words = ws.addRow([t('cli.xlsx.in-words', { words: amountInVietnameseWords(summary.bestTotal.toFixed(0)) })]);
  words.font = { italic: true };
  words.commit();
  ws.addRow([]).commit();
  ws.addRow([t('cli.xlsx.summary.only-one')]).commit();
  ws.commit();
}

/** "Danh sách": every person assessed, paid or not, with the policy paid and its total in figures and words. */
export async function peopleSheet(ws: Worksheet, records: AsyncIterable<CaseLine>, ctx: SheetContext): Promise<void> {
  const t = sayer(ctx.lang);
  setWidths(ws, [6, ...whoWidths(ctx), 60, 14, 20, 90]);
  heading(ws, t('cli.xlsx.people.title'), [t('cli.xlsx.people.subtitle')]);
  const headers = [t('cli.xlsx.column.number'), ...whoHeaders(t, ctx), t('cli.xlsx.column.policy-paid'), t('cli.xlsx.column.policy-code'), t('cli.xlsx.column.total'), t('cli.xlsx.column.in-words')];
  headerRow(ws, headers).commit();
  const rows = bodyRows(ws, bodyStyleList(headers.length, [headers.length - 1], false), ctx.rowMode);
  for await (const r of records) {
    if (r.kind !== 'assessed') continue;
    const best = r.paid;
    const total = best?.total ?? '0';
    await rows.add([r.caseNumber, ...whoValues(r, ctx), best ? ctx.texts.pick(best.title, ctx.lang) : t('cli.xlsx.summary.without-best'), r.best ?? '', amountCell(total), best ? amountInVietnameseWords(total) : '']);
  }
  rows.end();
  ws.commit();
}

/** "Chi tiết": each item of the policy paid, one line each, with its formula and citation; STT as on the payout list. */
export async function detailSheet(ws: Worksheet, records: AsyncIterable<CaseLine>, ctx: SheetContext, listName: string): Promise<void> {
  const t = sayer(ctx.lang);
  setWidths(ws, [6, ...whoWidths(ctx), 14, 26, 44, 34, 48, 18]);
  heading(ws, t('cli.detail.title'), [t('cli.detail.subtitle', { list: listName })]);
  const headers = [t('cli.xlsx.column.number'), ...whoHeaders(t, ctx), t('cli.xlsx.column.policy-code'), t('cli.detail.column.item-code'), t('cli.detail.column.item'), t('cli.detail.column.formula'), t('cli.detail.column.citation'), t('cli.list.column.amount')];
  const head = headerRow(ws, headers);
  ws.pageSetup.printTitlesRow = `${head.number}:${head.number}`;
  head.commit();
  const rows = bodyRows(ws, bodyStyleList(headers.length, [headers.length], false), ctx.rowMode);
  let n = 0;
  for await (const r of records) {
    if (r.kind !== 'assessed' || r.best === null) continue;
    n++;
    const o = r.paid!;
    const who = whoValues(r, ctx);
    for (const item of o.items) {
      await rows.add([n, ...who, o.policy, item.code, ctx.texts.pick(item.label, ctx.lang), item.formula, ctx.texts.pick(item.citation, ctx.lang), amountCell(item.amount)]);
    }
  }
  rows.end();
  ws.commit();
}

/** One sheet per policy: each person with eligibility, ★, the reason when refused, the facts, each item (amount, formula, citation) and the total. */
export async function policySheet(ws: Worksheet, records: AsyncIterable<PolicyLine>, policy: PolicyColumns, ctx: SheetContext): Promise<void> {
  const t = sayer(ctx.lang);
  const pick = (b: readonly [number | string, number | string]) => ctx.texts.pick(b, ctx.lang);
  const codes = [...policy.itemLabels.keys()];
  const who = whoHeaders(t, ctx);
  const headers = [
    t('cli.xlsx.column.number'), ...who, t('cli.xlsx.column.eligible'), t('cli.xlsx.column.paid'), t('cli.xlsx.column.refusal'),
    t('cli.xlsx.column.monthly-salary'), t('cli.xlsx.column.band'), t('cli.xlsx.column.months-early'), t('cli.xlsx.column.window'),
  ];
  const widths = [6, ...whoWidths(ctx), 10, 10, 50, 18, 8, 10, 18];
  for (const code of codes) {
    const label = pick(policy.itemLabels.get(code)!);
    headers.push(t('cli.xlsx.column.item-amount', { label }), t('cli.xlsx.column.item-formula', { label }), t('cli.xlsx.column.item-citation', { label }));
    widths.push(18, 28, 36);
  }
  headers.push(t('cli.xlsx.column.grand-total'), t('cli.xlsx.column.paid-in-words'));
  widths.push(18, 80);
  setWidths(ws, widths);
  heading(ws, pick(policy.title), [t('cli.xlsx.policy.subtitle', { policy: policy.policy, title: ctx.texts.get(policy.title[1]) })]);
  headerRow(ws, headers).commit();
  const salaryColumn = 1 + who.length + 4;
  const firstItem = salaryColumn + 4;
  const amountColumns = [salaryColumn, ...codes.map((_, i) => firstItem + i * 3), firstItem + codes.length * 3];
  const window: Record<string, string> = { 'first-12-months': t('cli.xlsx.window.first-12-months'), 'from-13th-month': t('cli.xlsx.window.from-13th-month') };
  const rows = bodyRows(ws, bodyStyleList(headers.length, amountColumns, false), ctx.rowMode);
  for await (const r of records) {
    const o = r.outcome;
    const best = r.best;
    const values: (string | number)[] = [
      r.caseNumber, ...whoValues(r, ctx), o.eligible ? t('cli.xlsx.yes') : t('cli.xlsx.no'), best ? '★' : '', o.refusal ? pick(o.refusal) : '',
      o.monthlySalary === '' ? '' : amountCell(o.monthlySalary), o.band, o.monthsEarly === '' ? '' : Number(o.monthsEarly), window[o.window] ?? o.window,
    ];
    for (const code of codes) {
      const item = o.items.find((i) => i.code === code);
      values.push(item ? amountCell(item.amount) : '', item?.formula ?? '', item ? pick(item.citation) : '');
    }
    values.push(amountCell(o.total), best ? t('cli.xlsx.in-words', { words: amountInVietnameseWords(o.total) }) : '');
    await rows.add(values);
  }
  rows.end();
  ws.commit();
}

/** "Lỗi dữ liệu": each issue of each row that could not be assessed, with its row in the file and the message in both languages. */
export async function errorSheet(ws: Worksheet, records: AsyncIterable<CaseLine>, ctx: SheetContext): Promise<void> {
  const t = sayer(ctx.lang);
  const carried = ctx.headings.list;
  setWidths(ws, [10, ...(ctx.hasRows ? [9] : []), 14, ...carried.map(() => 18), 24, 90, 90]);
  heading(ws, t('cli.xlsx.errors.title'), [t('cli.xlsx.errors.subtitle')]);
  headerRow(ws, [t('cli.xlsx.column.case-number'), ...whoHeaders(t, ctx), t('cli.xlsx.column.field'), t('cli.xlsx.column.error'), t('cli.errors.column.other-language')]).commit();
  let none = true;
  const rows = bodyRows(ws, bodyStyleList(whoHeaders(t, ctx).length + 4, [], false), ctx.rowMode);
  for await (const r of records) {
    if (r.kind !== 'invalid') continue;
    none = false;
    const who = whoValues(r, ctx);
    const [first, second] = ctx.lang === 'vi' ? (['vi', 'en'] as const) : (['en', 'vi'] as const);
    for (const i of r.issues) await rows.add([r.caseNumber, ...who, i.path, i[first], i[second]]);
  }
  rows.end();
  if (none) ws.addRow(['', ...who0(ctx), '', t('cli.xlsx.errors.none')]).commit();
  ws.commit();
}

const who0 = (ctx: SheetContext): string[] => [...(ctx.hasRows ? [''] : []), '', ...ctx.headings.list.map(() => '')];
