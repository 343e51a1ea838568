import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { examples, tempDir, vnse, vnseInProcess } from './run-cli.js';

const roster = join(examples, 'roster.jsonl');

describe('vnse: usage', () => {
  it('--help and --version exit 0', async () => {
    const [help, version] = await Promise.all([vnse(['--help']), vnse(['--version'])]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^vnse — /);
    expect(help.stdout).toMatch(/vnse assess <file\.json\|file\.jsonl\|file\.csv\|file\.xlsx\|->/);
    expect(help.stdout).toMatch(/ruleset=amended/);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^vnse \d+\.\d+\.\d+\nschema \d+\.\d+\.\d+\nrules amended /);
  });

  it.each([
    [[], /missing command/],
    [['evaluate', 'x.csv'], /unknown command "evaluate"/],
    [['assess'], /missing input file/],
    [['assess', 'a.csv', 'b.csv'], /one input file at a time/],
    [['assess', 'roster.txt'], /unknown input kind/],
    [['assess', roster, '--format', 'pdf'], /--format: expected one of json, jsonl, csv, table, xlsx; got "pdf"/],
    [['assess', roster, '--format', 'xlsx'], /give --out <file\.xlsx>/],
    [['assess', roster, '--bogus'], /Unknown option '--bogus'/],
    [['assess', roster, '--option', 'rules=original'], /--option rules: unknown option; known options: ruleset/],
    [['assess', roster, '--option', 'ruleset=latest'], /--option ruleset: expected one of "amended", "original"/],
    [['assess', roster, '--option', 'applyEligibilityFilter=no'], /expected true or false/],
    [['assess', roster, '--option', 'ruleset'], /--option expects name=value/],
    [['assess', roster, '--lang', 'fr'], /--lang: expected one of en, vi/],
  ])('%j is a usage error: exit 1, a message and a hint on stderr', async (args, message) => {
    const r = await vnseInProcess(args as string[]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Run "vnse --help" for usage\./);
  });

  it('a missing input file or an unwritable output is an I/O error: exit 1, no stack trace', async () => {
    const [missing, unwritable, unwritableXlsx] = await Promise.all([
      vnse(['assess', 'no-such-file.csv']),
      vnseInProcess(['assess', roster, '--out', join(tempDir(), 'no-dir', 'out.json')]),
      vnseInProcess(['assess', roster, '--format', 'xlsx', '--out', join(tempDir(), 'no-dir', 'out.xlsx')]),
    ]);
    expect(missing).toMatchObject({ status: 1, stdout: '', stderr: 'vnse: no-such-file.csv: no such file\n' });
    expect(unwritable.status).toBe(1);
    expect(unwritable.stderr).toMatch(/^vnse: .*out\.json: no such file\n$/);
    expect(unwritableXlsx.status).toBe(1);
    expect(unwritableXlsx.stderr).toMatch(/^vnse: .*out\.xlsx: no such file\n$/);
  });

  it('shows no progress when stderr is not a terminal', async () => {
    const r = await vnseInProcess(['assess', roster, '--format', 'jsonl']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('parseCommandLine', () => {
  it('reads the input kind from the extension and the output format from --out', () => {
    const cli = parseCommandLine(['assess', 'Roster.CSV', '--out', 'r.xlsx', '--option', 'windowAnniversary=inside', '--option', 'u2WindowForArmedForces=false']);
    expect(cli).toEqual({
      command: 'assess',
      args: { input: 'Roster.CSV', inputFormat: 'csv', format: 'xlsx', out: 'r.xlsx', lang: 'en', options: { windowAnniversary: 'inside', u2WindowForArmedForces: false },
        roster: { dateOrder: 'dmy', allowDuplicates: false } },
    });
  });

  it('leaves the kind of standard input to be sniffed unless --input-format is given; --out - is stdout', () => {
    expect(parseCommandLine(['assess', '-', '--out', '-'])).toMatchObject({ args: { inputFormat: undefined, format: 'json', out: undefined } });
    expect(parseCommandLine(['assess', '-', '--input-format', 'jsonl', '-f', 'table'])).toMatchObject({ args: { inputFormat: 'jsonl', format: 'table' } });
    expect(parseCommandLine(['assess', 'cases.ndjson'])).toMatchObject({ args: { inputFormat: 'jsonl' } });
  });

  it('reads .xlsx directly, refuses .xls with "save as .xlsx" in both languages, and takes the roster flags (#15)', () => {
    expect(parseCommandLine(['assess', 'DanhSach.XLSX'])).toMatchObject({ args: { inputFormat: 'xlsx' } });
    expect(parseCommandLine(['assess', 'ds.tsv'])).toMatchObject({ args: { inputFormat: 'csv' } });
    expect(() => parseCommandLine(['assess', 'danh-sach.xls'])).toThrow(/Save As.*\.xlsx.*Lưu thành/);
    expect(parseCommandLine(['assess', 'a.csv', '--date-order', 'ymd', '--allow-duplicates'])).toMatchObject({ args: { roster: { dateOrder: 'ymd', allowDuplicates: true } } });
    expect(() => parseCommandLine(['assess', 'a.csv', '--date-order', 'mdy'])).toThrow(/--date-order: expected one of dmy, ymd/);
  });
});
