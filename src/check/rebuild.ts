import { dec, sum, type Decimal } from '../core/money.js';
import { cellString, headingKey, isEmptyCell, isRomanNumeral, isTotalLabel, readDate, readDuration, readNumber, type CellProblem, type CheckCell, type Read } from './cells.js';
import type { BoundColumn, Layout } from './layouts.js';
import { SALARY_COMPONENTS, type DeclaredFact } from './targets.js';

/** A cell that could not be read, or an input the row lacks: named by field, column and Excel row. */
export interface RowProblem {
  readonly field: string;
  /** The heading or form column number; absent when no column holds the field. */
  readonly column?: string;
  readonly problem: CellProblem | 'missing' | 'unknown-value';
  readonly text?: string;
}

/** A person's row, read: the case to assess and what the list declares. */
export interface ReadRow {
  readonly row: number;
  readonly unit?: string;
  readonly name?: string;
  readonly policy?: string;
  readonly input: Record<string, unknown>;
  /** Declared amounts by item code (several columns added), in whole đồng. */
  readonly items: ReadonlyMap<string, Decimal>;
  readonly total?: Decimal;
  readonly declared: Readonly<Partial<Record<DeclaredFact, Decimal>>>;
  /** Allowances the law leaves out of S, shown on the row, by name. */
  readonly excluded: ReadonlyMap<string, Decimal>;
  readonly problems: readonly RowProblem[];
  /** The column (heading or form number) that holds each field, to name it when its cell is empty. */
  readonly columnOf: (field: string) => string | undefined;
}

export type ListLine =
  | { readonly kind: 'person'; readonly read: ReadRow }
  | { readonly kind: 'unit'; readonly row: number; readonly unit: string }
  | { readonly kind: 'total'; readonly row: number; readonly which: 'total' | 'subtotal' }
  | { readonly kind: 'blank' };

/** Armed-forces ranks as officers write them, to the contract's `rank` (officers) and staff type. */
const RANKS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^thi[eế]u\s*[uú]y/i, 'second-lieutenant'], [/^trung\s*[uú]y/i, 'first-lieutenant'], [/^th[uư][ợo]ng\s*[uú]y/i, 'senior-lieutenant'],
  [/^[đd][aạ]i\s*[uú]y/i, 'captain'], [/^thi[eế]u\s*t[aá]/i, 'major'], [/^trung\s*t[aá]/i, 'lieutenant-colonel'],
  [/^th[uư][ợo]ng\s*t[aá]/i, 'senior-colonel'], [/^[đd][aạ]i\s*t[aá]/i, 'colonel'], [/t[uư][ớo]ng/i, 'general'],
];

/**
 * A rank cell of a Defence form: an officer's rank gives staffType `officer` and the rank; "QNCN" a
 * professional soldier; "CNQP" a defence worker; "VCQP" a defence official (decision D73). Anything else is
 * not guessed.
 */
export function readRank(text: string): { staffType: string; rank?: string } | undefined {
  if (/QNCN/i.test(text)) return { staffType: 'professional-soldier' };
  if (/CNQP/i.test(text)) return { staffType: 'defence-worker' };
  if (/VCQP/i.test(text)) return { staffType: 'defence-official' };
  const hit = RANKS.find(([re]) => re.test(text.trim()));
  return hit ? { staffType: 'officer', rank: hit[1] } : undefined;
}

const GENDERS: Readonly<Record<string, string>> = { nam: 'male', male: 'male', 'nữ': 'female', nu: 'female', female: 'female' };

/** Sets a field of the case: `salary.coefficient` and `vocationalTraining.months` in their objects. */
function setPath(input: Record<string, unknown>, field: string, value: unknown): void {
  const dot = field.indexOf('.');
  if (dot > 0) {
    const group = (input[field.slice(0, dot)] ??= {}) as Record<string, unknown>;
    group[field.slice(dot + 1)] = value;
  } else input[field] = value;
}

const DECIMAL_FIELDS = new Set<string>(SALARY_COMPONENTS.filter((c) => c !== 'baseSalary').map((c) => `salary.${c}`));
const MONTH_FIELDS = new Set([
  'decree177Clause', 'insuredMonths', 'publicSectorInsuredMonths', 'hazardousMonths', 'hardshipAreaMonths',
  'communePartTimeMonths', 'otherUncompensatedInsuredMonths', 'vocationalTraining.months',
]);
const DATE_FIELDS = new Set(['birthDate', 'leaveDate', 'restructuringDate', 'congressDate', 'unpaidLeaveStartDate', 'reemploymentDate']);
const MONEY_FIELDS = new Set(['monthlySalary', 'salary.baseSalary', 'communePartTimeAllowance', 'priorPostMonthlySalary']);
const BOOLEAN_FIELDS = new Set(['decree154Streamlining', 'tookDecree178']);
/** Yes/no as officers write it (the roster reader's words): Có/Không, x, TRUE/FALSE, 1/0. */
const YES = new Set(['co', 'x', 'true', '1', 'yes', 'dung']);
const NO = new Set(['khong', 'false', '0', 'no', 'sai']);

/** Reads one row of the list with its layout; every cell that cannot be read becomes a problem naming it. */
export function readLine(cells: readonly CheckCell[], rowNumber: number, layout: Layout): ListLine {
  if (cells.every(isEmptyCell)) return { kind: 'blank' };
  const firstTexts = cells.slice(0, 3).map(cellString).filter((s) => s !== '');
  const label = firstTexts[0] ?? '';
  const totalKind = firstTexts.map(isTotalLabel).find((k) => k !== undefined);
  if (totalKind) return { kind: 'total', row: rowNumber, which: totalKind };
  const stt = layout.sttColumn !== undefined ? cellString(cells[layout.sttColumn]) : label;
  if (isRomanNumeral(stt)) {
    const rest = cells.map(cellString).filter((s, i) => s !== '' && i !== (layout.sttColumn ?? cells.findIndex((c) => cellString(c) === stt)));
    return { kind: 'unit', row: rowNumber, unit: rest[0] ?? stt };
  }
  return { kind: 'person', read: readPerson(cells, rowNumber, layout) };
}

function readPerson(cells: readonly CheckCell[], row: number, layout: Layout): ReadRow {
  const input: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  const items = new Map<string, Decimal[]>();
  const declared: Partial<Record<DeclaredFact, Decimal>> = {};
  const excluded = new Map<string, Decimal>();
  let total: Decimal | undefined;
  let name: string | undefined;
  let policy = layout.constants.policy;
  const note = (field: string, col: BoundColumn, r: Read<unknown>) => {
    if (!r.ok && r.problem !== 'empty') problems.push({ field, column: col.heading, problem: r.problem, text: cellString(cells[col.index]) });
  };
  for (const [field, value] of Object.entries(layout.constants)) if (field !== 'policy' && value !== undefined) setPath(input, field, value);
  for (const col of layout.columns) {
    const cell = cells[col.index];
    const target = col.target;
    switch (target.kind) {
      case 'name':
        name = cellString(cell) || undefined;
        break;
      case 'policy':
        policy = cellString(cell) || policy;
        break;
      case 'skip':
        break;
      case 'item': {
        const r = readNumber(cell, 'money');
        note(`item:${target.code}`, col, r);
        if (r.ok) items.set(target.code, [...(items.get(target.code) ?? []), dec(r.value)]);
        break;
      }
      case 'total': {
        const r = readNumber(cell, 'money');
        note('total', col, r);
        if (r.ok) total = dec(r.value);
        break;
      }
      case 'declared': {
        const r = readNumber(cell, target.fact === 'monthlySalary' ? 'money' : 'decimal');
        note(`declared:${target.fact}`, col, r);
        if (r.ok) declared[target.fact] = dec(r.value);
        break;
      }
      case 'excluded': {
        const r = readNumber(cell, 'money');
        note(`excluded:${target.name}`, col, r);
        if (r.ok && !dec(r.value).isZero()) excluded.set(target.name, dec(r.value));
        break;
      }
      case 'insuredTime': {
        // A duration is the input; a bare number in a Defence form's insured column is the declared rounded years.
        const r = readDuration(cell, 'years-or-refuse');
        if (r.ok) input.insuredMonths = r.value;
        else {
          const years = readNumber(cell, 'decimal');
          if (years.ok) declared.insuredYears = dec(years.value);
          else note('insuredMonths', col, r);
        }
        break;
      }
      case 'input':
        readInput(target.field, cell, col, input, note);
        break;
    }
  }
  if (input.staffType === undefined && typeof input.rank === 'string') {
    const r = readRank(input.rank);
    if (r) {
      input.staffType = r.staffType;
      if (r.rank) input.rank = r.rank;
      else delete input.rank;
    } else {
      problems.push({ field: 'staffType', column: layout.columns.find((c) => c.target.kind === 'input' && c.target.field === 'rank')?.heading ?? '', problem: 'unknown-value', text: input.rank });
      delete input.rank;
    }
  }
  const itemSums = new Map<string, Decimal>();
  for (const [code, parts] of items) itemSums.set(code, sum(parts));
  return {
    row, input, items: itemSums, declared, excluded, problems, columnOf: (field) => columnOf(layout, field),
    ...(total !== undefined ? { total } : {}), ...(name !== undefined ? { name } : {}), ...(policy !== undefined ? { policy } : {}),
  };
}

function readInput(field: string, cell: CheckCell | undefined, col: BoundColumn, input: Record<string, unknown>, note: (f: string, c: BoundColumn, r: Read<unknown>) => void): void {
  if (isEmptyCell(cell)) return;
  if (DATE_FIELDS.has(field)) {
    const r = readDate(cell, field === 'birthDate' ? 'birth' : 'event');
    note(field, col, r);
    // A month-precision leave or decision date is the month's first day (decision D72).
    if (r.ok) setPath(input, field, field !== 'birthDate' && /^\d{4}-\d{2}$/.test(r.value) ? `${r.value}-01` : r.value);
    return;
  }
  if (BOOLEAN_FIELDS.has(field)) {
    const key = headingKey(cellString(cell));
    if (YES.has(key) || NO.has(key)) input[field] = YES.has(key);
    else note(field, col, { ok: false, problem: 'unknown-value' as CellProblem });
    return;
  }
  if (MONEY_FIELDS.has(field)) {
    const r = readNumber(cell, 'money');
    note(field, col, r);
    if (r.ok) setPath(input, field, r.value);
    return;
  }
  if (DECIMAL_FIELDS.has(field)) {
    const r = readNumber(cell, 'decimal');
    note(field, col, r);
    if (r.ok) setPath(input, field, Number(r.value));
    return;
  }
  if (MONTH_FIELDS.has(field)) {
    const r = readDuration(cell, 'months');
    note(field, col, r);
    if (r.ok) setPath(input, field, r.value);
    return;
  }
  const text = cellString(cell);
  if (field === 'gender') {
    const g = GENDERS[text.toLowerCase()];
    if (g) input.gender = g;
    else note(field, col, { ok: false, problem: 'unknown-value' as CellProblem });
    return;
  }
  setPath(input, field, text);
}

function columnOf(layout: Layout, field: string): string | undefined {
  const col = layout.columns.find((c) => (c.target.kind === 'input' && c.target.field === field) || (field === 'insuredMonths' && c.target.kind === 'insuredTime') || (field === 'staffType' && c.target.kind === 'input' && c.target.field === 'rank'));
  return col?.heading;
}
