import { isAssessError } from '../../engine/assess.js';
import type { Assessment, Outcome } from '../../model/types.js';
import { formatCitation } from '../../core/citation.js';
import { formatCitationVi } from '../format/citation-vi.js';
import type { RecordSource } from '../readers/case-record.js';
import { formatFact, groupThousands } from '../format/amount.js';
import { padEnd, padStart } from '../format/text-width.js';
import type { Language } from '../formats.js';
import type { TextSink } from '../output-sink.js';
import type { Entry, RunSummary } from '../run-summary.js';
import type { EntryWriter } from './entry-writer.js';
import { tableText } from './table-text.js';

// Column widths: "  " + marker 2 + policy 14 + status 10 + amount 16 = 44, so item amounts (6 + 24 + 14) line up.
const POLICY = 14;
const STATUS = 10;
const AMOUNT = 16;
const ITEM_CODE = 24;
const ITEM_AMOUNT = 14;
const RULE = '─'.repeat(78);

/** The row in the file and the carried columns (name, unit…), when the input has them: who the case is. */
function who(source: RecordSource | undefined, lang: Language): string[] {
  if (!source) return [];
  return [`${tableText[lang].row} ${source.row}`, ...source.extras.filter((e) => e.value !== '').map((e) => e.value)];
}

function caseHeading(a: Assessment, lang: Language, source: RecordSource | undefined): string {
  const t = tableText[lang];
  const facts = a.outcomes[0]?.facts ?? {};
  const parts = [a.id, ...who(source, lang)];
  if (facts.leaveDate) parts.push(`${t.leave} ${formatFact(facts.leaveDate)}`);
  if (facts.statutoryPensionStart) parts.push(`${t.pensionMonth} ${formatFact(facts.statutoryPensionStart)}`);
  if (typeof facts.monthlySalary === 'string') parts.push(`${t.salary} ${groupThousands(facts.monthlySalary)}`);
  return parts.join(' · ');
}

function outcomeDetail(o: Outcome, lang: Language): string {
  const t = tableText[lang];
  const f = o.facts;
  const parts: string[] = [];
  if (f.band !== undefined) parts.push(`${t.band} ${formatFact(f.band)}`);
  if (f.monthsEarly !== undefined) parts.push(t.monthsEarly(formatFact(f.monthsEarly)));
  if (f.window !== undefined) parts.push(formatFact(f.window));
  if (f.insuranceRegime !== undefined) parts.push(t.regime(formatFact(f.insuranceRegime)));
  return parts.join(' · ');
}

function outcomeLines(o: Outcome, best: boolean, lang: Language): string[] {
  const t = tableText[lang];
  const marker = best ? '★ ' : '  ';
  const head = `  ${marker}${padEnd(o.policy, POLICY)}${padEnd(o.eligible ? t.eligible : t.refused, STATUS)}`;
  if (!o.eligible) {
    const reason = o.refusal ? `${o.refusal.code}: ${o.refusal.message[lang]}` : '';
    return [`${head}${padStart('—', AMOUNT)}  ${reason}`];
  }
  const lines = [`${head}${padStart(groupThousands(o.total), AMOUNT)}  ${o.title[lang]}`];
  const detail = outcomeDetail(o, lang);
  if (detail) lines.push(`${' '.repeat(2 + 2 + POLICY + STATUS + AMOUNT)}  ${detail}`);
  for (const item of o.items) {
    lines.push(`      ${padEnd(item.code, ITEM_CODE)}${padStart(groupThousands(item.amount), ITEM_AMOUNT)}  ${item.formula}  [${lang === 'vi' ? formatCitationVi(item.citation) : formatCitation(item.citation)}]`);
  }
  return lines;
}

function entryLines(entry: Entry, lang: Language, source: RecordSource | undefined): string[] {
  const t = tableText[lang];
  if (isAssessError(entry)) {
    return [[`${entry.id ?? '(no id)'}`, ...who(source, lang)].join(' · ') + `  ${t.invalid}`, ...entry.error.issues.map((i) => `    ${i.messages[lang]}`)];
  }
  const lines = [caseHeading(entry, lang, source)];
  for (const o of entry.outcomes) lines.push(...outcomeLines(o, entry.best === o.policy, lang));
  for (const w of entry.warnings) lines.push(`    ! ${t.warning}: ${w.message[lang]}`);
  return lines;
}

function summaryLines(summary: RunSummary, lang: Language): string[] {
  const t = tableText[lang];
  if (summary.cases === 0) return [t.none];
  const lines = [RULE, t.legend, t.cases(summary.cases, summary.assessed, summary.invalid, summary.withBest)];
  for (const p of summary.policies.values()) {
    lines.push(`  ${padEnd(p.policy, POLICY)}${t.policyLine(p.eligible, p.refused, p.best, groupThousands(p.bestTotal.toFixed(0)))}`);
  }
  lines.push(t.grandTotal(groupThousands(summary.bestTotal.toFixed(0))));
  return lines;
}

/**
 * A readable report for a terminal: per case its id and key facts, each policy with its total or the
 * reason it does not apply, the items with formula and citation, ★ on the policy paid; then a legend and
 * the counts and totals of the run.
 */
export function tableWriter(sink: TextSink, lang: Language, heading: { tool: string; rules: string }): Omit<EntryWriter, 'abort'> {
  let started = false;
  return {
    async write(entry, _caseNumber, source) {
      const prefix = started ? '\n' : `${tableText[lang].heading(heading.tool, heading.rules)}\n\n`;
      started = true;
      await sink.write(`${prefix}${entryLines(entry, lang, source).join('\n')}\n`);
    },
    async end(summary) {
      const prefix = started ? '\n' : `${tableText[lang].heading(heading.tool, heading.rules)}\n\n`;
      await sink.write(`${prefix}${summaryLines(summary, lang).join('\n')}\n`);
      await sink.close();
    },
  };
}
