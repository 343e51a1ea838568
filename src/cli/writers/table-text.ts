import type { Language } from '../formats.js';
import { msg } from '../../locales/cli.js';

/** The words of the table output, in English and Vietnamese (src/locales/{en,vi}/cli.ts, `cli.table.*`). */
const words = (lang: Language) => ({
  heading: (tool: string, rules: string) => msg('cli.table.heading', { tool, rules })[lang],
  eligible: msg('cli.table.eligible')[lang],
  refused: msg('cli.table.refused')[lang],
  invalid: msg('cli.table.invalid')[lang],
  leave: msg('cli.table.leave')[lang],
  pensionMonth: msg('cli.table.pension-month')[lang],
  salary: msg('cli.table.salary')[lang],
  band: msg('cli.table.band')[lang],
  monthsEarly: (n: string) => msg('cli.table.months-early', { n })[lang],
  regime: (r: string) => msg('cli.table.regime', { regime: r })[lang],
  warning: msg('cli.table.warning')[lang],
  legend: msg('cli.table.legend')[lang],
  cases: (n: number, assessed: number, invalid: number, withBest: number) =>
    msg('cli.table.cases', { n, assessed, invalid, withBest, without: assessed - withBest })[lang],
  policyLine: (eligible: number, refused: number, best: number, total: string) =>
    msg('cli.table.policy-line', { eligible, refused, best, total })[lang],
  grandTotal: (total: string) => msg('cli.table.grand-total', { total })[lang],
  none: msg('cli.table.none')[lang],
  row: msg('cli.table.row')[lang],
});

export const tableText = { en: words('en'), vi: words('vi') } as const satisfies Record<Language, unknown>;
