import type { Readable, Writable } from 'node:stream';
import { parseCommandLine, type AssessArgs } from './args.js';
import { assessStream } from './assess-stream.js';
import { createWriter } from './create-writer.js';
import { BrokenPipeError, InputOutputError, isSystemError, OutputNotWrittenError, UsageError } from './errors.js';
import { escapeControls } from './format/terminal-text.js';
import { guardOutput } from './output-sink.js';
import { refuseOutputOverInputs } from './output-target.js';
import { helpText } from './help.js';
import { describeSystemError, openInput } from './input-source.js';
import { createProgress, type ProgressStream } from './progress.js';
import { readCases } from './read-cases.js';
import type { RosterOptions } from '../io/roster/read-roster.js';
import { versionText } from './version.js';
import { analystCommand } from './commands/index.js';
import { readJsonFile } from './commands/read-json-file.js';
import { resolveOptions, type AssessOptions } from '../engine/options.js';

/** Adds the what-if overrides of `--parameters file.json`, checked before any case is read. */
async function withParameters(options: AssessOptions, file: string): Promise<AssessOptions> {
  const parameters = (await readJsonFile(file)) as AssessOptions['parameters'];
  const merged = { ...options, parameters };
  const resolved = resolveOptions(merged);
  if (!resolved.ok) throw new UsageError(`--parameters ${file}:\n${resolved.issues.map((i) => `  ${i.message}`).join('\n')}`);
  return merged;
}

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & ProgressStream;
}

/** Exit codes (contract.md "CLI"). */
export const EXIT = { ok: 0, usageOrIo: 1, invalidCases: 2 } as const;

async function assessCommand(given: AssessArgs, io: CliIo): Promise<number> {
  const args = given.parametersFile === undefined ? given : { ...given, options: await withParameters(given.options, given.parametersFile) };
  await refuseOutputOverInputs(args.out, [args.input, args.parametersFile]);
  const input = await openInput(args.input, args.inputFormat, io.stdin);
  const writer = await createWriter(args, input.name, io.stdout);
  // Progress goes to a terminal's stderr, unless the results themselves are printed on that terminal.
  const resultsOnTerminal = args.out === undefined && (io.stdout as { isTTY?: boolean }).isTTY === true;
  const progress = createProgress(resultsOnTerminal ? { write: () => true } : io.stderr);
  const roster: RosterOptions = {
    ...args.roster,
    // Said once about the file (where the headings are, the columns that are no field), in the chosen language.
    onNotice: (notice) => io.stderr.write(escapeControls(`vnse: ${notice.message[args.lang]}\n`)),
  };
  const summary = await guardOutput(args.out, () => writer.abort(), () => assessStream(readCases(input, roster), args.options, writer, progress));
  return summary.invalid > 0 ? EXIT.invalidCases : EXIT.ok;
}

function message(e: unknown): string {
  if (e instanceof OutputNotWrittenError) return `${message(e.reason)}vnse: ${e.note()}\n`;
  if (e instanceof UsageError) return `vnse: ${e.message}\nRun "vnse --help" for usage.\n`;
  if (e instanceof InputOutputError) return `vnse: ${e.message}\n`;
  if (isSystemError(e)) return `vnse: ${describeSystemError(e.path ?? e.syscall ?? 'i/o', e)}\n`;
  return `vnse: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`;
}

/** Runs the CLI and returns its exit code; errors are reported on stderr as one message, without a stack trace. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const analyst = analystCommand(argv[0]);
    if (analyst) return await analyst(argv.slice(1), io);
    const cli = parseCommandLine(argv);
    if (cli.command === 'help') {
      io.stdout.write(helpText);
      return EXIT.ok;
    }
    if (cli.command === 'version') {
      io.stdout.write(versionText());
      return EXIT.ok;
    }
    return await assessCommand(cli.args, io);
  } catch (e) {
    if (e instanceof BrokenPipeError) return EXIT.ok;
    io.stderr.write(escapeControls(message(e)));
    return EXIT.usageOrIo;
  }
}
