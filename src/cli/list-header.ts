import { UsageError } from './errors.js';
import { enSlashVi, msg } from '../locales/cli.js';
import { readJsonFile } from './commands/read-json-file.js';

/**
 * What the printed payout list says above and below its rows: the agency heading (top left, one line
 * per element), the list title, and the place and date above the signatures. None is required: an empty
 * field is printed as a blank to fill by hand ("…, ngày … tháng … năm …"), never as today's date.
 */
export interface ListHeader {
  readonly agency: readonly string[];
  readonly title: string | undefined;
  readonly place: string | undefined;
  /** The signing date as given, dd/mm/yyyy, checked to be a calendar date. */
  readonly date: { readonly day: string; readonly month: string; readonly year: string } | undefined;
}

export const emptyListHeader: ListHeader = { agency: [], title: undefined, place: undefined, date: undefined };

export interface ListHeaderFlags {
  readonly agency?: string | undefined;
  readonly title?: string | undefined;
  readonly place?: string | undefined;
  readonly date?: string | undefined;
}

const daysIn = (month: number, year: number): number => [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

/** "04/12/2026" → its parts; anything else (another order, 31/02) is a usage error naming the flag. */
export function parseListDate(flag: string, text: string): ListHeader['date'] {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const day = m ? Number(m[1]) : 0;
  const month = m ? Number(m[2]) : 0;
  const year = m ? Number(m[3]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) {
    throw new UsageError(enSlashVi(msg('cli.usage.list-date', { flag, value: text })));
  }
  return { day: m[1]!.padStart(2, '0'), month: m[2]!.padStart(2, '0'), year: m[3]! };
}

function text(flag: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new UsageError(enSlashVi(msg('cli.usage.list-text', { flag })));
  const t = value.trim();
  return t === '' ? undefined : t;
}

const lines = (value: string | undefined): string[] => (value === undefined ? [] : value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ''));

/**
 * The header from `--header file.json` (`{ "agency": "…" | ["…", "…"], "title", "place", "date": "dd/mm/yyyy" }`)
 * with `--agency`, `--title`, `--place`, `--date` taking precedence field by field.
 */
export async function readListHeader(flags: ListHeaderFlags, file: string | undefined): Promise<ListHeader> {
  let fromFile: Record<string, unknown> = {};
  if (file !== undefined) {
    const json = await readJsonFile(file);
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new UsageError(enSlashVi(msg('cli.usage.header-object', { file })));
    fromFile = json as Record<string, unknown>;
    const unknown = Object.keys(fromFile).filter((k) => !['agency', 'title', 'place', 'date'].includes(k));
    if (unknown.length > 0) throw new UsageError(enSlashVi(msg('cli.usage.header-unknown', { file, fields: unknown.join(', ') })));
  }
  const fileAgency = Array.isArray(fromFile.agency) ? fromFile.agency.map((a) => text(`--header ${file} agency`, a) ?? '').filter((a) => a !== '') : lines(text(`--header ${file} agency`, fromFile.agency));
  const agency = flags.agency !== undefined ? lines(text('--agency', flags.agency)) : fileAgency;
  const date = text('--date', flags.date) ?? text(`--header ${file} date`, fromFile.date);
  return {
    agency,
    title: text('--title', flags.title) ?? text(`--header ${file} title`, fromFile.title),
    place: text('--place', flags.place) ?? text(`--header ${file} place`, fromFile.place),
    date: date === undefined ? undefined : parseListDate(flags.date !== undefined ? '--date' : `--header ${file} date`, date),
  };
}
