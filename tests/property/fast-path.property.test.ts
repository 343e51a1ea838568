import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isoDayNumber, isValidCalendarDate, parseIsoDate, parsePartialDate, partialDayNumber } from '../../src/core/calendar.js';
import { fastParseStaffCase, fieldChecks, readTakenFields, salaryFieldChecks, TAKEN } from '../../src/schema/fast-path.js';
import { salaryComponentsSchema, staffCaseShape } from '../../src/schema/staff-case.js';
import { validateStaffCase, validateStaffCaseWithZod } from '../../src/schema/validate.js';
import { staffCase } from './arbitraries.js';

/**
 * The validator's fast path (src/schema/fast-path.ts) must either return exactly what the zod path returns
 * or defer to it: on valid cases, and on cases corrupted field by field (wrong types, out of range,
 * unknown and excluded fields, blank ids, impossible dates). Results are compared deeply and as JSON.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

const same = (input: unknown, options?: { ignoreExcludedAllowances?: boolean }) => {
  const fast = validateStaffCase(input, options);
  const zod = validateStaffCaseWithZod(input, options);
  expect(fast).toEqual(zod);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
};

const fields = [...Object.keys(staffCaseShape), 'areaAllowance', 'hazardAllowance', 'unknownField', '__proto__', 'constructor'];
const salaryFields = [...Object.keys(salaryComponentsSchema.shape), 'areaAllowance', 'bogus'];

/** Values near the edges of what the schema accepts, and things it never accepts. */
const edgy = fc.oneof(
  fc.constantFrom(
    undefined, null, '', ' ', '\t', '\uFEFF', ' x ', 'abc', '0', '1', '-1', '01', '1e3', '12.5', ' 12', '12 ', '0x10', 'NaN', 'Infinity',
    0, -0, 1, -1, 1.5, 0.1, 1e-7, 1e21, 19, 20, 20.000001, 21, 29, 30, 75, 76, 11, 12, 100, 100.5, 101, 719, 720, 721,
    9_999_999_999, 10_000_000_000, 10_000_000_001, '10000000000', '10000000000.5', '1234567890123456', '0.00000000001', '0.0000000001',
    Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, true, false, [], [1], {}, { a: 1 },
    'A\uFFFF', '\uFFFE', 'A\u0000', '\u001B[2J', 'A\uD800', '\uDC00B', 'A\u0085', 'A\u{1FFFF}', 'A\tB', 'Nguyễn',
    '2024-02-29', '2025-02-29', '2025-13-01', '2025-01-32', '0000-01-01', '2025-1-1', '2025-01', '2025', '1966-01-15\n',
    'male', 'female', 'MALE', 'cadre', 'officer', 'major', 'auto', 'resignation', 'pregnant', 'commune', 'directly-affected', 'decree-177-cadre',
    { years: 60, months: 0 }, { months: 0, years: 60 }, { years: 60 }, { years: 60, months: 0, days: 1 }, { years: 29, months: 0 }, { years: 60, months: 12 },
    { coefficient: 2.34 }, { coefficient: '2.34', publicServicePercent: 25 }, { coefficient: 0 }, { coefficient: 2.34, areaAllowance: 1 }, { leadershipCoefficient: 1 },
    { policy: 'nd178/art7', amount: '1000' }, new Date(0), new Map(),
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 800 }),
  fc.double(),
  fc.anything({ maxDepth: 2 }),
);

const corruption = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('field' as const), key: fc.constantFrom(...fields), value: edgy, remove: fc.boolean() }),
    fc.record({ kind: fc.constant('salary' as const), key: fc.constantFrom(...salaryFields), value: edgy, remove: fc.boolean() }),
  ),
  { minLength: 1, maxLength: 3 },
);

function corrupt(input: Record<string, unknown>, edits: { kind: 'field' | 'salary'; key: string; value: unknown; remove: boolean }[]): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(input);
  for (const e of edits) {
    const target = e.kind === 'field' ? out : (out.salary as Record<string, unknown> | undefined);
    if (!target || typeof target !== 'object') continue;
    if (e.remove) delete target[e.key];
    else Object.defineProperty(target, e.key, { value: e.value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

describe('the validator fast path', () => {
  it('has an entry for every field of the schema, and no other (a new field must be added to it)', () => {
    expect(Object.keys(fieldChecks).sort()).toEqual(Object.keys(staffCaseShape).sort());
    expect(Object.keys(salaryFieldChecks).sort()).toEqual(Object.keys(salaryComponentsSchema.shape).sort());
  });

  it('takes the common case (the bench and golden shapes), and defers for anything unusual', () => {
    const common = {
      id: 'V', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
      salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
      insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
    };
    expect(fastParseStaffCase(structuredClone(common))).not.toBeNull();
    expect(fastParseStaffCase({ ...common, id: ' ' })).toBeNull();
    expect(fastParseStaffCase({ ...common, areaAllowance: 1 })).toBeNull();
    expect(fastParseStaffCase({ ...common, decree177Clause: 1 })).toBeNull();
    expect(fastParseStaffCase({ ...common, gender: undefined })).toBeNull();
    expect(fastParseStaffCase(Object.assign(Object.create({ inherited: 1 }), common))).toBeNull();
  });

  it('reads, by name, exactly the fields it does not defer', () => {
    const taken = Object.keys(fieldChecks).filter((k) => fieldChecks[k as keyof typeof fieldChecks] !== 'defer');
    expect(Object.keys(readTakenFields({})).sort()).toEqual(taken.sort());
    expect(Object.keys(readTakenFields({}))).toEqual(TAKEN.map(([key]) => key));
  });

  it('checks each taken field by name: only salary and retirementAge are taken without a check function', () => {
    // readCommonCase calls one check per field by name; a field whose entry is not a function is read by
    // its own code (salary, retirementAge) or, given, defers ('defer', or any other non-function entry).
    const notFunctions = TAKEN.filter(([, how]) => typeof how !== 'function');
    expect(notFunctions).toEqual([['salary', 'salary'], ['retirementAge', 'retirementAge']]);
    const deferred = Object.entries(fieldChecks).filter(([, how]) => how === 'defer').map(([key]) => key);
    const common = {
      id: 'D', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant', monthlySalary: 10_000_000,
      insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
    };
    expect(deferred.length).toBeGreaterThan(20);
    for (const key of deferred) expect(fastParseStaffCase({ ...common, [key]: true }), key).toBeNull();
    // A taken field given as undefined defers too (zod words it).
    for (const [key] of TAKEN) expect(fastParseStaffCase({ ...common, [key]: undefined }), key).toBeNull();
  });

  it('checks every field it takes: a value no check accepts makes it defer', () => {
    const common = {
      id: 'W', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant', monthlySalary: 10_000_000,
      insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
    };
    expect(fastParseStaffCase({ ...common })).not.toBeNull();
    expect(TAKEN.length).toBeGreaterThan(15);
    for (const [key] of TAKEN) expect(fastParseStaffCase({ ...common, [key]: Symbol('no') }), key).toBeNull();
  });

  it('reads each field of the input once, and never changes the input', () => {
    const reads: Record<string, number> = {};
    const input: Record<string, unknown> = {};
    const values: Record<string, unknown> = {
      id: 'G', gender: 'female', birthDate: '1970-03-02', staffType: 'civil-servant', monthlySalary: 12_000_000,
      insuredMonths: 250, restructuringDate: '2025-03-01', leaveDate: '2025-06-01',
    };
    for (const [key, value] of Object.entries(values)) {
      Object.defineProperty(input, key, { enumerable: true, get: () => { reads[key] = (reads[key] ?? 0) + 1; return value; } });
    }
    const parsed = fastParseStaffCase(input);
    expect(parsed).toEqual(values); // absent optional fields read as undefined
    expect(Object.values(reads).every((n) => n === 1)).toBe(true);
    expect(Object.keys(reads).sort()).toEqual(Object.keys(values).sort());
  });

  it('defers when a field it takes is hidden from enumeration (so no value it reads goes unchecked)', () => {
    const input: Record<string, unknown> = {
      id: 'H', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant', monthlySalary: 10_000_000,
      insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
    };
    Object.defineProperty(input, 'rank', { value: 'no-such-rank', enumerable: false });
    expect(fastParseStaffCase(input)).toBeNull();
  });

  it('defers (returns null) when reading the input throws', () => {
    const input = { id: 'T', gender: 'male' };
    Object.defineProperty(input, 'birthDate', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(fastParseStaffCase(input)).toBeNull();
    expect(fastParseStaffCase(new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }))).toBeNull();
  });

  test.prop([staffCase], { numRuns: RUNS })('valid cases: the same normalized case as zod', (input) => {
    same(input);
    same(input, { ignoreExcludedAllowances: true });
  });

  test.prop([staffCase, corruption, fc.boolean()], { numRuns: RUNS * 3 })('corrupted cases: the same case or the same issues as zod', (input, edits, ignore) => {
    same(corrupt(input, edits), { ignoreExcludedAllowances: ignore });
  });

  /** The regex reading parseIsoDate had before it was written without one. */
  const byRegex = (text: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return null;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
  };
  const dateLike = fc.oneof(
    fc.tuple(fc.integer({ min: -1, max: 10_500 }), fc.integer({ min: -1, max: 120 }), fc.integer({ min: -1, max: 40 }), fc.constantFrom('-', '/', ' ', '')).map(
      ([y, m, d, sep]) => `${String(y).padStart(4, '0')}${sep}${String(m).padStart(2, '0')}${sep}${String(d).padStart(2, '0')}`,
    ),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', ':', '/', '\n', '٣', 'a'), maxLength: 11 }),
  );
  test.prop([dateLike], { numRuns: RUNS * 5 })('parseIsoDate reads exactly what its former regex read', (text) => {
    expect(parseIsoDate(text)).toEqual(byRegex(text));
  });

  const dayNumber = (d: { year: number; month: number; day: number } | null | undefined) => (d ? d.year * 10000 + d.month * 100 + d.day : -1);
  test.prop([fc.oneof(dateLike, dateLike.map((t) => t.slice(0, 7)), dateLike.map((t) => t.slice(0, 4)))], { numRuns: RUNS * 5 })(
    'the day numbers used by the checks agree with the parsed dates (and so order as they do)',
    (text) => {
      expect(isoDayNumber(text)).toBe(dayNumber(parseIsoDate(text)));
      expect(partialDayNumber(text)).toBe(dayNumber(parsePartialDate(text)?.date));
    },
  );

  test.prop([fc.anything({ withNullPrototype: true, withDate: true, withMap: true })], { numRuns: RUNS })('anything at all: the same result as zod', (input) => {
    same(input);
  });
});
