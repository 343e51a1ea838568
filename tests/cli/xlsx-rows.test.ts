import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RecordSource } from '../../src/cli/readers/case-record.js';
import { bodyRows, xmlText, type RowMode } from '../../src/cli/writers/xlsx-rows.js';
import { bodyStyleList } from '../../src/cli/writers/xlsx-style.js';
import { examples, o1, tempDir } from './run-cli.js';
import { writeXlsxList } from './xlsx-list.js';
import { zipEntries } from './zip-entries.js';

/**
 * The body rows of the big sheets are written as XML straight into exceljs's sheet streams (xlsx-rows.ts,
 * decision E26). The same workbook written with exceljs's own rows is the reference: every part of the
 * package must be the same, byte for byte (docProps/core.xml aside: it holds the time of writing).
 */
describe('xlsx body rows written as XML', () => {
  const jsonl = readFileSync(join(examples, 'roster.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as object);
  // Each example case, an invalid one and O1 with texts that need escaping; a carried column first met mid-run.
  const cases: object[] = [...jsonl, { ...o1, id: 'BAD-1', birthDate: '1970-02-31' }, { ...o1, id: 'A&B <1>' }, ...jsonl.map((c, i) => ({ ...c, id: `R-${i}` }))];
  const nasty = `Lê "Văn" 'An' & <Bình> \u0001\u001f\u007f tab\tnewline\nend`;
  const sources: RecordSource[] = cases.map((_, i) => ({
    row: i + 2,
    extras: [{ heading: 'Họ và tên', value: i === 5 ? nasty : `Người ${i}` }, ...(i >= 4 ? [{ heading: 'Đơn vị', value: i % 2 ? 'Phòng & Ban' : '' }] : [])],
  }));

  async function write(rowMode: RowMode, lang: 'vi' | 'en') {
    const out = join(tempDir(), `${rowMode}.xlsx`);
    await writeXlsxList(out, { lang, rowMode, header: { agency: ['UBND TỈNH HÀ NAM'], title: undefined, place: undefined, date: undefined } }, cases, sources);
    const files = zipEntries(out);
    files.delete('docProps/core.xml');
    return files;
  }

  for (const lang of ['vi', 'en'] as const) {
    it(`writes the same workbook as exceljs's own rows, every part byte for byte (${lang})`, async () => {
      const fast = await write('xml', lang);
      const reference = await write('exceljs', lang);
      expect([...fast.keys()].sort()).toEqual([...reference.keys()].sort());
      expect(fast.size).toBeGreaterThan(10);
      for (const [name, text] of reference) expect(fast.get(name), name).toBe(text);
      // The escaped name, the invalid row and several policy sheets are there.
      const sheets = [...fast.keys()].filter((k) => k.startsWith('xl/worksheets/sheet'));
      expect(sheets.length).toBeGreaterThanOrEqual(8);
      expect(fast.get('xl/worksheets/sheet3.xml')).toContain('Lê &quot;Văn&quot; &apos;An&apos; &amp; &lt;Bình&gt;  tab\tnewline\nend');
    });
  }

  it('takes the XML path with exceljs as pinned (the comparison above is not exceljs against itself)', async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(tempDir(), 'probe.xlsx'), useStyles: true, useSharedStrings: false });
    const ws = wb.addWorksheet('probe');
    ws.addRow(['heading']).commit();
    const rows = bodyRows(ws, bodyStyleList(2, [2], false));
    expect(rows.mode).toBe('xml');
    await rows.add(['a', 1]);
    rows.end();
    // The next row exceljs adds follows the body rows.
    expect(ws.addRow(['after']).number).toBe(3);
    await wb.commit();
  });

  it("escapes text as exceljs's utils.xmlEncode does", () => {
    const { xmlEncode } = createRequire(import.meta.url)('exceljs/lib/utils/utils.js') as { xmlEncode(s: string): string };
    const samples = ['', 'plain', 'Điều 7 khoản 1', '<>&\'"', nasty, 'a\u0000b\u0008c\u000bd\u000ce\u000df\u000eg\u007fh', '&amp;', '\r\n\t'];
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let s = '';
      for (let i = 0; i < 12; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        s += String.fromCharCode(seed % 3 === 0 ? seed % 130 : 0x20 + (seed % 0x2000));
      }
      samples.push(s);
    }
    for (const s of samples) expect(xmlText(s)).toBe(xmlEncode(s));
  });
});
