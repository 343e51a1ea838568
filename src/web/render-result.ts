import { formatCitation, formatCitationVi, type Citation } from '../core/citation.js';
import { dec, formatNumber } from '../core/money.js';
import { amountInVietnameseWords } from '../i18n/vietnamese-words.js';
import { msg, type WebMessageKey } from '../locales/web.js';
import type { Assessment, Outcome } from '../model/types.js';
import type { ValidationIssue } from '../schema/validate.js';
import { esc } from './html.js';

export type Lang = 'vi' | 'en';

export const t = (key: WebMessageKey, lang: Lang): string => msg(key)[lang];

/**
 * The rule-book page of a policy code, bundled beside the page (scripts/build-web.mjs): one generated page per
 * code, a Decree 179 allowance's included ("nd179/talent-allowance" → rule-book/nd179-talent-allowance.html); the
 * decree's guide, docs/decree-179.md, is rendered beside them and linked from each.
 */
export const ruleBookHref = (policy: string): string => `rule-book/${policy.replaceAll('/', '-')}.html`;

export function citationHtml(c: Citation, policy: string, lang: Lang): string {
  const label = lang === 'vi' ? formatCitationVi(c) : formatCitation(c);
  return `<a class="citation" href="${esc(ruleBookHref(policy))}">${esc(label)}</a>`;
}

/** An amount in figures: "744,778,125" (the separators of the CLI and the spreadsheets). */
export const figures = (amount: string): string => formatNumber(amount);

function outcomeHtml(o: Outcome, best: boolean, lang: Lang): string {
  const status = o.eligible ? t('web.result.eligible', lang) : t('web.result.refused', lang);
  const head = `<h3><span class="policy-code">${esc(o.policy)}</span> ${esc(o.title[lang])} <span class="badge ${o.eligible ? 'ok' : 'no'}">${esc(status)}</span>${best ? ' ★' : ''}</h3>`;
  const refusal = o.refusal
    ? `<p class="refusal" data-code="${esc(o.refusal.code)}">${esc(o.refusal.message[lang])} — ${citationHtml(o.refusal.citation, o.policy, lang)}</p>`
    : '';
  const rows = o.items
    .map((i) => `<tr><td>${esc(i.label[lang])}</td><td class="num">${esc(figures(i.amount))}</td><td class="formula">${esc(i.formula)}</td><td>${citationHtml(i.citation, o.policy, lang)}</td></tr>`)
    .join('');
  const table = o.items.length
    ? `<table><thead><tr><th scope="col">${esc(t('web.result.item', lang))}</th><th scope="col">${esc(t('web.result.amount', lang))}</th><th scope="col">${esc(t('web.result.formula', lang))}</th><th scope="col">${esc(t('web.result.citation', lang))}</th></tr></thead><tbody>${rows}</tbody>` +
      `<tfoot><tr><th scope="row">${esc(t('web.result.total', lang))}</th><td class="num total" data-policy="${esc(o.policy)}">${esc(figures(o.total))}</td><td colspan="2"></td></tr></tfoot></table>`
    : '';
  // Rights without an amount (the pension not reduced, the training cost covered, a refund due…), then why the
  // outcome is kept out of the comparison for the policy paid (a Decree 178 package in a Decree 154 case).
  const flags = o.flags.length
    ? `<ul class="flags" aria-label="${esc(t('web.result.flags', lang))}">${o.flags.map((f) => `<li data-code="${esc(f.code)}">${esc(f.label[lang])} — ${citationHtml(f.citation, o.policy, lang)}</li>`).join('')}</ul>`
    : '';
  const excluded = o.excludedFromBest ? `<p class="excluded">${esc(o.excludedFromBest[lang])}</p>` : '';
  const facts = Object.entries(o.facts)
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(typeof v === 'object' ? JSON.stringify(v) : v)}</dd>`)
    .join('');
  const factsHtml = facts ? `<details class="facts"><summary>${esc(t('web.result.facts', lang))}</summary><dl>${facts}</dl></details>` : '';
  return `<section class="outcome${best ? ' best' : ''}" data-policy="${esc(o.policy)}">${head}${refusal}${excluded}${table}${flags}${factsHtml}</section>`;
}

/** The whole result: the policy paid with its total in figures and in words, warnings, every outcome, the signatures. */
export function assessmentHtml(a: Assessment, lang: Lang, lawRun?: Assessment): string {
  const best = a.outcomes.find((o) => o.policy === a.best);
  const summary = best
    ? `<div class="summary"><p>${esc(t('web.result.best', lang))}: <strong>${esc(best.title[lang])}</strong> (${esc(best.policy)})</p>` +
      `<p class="grand-total">${esc(t('web.result.total', lang))}: <strong id="grand-total">${esc(figures(best.total))}</strong> đồng</p>` +
      `<p class="in-words">${esc(t('web.result.inWords', lang))}: <em id="in-words">${esc(amountInVietnameseWords(best.total))}</em></p></div>`
    : `<div class="summary"><p>${esc(t('web.result.noBest', lang))}</p></div>`;
  const warnings = a.warnings.length
    ? `<div class="warnings" role="note"><h3>${esc(t('web.result.warnings', lang))}</h3><ul>${a.warnings.map((w) => `<li data-code="${esc(w.code)}">${esc(w.message[lang])}</li>`).join('')}</ul></div>`
    : '';
  const whatIf = lawRun ? whatIfHtml(a, lawRun, lang) : '';
  const outcomes = a.outcomes.map((o) => outcomeHtml(o, o.policy === a.best, lang)).join('');
  const sign =
    `<div class="signatures" aria-hidden="false"><div><strong>${esc(t('web.sign.preparer', lang))}</strong><br><span>${esc(t('web.sign.hint', lang))}</span></div>` +
    `<div><strong>${esc(t('web.sign.head', lang))}</strong><br><span>${esc(t('web.sign.hint', lang))}</span></div></div>`;
  return `<p class="case-id">${esc(a.id)} · ${esc(a.rulesetVersion)}</p>${summary}${warnings}${whatIf}${outcomes}${sign}`;
}

/** What-if: each outcome's total under the law and under the replaced parameters, and the difference (exact). */
function whatIfHtml(a: Assessment, law: Assessment, lang: Lang): string {
  const rows = a.outcomes
    .map((o) => {
      const l = law.outcomes.find((x) => x.policy === o.policy);
      const lawTotal = l?.eligible ? l.total : null;
      const newTotal = o.eligible ? o.total : null;
      const diff = lawTotal !== null && newTotal !== null ? dec(newTotal).minus(dec(lawTotal)).toFixed(0) : null;
      const cell = (v: string | null) => (v === null ? '—' : esc(figures(v)));
      return `<tr><td>${esc(o.policy)}</td><td class="num">${cell(lawTotal)}</td><td class="num">${cell(newTotal)}</td><td class="num difference">${cell(diff)}</td></tr>`;
    })
    .join('');
  return `<div class="what-if"><h3>${esc(t('web.result.whatif', lang))}</h3><table><thead><tr><th scope="col"></th><th scope="col">${esc(t('web.result.lawTotal', lang))}</th><th scope="col">${esc(t('web.result.whatifTotal', lang))}</th><th scope="col">${esc(t('web.result.difference', lang))}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** Issues the validator gave that belong to no single field of the form (cross-field rules, options). */
export function issuesHtml(issues: readonly ValidationIssue[], lang: Lang): string {
  return `<p>${esc(t('web.result.invalid', lang))}</p><ul>${issues.map((i) => `<li data-path="${esc(i.path)}"><code>${esc(i.path || '—')}</code>: ${esc(i.messages[lang])}</li>`).join('')}</ul>`;
}
