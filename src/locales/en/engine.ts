import type { engine as vi } from '../vi/engine.js';

/** English messages of the engine area: the same keys and placeholders as vi/engine.ts. */
export const engine: { readonly [K in keyof typeof vi]: string } = {
  'engine.issue.invalid-option': 'the options could not be read: {reason}',
  'engine.options.not-an-object': 'options: expected an options object',
  'engine.options.expected-date': 'options.baseSalaryKnownThrough: expected a real calendar date as YYYY-MM-DD',
  'engine.options.unknown-option': '{path}: unknown option',
  'engine.options.expected-one-of': '{path}: expected one of {list}',
  'engine.warning.after-settlement-deadline': 'The leave date is after {deadline}, the last day to leave under Decrees 178/2024 and 67/2025 (MoHA letter 6383/BNV-TCBC, after Conclusion 183-KL/TW): this regime has closed; new cases go under Decree 154/2025/NĐ-CP. The amounts are still computed, for audits and top-ups',
};
