import type { Writable } from 'node:stream';
import { RULESET_VERSIONS } from '../engine/versions.js';
import type { AssessArgs } from './args.js';
import { emptyListHeader, type ListHeader } from './list-header.js';
import { openSink, type TextSink } from './output-sink.js';
import { toolVersion } from './version.js';
import { csvWriter } from './writers/csv-writer.js';
import type { EntryWriter } from './writers/entry-writer.js';
import { jsonWriter } from './writers/json-writer.js';
import { jsonlWriter } from './writers/jsonl-writer.js';
import { tableWriter } from './writers/table-writer.js';
import { xlsxWriter } from './writers/xlsx-writer.js';

/** Opens the output (failing before any input is read when it cannot be written) and the writer of the format. */
export async function createWriter(args: AssessArgs, inputName: string, stdout: Writable, header: ListHeader = emptyListHeader): Promise<EntryWriter> {
  const tool = `vnse ${toolVersion}`;
  const rules = RULESET_VERSIONS[args.options.ruleset ?? 'amended'];
  if (args.format === 'xlsx') return xlsxWriter(args.out!, { tool, rules, inputName, lang: args.lang, header });
  const sink = await openSink(args.out, stdout, args.format === 'table');
  const writer = textWriter(args, sink, { tool, rules });
  return { ...writer, abort: () => sink.abort() };
}

function textWriter(args: AssessArgs, sink: TextSink, heading: { tool: string; rules: string }): Omit<EntryWriter, 'abort'> {
  switch (args.format) {
    case 'json':
      return jsonWriter(sink);
    case 'jsonl':
      return jsonlWriter(sink);
    case 'csv':
      return csvWriter(sink, args.lang);
    default:
      return tableWriter(sink, args.lang, heading);
  }
}
