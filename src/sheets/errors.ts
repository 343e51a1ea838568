import { text, type Text } from '../i18n/text.js';

/**
 * Why one cell has no value: bad input (`value`, Excel `#VALUE!`), a refusal by the law (`na`, Excel
 * `#N/A`: the person is not entitled, with the reason), or a number the spreadsheet cannot hold exactly
 * (`num`, Excel `#NUM!`). The message exists in Vietnamese and English; the host picks one at the edge.
 */
export type FailureKind = 'value' | 'na' | 'num';

export interface CellFailure {
  readonly failure: FailureKind;
  readonly message: Text;
}

export const fail = (failure: FailureKind, message: Text): CellFailure => ({ failure, message });

export function isFailure(value: unknown): value is CellFailure {
  return typeof value === 'object' && value !== null && 'failure' in value && 'message' in value;
}

/** Several failures of one cell in one message, so the user fixes every argument at once. */
export function joinFailures(failures: readonly CellFailure[]): CellFailure {
  if (failures.length === 1) return failures[0]!;
  const kind: FailureKind = failures.some((f) => f.failure === 'value') ? 'value' : failures[0]!.failure;
  return { failure: kind, message: joinTexts(failures.map((f) => f.message)) };
}

/** Several messages as one, joined by "; " in each language. */
export const joinTexts = (messages: readonly Text[]): Text => text(messages.map((m) => m.vi).join('; '), messages.map((m) => m.en).join('; '));

/** Excel's error values used by the façade. */
export type ExcelErrorCode = '#VALUE!' | '#N/A' | '#NUM!';

export const excelErrorCodes: Record<FailureKind, ExcelErrorCode> = { value: '#VALUE!', na: '#N/A', num: '#NUM!' };

/**
 * The Excel flavour's error value when no Office runtime is present (the ESM API, tests). The Excel
 * bundle turns it into a `CustomFunctions.Error` with the same code and message.
 */
export class SheetError {
  readonly code: ExcelErrorCode;
  readonly message: string;
  constructor(code: ExcelErrorCode, message: string) {
    this.code = code;
    this.message = message;
  }
  toString(): string {
    return `${this.code} ${this.message}`;
  }
}

/** The prefix of every error string the Google Sheets flavour returns. */
export const SHEETS_ERROR_PREFIX = '#VNSE!';
