import type { csvColumns as vi } from '../vi/csv-columns.js';

/** The CSV output's column headings in English: the contract's column names (`--lang en`). */
export const csvColumns: { readonly [K in keyof typeof vi]: string } = {
  'cli.csv.column.case': 'case',
  'cli.csv.column.row': 'row',
  'cli.csv.column.id': 'id',
  'cli.csv.column.policy': 'policy',
  'cli.csv.column.eligible': 'eligible',
  'cli.csv.column.best': 'best',
  'cli.csv.column.total': 'total',
  'cli.csv.column.refusalCode': 'refusalCode',
  'cli.csv.column.refusalMessage': 'refusalMessage',
  'cli.csv.column.band': 'band',
  'cli.csv.column.monthsEarly': 'monthsEarly',
  'cli.csv.column.window': 'window',
  'cli.csv.column.insuranceRegime': 'insuranceRegime',
  'cli.csv.column.monthlySalary': 'monthlySalary',
  'cli.csv.column.one-off-pension': 'one-off-pension',
  'cli.csv.column.early-years-allowance': 'early-years-allowance',
  'cli.csv.column.insured-time-allowance': 'insured-time-allowance',
  'cli.csv.column.severance': 'severance',
  'cli.csv.column.insured-years-allowance': 'insured-years-allowance',
  'cli.csv.column.job-search-allowance': 'job-search-allowance',
  'cli.csv.column.training-salary': 'training-salary',
  'cli.csv.column.otherItems': 'otherItems',
  'cli.csv.column.issuePath': 'issuePath',
  'cli.csv.column.issueMessage': 'issueMessage',
};
