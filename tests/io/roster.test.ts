import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvGrid } from '../../src/io/grid/csv-grid.js';
import { readRoster, type RosterNotice, type RosterOptions, type RosterRecord } from '../../src/io/roster/read-roster.js';
import { readNumberText } from '../../src/io/roster/values.js';
import { readDate } from '../../src/io/roster/values.js';
import { matchKey } from '../../src/io/roster/normalize.js';

const fixtures = join(import.meta.dirname, '../fixtures/rosters');

async function* chunks(text: string): AsyncGenerator<string> {
  // Small chunks, so the separator sniffing and the rows split across chunks are exercised.
  for (let i = 0; i < text.length; i += 97) yield text.slice(i, i + 97);
}

async function read(text: string, options: RosterOptions = {}): Promise<{ records: RosterRecord[]; notices: RosterNotice[] }> {
  const notices: RosterNotice[] = [];
  const records: RosterRecord[] = [];
  for await (const r of readRoster(csvGrid(chunks(text)), { ...options, onNotice: (n) => notices.push(n) })) records.push(r);
  return { records, notices };
}

const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

function tally(records: readonly RosterRecord[]) {
  return {
    cases: records.filter((r) => r.kind === 'case').length,
    rejected: records.filter((r) => r.kind === 'unreadable').length,
    blank: records.filter((r) => r.kind === 'skipped' && r.reason === 'blank').length,
    total: records.filter((r) => r.kind === 'skipped' && r.reason === 'total').length,
  };
}

describe('matchKey', () => {
  it('ignores case, diacritics, spacing and punctuation; đ is d', () => {
    expect(matchKey('Phụ cấp công vụ (%)')).toBe('phucapcongvu');
    expect(matchKey('  ĐƠN  VỊ ')).toBe('donvi');
    expect(matchKey('Ngày, tháng, năm sinh')).toBe(matchKey('ngay thang nam sinh'));
  });
});

describe('readNumberText: decimal commas and thousands dots only where unambiguous', () => {
  it.each([
    ['4,65', '4.65'], ['4.65', '4.65'], ['0,5', '0.5'], ['15.444.000', '15444000'], ['15,444,000', '15444000'],
    ['15.444.000,5', '15444000.5'], ['1,234,567.25', '1234567.25'], ['240', '240'],
  ])('%s → %s', (raw, text) => expect(readNumberText(raw)).toEqual({ ok: true, text }));
  it.each([['1.234', '.'], ['1,234', ',']])('%s is ambiguous (either separator could be meant): refused', (raw, sep) => {
    expect(readNumberText(raw)).toEqual({ ok: false, ambiguous: sep });
  });
  it.each(['15.44.000', '1.234,5.6', '4,6,5', 'abc', '', '1e3', 'NaN'])('%s is no number', (raw) => expect(readNumberText(raw).ok).toBe(false));
});

describe('readDate', () => {
  it('reads day first by default, month precision only where allowed, and never a two-digit year', () => {
    expect(readDate('15/01/1966', false, 'dmy')).toEqual({ ok: true, value: '1966-01-15' });
    expect(readDate('1/5/2025', false, 'dmy')).toEqual({ ok: true, value: '2025-05-01' });
    expect(readDate('2025-05-01', false, 'dmy')).toEqual({ ok: true, value: '2025-05-01' });
    expect(readDate('03/1972', true, 'dmy')).toEqual({ ok: true, value: '1972-03' });
    expect(readDate('1972', true, 'dmy')).toEqual({ ok: true, value: '1972' });
    expect(readDate('1964-12', true, 'dmy')).toEqual({ ok: true, value: '1964-12' }); // the contract's own partial form
    expect(readDate('1964-12', false, 'dmy')).toMatchObject({ ok: false });
    expect(readDate('03/1972', false, 'dmy')).toMatchObject({ ok: false, expected: { en: expect.stringMatching(/full date/) } });
    expect(readDate('31/02/2025', false, 'dmy')).toMatchObject({ ok: false, expected: { en: expect.stringMatching(/no such day/) } });
    expect(readDate('01/05/25', false, 'dmy')).toMatchObject({ ok: false });
    expect(readDate('2025/05/01', false, 'dmy')).toMatchObject({ ok: false, expected: { en: expect.stringMatching(/--date-order ymd/) } });
  });
  it('reads year first with --date-order ymd, and refuses day-first dates then', () => {
    expect(readDate('2025/05/01', false, 'ymd')).toEqual({ ok: true, value: '2025-05-01' });
    expect(readDate('01/05/2025', false, 'ymd')).toMatchObject({ ok: false, expected: { vi: expect.stringMatching(/năm-tháng-ngày/) } });
    expect(readDate({ kind: 'date', iso: '2025-05-01' }, false, 'dmy')).toEqual({ ok: true, value: '2025-05-01' });
  });
});

describe('a provincial roster exported from Excel (tests/fixtures/rosters/so-noi-vu-tinh.csv)', () => {
  it('finds the headings below the title rows and accounts for every row: 3 people, 1 total row, 3 blank rows', async () => {
    const { records, notices } = await read(fixture('so-noi-vu-tinh.csv'));
    expect(tally(records)).toEqual({ cases: 3, rejected: 0, blank: 3, total: 1 });
    expect(notices).toEqual([{ code: 'heading-row', row: 5, message: { vi: 'Dòng tiêu đề cột là hàng 5', en: 'The column headings are on row 5' } }]);
    expect(records.filter((r) => r.kind === 'skipped').map((r) => r.kind === 'skipped' && r.row)).toEqual([9, 10, 11, 12]);
  });

  it('reads Vietnamese values into the contract, keeps name, unit, post and notes beside it in input order', async () => {
    const { records } = await read(fixture('so-noi-vu-tinh.csv'));
    const [first, , third] = records;
    expect(first).toEqual({
      kind: 'case',
      value: {
        id: 'CB-0001', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
        salary: { coefficient: '4.65', leadershipCoefficient: '0.6', publicServicePercent: '25' },
        insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
      },
      source: {
        row: 6,
        extras: [
          { heading: 'Họ và tên', value: 'Nguyễn Văn An' }, { heading: 'Đơn vị', value: 'Phòng Tổ chức' },
          { heading: 'Chức vụ', value: 'Trưởng phòng' }, { heading: 'Ghi chú', value: 'Nghỉ hưu trước tuổi' },
        ],
      },
    });
    expect(third).toMatchObject({ kind: 'case', value: { id: 'CB-0003', birthDate: '1967-08-20', staffType: 'public-employee', monthlySalary: '15444000' }, source: { row: 8 } });
  });
});

describe('a roster with each usual mistake (tests/fixtures/rosters/loi-thuong-gap.csv)', () => {
  it('names the row, the column letter, the heading as written and the value, in Vietnamese and English', async () => {
    const { records, notices } = await read(fixture('loi-thuong-gap.csv'));
    // K-03 (no gender) is read as a case; the validator refuses it (see tests/cli/rosters.test.ts).
    expect(tally(records)).toEqual({ cases: 2, rejected: 4, blank: 0, total: 1 });
    expect(notices.map((n) => n.code)).toEqual(['heading-row', 'unknown-headings']);
    expect(notices[1]).toMatchObject({ headings: ['Số tài khoản'], message: { vi: expect.stringContaining('"Số tài khoản"') } });
    const issues = Object.fromEntries(records.filter((r) => r.kind === 'unreadable').map((r) => [r.source.row, r.kind === 'unreadable' ? r.entry.error.issues : []]));
    expect(issues[3]).toEqual([{
      path: 'salary.coefficient',
      message: 'salary.coefficient: Row 3, column G "Hệ số lương": it is unclear whether "." is a decimal separator or a thousands separator; write it unambiguously (e.g. 1234 or 1,2340); got "1.234"',
      messages: {
        vi: 'salary.coefficient: Hàng 3, cột G "Hệ số lương": không rõ "." là dấu thập phân hay dấu phân cách hàng nghìn; hãy ghi rõ (ví dụ 1234 hoặc 1,2340); giá trị ghi là "1.234"',
        en: 'salary.coefficient: Row 3, column G "Hệ số lương": it is unclear whether "." is a decimal separator or a thousands separator; write it unambiguously (e.g. 1234 or 1,2340); got "1.234"',
      },
    }]);
    expect(issues[4]![0]!.messages.vi).toBe('leaveDate: Hàng 4, cột J "Ngày nghỉ": không có ngày này trong lịch; giá trị ghi là "31/02/2025"');
    expect(issues[7]![0]!.messages.en).toBe('id: Row 7, column B "Mã cán bộ": code "K-04" is already on row 6; each person is counted once (run with --allow-duplicates if the unit really lists one person twice)');
    expect(issues[8]![0]!.messages.en).toMatch(/^staffType: Row 8, column F "Đối tượng": expected one of: Cán bộ, Công chức, .*; got "Công nhân viên"$/);
    // The missing gender is the validator's to name: the row is handed on without it.
    const k03 = records.find((r) => r.kind === 'case' && r.source.row === 5);
    expect(k03 && k03.kind === 'case' && 'gender' in k03.value).toBe(false);
  });

  it('lets a duplicated code through with allowDuplicates', async () => {
    const { records } = await read(fixture('loi-thuong-gap.csv'), { allowDuplicates: true });
    expect(records.find((r) => r.kind !== 'skipped' && r.source.row === 7)?.kind).toBe('case');
  });
});

describe('a tab-separated list without title rows (tests/fixtures/rosters/phong-giao-duc.tsv)', () => {
  it('reads month-precision birth dates, a percent sign and d/m/yyyy', async () => {
    const { records, notices } = await read(fixture('phong-giao-duc.tsv'));
    expect(notices).toEqual([]);
    expect(records.map((r) => r.kind)).toEqual(['case', 'case']);
    expect(records[0]).toMatchObject({ value: { id: 'VC-01', gender: 'female', birthDate: '1972-03', staffType: 'public-employee', salary: { coefficient: '4.98', leadershipCoefficient: '0.3', publicServicePercent: '25' } }, source: { row: 2, extras: [{ heading: 'Họ tên', value: 'Phạm Thị Dung' }] } });
    expect(records[1]).toMatchObject({ value: { restructuringDate: '2025-03-01', leaveDate: '2025-05-01' } });
  });
});

describe('rows under the headings', () => {
  it('skips a row of column numbers right under the headings, and an STT-only row, as blank', async () => {
    const { records } = await read('STT;Mã CB;Giới tính;Ghi chú\n(1);(2);(3);(4)\n1;A;Nam;x\n2;;;\n');
    expect(records.map((r) => (r.kind === 'skipped' ? `${r.row}:${r.reason}` : `${r.source.row}:${r.kind}`))).toEqual(['2:blank', '3:case', '4:blank']);
  });
  it('does not take a person whose code is a letter for a column-number row', async () => {
    const { records } = await read('id,insuredMonths\nA,12\n');
    expect(records.map((r) => r.kind)).toEqual(['case']);
  });
});

describe('the old CSV of contract field names still reads as before', () => {
  it('heading row 1, no notices, unknown contract-like names passed on for the validator to refuse', async () => {
    const { records, notices } = await read('id,gender,insuredMonth\nA,male,12\n');
    expect(notices).toEqual([]);
    expect(records).toEqual([{ kind: 'case', value: { id: 'A', gender: 'male', insuredMonth: '12' }, source: { row: 2, extras: [] } }]);
  });
  it('refuses a heading row that names one field twice', async () => {
    await expect(read('Mã CB;Mã cán bộ;Giới tính\n')).rejects.toThrow(/column B "Mã cán bộ" and column A "Mã CB" both give the field id/);
  });
});

describe('Decree 154/2025 columns (docs/decree-154.md)', () => {
  it('reads the new inputs under their usual Vietnamese headings: yes/no, amounts, months, dates, training months', async () => {
    const text = [
      'Mã CB;Tinh giản theo NĐ 154;Đã hưởng NĐ 178;Phụ cấp người hoạt động không chuyên trách (đồng);Số tháng làm người hoạt động không chuyên trách;Số tháng đóng BHXH khác chưa được hưởng trợ cấp;Ngày bắt đầu nghỉ không lương;Số tháng học nghề;Ngày tái tuyển dụng;Tiền lương vị trí trước khi tuyển dụng (đồng)',
      'X1;Có;Không;4.212.000;96;30;01/03/2026;4;01/09/2027;9.500.000',
      'X2;x;;;;;;;;',
    ].join('\n');
    const { records, notices } = await read(`${text}\n`);
    expect(notices).toEqual([]);
    expect(records[0]).toMatchObject({
      kind: 'case',
      value: {
        id: 'X1', decree154Streamlining: true, tookDecree178: false, communePartTimeAllowance: '4212000', communePartTimeMonths: 96,
        otherUncompensatedInsuredMonths: 30, unpaidLeaveStartDate: '2026-03-01', vocationalTraining: { months: 4 }, reemploymentDate: '2027-09-01',
        priorPostMonthlySalary: '9500000',
      },
    });
    expect(records[1]).toMatchObject({ kind: 'case', value: { id: 'X2', decree154Streamlining: true } });
  });
});
