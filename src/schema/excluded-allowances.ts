import { cite, DOC, type Citation } from '../core/citation.js';
import type { Text } from '../i18n/text.js';
import { msg } from '../locales/schema.js';

/**
 * Allowances that are never part of the current monthly salary (Circular 01/2025/TT-BNV Art 3 cl. 2;
 * common.md §2). An HR export that carries one is told so by name instead of having it dropped silently.
 * Keys are matched loosely (case, separators and Vietnamese spellings), so `areaAllowance`,
 * `area_coefficient` and `phuCapKhuVuc` are all recognised.
 */
export interface ExcludedAllowance {
  readonly code: string;
  readonly name: Text;
  readonly pattern: RegExp;
}

export const excludedAllowances: readonly ExcludedAllowance[] = [
  { code: 'area', name: msg('schema.excluded-allowance.area'), pattern: /^(area|khuvuc|phucapkhuvuc)/ },
  { code: 'hazard', name: msg('schema.excluded-allowance.hazard'), pattern: /^(hazard|toxic|dochai|nguyhiem|phucapdochai)/ },
  { code: 'attraction', name: msg('schema.excluded-allowance.attraction'), pattern: /^(attraction|thuhut|phucapthuhut)/ },
  { code: 'party-committee', name: msg('schema.excluded-allowance.party-committee'), pattern: /^(partycommittee|capuy|phucapcapuy|trachnhiemcapuy)/ },
  { code: 'chief-accountant', name: msg('schema.excluded-allowance.chief-accountant'), pattern: /^(chiefaccountant|ketoantruong)/ },
  { code: 'concurrent-post', name: msg('schema.excluded-allowance.concurrent-post'), pattern: /^(concurrent|kiemnhiem|phucapkiemnhiem)/ },
  { code: 'work-responsibility', name: msg('schema.excluded-allowance.work-responsibility'), pattern: /^(workresponsibility|responsibilityallowance|trachnhiemcongviec)/ },
];

export const excludedAllowancesCitation: Citation = cite(DOC.tt01, '3', '2', 'a');

function normalizeKey(key: string): string {
  return key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function findExcludedAllowance(key: string): ExcludedAllowance | undefined {
  const k = normalizeKey(key);
  return excludedAllowances.find((a) => a.pattern.test(k));
}
