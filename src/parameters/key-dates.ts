import { cite, DOC } from '../core/citation.js';

/** Dates the law fixes, each with its source. */
export const keyDates = {
  /** Decree 178/2024 and Circular 01/2025: regimes computed from 1 Jan 2025. */
  nd178InForce: { date: '2025-01-01', citation: cite(DOC.nd178, '24', '1') },
  /** Decree 67/2025 took effect on signature; Art 7a counts its 12 months from here. */
  nd67InForce: { date: '2025-03-15', citation: cite(DOC.nd67, '3') },
  /** Social Insurance Law 2024 in force: a pension needs 15 insured years instead of 20. */
  siLaw2024InForce: { date: '2025-07-01', citation: cite(DOC.siLaw2024, '141') },
  /**
   * The regime's close: MoHA letter 6383/BNV-TCBC of 13 Aug 2025, after Conclusion 183-KL/TW: leave decisions
   * issued before 31 Aug 2025, and 1 Sep 2025 the last day to leave with the Decree 178/67 policies [H]
   * (docs/decisions.md D12). Later leave dates are still computed, with a warning.
   */
  settlementDeadline: {
    date: '2025-09-01',
    citation: cite('6383/BNV-TCBC', undefined, undefined, undefined, { note: 'of 13 Aug 2025, after Party Conclusion 183-KL/TW: last day to leave under 178/67' }),
  },
  /** Labour contracts concluded before this date qualify under Art 2 cl. 1 point c. */
  contractWorkerCutoff: { date: '2019-01-15', citation: cite(DOC.nd178, '2', '1', 'c') },
} as const;
