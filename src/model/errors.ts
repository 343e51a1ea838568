import type { Text } from '../i18n/text.js';

/** One reason an input was rejected: the field path and what was expected, in English and Vietnamese. */
export interface ValidationIssue {
  readonly path: string;
  readonly code: string;
  /** English message (as zod's `message`); both languages are in `messages`. */
  readonly message: string;
  readonly messages: Text;
}

/**
 * Thrown by `assess`, `assess179` and `schedule179` when the input (or the options) do not satisfy the
 * contract; like zod's `ZodError`. It lives in the model so that every layer that refuses an input (the
 * engine, the Decree 179 policies) raises the same error.
 */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  readonly code = 'invalid-input';
  readonly id: string | null;
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], id: string | null = null) {
    super(`Invalid input${id ? ` for case ${id}` : ''}:\n${issues.map((i) => `  - ${i.message}`).join('\n')}`);
    this.issues = issues;
    this.id = id;
  }

  /** The error entry of the CLI and of `assessMany`. */
  toJSON(): { code: 'invalid-input'; issues: { path: string; message: string; messages: { vi: string; en: string } }[] } {
    return { code: 'invalid-input', issues: this.issues.map((i) => ({ path: i.path, message: i.message, messages: i.messages })) };
  }
}
