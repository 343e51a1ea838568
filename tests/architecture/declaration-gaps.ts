import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { en, vi } from '../../src/locales/index.js';
import { policyFolder, policyName, rulePageName, type PolicyDeclaration } from '../../src/model/declaration.js';

const root = resolve(import.meta.dirname, '../..');

/** What the check reads: the repository's files and message keys (a test may hand it others). */
export interface Repository {
  readonly exists: (path: string) => boolean;
  readonly read: (path: string) => string;
  /** Keys present in both vi and en. */
  readonly messageKeys: ReadonlySet<string>;
}

export const repository: Repository = {
  exists: (path) => existsSync(join(root, path)),
  read: (path) => readFileSync(join(root, path), 'utf8'),
  messageKeys: new Set(Object.keys(vi).filter((k) => k in en)),
};

/** The folder of a policy: src/policies/nd178/art7/, src/policies/nd154/early-retirement/. */
export const folderOf = (d: PolicyDeclaration): string => policyFolder(d);

/**
 * What a declared article lacks: its module (index.ts in its folder), its rule-book page, golden cases beside it
 * (cases.json with at least one case that expects an outcome of its code), or its locale entries (the title at
 * least, `<decree>.<name>.title` (`nd178.art7.title`, `nd154.early-retirement.title`), in Vietnamese and English). One line per gap; none when complete.
 */
export function declarationGaps(declarations: readonly PolicyDeclaration[], repo: Repository = repository): string[] {
  const gaps: string[] = [];
  for (const d of declarations) {
    const folder = folderOf(d);
    if (!repo.exists(`${folder}/index.ts`)) gaps.push(`${d.code}: no module ${folder}/index.ts`);
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
