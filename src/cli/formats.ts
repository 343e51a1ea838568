/** The input kinds `vnse assess` reads and the output formats it writes. */
export const inputFormats = ['json', 'jsonl', 'csv', 'xlsx'] as const;
export const outputFormats = ['json', 'jsonl', 'csv', 'table', 'xlsx'] as const;
export const languages = ['en', 'vi'] as const;
export const dateOrders = ['dmy', 'ymd'] as const;

export type InputFormat = (typeof inputFormats)[number];
export type OutputFormat = (typeof outputFormats)[number];
export type Language = (typeof languages)[number];

const inputExtensions: Record<string, InputFormat> = { '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.tsv': 'csv', '.xlsx': 'xlsx' };
const outputExtensions: Record<string, OutputFormat> = { '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.xlsx': 'xlsx', '.txt': 'table' };

/** Excel 97–2003 workbooks: refused with "save as .xlsx" (docs/spreadsheets.md). */
export const legacyWorkbookExtensions = ['.xls'] as const;

export function extensionOf(path: string): string {
  const m = /\.[^./\\]+$/.exec(path);
  return m ? m[0].toLowerCase() : '';
}

export function inputFormatFromPath(path: string): InputFormat | undefined {
  const ext = extensionOf(path);
  return Object.prototype.hasOwnProperty.call(inputExtensions, ext) ? inputExtensions[ext] : undefined;
}

export function outputFormatFromPath(path: string): OutputFormat | undefined {
  const ext = extensionOf(path);
  return Object.prototype.hasOwnProperty.call(outputExtensions, ext) ? outputExtensions[ext] : undefined;
}

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
