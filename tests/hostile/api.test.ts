import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { assess, assessMany, isAssessError, safeAssess } from '../../src/index.js';
import { staffCase } from '../property/arbitraries.js';

/**
 * Hostile input through the API: malformed, extreme and mistyped records. Every one must come back as
 * `{ ok: false }` with issues that name the field (path) and say what was expected — never a throw, never
 * a silent default — and valid records beside them must still be assessed.
 */
const valid = {
  id: 'V', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
  salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
  insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
};
const withField = (patch: Record<string, unknown>) => ({ ...valid, ...patch });
const withSalary = (patch: Record<string, unknown>) => ({ ...valid, salary: { ...valid.salary, ...patch } });
const monthly = (monthlySalary: unknown) => {
  const { salary: _, ...rest } = valid;
  return { ...rest, monthlySalary };
};

/** [label, input, the path an issue must name] */
const hostile: [string, unknown, string][] = [
  ['empty id', withField({ id: '' }), 'id'],
  ['whitespace-only id', withField({ id: ' \t ' }), 'id'],
  ['id of a lone BOM', withField({ id: '\uFEFF' }), 'id'],
  ['id as a number', withField({ id: 7 }), 'id'],
  ['id of a million characters', withField({ id: 'x'.repeat(1_000_000) }), 'id'],
  ['id as a sparse array of 10^9 slots', withField({ id: new Array(1e9) }), 'id'],
  ['id as a typed array of 10^8 bytes', withField({ id: new Uint8Array(1e8) }), 'id'],
  ['id as a Map', withField({ id: new Map([['id', 'V']]) }), 'id'],
  ['empty gender', withField({ gender: '' }), 'gender'],
  ['gender as a number', withField({ gender: 1 }), 'gender'],
  ['gender in capitals', withField({ gender: 'MALE' }), 'gender'],
  ['31 February', withField({ leaveDate: '2025-02-31' }), 'leaveDate'],
  ['29 February of a common year', withField({ restructuringDate: '2025-02-29' }), 'restructuringDate'],
  ['29 February 1900 (not a leap year)', withField({ birthDate: '1900-02-29' }), 'birthDate'],
  ['year 0', withField({ birthDate: '0000-01-01' }), 'birthDate'],
  ['month 13', withField({ birthDate: '1966-13' }), 'birthDate'],
  ['day 00', withField({ leaveDate: '2025-05-00' }), 'leaveDate'],
  ['date with a time', withField({ leaveDate: '2025-05-01T00:00:00Z' }), 'leaveDate'],
  ['date with slashes', withField({ leaveDate: '01/05/2025' }), 'leaveDate'],
  ['five-digit year', withField({ leaveDate: '20250-05-01' }), 'leaveDate'],
  ['full-width digits', withField({ leaveDate: '２０２５-05-01' }), 'leaveDate'],
  ['date as a JS Date', withField({ leaveDate: new Date(Date.UTC(2025, 4, 1)) }), 'leaveDate'],
  ['Excel serial date number', withField({ leaveDate: 45778 }), 'leaveDate'],
  ['Excel serial date text', withField({ leaveDate: '45778' }), 'leaveDate'],
  ['a date string of 100,000 characters', withField({ leaveDate: '2025-05-01'.repeat(10_000) }), 'leaveDate'],
  ['leave before birth', withField({ birthDate: '1966-01-15', leaveDate: '1960-01-01' }), 'leaveDate'],
  ['negative months', withField({ insuredMonths: -1 }), 'insuredMonths'],
  ['fractional months', withField({ insuredMonths: 264.5 }), 'insuredMonths'],
  ['months as text', withField({ insuredMonths: '264' }), 'insuredMonths'],
  ['months in Arabic-Indic digits', withField({ insuredMonths: '٢٦٤' }), 'insuredMonths'],
  ['a billion months', withField({ insuredMonths: 1e9 }), 'insuredMonths'],
  ['months as a bigint', withField({ insuredMonths: 264n }), 'insuredMonths'],
  ['months NaN', withField({ insuredMonths: Number.NaN }), 'insuredMonths'],
  ['months Infinity', withField({ insuredMonths: Number.POSITIVE_INFINITY }), 'insuredMonths'],
  ['months MAX_SAFE_INTEGER + 2', withField({ insuredMonths: Number.MAX_SAFE_INTEGER + 2 }), 'insuredMonths'],
  ['hazardous months negative', withField({ hazardousMonths: -180 }), 'hazardousMonths'],
  ['salary 10^30 as a number', monthly(1e30), 'monthlySalary'],
  ['salary 10^30 as text', monthly(`1${'0'.repeat(30)}`), 'monthlySalary'],
  ['salary NaN', monthly(Number.NaN), 'monthlySalary'],
  ['salary -Infinity', monthly(Number.NEGATIVE_INFINITY), 'monthlySalary'],
  ['salary 0', monthly(0), 'monthlySalary'],
  ['salary negative', monthly(-15_356_250), 'monthlySalary'],
  ['salary in exponent notation', monthly('1.5e7'), 'monthlySalary'],
  ['salary with thousands separators', monthly('15,356,250'), 'monthlySalary'],
  ['salary with a decimal comma', monthly('15356250,5'), 'monthlySalary'],
  ['salary with spaces', monthly(' 15356250 '), 'monthlySalary'],
  ['salary with a currency', monthly('15356250 VND'), 'monthlySalary'],
  ['salary "NaN"', monthly('NaN'), 'monthlySalary'],
  ['salary "Infinity"', monthly('Infinity'), 'monthlySalary'],
  ['salary as an object', monthly({ amount: 15_356_250 }), 'monthlySalary'],
  ['both salary forms', withField({ monthlySalary: 15_356_250 }), 'salary'],
  ['neither salary form', (() => { const { salary: _, ...rest } = valid; return rest; })(), 'monthlySalary'],
  ['salary null', withField({ salary: null }), 'salary'],
  ['salary an array', withField({ salary: [4.65] }), 'salary'],
  ['coefficient 0', withSalary({ coefficient: 0 }), 'salary.coefficient'],
  ['coefficient 1000', withSalary({ coefficient: 1000 }), 'salary.coefficient'],
  ['coefficient nested junk', withSalary({ coefficient: { a: { b: { c: [1, [2, [3, { d: null }]]] } } } }), 'salary.coefficient'],
  ['percent 250', withSalary({ publicServicePercent: 250 }), 'salary.publicServicePercent'],
  ['base salary 10^30', withSalary({ baseSalary: 1e30 }), 'salary.baseSalary'],
  ['unknown salary component', withSalary({ bonus: 1 }), 'salary.bonus'],
  ['excluded allowance in salary', withSalary({ areaAllowance: 0.2 }), 'salary.areaAllowance'],
  ['excluded allowance at the top', withField({ partyCommitteeAllowance: 0.3 }), 'partyCommitteeAllowance'],
  ['unknown field', withField({ foo: 'bar' }), 'foo'],
  ['field name with a BOM', withField({ '\uFEFFid': 'V' }), '\uFEFFid'],
  ['field name in other case', withField({ InsuredMonths: 264 }), 'InsuredMonths'],
  ['a key of a million characters', withField({ ['k'.repeat(1_000_000)]: 1 }), 'k'.repeat(1_000_000)],
  ['__proto__ key (as JSON.parse makes it)', JSON.parse(`{"__proto__":{"polluted":"yes"},${JSON.stringify(valid).slice(1)}`), '__proto__'],
  ['constructor key', JSON.parse(`{"constructor":{"prototype":{"polluted":"yes"}},${JSON.stringify(valid).slice(1)}`), 'constructor'],
  ['prototype key', withField({ prototype: { polluted: 'yes' } }), 'prototype'],
  ['__proto__ inside salary', withField({ salary: JSON.parse('{"__proto__":{"polluted":"yes"},"coefficient":4.65}') }), 'salary.__proto__'],
  ['retirement age negative', withField({ retirementAge: { years: -1, months: 13 } }), 'retirementAge.years'],
  ['retirement age months 13', withField({ retirementAge: { years: 60, months: 13 } }), 'retirementAge.months'],
  ['retirement age as text', withField({ retirementAge: '60y' }), 'retirementAge'],
  ['staff type unknown', withField({ staffType: 'general' }), 'staffType'],
  ['officer without a rank', withField({ staffType: 'officer' }), 'rank'],
  ['police without an age', withField({ staffType: 'police' }), 'retirementAge'],
  ['group unknown', withField({ group: 'everyone' }), 'group'],
  ['directly affected without restructuring date', (() => { const { restructuringDate: _, ...rest } = valid; return rest; })(), 'restructuringDate'],
  ['route unknown', withField({ route: 'both' }), 'route'],
  ['pensionEligible as text', withField({ pensionEligible: 'true' }), 'pensionEligible'],
];

/** Top-level refusals: not an object at all. */
const notAnObject: [string, unknown][] = [
  ['null', null], ['undefined', undefined], ['a number', 42], ['a string', '{"id":"V"}'], ['an array', [valid]],
  ['true', true], ['a bigint', 1n], ['a symbol', Symbol('case')], ['a function', () => valid],
];

describe('hostile records through safeAssess', () => {
  it.each(hostile)('%s → refused, naming the field', (_label, input, path) => {
    let r: ReturnType<typeof safeAssess> | undefined;
    expect(() => (r = safeAssess(input))).not.toThrow();
    expect(r!.ok).toBe(false);
    if (r!.ok) return;
    const paths = r!.error.issues.map((i) => i.path);
    expect(paths).toContain(path);
    const named = r!.error.issues.find((i) => i.path === path)!;
    expect(named.message.startsWith(`${path}: `)).toBe(true);
    expect(named.messages.vi.startsWith(`${path}: `)).toBe(true);
    // Messages stay readable: the offending value is shown shortened, never in full.
    for (const i of r!.error.issues) expect(i.message.length, i.path.slice(0, 40)).toBeLessThan(path.length + 400);
  });

  it.each(notAnObject)('%s → refused as a whole case', (_label, input) => {
    const r = safeAssess(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.path)).toEqual(['']);
  });

  it('assess throws InvalidInputError (never another error) with the same issues', () => {
    for (const [label, input, path] of hostile.slice(0, 20)) {
      try {
        assess(input);
        expect.fail(`${label} was accepted`);
      } catch (e) {
        expect((e as Error).name, label).toBe('InvalidInputError');
        expect((e as { issues: { path: string }[] }).issues.map((i) => i.path), label).toContain(path);
      }
    }
  });

  it('an object whose getter throws is refused, not thrown', () => {
    const trap = Object.defineProperty({ ...valid }, 'gender', { get() { throw new Error('boom'); }, enumerable: true });
    const r = safeAssess(trap);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.message).toMatch(/could not be read: "boom"/);
  });

  it('a proxy whose traps throw is refused, not thrown', () => {
    const r = safeAssess(new Proxy({ ...valid }, { ownKeys() { throw new Error('no keys'); } }));
    expect(r.ok).toBe(false);
    const deep = safeAssess({ ...valid, salary: new Proxy({ coefficient: 4.65 }, { get() { throw new Error('no salary'); } }) });
    expect(deep.ok).toBe(false);
  });

  // BUG (reported, not fixed: it lies in src/assessment, outside this task's reach): safeAssess reads
  // `input.id` itself (idOf in src/engine/assess.ts) to label the error, outside the validator, so a
  // throwing `id` getter escapes as an exception. Fix: read the id from the validator's plain copy, or
  // wrap idOf in try/catch.
  it('an object whose id getter throws is refused, not thrown', () => {
    const trap = Object.defineProperty({ ...valid, gender: 1 }, 'id', { get() { throw new Error('boom'); }, enumerable: true });
    expect(safeAssess(trap).ok).toBe(false);
  });

  it('a cyclic object is refused by field, without overflowing the stack', () => {
    const cyclic: Record<string, unknown> = { ...valid };
    cyclic.salary = cyclic;
    const r = safeAssess(cyclic);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.path)).toContain('salary.coefficient');
  });

  it('100,000 nested objects or arrays are refused by field', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? { a: deep } : [deep];
    for (const input of [withSalary({ coefficient: deep }), withField({ id: deep }), withField({ salary: deep })]) {
      const r = safeAssess(input);
      expect(r.ok).toBe(false);
    }
  });
});

describe('assessMany with hostile rows beside valid ones', () => {
  it('assesses every valid row exactly as alone, and reports every hostile row by id and path', () => {
    const rows: unknown[] = [];
    const expected: ('valid' | string)[] = [];
    hostile.forEach(([, input, path], i) => {
      rows.push({ ...valid, id: `ok-${i}`, insuredMonths: 240 + (i % 60) });
      expected.push('valid');
      rows.push(input);
      expected.push(path);
    });
    for (const [, input] of notAnObject) {
      rows.push(input);
      expected.push('');
    }
    const out = [...assessMany(rows)];
    expect(out).toHaveLength(rows.length);
    out.forEach((entry, i) => {
      if (expected[i] === 'valid') {
        expect(isAssessError(entry), `row ${i}`).toBe(false);
        expect(JSON.stringify(entry)).toBe(JSON.stringify(assess(rows[i])));
      } else {
        expect(isAssessError(entry), `row ${i}`).toBe(true);
        if (isAssessError(entry)) {
          expect(entry.error.code).toBe('invalid-input');
          expect(entry.error.issues.map((x) => x.path)).toContain(expected[i]);
        }
      }
    });
  });

  it('keeps going after a row that cannot be read', () => {
    const trap = Object.defineProperty({ ...valid }, 'gender', { get() { throw new Error('boom'); }, enumerable: true });
    const out = [...assessMany([valid, trap, { ...valid, id: 'after' }])];
    expect(out.map((e) => (isAssessError(e) ? 'error' : e.id))).toEqual(['V', 'error', 'after']);
  });
});

describe('random junk and random corruption of valid cases', () => {
  const fields = ['id', 'gender', 'birthDate', 'staffType', 'monthlySalary', 'salary', 'insuredMonths', 'publicSectorInsuredMonths', 'hazardousMonths', 'rank', 'retirementAge', 'restructuringDate', 'leaveDate', 'route', 'group', 'pensionEligible'];
  /** Values no field of the contract accepts. */
  const junk = fc.oneof(
    fc.constantFrom(null, Number.NaN, Number.POSITIVE_INFINITY, -1, 1e30, '', ' ', '\uFEFF', 'NaN', [], {}, true),
    fc.array(fc.anything(), { minLength: 1, maxLength: 3 }),
    fc.object({ maxDepth: 3 }).filter((o) => Object.keys(o).length > 0 && !('coefficient' in o) && !('years' in o)),
    fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/^[\d.-]+$/.test(s) && !['male', 'female', 'auto', 'resignation', 'early-retirement'].includes(s)),
  );

  test.prop([fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true })], { numRuns: 300 })(
    'anything at all: safeAssess never throws; a refusal always names a path and says what was expected',
    (input) => {
      const r = safeAssess(input);
      if (r.ok) return;
      expect(r.error.issues.length).toBeGreaterThan(0);
      for (const i of r.error.issues) {
        expect(typeof i.path).toBe('string');
        expect(i.message.startsWith(`${i.path || '(case)'}: `)).toBe(true);
      }
    },
  );

  test.prop([staffCase, fc.constantFrom(...fields), junk], { numRuns: 300 })('a valid case with one field replaced by junk is refused, naming that field', (c, field, value) => {
    // Any non-empty string is a valid id (the contract asks for 1–200 characters), and true a valid flag.
    fc.pre(!(field === 'id' && typeof value === 'string') && !(field === 'pensionEligible' && typeof value === 'boolean'));
    const input = { ...c, [field]: value };
    const r = safeAssess(input);
    expect(r.ok, `${field} accepted junk`).toBe(false);
    if (!r.ok) expect(r.error.issues.some((i) => i.path === field || i.path.startsWith(`${field}.`)), JSON.stringify(r.error.issues.map((i) => i.path))).toBe(true);
  });

  test.prop([staffCase, fc.string({ minLength: 1, maxLength: 40 }), fc.jsonValue()], { numRuns: 200 })('an extra field of any name is refused by its name', (c, key, value) => {
    fc.pre(!(key in c) && !['salary', 'monthlySalary'].includes(key));
    const input = JSON.parse(JSON.stringify({ ...c, [key]: value ?? 0 }));
    fc.pre(Object.prototype.hasOwnProperty.call(input, key));
    const r = safeAssess(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.path)).toContain(key);
  });
});

afterAll(() => {
  // Nothing above may have reached Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
});

it('no prototype was polluted by the hostile keys', () => {
  for (const [, input] of hostile) safeAssess(input);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
});
