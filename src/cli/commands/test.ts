import { parseFlags } from '../parse-flags.js';
import { UsageError } from '../errors.js';
import { isOneOf, languages, type Language } from '../formats.js';
import { openSink } from '../output-sink.js';
import type { CliIo } from '../run.js';
import { formatPolicyTestRun } from '../../testing/report.js';
import { runPolicyTestFile, type PolicyTestRun } from '../../testing/policy-tests.js';
import { PolicyTestFormatError } from '../../testing/policy-test-format.js';
import { expandJsonFiles, readText } from './read-json-file.js';
import { msg } from '../../locales/cli.js';
import { safeAssess179, safeSchedule179 } from '../../engine/nd179/index.js';

export const testHelp = `vnse test — run policy-test files (docs/policy-tests.md)

Usage:
  vnse test <file.json|directory>... [--lang en|vi] [--verbose] [--format text|json]

Each file holds cases with an input, the expected outcomes and the source of the expected numbers; a
directory stands for the .json files in it and in its subfolders. A failing case is reported with the item, the expected and
the computed amount, and the formula and citation used (or the refusal and its reason).

Options:
      --lang <en|vi>        language of the report (default en)
  -v, --verbose             list passing cases too
      --format <text|json>  a readable report (default) or the results as JSON
  -h, --help                show this help

Exit codes:
  0  every case passed     1  a case failed, a file is not a policy-test file, no case was tested, or a usage error
`;

function parse(argv: readonly string[]) {
  return parseFlags(argv, {
    lang: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, 'test');
}

/** The results without the assessments, for --format json. */
function toJson(run: PolicyTestRun) {
  return { ...run, results: run.results.map(({ assessment: _assessment, ...r }) => r) };
}

/** `vnse test`: runs each policy-test file and prints the failing cases in full; exit 1 when any fails. */
export async function testCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout.write(testHelp);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('test: give one or more policy-test files or directories');
  const lang = values.lang ?? 'en';
  if (!isOneOf(languages, lang)) throw new UsageError(`--lang: expected one of ${languages.join(', ')}; got "${lang}"`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format: expected text or json; got "${format}"`);

  const files = await expandJsonFiles(positionals);
  const out = await openSink(undefined, io.stdout, format === 'text');
  if (files.length === 0) throw new UsageError(`test: no .json files in ${positionals.join(', ')}`);
  const runs: PolicyTestRun[] = [];
  let broken = 0;
  for (const file of files) {
    try {
      const run = runPolicyTestFile(await readText(file), { file, nd179: { safeAssess179, safeSchedule179 } });
      runs.push(run);
      if (format === 'text') await out.write(`${formatPolicyTestRun(run, { lang: lang as Language, showPassed: values.verbose === true })}\n\n`);
    } catch (e) {
      if (!(e instanceof PolicyTestFormatError)) throw e;
      broken++;
      io.stderr.write(`vnse: ${e.message}\n`);
    }
  }
  const passed = runs.reduce((n, r) => n + r.passed, 0);
  const failed = runs.reduce((n, r) => n + r.failed, 0);
  if (format === 'json') await out.write(`${JSON.stringify(runs.map(toJson), null, 2)}\n`);
  else {
    const l = lang as Language;
    const unread = broken > 0 ? msg('cli.test.malformed-files', { broken })[l] : '';
    await out.write(`${msg('cli.test.total', { passed, failed, files: files.length })[l]}${unread}\n`);
  }
  await out.close();
  if (passed + failed === 0 && broken === 0) {
    // A run that tested nothing proves nothing: it must not look like a pass.
    // The files follow the English words only, as the message has always been written.
    const m = msg('cli.test.nothing-tested');
    io.stderr.write(`vnse: test: ${m.en} ${files.join(', ')} / ${m.vi}\n`);
    return 1;
  }
  return failed > 0 || broken > 0 ? 1 : 0;
}
