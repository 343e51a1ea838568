import type { Citation } from '../core/citation.js';
import { topUpCitation } from '../parameters/transitional.js';
import { assess } from './assess.js';
import { InvalidInputError } from './errors.js';
import { issue, show } from '../schema/issues.js';
import { readPlain } from '../schema/plain-data.js';
import type { AssessOptions } from './options.js';
import type { Assessment } from '../model/types.js';
import { msg } from '../locales/index.js';

/** The difference owed to a case settled under the original Decree 178 at a lower level than the amended one. */
export interface TopUp {
  readonly policy: string;
  readonly originalTotal: string;
  readonly amendedTotal: string;
  /** amended − original when positive, else "0" (nothing is clawed back). */
  readonly topUp: string;
  readonly citation: Citation;
}

export interface RulesetComparison {
  readonly id: string;
  readonly original: Assessment;
  readonly amended: Assessment;
  readonly topUps: readonly TopUp[];
}


/**
 * Assesses one case under the original and the amended Decree 178 and shows the top-up (cấp bù) per
 * policy that was payable under the original text. Throws `InvalidInputError` like `assess`.
 */
export function compareRulesets(input: unknown, options: Omit<AssessOptions, 'ruleset'> = {}): RulesetComparison {
  // Read once: both rulesets see the same case and options, and what cannot be read is an InvalidInputError.
  const readCase = readPlain(input, '');
  const readOptions = readPlain(options, 'options');
  if (!readOptions.ok) throw new InvalidInputError([{ ...readOptions.issue, code: 'invalid-option' }]);
  if (!readCase.ok) throw new InvalidInputError([readCase.issue]);
  let given: AssessOptions;
  try {
    given = { ...(readOptions.value as AssessOptions) };
  } catch (e) {
    throw new InvalidInputError([issue('options', 'invalid-option', msg('engine.issue.invalid-option', { reason: show(e instanceof Error ? e.message : e) }))]);
  }
  const original = assess(readCase.value, { ...given, ruleset: 'original' });
  const amended = assess(readCase.value, { ...given, ruleset: 'amended' });
  const topUps: TopUp[] = [];
  for (const before of original.outcomes) {
    if (!before.eligible) continue;
    const after = amended.outcomes.find((o) => o.policy === before.policy);
    if (!after) continue;
    const diff = after.eligible ? BigInt(after.total) - BigInt(before.total) : 0n;
    topUps.push({
      policy: before.policy,
      originalTotal: before.total,
      amendedTotal: after.total,
      topUp: String(diff > 0n ? diff : 0n),
      citation: topUpCitation,
    });
  }
  return { id: amended.id, original, amended, topUps };
}
