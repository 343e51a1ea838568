import { cite, DOC, formatCitation } from '../../../core/citation.js';
import { toAmountString } from '../../../core/money.js';
import { text } from '../../../i18n/text.js';
import { topUpCitation } from '../../../parameters/transitional.js';
import { copyFacts, type CaseContext } from '../../../model/context.js';
import { refusedOutcome } from '../../../model/outcome.js';
import type { Outcome } from '../../../model/types.js';
import { art7bTitle, evaluateArt7b } from '../../nd178/art7b/index.js';

/**
 * Decree 178 Art 7b for the `decree-177-cadre` group. Decree 67/2025 brought the Decree 177 Art 2 cl. 1–4 cadres
 * into 178 Art 2 cl. 4; the cl. 5 cadres (managed by the Politburo / Secretariat) stay under Decree 177 only.
 */
export function evaluateArt7bForDecree177(ctx: CaseContext): Outcome {
  if (ctx.case.decree177?.clause === 5) {
    return refusedOutcome('nd178/art7b', art7bTitle, Object.assign(copyFacts(ctx), { decree177Clause: 5 }), {
      code: 'decree-177-clause-5',
      message: text(
        'Cán bộ thuộc khoản 5 Điều 2 Nghị định 177 (diện Bộ Chính trị, Ban Bí thư quản lý) không thuộc khoản 4 Điều 2 Nghị định 178; chỉ áp dụng Nghị định 177',
        'Cadres of Decree 177 Art 2 cl. 5 (managed by the Politburo / Secretariat) are not in Decree 178 Art 2 cl. 4; only Decree 177 applies',
      ),
      citation: cite(DOC.nd178, '2', '4', undefined, { note: 'as amended by 67/2025/NĐ-CP' }),
    });
  }
  return evaluateArt7b(ctx);
}

/**
 * The Decree 67/2025 top-up (cấp bù): a person already paid `alreadyPaid.amount` under `alreadyPaid.policy`
 * is owed the difference when a package computed here is higher, and nothing is clawed back when it is lower.
 * Recorded in the facts of every eligible leaving package, so the total stays the full entitlement and `best`
 * is unchanged; the top-up owed is the one on the `best` outcome (docs/decree-177.md).
 */
export function withTopUp(ctx: CaseContext, outcome: Outcome): Outcome {
  const paid = ctx.case.alreadyPaid;
  if (!paid || !outcome.eligible || outcome.excludedFromBest) return outcome;
  const owed = BigInt(outcome.total) - BigInt(toAmountString(paid.amount));
  return {
    ...outcome,
    facts: {
      ...outcome.facts,
      alreadyPaidPolicy: paid.policy,
      alreadyPaidAmount: toAmountString(paid.amount),
      topUpOwed: String(owed > 0n ? owed : 0n),
      topUpCitation: formatCitation(topUpCitation),
    },
  };
}
