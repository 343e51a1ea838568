import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeAssess } from '../../src/index.js';
import { defaultParameters } from '../../src/parameters/parameter-set.js';
import { nd179Rates } from '../../src/parameters/nd179-rates.js';
import { rulePageName } from '../../src/model/declaration.js';
import { policyDeclarations as policyRegistry } from '../../src/policies/index.js';
import { optionsOf, parsePolicyTestFile } from '../../src/testing/index.js';
import { declaredPolicies, nd179Allowances, renderPolicyCodes, renderRuleBook, ruleBookDocuments, uncitedParameters } from '../../src/testing/rule-book/index.js';
import { policyRuleBooks } from '../../src/policies/rule-books.js';
import { goldenFiles } from '../golden/golden-files.js';
import { ruleBookText } from '../../src/locales/rule-book/index.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const documents = Object.fromEntries(ruleBookDocuments.map((doc) => [doc, read(doc)]));

/** Every outcome of every golden case: the policy codes, refusals and items the engine really produces. */
const goldenOutcomes = goldenFiles().flatMap((file) =>
  parsePolicyTestFile(read(file)).cases.flatMap((c) => {
    const r = safeAssess(c.input, optionsOf(c));
    return r.ok ? r.value.outcomes.map((o) => ({ file, name: c.name, outcome: o })) : [];
  }));

describe('rule book (docs/rule-book/)', () => {
  it('is committed up to date (run `npm run rulebook` to refresh it)', () => {
    const pages = renderRuleBook({ documents });
    for (const page of pages) {
      expect(existsSync(join(root, page.path)), `${page.path} is missing`).toBe(true);
      expect(read(page.path), `${page.path} is stale: run npm run rulebook`).toBe(page.content);
    }
    const expected = new Set(pages.map((p) => p.path.replace('docs/rule-book/', '')));
    const extra = readdirSync(join(root, 'docs/rule-book')).filter((f) => !expected.has(f));
    expect(extra, 'files in docs/rule-book/ that the generator does not write').toEqual([]);
  });

  it('lists the policy codes in docs/policy-codes.md as the declarations give them (run `npm run rulebook` to refresh it)', () => {
    const page = renderPolicyCodes();
    expect(read('docs/policy-codes.md'), 'docs/policy-codes.md is stale: run npm run rulebook').toBe(page);
    for (const m of policyRegistry) expect(page).toContain(`| \`${m.code}\` | ${m.title.en} |`);
    for (const p of nd179Allowances) expect(page).toContain(`| \`${p.code}\` | ${p.title.en} |`);
  });

  it('has a page for every policy code the engine returns', () => {
    const codes = new Set([...policyRegistry.map((m) => m.code), ...goldenOutcomes.map((g) => g.outcome.policy)]);
    const registered = new Set(policyRegistry.map((m) => m.code));
    for (const code of codes) {
      expect(registered.has(code), `${code} has no declaration in src/policies/index.ts`).toBe(true);
      expect(existsSync(join(root, `docs/rule-book/${rulePageName(code)}.md`)), `${code} has no page`).toBe(true);
    }
    expect(codes.size).toBeGreaterThanOrEqual(11);
  });

  it('lists every refusal and every item the golden cases produce under the policy that produced them', () => {
    const meta = new Map(declaredPolicies().map((m) => [m.code, m]));
    const missing: string[] = [];
    for (const { file, name, outcome: o } of goldenOutcomes) {
      const m = meta.get(o.policy);
      if (!m) continue;
      if (o.refusal && !m.conditions.some((c) => c.refusal === o.refusal!.code)) missing.push(`${o.policy} refusal ${o.refusal.code} (${file}: ${name})`);
      for (const i of o.items) if (!m.items.some((x) => x.code === i.code)) missing.push(`${o.policy} item ${i.code} (${file}: ${name})`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('cites every parameter the law fixes', () => {
    expect(uncitedParameters(defaultParameters)).toEqual([]);
    expect(uncitedParameters(nd179Rates)).toEqual([]);
  });

  it('would catch a factor or a dated row without a citation', () => {
    const broken = {
      ...defaultParameters,
      factors: { ...defaultParameters.factors, oneOffRateNear: { value: '1.0' } },
      baseSalary: { ...defaultParameters.baseSalary, rows: [...defaultParameters.baseSalary.rows, { from: '2099-07-01', value: '2700000' }] },
      newTable: { a: 5 },
    };
    expect(uncitedParameters(broken)).toEqual(['factors.oneOffRateNear', `baseSalary.rows.${defaultParameters.baseSalary.rows.length}`, 'newTable.a']);
  });

  it('resolves every factor, reading and option an entry names, and computes each example for its own code', () => {
    for (const m of declaredPolicies()) {
      for (const ref of [...m.items.flatMap((i) => i.factors), ...m.conditions.flatMap((c) => c.factors ?? [])]) {
        const record = defaultParameters[ref.record] as Record<string, { citation?: { doc: string } }>;
        expect(record[ref.name]?.citation?.doc, `${m.code}: ${ref.record}.${ref.name}`).toBeTruthy();
      }
      for (const e of m.examples) {
        const r = safeAssess(e.input, e.options);
        expect(r.ok && r.value.outcomes.some((o) => o.policy === m.code), `${m.code} example ${ruleBookText(e.title).en}`).toBe(true);
      }
      expect(m.examples.length, `${m.code} has a worked example`).toBeGreaterThan(0);
    }
    const page = renderRuleBook({ documents }).find((p) => p.path.endsWith('nd178-art7.md'))!.content;
    expect(page).toContain('| `factors.oneOffRateNear` | 1.0 | 178/2024/NĐ-CP Art 7 cl. 1 pt. a |');
    expect(page).toContain('| `one-off-pension` | 460,687,500 | 15,356,250 × 1.0 × 30 | 178/2024/NĐ-CP Art 7 cl. 1 pt. a |');
    expect(page).toContain('[D1](../decisions.md)');
    const first = policyRegistry[0]!;
    expect(() => renderRuleBook({ documents, declarations: [first], ruleBooks: { [first.code]: { ...policyRuleBooks[first.code]!, readings: ['D999'] } } })).toThrow(/D999/);
  });

  it('writes a page per Decree 179 allowance from its declaration: conditions, the rates read, the options quoted from docs/decree-179.md, an assess179 example', () => {
    const pages = renderRuleBook({ documents });
    for (const p of nd179Allowances) expect(pages.some((x) => x.path === `docs/rule-book/${rulePageName(p.code)}.md`), p.code).toBe(true);
    const page = pages.find((x) => x.path.endsWith('nd179-graduate-allowance.md'))!.content;
    expect(page).toContain('`graduateAllowanceRate × k × B × d/D`');
    expect(page).toContain('| `nd179Rates.graduateAllowanceRate` | 1.5 |');
    expect(page).toContain('| `recruited-before-decree-179` |');
    expect(page).toContain('| `fiveYearCount` | [L] | `from-decision-day`');
    expect(page).toContain('| `monthly-amount` | 8,213,400 | 1.5 × 2.34 × 2,340,000 |');
    const graduate = nd179Allowances.find((p) => p.code === 'nd179/graduate-allowance')!;
    expect(() => renderRuleBook({ documents, allowances: [{ ...graduate, options: ['proration', 'nope' as 'proration'] }] })).toThrow(/nope/);
    expect(() => renderRuleBook({ documents, allowances: [{ ...graduate, example: { ...graduate.example, caseName: 'no such case' } }] })).toThrow(/no such case/);
    expect(read('docs/rule-book/README.md')).toContain('[nd179/expert-contract](nd179-expert-contract.md)');
  });

  it('follows the parameters it is given: a what-if factor changes the page', () => {
    const params = { ...defaultParameters, factors: { ...defaultParameters.factors, jobSearchMonths: { ...defaultParameters.factors.jobSearchMonths, value: '4' } } };
    const page = renderRuleBook({ documents, params }).find((p) => p.path.endsWith('nd178-art9.md'))!.content;
    expect(page).toContain('| `factors.jobSearchMonths` | 4 |');
  });
});
