import { cite } from '../core/citation.js';
import type { DatedParameter } from './dated.js';

/** Mức lương cơ sở (common.md §2). Each amendment is a new row; the 2026 row is not yet verified. */
export const baseSalary: DatedParameter<string> = {
  name: 'baseSalary',
  description: 'Base salary (mức lương cơ sở), VND per month',
  rows: [
    { from: '2019-07-01', value: '1490000', citation: cite('38/2019/NĐ-CP', '3') },
    { from: '2023-07-01', value: '1800000', citation: cite('24/2023/NĐ-CP', '3') },
    { from: '2024-07-01', value: '2340000', citation: cite('73/2024/NĐ-CP', '3') },
    {
      from: '2026-07-01',
      value: '2530000',
      citation: cite('161/2026/NĐ-CP', undefined, undefined, undefined, {
        verified: false,
        note: 'seen in several independent sources; official text not checked',
      }),
    },
  ],
};
