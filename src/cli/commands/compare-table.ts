import type { Language } from '../formats.js';
import { msg, type CliMessageKey } from '../../locales/cli.js';
import { groupThousands } from '../format/amount.js';
import { padEnd, padStart, textWidth } from '../format/text-width.js';
import type { AssessmentDifference, PolicyDifference, SideItem, SideOutcome } from '../../testing/compare.js';

const t = (lang: Language, key: CliMessageKey) => msg(key)[lang];

function signed(amount: string): string {
  if (amount === '0') return '0';
  return amount.startsWith('-') ? `−${groupThousands(amount.slice(1))}` : `+${groupThousands(amount)}`;
}

function outcomeCell(o: SideOutcome | null, lang: Language): string {
  if (!o) return t(lang, 'cli.compare.no-outcome');
  if (!o.eligible) return `${t(lang, 'cli.compare.refused')} (${o.refusal ?? '?'})`;
  return groupThousands(o.total);
}

function table(rows: readonly string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => textWidth(r[c] ?? ''))));
  return rows.map((r) => `  ${r.map((cell, c) => (rightAligned.has(c) ? padStart(cell, widths[c]!) : padEnd(cell, widths[c]!))).join('  ').trimEnd()}`);
}

function formulaLine(label: string, i: SideItem | null, lang: Language): string {
  return `        ${label}: ${i ? `${i.formula}  [${i.citation}]` : t(lang, 'cli.compare.no-such-item')}`;
}

function policyRows(p: PolicyDifference, lang: Language, withTopUp: boolean): string[][] {
  const main = [p.policy, outcomeCell(p.left, lang), outcomeCell(p.right, lang), signed(p.difference)];
  if (withTopUp) main.push(p.topUp !== undefined ? groupThousands(p.topUp) : '');
  const items = p.items.map((i) => {
    const row = [`  ${i.code}`, i.left ? groupThousands(i.left.amount) : '—', i.right ? groupThousands(i.right.amount) : '—', signed(i.difference)];
    if (withTopUp) row.push('');
    return row;
  });
  return [main, ...items];
}

/** One case of `vnse compare` as text: totals side by side, then the formulas of the items that changed. */
export function formatDifference(d: AssessmentDifference, lang: Language): string {
  const withTopUp = d.policies.some((p) => p.topUp !== undefined);
  const header = [t(lang, 'cli.compare.header.policy-item'), d.left.label, d.right.label, t(lang, 'cli.compare.header.difference')];
  if (withTopUp) header.push(t(lang, 'cli.compare.header.top-up'));
  const rows = [header, ...d.policies.flatMap((p) => policyRows(p, lang, withTopUp))];
  const right = new Set(withTopUp ? [1, 2, 3, 4] : [1, 2, 3]);
  const lines = [`${t(lang, 'cli.compare.case')} ${d.id}: ${d.left.label} → ${d.right.label}${d.changed ? '' : ` ${t(lang, 'cli.compare.no-change')}`}`];
  lines.push(...table(rows, right));
  for (const p of d.policies) {
    for (const i of p.items) {
      lines.push(`    ${p.policy} › ${i.code}`, formulaLine(d.left.label, i.left, lang), formulaLine(d.right.label, i.right, lang));
    }
  }
  lines.push(`  ${t(lang, 'cli.compare.best')}: ${d.left.best ?? '—'} → ${d.right.best ?? '—'}`);
  return lines.join('\n');
}
