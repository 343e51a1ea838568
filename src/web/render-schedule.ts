import { dec } from '../core/money.js';
import type { Schedule179 } from '../engine/nd179/index.js';
import { esc } from './html.js';
import { citationHtml, figures, t, type Lang } from './render-result.js';

/** One month's total over the allowances of a Decree 179 schedule (refused months add nothing; they are listed). */
export function monthlyTotals(s: Schedule179): { month: string; amount: string }[] {
  const byMonth = new Map<string, ReturnType<typeof dec>>();
  for (const a of s.schedules) {
    for (const r of a.rows) {
      if (r.amount === null) continue;
      byMonth.set(r.month, (byMonth.get(r.month) ?? dec(0)).plus(dec(r.amount)));
    }
  }
  return [...byMonth.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, d]) => ({ month, amount: d.toFixed(0) }));
}

/**
 * A small step chart of the monthly amount: one bar per month, height proportional to the amount. Heights are
 * drawing coordinates only (a float is fine for pixels; every amount shown as text stays exact). A month whose
 * amount differs from the month before (a base-salary or coefficient change) is marked with its amount.
 */
export function chartSvg(points: readonly { month: string; amount: string }[], lang: Lang): string {
  if (points.length === 0) return '';
  const width = 640;
  const height = 180;
  const pad = 28;
  const max = points.reduce((m, p) => (dec(p.amount).gt(m) ? dec(p.amount) : m), dec(0));
  const bar = (width - 2 * pad) / points.length;
  const scale = (amount: string) => (max.isZero() ? 0 : dec(amount).div(max).times(height - 2 * pad).toNumber());
  const bars: string[] = [];
  const marks: string[] = [];
  points.forEach((p, i) => {
    const h = scale(p.amount);
    const x = pad + i * bar;
    bars.push(`<rect x="${x.toFixed(1)}" y="${(height - pad - h).toFixed(1)}" width="${Math.max(bar - 1, 1).toFixed(1)}" height="${h.toFixed(1)}"><title>${esc(p.month)}: ${esc(figures(p.amount))}</title></rect>`);
    if (i === 0 || p.amount !== points[i - 1]!.amount) {
      marks.push(`<text x="${x.toFixed(1)}" y="${(height - pad - h - 4).toFixed(1)}" class="mark">${esc(figures(p.amount))}</text>`);
    }
  });
  const first = points[0]!.month;
  const last = points[points.length - 1]!.month;
  return (
    `<figure><svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(t('web.talent.chart', lang))}">` +
    `<g class="bars">${bars.join('')}</g><g>${marks.join('')}</g>` +
    `<text x="${pad}" y="${height - 8}">${esc(first)}</text><text x="${width - pad}" y="${height - 8}" text-anchor="end">${esc(last)}</text>` +
    `</svg><figcaption>${esc(t('web.talent.chart', lang))}</figcaption></figure>`
  );
}

export function scheduleHtml(s: Schedule179, lang: Lang): string {
  const sections = s.schedules
    .map((a) => {
      const refusal = a.refusal ? `<p class="refusal">${esc(a.refusal.message[lang])} — ${citationHtml(a.refusal.citation, a.policy, lang)}</p>` : '';
      const rows = a.rows
        .map((r) => `<tr><td>${esc(r.month)}</td><td class="num">${r.amount === null ? esc(r.refusal?.message[lang] ?? '—') : esc(figures(r.amount))}</td><td class="formula">${esc(r.formula)}</td><td>${citationHtml(r.citation, a.policy, lang)}</td></tr>`)
        .join('');
      const table = a.rows.length
        ? `<table><thead><tr><th scope="col">${esc(t('web.talent.month', lang))}</th><th scope="col">${esc(t('web.talent.amount', lang))}</th><th scope="col">${esc(t('web.result.formula', lang))}</th><th scope="col">${esc(t('web.result.citation', lang))}</th></tr></thead><tbody>${rows}</tbody>` +
          `<tfoot><tr><th scope="row">${esc(t('web.result.total', lang))}</th><td class="num">${esc(figures(a.total))}</td><td colspan="2"></td></tr></tfoot></table>`
        : '';
      return `<section class="outcome" data-policy="${esc(a.policy)}"><h3><span class="policy-code">${esc(a.policy)}</span> ${esc(a.title[lang])}</h3>${refusal}${table}</section>`;
    })
    .join('');
  const warnings = s.warnings.length ? `<ul class="warnings">${s.warnings.map((w) => `<li>${esc(w.message[lang])}</li>`).join('')}</ul>` : '';
  return `<p class="case-id">${esc(s.id)} · ${esc(s.eligibility.groupTitle[lang])}</p>${warnings}${chartSvg(monthlyTotals(s), lang)}${sections}`;
}
