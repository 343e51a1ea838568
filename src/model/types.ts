import type { Citation } from '../core/citation.js';
import type { Text } from '../i18n/text.js';

import type { FactValue } from '../core/fact-value.js';

export type { FactValue } from '../core/fact-value.js';
export type Facts = Record<string, FactValue>;

/** One amount: integer VND as a decimal string, with the formula and numbers used, and its legal source. */
export interface Item {
  readonly code: string;
  readonly label: Text;
  readonly amount: string;
  readonly formula: string;
  readonly citation: Citation;
  /**
   * The days the amount pays for, both included ("YYYY-MM-DD"), when an outcome spreads over time: a
   * Decree 179 schedule is an outcome with one item per month. Absent for a one-off amount.
   */
  readonly period?: { readonly from: string; readonly to: string };
}

/** A right with no amount here (e.g. "the pension is not reduced"), with its legal source. */
export interface Flag {
  readonly code: string;
  readonly label: Text;
  readonly citation: Citation;
}

export interface Refusal {
  readonly code: string;
  readonly message: Text;
  readonly citation: Citation;
}

export interface Warning {
  readonly code: string;
  readonly message: Text;
  readonly citation?: Citation;
}

export type PolicyCode =
  | 'nd178/art7' | 'nd178/art7a' | 'nd178/art7b' | 'nd178/art9' | 'nd178/art10'
  | 'nd178/art11' | 'nd178/art12' | 'nd178/art13' | 'nd178/art14' | 'nd177/art3' | 'nd177/art4'
  | 'nd154/early-retirement' | 'nd154/resignation'
  | (string & {});

export interface Outcome {
  readonly policy: PolicyCode;
  readonly title: Text;
  readonly eligible: boolean;
  readonly refusal?: Refusal;
  readonly facts: Facts;
  readonly items: readonly Item[];
  readonly flags: readonly Flag[];
  /** Sum of the items' amounts, integer VND as a decimal string; "0" when not eligible. */
  readonly total: string;
  /**
   * Present when the outcome is not one of the alternative leaving packages of which only the highest is
   * paid (Decree 177 Art 4 leave while waiting; Decree 178 Art 11–14): it then never becomes `best`. Says why.
   */
  readonly excludedFromBest?: Text;
}

export interface Assessment {
  readonly id: string;
  readonly schemaVersion: string;
  readonly rulesetVersion: string;
  /** The options in force for this case; `defaulted` lists those the caller did not set. */
  readonly options: Record<string, FactValue>;
  readonly warnings: readonly Warning[];
  readonly outcomes: readonly Outcome[];
  /** Code of the eligible outcome with the highest total (only one of them may be paid), or null. */
  readonly best: string | null;
}
