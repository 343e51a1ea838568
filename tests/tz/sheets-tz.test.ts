import { describe, expect, it } from 'vitest';
import { createSheetFunctions } from '../../src/sheets/index.js';
import { loadExcel, loadGoogle, plain, sheetsDateSource } from '../sheets/hosts.js';

/**
 * Spreadsheet dates under several machine time zones: `npm test` runs tests/tz under the machine's TZ,
 * TZ=Pacific/Kiritimati (UTC+14) and TZ=America/Los_Angeles (UTC−8/−7). The vm contexts share the
 * process time zone, as an Apps Script runtime has the project's time zone.
 *
 * The explicit choice (src/sheets/js-dates.ts): a `Date` cell is read by its LOCAL parts and must be at
 * local midnight; with the spreadsheet's time zone and Apps Script's `Utilities` (what Code.gs passes),
 * it is read in that zone. Never by its UTC parts: 00:00 local east of Greenwich is the previous day in UTC.
 */
const zone = process.env.TZ ?? '(machine default)';
const google = createSheetFunctions({ host: 'google', lang: 'en' });

describe(`Google Sheets dates under TZ=${zone}`, () => {
  it('local parts, not UTC parts: a Date at local midnight reads as that day', () => {
    const d = new Date(2025, 4, 1);
    const utcDay = d.getUTCDate();
    // East of UTC (Kiritimati) the UTC day is 30 April; the cell shows 1 May and the library reads 1 May.
    if (d.getTimezoneOffset() < 0) expect(utcDay).toBe(30);
    const out = google.VNSE_DATE(d) as Date;
    expect([out.getFullYear(), out.getMonth(), out.getDate(), out.getHours()]).toEqual([2025, 4, 1, 0]);
    expect(out.getTime()).toBe(d.getTime());
  });

  describe('the bundle + Code.gs with no SpreadsheetApp: dates read and returned at local midnight', () => {
    const host = loadGoogle({ lang: 'en' });
    const date = (iso: string) => sheetsDateSource(iso, null);

    it('O1 with date cells', () => {
      expect(host.call('VNSE_MONTHS_EARLY', '"male"', date('1966-01-15'), date('2025-05-01'))).toBe(30);
      expect(host.call('VNSE_EARLY_RETIREMENT', '"male"', date('1966-01-15'), '15356250', '264', date('2025-03-01'), date('2025-05-01'))).toBe(744778125);
      expect(host.call('VNSE_SALARY', '4.65', '0.6', '25', '""', '""', '""', '""', '""', '""', '""', date('2025-05-01'))).toBe(15356250);
    });

    it('returned dates are local midnight of the first pension month, as the ESM API returns them', () => {
      const out = host.call('VNSE_RETIREMENT_DATE', '"male"', date('1966-01-15'));
      expect(plain(out)).toEqual({ date: '2027-11-01', time: new Date(2027, 10, 1).getTime() });
      expect(plain(out)).toEqual(plain(google.VNSE_RETIREMENT_DATE('male', new Date(1966, 0, 15))));
    });

    it('ranges of date cells', () => {
      const births = `[[${date('1966-01-15')}], [${date('1970-01-20')}], [""]]`;
      const out = host.call('VNSE_MONTHS_EARLY', '[["male"], ["female"], [""]]', births, date('2025-05-01'));
      expect(out).toEqual([[30], [25], ['']]);
    });

    it('a date made in another time zone shows up as a time of day and is refused, not shifted', () => {
      const hanoiMidnight = 'new Date(Date.UTC(2025, 3, 30, 17))'; // 00:00 on 1 May 2025 in Hà Nội (UTC+7)
      const local = new Date(Date.UTC(2025, 3, 30, 17));
      const out = host.call('VNSE_DATE', hanoiMidnight);
      if (local.getHours() === 0 && local.getMinutes() === 0) expect(plain(out)).toEqual({ date: '2025-05-01', time: local.getTime() });
      else expect(out).toMatch(/^#VNSE! value: the date reads as .* not 00:00 — the script runs in another time zone/);
    });
  });

  describe.each(['Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata', 'Pacific/Pago_Pago'])(
    'Code.gs with the spreadsheet in %s',
    (sheetZone) => {
      const host = loadGoogle({ spreadsheetTimeZone: sheetZone, lang: 'en' });
      const date = (iso: string) => sheetsDateSource(iso, sheetZone);

      it('reads date cells as the spreadsheet shows them, whatever the script time zone', () => {
        expect(host.call('VNSE_MONTHS_EARLY', '"male"', date('1966-01-15'), date('2025-05-01'))).toBe(30);
        expect(host.call('VNSE_EARLY_RETIREMENT', '"male"', date('1966-01-15'), '15356250', '264', date('2025-03-01'), date('2025-05-01'))).toBe(744778125);
        expect(host.call('VNSE_EARLY_RETIREMENT', '"male"', date('1966-01-15'), '15356250', '264', '"2025-03-01"', '"2025-05-01"')).toBe(744778125);
      });

      it('returns dates at 00:00 of the day in the spreadsheet\'s time zone', () => {
        const out = host.call('VNSE_RETIREMENT_DATE', '"male"', date('1966-01-15'));
        host.context.__out = out;
        expect(host.eval(`Utilities.formatDate(__out, ${JSON.stringify(sheetZone)}, 'yyyy-MM-dd')`)).toBe('2027-11-01');
        expect((out as Date).getTime()).toBe(host.eval(`${date('2027-11-01')}.getTime()`));
        host.context.__in = host.eval(date('2024-02-29'));
        expect(host.eval(`VNSE_DATE(__in).getTime() === __in.getTime()`)).toBe(true);
      });

      it('a date-time cell counts as its date in the spreadsheet', () => {
        const evening = `new Date(${date('2025-05-01')}.getTime() + 23 * 3600 * 1000)`;
        expect(host.call('VNSE_MONTHS_EARLY', '"male"', '"1966-01-15"', evening)).toBe(30);
      });
    },
  );
});

describe(`Excel serials do not depend on TZ=${zone}`, () => {
  const host = loadExcel();
  it('serials in, serials out', () => {
    expect(host.functions.VNSE_DATE!([[60], [61], [45778]])).toEqual([[expect.objectContaining({ code: '#VALUE!' })], [61], [45778]]);
    expect(host.functions.VNSE_MONTHS_EARLY!([['male']], [[24122]], [[45778]])).toEqual([[30]]);
    expect(host.functions.VNSE_RETIREMENT_DATE!([['male']], [[24122]])).toEqual([[46692]]);
    expect(host.functions.VNSE_EARLY_RETIREMENT!([['male']], [[24122]], [[15356250]], [[264]], [[45717]], [[45778]])).toEqual([[744778125]]);
  });
});
