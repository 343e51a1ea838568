/**
 * Entry of the Excel custom-functions bundle (`dist/sheets/excel/functions.js`). Every function is
 * declared with matrix parameters and a matrix result in the generated `functions.json`, so Excel passes
 * each argument as a 2D array (a single cell as `[[value]]`) and shows a 1×1 result as one cell. Errors
 * become `CustomFunctions.Error` values with Excel's codes (#VALUE!, #N/A, #NUM!) and the message.
 */
// First: zod's JIT is off before any schema is built (see jitless.ts).
export { JITLESS } from './jitless.js';
import { callSheetFunction, type SheetSettings } from './facade.js';
import type { ExcelErrorCode } from './errors.js';
import { functionSpecs } from './metadata.js';

interface CustomFunctionsRuntime {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: unknown, message?: string) => unknown;
  ErrorCode: Record<string, unknown>;
}

const errorCodeNames: Record<ExcelErrorCode, string> = { '#VALUE!': 'invalidValue', '#N/A': 'notAvailable', '#NUM!': 'invalidNumber' };

/** Registers every function with the Office runtime (done on load when `CustomFunctions` exists). */
export function register(runtime: CustomFunctionsRuntime, lang: 'vi' | 'en' = 'vi'): string[] {
  const settings: SheetSettings = {
    host: 'excel',
    lang,
    makeError: (code, message) => new runtime.Error(runtime.ErrorCode[errorCodeNames[code]], message),
  };
  const ids: string[] = [];
  for (const spec of functionSpecs) {
    runtime.associate(spec.name, (...args: unknown[]) => callSheetFunction(spec.name, args, settings));
    ids.push(spec.name);
  }
  return ids;
}

declare const CustomFunctions: CustomFunctionsRuntime | undefined;

export const registered: string[] = typeof CustomFunctions !== 'undefined' && CustomFunctions ? register(CustomFunctions) : [];
export { callSheetFunction as call } from './facade.js';
export { functionSpecs as functions } from './metadata.js';
