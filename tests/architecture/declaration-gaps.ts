import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { en, vi } from '../../src/locales/index.js';
import { ruleBookEn, ruleBookVi, type RuleBookText } from '../../src/locales/rule-book/index.js';
import { policyFolder, policyName, rulePageName, type PolicyDeclaration, type PolicyRuleBook } from '../../src/model/declaration.js';
import { policyRuleBooks } from '../../src/policies/rule-books.js';
import type { DeclaredAllowance as AllowancePolicy } from '../../src/testing/rule-book/index.js';

const root = resolve(import.meta.dirname, '../..');

/** What the check reads: the repository's files and message keys (a test may hand it others). */
export interface Repository {
  readonly exists: (path: string) => boolean;
  readonly read: (path: string) => string;
  /** Keys present in both vi and en. */
  readonly messageKeys: ReadonlySet<string>;
  /** Rule-book keys (src/locales/rule-book/) present in both vi and en; absent: the repository's. */
  readonly ruleBookKeys?: ReadonlySet<string>;
}

export const repository: Repository = {
  exists: (path) => existsSync(join(root, path)),
  read: (path) => readFileSync(join(root, path), 'utf8'),
  messageKeys: new Set(Object.keys(vi).filter((k) => k in en)),
  ruleBookKeys: new Set(Object.keys(ruleBookVi).filter((k) => k in ruleBookEn)),
};

/** The folder of a policy: src/policies/nd178/art7/, src/policies/nd154/early-retirement/. */
export const folderOf = (d: PolicyDeclaration): string => policyFolder(d);

/**
 * What a declared article lacks: its module (index.ts in its folder), its rule-book declaration (rule-book.ts beside
 * it, and its line in src/policies/rule-books.ts, which `npm run build` generates from src/policies/index.ts), its rule-book page, golden cases beside it (cases.json with at
 * least one case that expects an outcome of its code), or its locale entries (the title at least,
 * `<decree>.<name>.title` (`nd178.art7.title`, `nd154.early-retirement.title`), in Vietnamese and English). One line
 * per gap; none when complete.
 */
export function declarationGaps(
  declarations: readonly PolicyDeclaration[],
  repo: Repository = repository,
  ruleBooks: Readonly<Record<string, PolicyRuleBook>> = policyRuleBooks,
): string[] {
  const gaps: string[] = [];
  for (const d of declarations) {
    const folder = folderOf(d);
    if (!repo.exists(`${folder}/index.ts`)) gaps.push(`${d.code}: no module ${folder}/index.ts`);
    if (!repo.exists(`${folder}/rule-book.ts`)) gaps.push(`${d.code}: no rule-book declaration ${folder}/rule-book.ts`);
    if (!Object.hasOwn(ruleBooks, d.code)) gaps.push(`${d.code}: no line '${d.code}' in src/policies/rule-books.ts (generated from src/policies/index.ts: run npm run build)`);
    if (!repo.exists(`docs/rule-book/${rulePageName(d.code)}.md`)) gaps.push(`${d.code}: no rule-book page docs/rule-book/${rulePageName(d.code)}.md`);
    const cases = `${folder}/cases.json`;
    if (!repo.exists(cases)) gaps.push(`${d.code}: no golden cases ${cases}`);
    else {
      const file = JSON.parse(repo.read(cases)) as { cases?: { expect?: { best?: unknown; outcomes?: Record<string, unknown> } }[] } | unknown[];
      const list = (Array.isArray(file) ? file : file.cases ?? []) as { expect?: { best?: unknown; outcomes?: Record<string, unknown> } }[];
      if (!list.some((c) => c.expect?.best === d.code || Object.hasOwn(c.expect?.outcomes ?? {}, d.code))) {
        gaps.push(`${d.code}: no golden case in ${cases} expects an outcome of ${d.code}`);
      }
    }
    const title = `${d.decree}.${policyName(d)}.title`;
    if (!repo.messageKeys.has(title)) gaps.push(`${d.code}: no locale entry ${title} in src/locales/{vi,en}/${d.decree}.ts`);
  }
  return gaps;
}

/** The rule-book sentences a Decree 179 allowance names: its summary, its conditions, its example's title. */
export function allowanceTexts(p: AllowancePolicy): RuleBookText[] {
  return [p.summary, ...p.ruleConditions.map((c) => c.text), p.example.title];
}

/**
 * What a Decree 179 allowance lacks (src/policies/nd179/<name>/): its module, its generated rule-book page
 * (docs/rule-book/nd179-<name>.md), golden cases beside it (cases.json with a case that expects its code among the
 * outcomes or schedules), or a rule-book sentence it names in either language (src/locales/rule-book/{vi,en}/nd179.ts).
 */
export function allowanceGaps(allowances: readonly AllowancePolicy[], repo: Repository = repository): string[] {
  const gaps: string[] = [];
  const ruleBookKeys = repo.ruleBookKeys ?? repository.ruleBookKeys!;
  for (const p of allowances) {
    const folder = `src/policies/${p.code}`;
    if (!repo.exists(`${folder}/index.ts`)) gaps.push(`${p.code}: no module ${folder}/index.ts`);
    const page = `docs/rule-book/${rulePageName(p.code)}.md`;
    if (!repo.exists(page)) gaps.push(`${p.code}: no rule-book page ${page}`);
    const cases = `${folder}/cases.json`;
    if (!repo.exists(cases)) gaps.push(`${p.code}: no golden cases ${cases}`);
    else {
      const file = JSON.parse(repo.read(cases)) as { cases?: { expect?: { outcomes?: Record<string, unknown>; schedules?: Record<string, unknown> } }[] };
      if (!(file.cases ?? []).some((c) => Object.hasOwn(c.expect?.outcomes ?? {}, p.code) || Object.hasOwn(c.expect?.schedules ?? {}, p.code))) {
        gaps.push(`${p.code}: no golden case in ${cases} expects an outcome or a schedule of ${p.code}`);
      }
    }
    const keys = [...new Set(allowanceTexts(p).map((t) => (typeof t === 'string' ? t : t.key)))];
    for (const key of keys) if (!ruleBookKeys.has(key)) gaps.push(`${p.code}: no rule-book entry ${key} in src/locales/rule-book/{vi,en}/nd179.ts`);
  }
  return gaps;
}
