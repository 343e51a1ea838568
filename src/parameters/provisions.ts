import { cite, DOC } from '../core/citation.js';
import { ND154_FROM, nd154Citations } from './nd154.js';
import { FROM_2025, FROM_ND67, named, row } from './series.js';

/**
 * Whether a provision of Decree 178 is in force, as dated series of true/false: versions of a rule chosen by date
 * (GETTSIM's start dates on policy functions), not by a branch on an option. Read by version date like the factors
 * (policy-factors.ts): `ruleset: "original"` reads the law as in force on 14 Mar 2025, before Decree 67/2025.
 */
const original = (what: string) => cite(DOC.nd178, undefined, undefined, undefined, { note: `original text of 31 Dec 2024: ${what}` });

export const provisionSeries = named({
  /** Art 7a (early retirement for streamlining, Art 2 cl. 2), added by Decree 67/2025 Art 1. */
  nd178Art7a: {
    unit: 'in force (true/false)',
    description: 'Decree 178 Art 7a in force',
    rows: [row(FROM_2025, false, original('no Art 7a')), row(FROM_ND67, true, cite(DOC.nd67, '1', undefined, undefined, { note: 'adds Art 7a to Decree 178' }))],
  },
  /** Art 7b (cadres of Decree 177 retiring early, Art 2 cl. 4), added by Decree 67/2025 Art 1. */
  nd178Art7b: {
    unit: 'in force (true/false)',
    description: 'Decree 178 Art 7b in force',
    rows: [row(FROM_2025, false, original('no Art 7b')), row(FROM_ND67, true, cite(DOC.nd67, '1', undefined, undefined, { note: 'adds Art 7b to Decree 178' }))],
  },
  /**
   * Art 7 cl. 2 as amended by Decree 67/2025 Art 1 cl. 3: the items cite the amended clause, and the 15-year
   * insured allowance (4 months for the first 15 years) exists; before it, the 20-year allowance only.
   */
  nd178Art7Clause2Amended: {
    unit: 'in force (true/false)',
    description: 'Decree 178 Art 7 cl. 2 as amended by Decree 67/2025 (15-year insured allowance)',
    rows: [row(FROM_2025, false, original('Art 7 cl. 2, 20-year insured allowance only')), row(FROM_ND67, true, cite(DOC.nd67, '1', '3', undefined, { note: 'amending 178 Art 7 cl. 2' }))],
  },
  /**
   * Decree 154/2025/NĐ-CP (staff streamlining) in force: it replaced Decree 29/2023/NĐ-CP from 16 Jun 2025. Under
   * `ruleset: "original"` (the law as on 14 Mar 2025) it does not exist yet, so its policies are not assessed.
   */
  nd154: {
    unit: 'in force (true/false)',
    description: 'Decree 154/2025 (staff streamlining) in force',
    rows: [
      row(FROM_2025, false, cite(DOC.nd29, undefined, undefined, undefined, { note: 'Decree 29/2023 on staff streamlining, before Decree 154/2025 replaced it', verified: false })),
      row(ND154_FROM, true, nd154Citations.inForce),
    ],
  },
});

export type ProvisionName = keyof typeof provisionSeries;
