import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedStrings, sheetCells, zipEntries } from '../cli/zip-entries.js';
import { artifacts, pageSession, pageUrl, root } from './browser.js';

/**
 * The offline page in a real headless Chromium (issue #18), opened from a file:// address with every
 * non-file request aborted and recorded. The person is the MoHA Official Letter 1814/BNV-TCBC example (O1,
 * golden case "O1-a11" in src/policies/nd178/art11/cases.json without its Art 11 fields): S = (4.65 + 0.6) ×
 * 2,340,000 × 1.25 = 15,356,250; Art 7 = S × (30 + 5 × 2.5 + 6) = S × 48.5 = 744,778,125.
 */
const O1: Record<string, string> = {
  id: 'O1',
  birthDate: '1966-01-15',
  'salary.coefficient': '4.65',
  'salary.leadershipCoefficient': '0.6',
  'salary.publicServicePercent': '25',
  insuredMonths: '264',
  restructuringDate: '2025-03-01',
  leaveDate: '2025-05-01',
};
const O1_SELECTS: Record<string, string> = { gender: 'male', staffType: 'civil-servant' };
/** 744,778,125 read by hand: 744 triệu, 778 nghìn, 125 (a final 5 after a ten is "lăm"). */
const O1_WORDS = 'Bảy trăm bốn mươi bốn triệu bảy trăm bảy mươi tám nghìn một trăm hai mươi lăm đồng';

const field = (path: string) => `#f-${path.replace('.', '-')}`;

const session = pageSession();
let page: Page;
beforeAll(() => {
  page = session.page;
});
const open = (url?: string) => session.open(url);

async function fillO1(): Promise<void> {
  for (const [path, value] of Object.entries(O1)) await page.fill(field(path), value);
  for (const [path, value] of Object.entries(O1_SELECTS)) await page.selectOption(field(path), value);
}

describe('the offline web page (real Chromium, file://)', () => {
  it('states that the data never leaves the machine, in Vietnamese first', async () => {
    await open();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.textContent('.privacy')).toContain('Dữ liệu không rời khỏi máy của bạn');
    // Every form control has a label (accessible name) and sits in a fieldset with a legend.
    const unlabelled = await page.$$eval('#person-form input, #person-form select, #person-form textarea', (els) =>
      els.filter((el) => !(el as HTMLInputElement).labels?.length).map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.locator('#person-form fieldset > legend').count()).toBe(6);
    await page.screenshot({ path: join(artifacts, 'empty-form.png'), fullPage: true });
  });

  it('computes the MoHA letter 1814 example: 744,778,125 in figures and in words, cited', async () => {
    await open();
    await fillO1();
    const started = Date.now();
    await page.click('#submit');
    await page.waitForSelector('#grand-total');
    const elapsed = Date.now() - started;
    expect(await page.textContent('#grand-total')).toBe('744,778,125');
    expect(await page.textContent('#in-words')).toBe(O1_WORDS);
    expect(await page.textContent('.outcome.best .policy-code')).toBe('nd178/art7');
    // Each item cites its clause and links to the rule-book page bundled beside the page.
    const citations = await page.$$eval('.outcome.best table a.citation', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(citations.length).toBe(3);
    expect(citations.every(([, href]) => href === 'rule-book/nd178-art7.html')).toBe(true);
    expect(citations.map(([t]) => t)).toContain('Điều 7 khoản 1 điểm a Nghị định 178/2024/NĐ-CP');
    // Its rights without an amount are listed under the items, each cited too.
    expect(await page.locator('.outcome.best .flags li').count()).toBeGreaterThan(0);
    // Art 9 (resignation) is refused, with its reason shown, never a zero.
    expect(await page.locator('.outcome[data-policy="nd178/art9"] .refusal').count()).toBe(1);
    expect(elapsed).toBeLessThan(1000);
    await page.screenshot({ path: join(artifacts, 'result-o1.png'), fullPage: true });

    // The rule-book page a citation points to exists and opens offline.
    await page.click('.outcome.best a.citation >> nth=0');
    await page.waitForLoadState();
    expect(page.url()).toMatch(/rule-book\/nd178-art7\.html$/);
    expect(await page.textContent('h1')).toContain('nd178/art7');
    await page.screenshot({ path: join(artifacts, 'rule-book-art7.png') });
  });

  it('computes a Decree 154 case from its own group of fields: the training route, 54,054,000', async () => {
    // TG-02 of tests/cli/nd154-roster.test.ts: S = (3 + 0.3) × 2,340,000 = 7,722,000 (base salary of Feb 2026);
    // 4 months of vocational training: 4 × S + 3 × S = 54,054,000.
    await open();
    expect(await page.textContent('#person-form fieldset:nth-of-type(5) > legend')).toBe('Nghị định 154/2025 (tinh giản biên chế)');
    const tg2: Record<string, string> = {
      id: 'TG-02', birthDate: '1985-04-02', 'salary.coefficient': '3', 'salary.leadershipCoefficient': '0,3', insuredMonths: '150',
      restructuringDate: '2026-01-01', leaveDate: '2026-03-01', 'vocationalTraining.months': '4',
    };
    for (const [path, value] of Object.entries(tg2)) await page.fill(field(path), value);
    for (const [path, value] of Object.entries({ gender: 'female', staffType: 'civil-servant', route: 'resignation', decree154Streamlining: 'true' })) await page.selectOption(field(path), value);
    await page.click('#submit');
    await page.waitForSelector('#grand-total');
    expect(await page.textContent('#grand-total')).toBe('54,054,000');
    expect(await page.textContent('.outcome.best .policy-code')).toBe('nd154/resignation');
    expect(await page.getAttribute('.outcome.best a.citation >> nth=0', 'href')).toBe('rule-book/nd154-resignation.html');
    expect(await page.locator('.outcome.best .flags li[data-code="training-cost-covered"]').count()).toBe(1);
    await page.screenshot({ path: join(artifacts, 'result-nd154.png'), fullPage: true });
  });

  it('validates as the officer types, with the library\'s own message, in the field', async () => {
    await open();
    await page.fill(field('birthDate'), '1966-13-40');
    const error = await page.textContent(`${field('birthDate')}-err`);
    expect(error).not.toBe('');
    expect(await page.getAttribute(field('birthDate'), 'aria-invalid')).toBe('true');
    // Untouched fields do not shout yet.
    expect(await page.textContent(`${field('leaveDate')}-err`)).toBe('');
    await page.fill(field('birthDate'), '1966-01-15');
    expect(await page.textContent(`${field('birthDate')}-err`)).toBe('');
    // Submitting an incomplete form refuses with every missing field named; no amount is shown.
    await page.click('#submit');
    expect(await page.getAttribute('#result-body', 'data-state')).toBe('invalid');
    expect(await page.locator('#grand-total').count()).toBe(0);
    expect(await page.textContent(`${field('leaveDate')}-err`)).not.toBe('');
  });

  it('works from the keyboard alone: Tab through the form, Enter submits, focus is visible', async () => {
    await open();
    await page.focus('body');
    // Tab from the top: skip link, language switch, then the first form field.
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || ''));
    }
    expect(order).toEqual(['skip', 'lang-switch', 'f-id']);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    // Type each field in form order, moving with Tab; a closed select moves with the arrow keys
    // (gender: "Nam" is the 1st option after "— chọn —"; staffType: "Công chức" the 2nd).
    const arrows: Record<string, number> = { gender: 1, staffType: 2 };
    const ids = await page.$$eval('#person-form input, #person-form select, #person-form textarea', (els) => els.map((e) => e.getAttribute('name')!));
    for (const name of ids) {
      if (name !== ids[0]) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(name);
      const value = O1[name];
      if (value !== undefined) await page.keyboard.type(value);
      for (let i = 0; i < (arrows[name] ?? 0); i++) await page.keyboard.press('ArrowDown');
    }
    expect(await page.inputValue(field('gender'))).toBe('male');
    expect(await page.inputValue(field('staffType'))).toBe('civil-servant');
    await page.focus(field('leaveDate'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('#grand-total');
    expect(await page.textContent('#grand-total')).toBe('744,778,125');
  });

  it('switches to English and back, results included', async () => {
    await open();
    await fillO1();
    await page.click('#submit');
    await page.waitForSelector('#grand-total');
    await page.click('#lang-switch');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Entitlements on restructuring');
    expect(await page.textContent(`label[for="f-birthDate"]`)).toBe('Date of birth');
    expect(await page.textContent('.privacy')).toContain('never leaves your computer');
    expect(await page.textContent('.outcome.best a.citation >> nth=0')).toContain('178/2024/NĐ-CP Art 7');
    expect(await page.textContent('#grand-total')).toBe('744,778,125');
    await page.screenshot({ path: join(artifacts, 'result-o1-en.png'), fullPage: true });
    await page.click('#lang-switch');
    expect(await page.textContent(`label[for="f-birthDate"]`)).toBe('Ngày sinh');
  });

  it('keeps the inputs in the URL fragment only, and a link restores them and the result', async () => {
    await open();
    await fillO1();
    await page.click('#submit');
    await page.waitForSelector('#grand-total');
    const url = page.url();
    const [base, fragment] = url.split('#');
    expect(base).toBe(pageUrl);
    expect(new URLSearchParams(fragment).get('birthDate')).toBe('1966-01-15');
    const fresh = await session.browser.context.newPage();
    await fresh.goto(url);
    await fresh.waitForSelector('#grand-total');
    expect(await fresh.inputValue(field('salary.coefficient'))).toBe('4.65');
    expect(await fresh.textContent('#grand-total')).toBe('744,778,125');
    await fresh.close();
  });

  it('what-if: a replaced base salary shows the difference for the person', async () => {
    await open();
    await fillO1();
    // Base salary 2,600,000 instead of 2,340,000 from 2024-07-01: S = 5.25 × 2,600,000 × 1.25 = 17,062,500;
    // S × 48.5 = 827,531,250; difference 827,531,250 − 744,778,125 = 82,753,125.
    await page.fill('#f-parameters', '{"baseSalary": {"2024-07-01": "2600000"}}');
    await page.click('#submit');
    await page.waitForSelector('#grand-total');
    expect(await page.textContent('#grand-total')).toBe('827,531,250');
    const row = page.locator('.what-if tbody tr', { hasText: 'nd178/art7' });
    expect(await row.locator('td.difference').textContent()).toBe('82,753,125');
    expect(await page.locator('.warnings [data-code="what-if-parameters"]').count()).toBe(1);
  });

  it('prints the paid policy with room to sign, without the form', async () => {
    await open();
    await fillO1();
    await page.click('#submit');
    await page.waitForSelector('#grand-total');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#person-form')).toBe(false);
    expect(await page.isVisible('.signatures')).toBe(true);
    expect(await page.isVisible('#grand-total')).toBe(true);
    await page.screenshot({ path: join(artifacts, 'print-view.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('Decree 179: a monthly schedule as a table and a chart', async () => {
    await open();
    const talent = JSON.parse(readFileSync(join(root, 'examples/talent.json'), 'utf8'))[0];
    await page.fill('#t-case', JSON.stringify(talent));
    await page.click('#talent-form button[type="submit"]');
    await page.waitForSelector('#talent-result svg.chart');
    expect(await page.locator('#talent-result table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#talent-result svg.chart rect').count()).toBeGreaterThan(0);
    // Each citation links to the allowance's own rule-book page (docs/rule-book/nd179-<name>.md), rendered beside the page.
    const href = await page.getAttribute('#talent-result a.citation >> nth=0', 'href');
    expect(talent.group).toBe('graduate');
    expect(href).toBe('rule-book/nd179-graduate-allowance.html');
    expect(existsSync(join(root, 'dist/web', href!))).toBe(true);
    expect(readFileSync(join(root, 'dist/web', href!), 'utf8')).toContain('<a href="decree-179.html">');
    await page.locator('#talent-result').screenshot({ path: join(artifacts, 'decree-179.png') });
  });

  it('checks a payout list dropped as CSV: differences with their causes, rows that cannot be recomputed named', async () => {
    await open();
    // tests/fixtures/check/defence-i1.csv (issue #17): An's row is computed right (S = 24,336,000: 48 S =
    // 1,168,128,000; 5 × 4 × S = 486,720,000; 5 S = 121,680,000; 0.5 × 15.5 × S = 188,604,000; total
    // 1,965,132,000). Bình has An's facts but declares 194,688,000 for the last item, so his total is
    // 1,971,216,000 − 1,965,132,000 = 6,084,000 over. Cường leaves 2026-07-01, past the 12 months after his
    // 2025-06-01 restructuring, yet declares the first-12-months one-off 721,831,500: half of it is owed, so
    // 360,915,750 over. Dũng's salary cell and Em's gender cell are empty.
    await page.setInputFiles('#check-file', join(root, 'tests/fixtures/check/defence-i1.csv'));
    await page.waitForSelector('#check-result[data-state="done"] table');
    const row = (name: string) => page.locator('#check-result tbody tr', { hasText: name });
    expect(await row('Nguyễn Văn An').getAttribute('data-status')).toBe('agrees');
    expect(await row('Trần Văn Bình').getAttribute('data-status')).toBe('differs');
    expect(await row('Trần Văn Bình').locator('td >> nth=5').textContent()).toBe('1,965,132,000');
    expect(await row('Trần Văn Bình').locator('td >> nth=6').textContent()).toBe('6,084,000');
    expect(await row('Lê Văn Cường').getAttribute('data-status')).toBe('differs');
    expect(await row('Lê Văn Cường').locator('td >> nth=6').textContent()).toBe('360,915,750');
    expect(await row('Phạm Văn Dũng').getAttribute('data-status')).toBe('cannot-rebuild');
    expect(await row('Hoàng Văn Em').getAttribute('data-status')).toBe('cannot-rebuild');
    await page.screenshot({ path: join(artifacts, 'check-list.png'), fullPage: true });
    // The filter keeps only the rows that differ.
    await page.selectOption('#check-filter', 'differs');
    expect(await page.locator('#check-result tbody tr').count()).toBe(2);
  });

  it('assesses a whole list in a Web Worker with a progress bar: 20,001 rows with Vietnamese headings, rejected rows with reasons, CSV and JSON downloads', async () => {
    await open();
    // 20,000 copies of the 1814 example (744,778,125 each, derived above) written as an officer's sheet:
    // Vietnamese headings, dd/mm/yyyy dates, "Nam", "Công chức"; then one row whose gender reads "X".
    const heading = 'STT,Mã cán bộ,Họ và tên,Giới tính,Ngày sinh,Đối tượng,Hệ số lương,Hệ số phụ cấp chức vụ,Phụ cấp công vụ (%),Số tháng đóng BHXH,Ngày quyết định sắp xếp có hiệu lực,Ngày nghỉ';
    const lines = [heading];
    for (let i = 1; i <= 20_000; i++) lines.push(`${i},CB-${i},Người ${i},Nam,15/01/1966,Công chức,"4,65","0,6",25,264,01/03/2025,01/05/2025`);
    lines.push('20001,CB-BAD,Người lỗi,X,15/01/1966,Công chức,"4,65","0,6",25,264,01/03/2025,01/05/2025');
    const file = join(artifacts, 'list-20001.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    const started = Date.now();
    await page.setInputFiles('#list-file', file);
    await page.waitForSelector('#list-progress', { state: 'visible' });
    await page.waitForSelector('#list-result[data-state="done"]', { timeout: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    expect(await page.textContent('.list-summary')).toContain('20001 người: 20000 đã tính, 1 bị từ chối');
    const bad = page.locator('#list-result tbody tr', { hasText: 'CB-BAD' });
    expect(await page.locator('#list-result tbody tr').count()).toBe(1000);
    await page.selectOption('#list-filter', 'rejected');
    expect(await bad.count()).toBe(1);
    expect(await bad.locator('td >> nth=5').textContent()).toMatch(/Giới tính|gender/);
    await page.locator('#list-view').screenshot({ path: join(artifacts, 'list.png') });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#list-csv')]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText.split('\r\n')[1]).toBe('2,CB-1,assessed,nd178/art7,744778125,');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#list-json')]);
    const entries = JSON.parse(readFileSync(await json.path(), 'utf8')) as { id: string; best?: string; error?: unknown }[];
    expect(entries.length).toBe(20_001);
    expect(entries[0]!.best).toBe('nd178/art7');
    expect(entries[20_000]!.error).toBeDefined();
    console.log(`web list: 20,001 rows in ${seconds.toFixed(1)} s (worker ${await page.getAttribute('#list-result', 'data-ms')} ms)`);
    expect(seconds).toBeLessThan(30);
    // The signed list of 20,000 people, built in the XLSX worker: above 5,000 people without the detail and
    // per-policy sheets (decision E25), which the page says; the total is 20,000 × 744,778,125 = 14,895,562,500,000.
    expect(await page.textContent('#list-xlsx-note')).toContain('5000');
    const xlsxStarted = Date.now();
    const [xlsx] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('#list-xlsx')]);
    const files = zipEntries(await xlsx.path());
    console.log(`web list: signed-list XLSX of 20,000 people in ${((Date.now() - xlsxStarted) / 1000).toFixed(1)} s`);
    const sheetNames = [...files.get('xl/workbook.xml')!.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheetNames).toEqual(['Danh sách chi trả', 'Tổng hợp', 'Danh sách', 'Lỗi dữ liệu']);
    const list = sheetCells(files.get('xl/worksheets/sheet1.xml')!, sharedStrings(files.get('xl/sharedStrings.xml')));
    // Rows 1–3 title, subtitle, blank; 4 the headings; 5–20,004 the people; 20,005 the total (column G: STT,
    // row, code, the carried name, policy, code, amount).
    expect(list.get('A20005')?.value).toBe('Tổng cộng (20000 người)');
    expect(list.get('G20005')).toEqual({ value: '14895562500000', formula: 'SUM(G5:G20004)' });
  });

  it('made no network request and logged no error', () => {
    expect(session.browser.network).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
