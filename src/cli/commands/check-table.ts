import type { CheckReport } from '../../check/index.js';
import type { Language } from '../formats.js';

const pick = (t: { vi: string; en: string }, lang: Language) => t[lang];
const STATUS: Record<string, { vi: string; en: string }> = {
  agrees: { vi: 'khớp', en: 'agrees' }, differs: { vi: 'CHÊNH LỆCH', en: 'DIFFERS' }, 'cannot-rebuild': { vi: 'KHÔNG DỰNG LẠI ĐƯỢC', en: 'CANNOT BE REBUILT' },
};
const HEAD = {
  vi: { row: 'Dòng', declared: 'kê khai', recomputed: 'tính lại', difference: 'chênh lệch', units: 'Theo đơn vị', none: '(không có đơn vị)' },
  en: { row: 'Row', declared: 'declared', recomputed: 'recomputed', difference: 'difference', units: 'By unit', none: '(no unit)' },
};

/** The terminal report of `vnse check`: one block per row that differs or cannot be rebuilt, then the summary. */
export function checkTable(report: CheckReport, lang: Language): string {
  const h = HEAD[lang];
  const lines: string[] = [];
  // Rows that agree are counted in the summary, not listed (a list has thousands of them).
  for (const row of report.rows) {
    if (row.status === 'agrees') continue;
    lines.push(`${h.row} ${row.row}${row.unit ? ` [${row.unit}]` : ''} ${row.name ?? ''} — ${row.policy ?? ''}: ${pick(STATUS[row.status]!, lang)}`);
    for (const p of row.problems) lines.push(`    ${pick(p, lang)}`);
    for (const c of row.comparisons.filter((x) => !x.agrees)) {
      lines.push(`    ${pick(c.label, lang)}: ${h.declared} ${c.declared ?? '—'}, ${h.recomputed} ${c.recomputed ?? '—'}, ${h.difference} ${c.difference}`);
      if (c.formula) lines.push(`      = ${c.formula}  (${c.citation ?? ''})`);
    }
    for (const c of row.causes) lines.push(`    → ${pick(c.message, lang)}`);
  }
  lines.push('', pick(report.toleranceText, lang), `${h.units}:`);
  for (const u of report.units) {
    lines.push(`  ${u.unit ?? h.none}: ${u.checked} / ${u.agreeing} ✓ / +${u.overPaid.count} (${u.overPaid.sum}) / −${u.underPaid.count} (${u.underPaid.sum}) / ? ${u.cannotRebuild}`);
  }
  lines.push('', pick(report.verdict, lang), '');
  return lines.join('\n');
}
