import { describe, expect, it } from 'vitest';
import {
  assess, assess179, assessMany, compareRulesets, InvalidInputError, isAssessError, safeAssess, safeAssess179, safeSchedule179, schedule179,
} from '../../src/index.js';
import { validateNd179Case, validateStaffCase } from '../../src/schema/index.js';
import { callSheetFunction, functionSpecs } from '../../src/sheets/index.js';
import { atEveryLevel, hostileValues } from './corpus.js';

/**
 * Issue #13, "never throws": every `safe*` entry point returns an error value for ANY input and options
 * (the shared hostile corpus of ./corpus.ts, at every level); `assess`, `assess179`, `schedule179` and
 * `compareRulesets` throw only their documented `InvalidInputError`; `assessMany` yields one entry per
 * input; the spreadsheet functions answer every cell with a value or a per-cell error naming the
 * argument, never a throw and never an "internal error".
 */
const valid = {
  id: 'V', gender: 'male', birthDate: '1966-01-15', staffType: 'civil-servant',
  salary: { coefficient: 4.65, leadershipCoefficient: 0.6, publicServicePercent: 25 },
  insuredMonths: 264, restructuringDate: '2025-03-01', leaveDate: '2025-05-01',
};
const valid179 = {
  id: 'G2-1', group: 'graduate', criterionPath: 'a', birthDate: '2000-05-01', applicationDate: '2025-01-10',
  recruitmentDate: '2025-03-01', criteria: { qualificationMet: true }, salaryHistory: [{ from: '2025-03-01', coefficient: 2.34 }],
};
const range = { from: '2025-03-01', to: '2025-12-31' };
const corpus = hostileValues();
const fresh = (label: string) => () => hostileValues().find(([l]) => l === label)![1];

/** Runs `fn`; it must not throw, or throw only an InvalidInputError with issues. */
function onlyTyped(label: string, fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    expect(e, `${label}: threw ${String((e as Error)?.message ?? e).slice(0, 200)}`).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).issues.length, label).toBeGreaterThan(0);
  }
}

function isErrorValue(r: { ok: boolean; error?: unknown }, label: string): void {
  expect(typeof r.ok, label).toBe('boolean');
  if (!r.ok) {
    expect(r.error, label).toBeInstanceOf(InvalidInputError);
    const issues = (r.error as InvalidInputError).issues;
    expect(issues.length, label).toBeGreaterThan(0);
    for (const i of issues) {
      expect(typeof i.path, label).toBe('string');
      expect(typeof i.messages.vi, label).toBe('string');
      expect(typeof i.messages.en, label).toBe('string');
      expect(i.message.length, label).toBeLessThan(2_000);
    }
    // The error can be written as JSON (the CLI and assessMany do).
    expect(() => JSON.stringify((r.error as InvalidInputError).toJSON()), label).not.toThrow();
  }
}

describe.each(corpus.map(([label]) => [label]))('hostile value: %s', (label) => {
  const value = fresh(label);

  it('safeAssess: as the case, at every level of a valid case, as the options and inside them', () => {
    for (const [where, input] of atEveryLevel(valid, value)) {
      const tag = `${label} at ${where}`;
      let r: ReturnType<typeof safeAssess> | undefined;
      expect(() => (r = safeAssess(input)), tag).not.toThrow();
      isErrorValue(r!, tag);
      onlyTyped(tag, () => assess(input));
    }
    const optionPlaces: [string, unknown][] = [
      ['options', value()],
      ['options.ruleset', { ruleset: value() }],
      ['options.parameters', { parameters: value() }],
      ['options.parameters.severanceRateFirst12', { parameters: { severanceRateFirst12: value() } }],
      ['options.parameters.baseSalary', { parameters: { baseSalary: value() } }],
      ['options.parameters.baseSalary.2025-01-01', { parameters: { baseSalary: { '2025-01-01': value() } } }],
      ['options.parameters.retirementAgeRoadmaps.I', { parameters: { retirementAgeRoadmaps: { I: value() } } }],
      ...atEveryLevel({ windowAnniversary: 'inside', parameters: { severanceRateFirst12: '1.0' } }, value),
    ];
    for (const [where, options] of optionPlaces) {
      const tag = `${label} at ${where}`;
      let r: ReturnType<typeof safeAssess> | undefined;
      expect(() => (r = safeAssess(valid, options as never)), tag).not.toThrow();
      isErrorValue(r!, tag);
      onlyTyped(tag, () => compareRulesets(valid, options as never));
    }
  });

  it('assessMany: one entry per input, hostile inputs and options alike; compareRulesets throws only InvalidInputError', () => {
    const out = [...assessMany([valid, value(), { ...valid, id: 'after' }])];
    expect(out).toHaveLength(3);
    expect(isAssessError(out[0]!)).toBe(false);
    expect(isAssessError(out[2]!) ? null : (out[2] as { id: string }).id).toBe('after');
    expect(() => JSON.stringify(out[1])).not.toThrow();
    let withOptions: unknown[] = [];
    expect(() => (withOptions = [...assessMany([valid, valid], value() as never)])).not.toThrow();
    expect(withOptions).toHaveLength(2);
    onlyTyped(label, () => compareRulesets(value()));
  });

  it('safeAssess179 and safeSchedule179: as the case, at every level, as the options and inside them', () => {
    for (const [where, input] of atEveryLevel(valid179, value)) {
      const tag = `${label} at ${where}`;
      let r: { ok: boolean; error?: unknown } | undefined;
      expect(() => (r = safeAssess179(input)), tag).not.toThrow();
      isErrorValue(r!, tag);
      expect(() => (r = safeSchedule179(input, range)), tag).not.toThrow();
      isErrorValue(r!, tag);
      onlyTyped(tag, () => assess179(input));
      onlyTyped(tag, () => schedule179(input, range));
      expect(() => validateNd179Case(input), tag).not.toThrow();
    }
    const optionPlaces: [string, unknown][] = [
      ['options', value()],
      ...atEveryLevel({ ...range, proration: 'whole-months', baseSalary: [{ from: '2025-01-01', amount: 2340000 }] }, value),
      ['options.baseSalary.0', { ...range, baseSalary: [value()] }],
      ['options.at', { at: value() }],
      // The what-if values of assess (issue #14), at every level of a valid override.
      ...atEveryLevel({ ...range, parameters: { graduateAllowanceRate: '2.0', baseSalary: { '2025-04-01': '2500000' } } }, value),
    ];
    for (const [where, options] of optionPlaces) {
      const tag = `${label} at ${where}`;
      let r: { ok: boolean; error?: unknown } | undefined;
      expect(() => (r = safeSchedule179(valid179, options as never)), tag).not.toThrow();
      isErrorValue(r!, tag);
      expect(() => (r = safeAssess179(valid179, options as never)), tag).not.toThrow();
      isErrorValue(r!, tag);
    }
  });

  it('validateStaffCase never throws', () => {
    for (const [where, input] of atEveryLevel(valid, value)) expect(() => validateStaffCase(input), `${label} at ${where}`).not.toThrow();
  });

  it('every spreadsheet function, in every argument, both hosts: a value or a per-cell error, never a throw nor an internal error', () => {
    for (const spec of functionSpecs) {
      for (let i = 0; i < spec.params.length; i++) {
        for (const host of ['google', 'excel'] as const) {
          const args: unknown[] = spec.params.map(() => undefined);
          args[i] = value();
          const tag = `${label}: ${spec.name} argument ${spec.params[i]!.name} (${host})`;
          let out: unknown;
          expect(() => (out = callSheetFunction(spec.name, args, { host, lang: 'en' })), tag).not.toThrow();
          expect(JSON.stringify(out) ?? '', tag).not.toMatch(/internal error|lỗi nội bộ/);
          // The same value inside a range: the other rows still answer.
          const ranged = spec.params.map(() => undefined) as unknown[];
          ranged[i] = [[value()], [undefined]];
          if (spec.result !== 'table' && host === 'google') expect(() => callSheetFunction(spec.name, ranged, { host, lang: 'en' }), `${tag} in a range`).not.toThrow();
        }
      }
    }
  });
});
