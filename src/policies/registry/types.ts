import type { AssessOptions, ResolvedOptions } from '../../engine/options.js';
import type { Citation } from '../../core/citation.js';
import type { Text } from '../../i18n/text.js';
import type { ParameterSet } from '../../parameters/parameter-set.js';
import type { Factor } from '../../parameters/policy-factors.js';
import type { StaffCaseInput } from '../../schema/staff-case.js';

/** The records of `ParameterSet` that hold factors (`factors`, `nd177Factors`, `stayingFactors`). */
export type FactorRecord = { [K in keyof ParameterSet]: ParameterSet[K] extends Readonly<Record<string, Factor>> ? K : never }[keyof ParameterSet];

/** A factor the code reads, by its place in `ParameterSet`: the rule book prints its value and citation from there. */
export interface FactorRef {
  readonly record: FactorRecord;
  readonly name: string;
}

export function factor<R extends FactorRecord>(record: R, name: keyof ParameterSet[R] & string): FactorRef {
  return { record, name };
}

/** A table of `ParameterSet` other than the factor records (dated rows, roadmaps). */
export type TableName = Exclude<keyof ParameterSet, FactorRecord>;

/** A condition of the policy, the refusal code the library gives when it fails, and its source. */
export interface ConditionMeta {
  readonly text: Text;
  readonly citation: Citation;
  readonly refusal?: string;
  readonly factors?: readonly FactorRef[];
}

/** An item as the article defines it: symbols S (monthly salary), T (months early), N (insured years)… */
export interface ItemMeta {
  readonly code: string;
  readonly label: Text;
  readonly formula: string;
  readonly when?: Text;
  readonly factors: readonly FactorRef[];
  readonly citation: Citation;
}

/** A worked example, computed by the library when the page is generated. */
export interface ExampleMeta {
  readonly title: Text;
  readonly input: StaffCaseInput;
  readonly options?: Omit<AssessOptions, 'parameters'>;
  /** The facts shown beside the items. */
  readonly facts: readonly string[];
}

/**
 * What the rule book says about one policy code: one page per entry (docs/rule-book/<decree>-<article>.md),
 * generated from this list, the parameter tables and the readings in docs/decisions.md and docs/decree-177.md.
 */
export interface PolicyMeta {
  readonly code: string;
  readonly title: Text;
  readonly summary: Text;
  readonly conditions: readonly ConditionMeta[];
  readonly items: readonly ItemMeta[];
  readonly tables: readonly TableName[];
  /** Ids of the readings chosen: D… in docs/decisions.md, N… in docs/decree-177.md. */
  readonly readings: readonly string[];
  readonly options: readonly (keyof ResolvedOptions)[];
  readonly examples: readonly ExampleMeta[];
}
