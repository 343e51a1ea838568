import type { AssessOptions } from '../engine/options.js';
import type { StaffCaseInput } from '../schema/staff-case.js';
import { CaseBuilder } from './case-builder.js';
import type { ExpectedOutcome, PolicyTestCase } from './policy-test-format.js';
import { runPolicyTest, type PolicyTestResult } from './policy-tests.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Builds a policy test in code, in the same shape as a policy-test file entry:
 * `aPolicyTest('O1', 'MoHA 1814').input(aCase()).expectBest('nd178/art7').expectOutcome('nd178/art7', { eligible: true, total: '744778125' }).build()`.
 */
export class PolicyTestBuilder {
  private readonly test: Writable<PolicyTestCase>;
  private readonly expected: Writable<PolicyTestCase['expect']> = {};

  constructor(name: string, source: string) {
    this.test = { name, source, input: undefined, expect: this.expected };
  }

  note(note: string): this {
    this.test.note = note;
    return this;
  }

  input(input: CaseBuilder | StaffCaseInput | unknown): this {
    this.test.input = input instanceof CaseBuilder ? input.build() : input;
    return this;
  }

  options(options: Omit<AssessOptions, 'parameters'>): this {
    this.test.options = { ...this.test.options, ...options };
    return this;
  }

  /** What-if overrides (docs/policy-tests.md, "What-if"). */
  parameters(parameters: Record<string, unknown>): this {
    this.test.parameters = { ...this.test.parameters, ...parameters };
    return this;
  }

  expectBest(policy: string | null): this {
    this.expected.best = policy;
    return this;
  }

  expectOutcome(policy: string, outcome: ExpectedOutcome): this {
    this.expected.outcomes = { ...this.expected.outcomes, [policy]: outcome };
    return this;
  }

  expectInvalid(...paths: string[]): this {
    this.expected.invalid = paths;
    return this;
  }

  build(): PolicyTestCase {
    return structuredClone(this.test);
  }

  run(): PolicyTestResult {
    return runPolicyTest(this.build());
  }
}

export function aPolicyTest(name: string, source: string): PolicyTestBuilder {
  return new PolicyTestBuilder(name, source);
}
