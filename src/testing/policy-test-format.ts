import * as z from 'zod/mini';
import type { Citation } from '../core/citation.js';
import { enSlashVi, msg } from '../locales/testing.js';

/**
 * The policy-test file format (docs/policy-tests.md): the format of tests/golden/cases/*.json, which an
 * analyst can write without TypeScript. A file is `{ description?, cases: PolicyTestCase[] }`.
 */

/** An item's expected amount, or the amount with the formula and (part of) the citation the analyst expects. */
export type ExpectedItem = string | { readonly amount?: string; readonly formula?: string; readonly citation?: Partial<Citation> };

export interface ExpectedOutcome {
  readonly eligible: boolean;
  /** Integer VND as a string ("744778125"). */
  readonly total?: string;
  /** The refusal code ("too-early") when `eligible` is false. */
  readonly refusal?: string;
  /** Item code → expected amount (or `{ amount, formula, citation }`). */
  readonly items?: Readonly<Record<string, ExpectedItem>>;
  /** Fact name → expected value, compared as JSON values. */
  readonly facts?: Readonly<Record<string, unknown>>;
  /** The codes of the outcome's flags (rights without an amount), exactly, in any order. */
  readonly flags?: readonly string[];
}

/** One month of a Decree 179 schedule: its amount, or the amount with the other figures of the row. */
export type ExpectedRow = string | {
  readonly amount?: string | null;
  readonly formula?: string;
  readonly days?: number;
  /** The refusal code of a refused month. */
  readonly refusal?: string;
  readonly fullSalary?: string;
  readonly usualProbationSalary?: string;
};

/** A `schedule179` result for one allowance (AllowanceSchedule): its figures and some of its months ("2025-03"). */
export interface ExpectedSchedule {
  readonly eligible?: boolean;
  readonly refusal?: string;
  readonly refusals?: readonly string[];
  readonly total?: string;
  readonly totalFullSalary?: string;
  readonly months?: number;
  readonly fullMonths?: number;
  readonly complete?: boolean;
  readonly entitlement?: { readonly start: string | null; readonly end: string | null };
  readonly rows?: Readonly<Record<string, ExpectedRow>>;
}

export interface PolicyTestExpect {
  /** The policy code paid (the highest eligible total), or null when none is. */
  readonly best?: string | null;
  readonly outcomes?: Readonly<Record<string, ExpectedOutcome>>;
  /** The input must be rejected, with exactly these field paths. */
  readonly invalid?: readonly string[];
  /** The codes of the assessment's warnings, exactly, in any order (`[]`: none). */
  readonly warnings?: readonly string[];
  /** Decree 179 (`assess179`, `schedule179`): the group's criteria are met. */
  readonly eligible?: boolean;
  /** Decree 179: the codes of the group's refusals, exactly, in order. */
  readonly refusals?: readonly string[];
  /** `schedule179`: policy code → the expected schedule of that allowance. */
  readonly schedules?: Readonly<Record<string, ExpectedSchedule>>;
}

/**
 * The function a case runs: `assess` (the default: one StaffCase), or for Decree 179 cases (Nd179Case)
 * `assess179` (the monthly amount on a day) and `schedule179` (month by month; `options.from`/`options.to`).
 */
export const policyTestFunctions = ['assess', 'assess179', 'schedule179'] as const;
export type PolicyTestFunction = (typeof policyTestFunctions)[number];

export interface PolicyTestCase {
  readonly name: string;
  /** Where the expected numbers come from: an official letter, a worked example, a derivation. Required. */
  readonly source: string;
  /** The arithmetic behind the expected numbers. */
  readonly note?: string;
  /** The function under test (default `assess`). */
  readonly function?: PolicyTestFunction;
  /** One StaffCase, as given to `assess` (an Nd179Case for `assess179` / `schedule179`). */
  readonly input: unknown;
  /** `assess` options (`ruleset`, `windowAnniversary`, …, `parameters`). */
  readonly options?: Readonly<Record<string, unknown>>;
  /** What-if parameter overrides for this case; merged into `options.parameters`. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly expect: PolicyTestExpect;
}

export interface PolicyTestFile {
  readonly description?: string;
  readonly cases: readonly PolicyTestCase[];
}

/** An amount written as "744778125" or as a whole number 744778125 (kept exact: no float arithmetic). */
const amount = z.pipe(
  z.union([z.string().check(z.regex(/^\d+$/)), z.int().check(z.gte(0))]),
  z.transform((v) => String(v)),
);

const citationPart = z.partial(z.strictObject({
  doc: z.string(), article: z.string(), clause: z.string(), point: z.string(), note: z.string(), verified: z.boolean(),
}));

const expectedItem = z.union([
  amount,
  z.strictObject({ amount: z.optional(amount), formula: z.optional(z.string()), citation: z.optional(citationPart) }),
]);

const expectedOutcome = z.strictObject({
  eligible: z.boolean(),
  total: z.optional(amount),
  refusal: z.optional(z.string()),
  items: z.optional(z.record(z.string(), expectedItem)),
  facts: z.optional(z.record(z.string(), z.unknown())),
  flags: z.optional(z.array(z.string())),
});

const expectedRow = z.union([
  amount,
  z.strictObject({
    amount: z.optional(z.nullable(amount)), formula: z.optional(z.string()), days: z.optional(z.int()), refusal: z.optional(z.string()),
    fullSalary: z.optional(amount), usualProbationSalary: z.optional(amount),
  }),
]);

const expectedSchedule = z.strictObject({
  eligible: z.optional(z.boolean()),
  refusal: z.optional(z.string()),
  refusals: z.optional(z.array(z.string())),
  total: z.optional(amount),
  totalFullSalary: z.optional(amount),
  months: z.optional(z.int()),
  fullMonths: z.optional(z.int()),
  complete: z.optional(z.boolean()),
  entitlement: z.optional(z.strictObject({ start: z.nullable(z.string()), end: z.nullable(z.string()) })),
  rows: z.optional(z.record(z.string(), expectedRow)),
});

const testCase = z.strictObject({
  name: z.string().check(z.minLength(1)),
  function: z.optional(z.enum(policyTestFunctions)),
  source: z.string(),
  note: z.optional(z.string()),
  input: z.unknown(),
  options: z.optional(z.record(z.string(), z.unknown())),
  parameters: z.optional(z.record(z.string(), z.unknown())),
  expect: z.strictObject({
    best: z.optional(z.nullable(z.string())),
    outcomes: z.optional(z.record(z.string(), expectedOutcome)),
    invalid: z.optional(z.array(z.string())),
    warnings: z.optional(z.array(z.string())),
    eligible: z.optional(z.boolean()),
    refusals: z.optional(z.array(z.string())),
    schedules: z.optional(z.record(z.string(), expectedSchedule)),
  }),
});

const testFile = z.strictObject({ description: z.optional(z.string()), cases: z.array(testCase) });

/** A place in a policy-test file that does not follow the format. */
export interface FormatIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown by `runPolicyTestFile` when the file itself is malformed (not when a test fails). */
export class PolicyTestFormatError extends Error {
  override readonly name = 'PolicyTestFormatError';
  readonly issues: readonly FormatIssue[];
  constructor(issues: readonly FormatIssue[], file?: string) {
    super(`${file ? `${file}: ` : ''}${enSlashVi(msg('testing.format.not-a-policy-test-file'))}:\n${issues.map((i) => `  - ${i.path || '(file)'}: ${i.message}`).join('\n')}`);
    this.issues = issues;
  }
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    // The keys follow the English words only, as the message has always been written.
    const m = msg('testing.format.unknown-keys');
    return `${m.en} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} / ${m.vi}`;
  }
  if (issue.code === 'invalid_union') return enSlashVi(msg('testing.format.amount'));
  return issue.message;
}

/**
 * Reads a policy-test file: `{ description?, cases: [...] }`, a bare array of cases, or one case. A JSON
 * string is parsed first. Throws `PolicyTestFormatError` naming each misplaced key.
 */
export function parsePolicyTestFile(json: unknown, file?: string): PolicyTestFile {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as unknown;
    } catch (e) {
      throw new PolicyTestFormatError([{ path: '', message: `${enSlashVi(msg('testing.format.not-json'))}: ${e instanceof Error ? e.message : String(e)}` }], file);
    }
  }
  if (Array.isArray(data)) data = { cases: data };
  else if (data && typeof data === 'object' && !('cases' in data) && 'expect' in data) data = { cases: [data] };
  const parsed = z.safeParse(testFile, data);
  if (!parsed.success) {
    throw new PolicyTestFormatError(parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: describe(i) })), file);
  }
  return parsed.data as PolicyTestFile;
}
