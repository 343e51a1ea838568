/** One reading chosen where the texts are unclear: a row of the decisions tables (docs/decisions.md, docs/decree-177.md). */
export interface Reading {
  readonly id: string;
  /** The document it comes from, relative to the repository ("docs/decisions.md"). */
  readonly doc: string;
  readonly question: string;
  readonly reading: string;
  readonly option: string;
  readonly mark: string;
}

/** Splits a Markdown table row into its cells; `\|` inside a cell is kept. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** The rows of `| D1 | question | reading | option | mark |` tables in a Markdown document. */
export function parseReadings(markdown: string, doc: string): Reading[] {
  const out: Reading[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^\|\s*([A-Z]\d+)\s*\|/.exec(line);
    if (!m) continue;
    const [id, question = '', reading = '', option = '', mark = ''] = cells(line);
    out.push({ id: id!, doc, question, reading, option, mark });
  }
  return out;
}
