import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/**
 * The files of a zip archive (an .xlsx is one), read with Node's zlib alone: an independent reader for the
 * workbooks the CLI writes with exceljs, so a test does not check exceljs with exceljs. Handles what the
 * format needs here: stored (0) and deflated (8) entries, found through the central directory.
 */
export function zipEntries(path: string): Map<string, string> {
  const zip = readFileSync(path);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path}: not a zip file (no end of central directory)`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: broken central directory`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\//, '');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressed);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The shared-string table of a workbook (xl/sharedStrings.xml), in order; each entry's text runs joined. */
export function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  return [...xml.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => unescape([...m[1]!.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')));
}

/**
 * The cells of a worksheet's XML, by address ("A1" → its text or number as written, and its formula). A cell
 * of type "s" (a shared string, as an in-memory exceljs workbook writes text) is looked up in `shared`.
 */
export function sheetCells(xml: string, shared: readonly string[] = []): Map<string, { value: string; formula?: string }> {
  const cells = new Map<string, { value: string; formula?: string }>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
    const inner = m[3] ?? '';
    const formula = /<f>(.*?)<\/f>/.exec(inner)?.[1];
    let value = /<v>(.*?)<\/v>/.exec(inner)?.[1] ?? /<is><t[^>]*>(.*?)<\/t><\/is>/.exec(inner)?.[1] ?? '';
    if (/\bt="s"/.test(m[2]!) && value !== '') value = shared[Number(value)] ?? '';
    else value = unescape(value);
    cells.set(m[1]!, formula === undefined ? { value } : { value, formula: unescape(formula) });
  }
  return cells;
}
