import { compareDates, parseIsoDate } from '../../../core/calendar.js';
import type { Text } from '../../../i18n/text.js';
import { msg } from '../../../locales/index.js';
import type { CaseContext } from '../../../model/context.js';
import type { StaffCase } from '../../../model/staff-case.js';
import type { Refusal } from '../../../model/types.js';
import { keyDates } from '../../../parameters/key-dates.js';
import { nd154Citations, nd154Dates } from '../../../parameters/nd154.js';

/**
 * When Decree 154/2025 is assessed, and what it does to the Decree 178 packages (docs/decree-154.md,
 * docs/decisions.md D50, D51, D58).
 *
 * The decree applies from 16 Jun 2025 to 31 Dec 2030 and not to people who take the Decree 178/2024 policies. The
 * Decree 178/67 regime closed on 1 Sep 2025 (MoHA letter 6383/BNV-TCBC: the last day to leave under it), so a case
 * leaving later is assessed under Decree 154 as well, and so is a case the input calls a Decree 154 streamlining case.
 */
const firstDay = parseIsoDate(nd154Dates.inForce.date)!;
const lastDay = parseIsoDate(nd154Dates.lastDay.date)!;
const decree178Close = parseIsoDate(keyDates.settlementDeadline.date)!;

/** A Decree 29/2023 case not paid on 16 Jun 2025 (`alreadyPaid.policy` "nd29/…"): recomputed under Decree 154 (D58). */
export function isDecree29Case(c: StaffCase): boolean {
  return c.alreadyPaid !== undefined && c.alreadyPaid.policy.startsWith('nd29/');
}

/** The input says this is a Decree 154 streamlining case: `decree154Streamlining`, or a Decree 29/2023 case (D58). */
function isStreamliningCase(c: StaffCase): boolean {
  return c.decree154?.streamlining === true || isDecree29Case(c);
}

/** Decree 154 exists in the law the case is read under (not under `ruleset: "original"`, the law of 14 Mar 2025). */
function decreeInLaw(ctx: CaseContext): boolean {
  return ctx.params.provisions.nd154?.value === true;
}

/**
 * Whether the Decree 154 policies are assessed for the case: the decree is in the law read; the leave date is within
 * its term (16 Jun 2025 – 31 Dec 2030, both included); and the case is a streamlining case or leaves after the
 * Decree 178 regime closed (after 1 Sep 2025). A Decree 29/2023 case not paid on 16 Jun 2025 is recomputed under
 * Decree 154 by its transitional provisions whatever its leave date before the end of the term (D58) [L].
 */
export function decree154Assessed(ctx: CaseContext): boolean {
  if (!decreeInLaw(ctx)) return false;
  const c = ctx.case;
  if (compareDates(c.leaveDate, lastDay) > 0) return false;
  if (isDecree29Case(c)) return true;
  if (compareDates(c.leaveDate, firstDay) < 0) return false;
  return isStreamliningCase(c) || compareDates(c.leaveDate, decree178Close) > 0;
}

const closedReason = msg('nd154.best.decree-178-closed');
const streamliningReason = msg('nd154.best.streamlining-case');

/**
 * `bestExclusion` of the Decree 178 leaving packages (Art 7, 7a, 7b, 9, 10), D51: in a Decree 154 streamlining case,
 * or when the leave date is after 1 Sep 2025 (the regime closed), they are computed and shown, for audits and
 * top-ups, but never chosen as `best`. Only where Decree 154 is in the law read (not under `ruleset: "original"`).
 */
export function decree178BestExclusion(ctx: CaseContext): Text | null {
  if (!decreeInLaw(ctx)) return null;
  if (isStreamliningCase(ctx.case)) return streamliningReason;
  return compareDates(ctx.case.leaveDate, decree178Close) > 0 ? closedReason : null;
}

/**
 * Whether the case asks for the policy: the route (`auto` asks for both). A Decree 29/2023 case is recomputed for the
 * policy it was decided under (`alreadyPaid.policy` "nd29/early-retirement" or "nd29/resignation") and no other (D58).
 */
export function routeAsks(ctx: CaseContext, route: 'early-retirement' | 'resignation'): boolean {
  const c = ctx.case;
  if (isDecree29Case(c)) return c.alreadyPaid!.policy === `nd29/${route}`;
  return c.route === 'auto' || c.route === route;
}

/**
 * Decree 154 does not apply to people who take the Decree 178 policies: the input says so with `tookDecree178`, or
 * by `alreadyPaid` naming a Decree 178 package (the person was paid under Decree 178).
 */
export function notDecree178Check(ctx: CaseContext): Refusal | null {
  const c = ctx.case;
  if (c.decree154?.tookDecree178 === true) {
    return { code: 'took-decree-178', message: msg('nd154.refusal.took-decree-178'), citation: nd154Citations.scope };
  }
  if (c.alreadyPaid !== undefined && c.alreadyPaid.policy.startsWith('nd178/')) {
    return { code: 'took-decree-178', message: msg('nd154.refusal.took-decree-178.paid', { policy: c.alreadyPaid.policy }), citation: nd154Citations.scope };
  }
  return null;
}
