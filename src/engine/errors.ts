import type { ValidationIssue } from '../schema/validate.js';

/** Thrown by `assess` when the input (or the options) do not satisfy the contract; like zod's `ZodError`. */
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
