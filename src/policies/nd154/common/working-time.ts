import type { StaffCase } from '../../../model/staff-case.js';

/**
 * The working time N of Decree 154 (in months): the insured months; for a commune-level part-time worker (Art 5
 * cl. 5) [M], the months in the part-time post plus the compulsory-insurance months in other posts not already
 * compensated (docs/decisions.md D53). Years from months by the odd-months rule (src/core/service-time.ts).
 */
export function workingMonths(c: StaffCase): number {
  const p = c.decree154?.communePartTime;
  return p === undefined ? c.insuredMonths : p.months + p.otherUncompensatedMonths;
}

export const isCommunePartTime = (c: StaffCase): boolean => c.decree154?.communePartTime !== undefined;
