import { assessMany } from '../../src/index.js';
import type { RecordSource } from '../../src/cli/readers/case-record.js';
import { RunSummary } from '../../src/cli/run-summary.js';
import { xlsxWriter, type XlsxOptions } from '../../src/cli/writers/xlsx-writer.js';

/** Writes the payout workbook of `cases` (each with its source row and carried columns) as `vnse assess` would. */
export async function writeXlsxList(out: string, options: Partial<XlsxOptions> & Pick<XlsxOptions, 'header'>, cases: readonly object[], sources: readonly RecordSource[]): Promise<void> {
  const writer = await xlsxWriter(out, { tool: 'vnse test', rules: 'nd178-2024+nd67-2025@2025-03-15', inputName: 'roster.csv', lang: 'vi', ...options });
  const summary = new RunSummary();
  const entries = [...assessMany(cases)];
  for (let i = 0; i < entries.length; i++) {
    summary.add(entries[i]!);
    await writer.write(entries[i]!, i + 1, sources[i]);
  }
  await writer.end(summary);
}
