import { defaultOptions } from '../engine/options.js';

const optionLines = Object.entries(defaultOptions)
  .map(([name, value]) => `                             ${name}=${String(value)}`)
  .join('\n');

/** The text of `vnse --help`. */
export const helpText = `vnse — Vietnamese public-sector staff entitlements (Decree 178/2024 as amended by 67/2025)

Usage:
  vnse assess <file.json|file.jsonl|file.csv|file.xlsx|-> [options]
  vnse schedule179 <file.json|file.jsonl|-> --from YYYY-MM-DD --to YYYY-MM-DD [options]
                             Decree 179 talent allowances month by month: vnse schedule179 --help
  vnse test <files or folders…>
                             run policy test files (docs/policy-tests.md); exit 1 when a case fails
  vnse compare <cases> --parameters a.json [--against b.json | --original] [-f table|json|jsonl]
                             per case, the difference between two parameter sets, or the top-up
                             from the original to the amended Decree 178
  vnse check <list.xlsx|list.csv> [--mapping m.json] [--tolerance N] [-f table|json|xlsx] [--out FILE]
                             re-verify a payout list row by row (docs/check.md); exit 3 when rows
                             differ, 2 when rows cannot be rebuilt: vnse check --help
  vnse --help | --version

Reads one case per person (StaffCase), writes one assessment per case in input order.

Options:
  -f, --format <format>      json (default) | jsonl | csv | table | xlsx
                             (default from the --out extension when it is .json, .jsonl, .csv, .xlsx or .txt)
  -o, --out <file>           write to a file instead of standard output (required for xlsx); never an
                             input file; replaced only when the run completes (kept if it fails)
      --input-format <kind>  json | jsonl | csv | xlsx; needed for "-" (standard input) unless the
                             first character tells: "[" json, "{" jsonl, anything else csv
      --date-order <dmy|ymd> how CSV/XLSX dates written with slashes are read: day first
                             (15/01/1966, the default) or year first (1966/01/15)
      --allow-duplicates     let a second row with the same employee code through (by default it is
                             rejected, naming the first row)
      --option <name=value>  override a documented default (repeatable); the defaults are:
${optionLines}
      --lang <en|vi>         language of messages in table and csv output (default en)
      --parameters <file>    what-if values for parameters the law fixes (a JSON object, as
                             options.parameters); echoed in every result and marked as what-if
  -h, --help                 show this help
  -V, --version              show the versions of the tool, the input schema and the rules

Input (UTF-8 only: in Excel save as "CSV UTF-8 (Comma delimited)"; lines end in LF, CRLF or CR;
one line, element or row at most 1,048,576 characters, a CSV row at most 1,000 cells):
  json   an array of cases, or one case object
  jsonl  one case per line; blank lines are skipped; a line that is not JSON becomes an error entry
  csv    an HR list exported from Excel (separator , ; or tab) or a file of contract field names:
         headings found below title rows, Vietnamese headings ("Hệ số lương", "Ngày sinh"…),
         dd/mm/yyyy dates, "4,65" and "15.444.000"; STT, total and blank rows skipped; name, unit
         and notes columns carried beside the results (docs/spreadsheets.md)
  xlsx   the same, read from the first worksheet of a workbook; .xls: save it as .xlsx first

Exit codes:
  0  every case was valid        2  at least one case was invalid (the others are still assessed)
  1  usage or input/output error (message on standard error)

Examples:
  vnse assess roster.csv --format table
  vnse assess danh-sach.xlsx --format table
  vnse assess roster.csv --format xlsx --out ket-qua.xlsx
  cat cases.jsonl | vnse assess - --format csv --option ruleset=original

Documentation: docs/cli.md
`;
