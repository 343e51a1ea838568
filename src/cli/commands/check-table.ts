import type { CheckReport } from '../../check/index.js';
import { msg, type CheckMessageKey } from '../../locales/check.js';
import type { Language } from '../formats.js';

/** The terminal report of `vnse check`: one block per row that differs or cannot be rebuilt, then the summary. */
export function checkTable(report: CheckReport, lang: Language): string {
  const h = (key: string) => msg(`check.head.${key}` as CheckMessageKey)[lang];
  const lines: string[] = [];
  // Rows that agree are counted in the summary, not listed (a list has thousands of them).
  for (const row of report.rows) {
    if (row.status === 'agrees') continue;
    const status = msg(`check.status.${row.status}`)[lang].toUpperCase();
    lines.push(`${h('row')} ${row.row}${row.unit ? ` [${row.unit}]` : ''} ${row.name ?? ''} — ${row.policy ?? ''}: ${status}`);
    for (const p of row.problems) lines.push(`    ${p[lang]}`);
    for (const c of row.comparisons.filter((x) => !x.agrees)) {
      lines.push(`    ${c.label[lang]}: ${h('declared')} ${c.declared ?? '—'}, ${h('recomputed')} ${c.recomputed ?? '—'}, ${h('difference')} ${c.difference}`);
      if (c.formula) lines.push(`      = ${c.formula}  (${c.citation ?? ''})`);
    }
    for (const c of row.causes) lines.push(`    → ${c.message[lang]}`);
  }
  lines.push('', report.toleranceText[lang], `${h('units')}:`);
  for (const u of report.units) {
    lines.push(`  ${u.unit ?? msg('check.unit.none')[lang]}: ${u.checked} / ${u.agreeing} ✓ / +${u.overPaid.count} (${u.overPaid.sum}) / −${u.underPaid.count} (${u.underPaid.sum}) / ? ${u.cannotRebuild}`);
  }
  lines.push('', report.verdict[lang], '');
  return lines.join('\n');
}
