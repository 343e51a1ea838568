import { parseIsoDate } from '../core/calendar.js';
import type { Citation } from '../core/citation.js';
import { text, type Text } from '../i18n/text.js';
import type { CaseContext } from '../model/context.js';
import type { Assessment, FactValue, Outcome, Warning } from '../model/types.js';
import { valueAt, type DatedParameter, type DatedRow } from './dated.js';
import { defaultParameters, type ParameterSet } from './parameter-set.js';

/**
 * What-if runs (`options.parameters`): replace any parameter the law fixes for one run, without touching
 * code. `{ "severanceRateFirst12": "1.0" }` replaces a factor (a bare factor name, or `factors.x`,
 * `nd177Factors.x`); `{ "baseSalary": { "2025-01-01": "2500000" } }` replaces the row of a dated table
 * that starts on that day, or adds one; `{ "officerServiceCeilings": { "2024-12-01": { "colonel": { "male": 60 } } } }`
 * changes part of a row; `{ "retirementAgeRoadmaps": { "I": { "male": { "finalMonths": 750 } } } }` any
 * other value. Every overridden value's citation says it is a what-if value (`verified: false`), the
 * outcomes that read one say so in their citations and in `facts.whatIfParameters`, and the assessment
 * echoes the overrides in `options.parameters` with a `what-if-parameters` warning.
 */
export type ParameterOverrides = Readonly<Record<string, unknown>>;

export interface OverrideIssue {
  readonly path: string;
  readonly message: string;
  readonly messages: Text;
}

/** One value replaced: where, the value used, and the value of the law (null for a new row). */
export interface AppliedOverride {
  readonly path: string;
  readonly value: FactValue;
  readonly lawValue: FactValue | null;
  /** The parameter whose reading the trace watches: `factors.x` for a factor, else the top-level name. */
  readonly traceKey: string;
}

export interface WhatIfParameters {
  /** The overrides as given (echoed in `assessment.options.parameters`). */
  readonly given: Readonly<Record<string, FactValue>>;
  readonly applied: readonly AppliedOverride[];
  /** `defaultParameters` with the overrides applied. */
  readonly params: ParameterSet;
}

const DECIMAL = /^\d{1,15}(\.\d{1,10})?$/;
type Node = Record<string, unknown>;

const isObject = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A plain object (`{…}` or a null prototype): the only kind of object an override is given as (never a typed array, a Map…). */
const isPlain = (v: unknown): v is Node => isObject(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
const isFactorLike = (v: unknown): v is { value: unknown; citation: Citation } => isObject(v) && 'value' in v && isObject(v.citation);
const isFactorRecord = (v: unknown): v is Record<string, { value: unknown; citation: Citation }> =>
  isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(isFactorLike);
const isDated = (v: unknown): v is DatedParameter<unknown> => isObject(v) && Array.isArray(v.rows) && typeof v.name === 'string';
/**
 * A value as shown in a message: never throws (a bigint, a cycle, a value nested 100,000 deep, a getter
 * that throws) and never long (a string of a million characters is cut).
 */
function show(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v.slice(0, 81) : typeof v === 'bigint' ? `${v}n` : Array.isArray(v) && v.length > 100 ? `an array of ${v.length} elements`
      : v !== null && typeof v === 'object' && !Array.isArray(v) && !isPlain(v) ? 'an object' : String(JSON.stringify(v));
  } catch {
    s = typeof v === 'object' ? (Array.isArray(v) ? 'an array' : 'an object') : typeof v;
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** The citation of a value replaced for a what-if run: the law's reference, marked as not the law's value. */
export function whatIfCitation(law: Citation, change: string): Citation {
  return { ...law, note: law.note ? `${law.note}; what-if override: ${change}` : `what-if override: ${change}`, verified: false };
}

class Collector {
  readonly issues: OverrideIssue[] = [];
  readonly applied: AppliedOverride[] = [];
  issue(path: string, vi: string, en: string): void {
    const full = path ? `options.parameters.${path}` : 'options.parameters';
    this.issues.push({ path: full, message: `${full}: ${en}`, messages: text(`${full}: ${vi}`, `${full}: ${en}`) });
  }
}

/** A leaf value of the same kind as the law's: a decimal string for decimals, a whole number for counts, a boolean. */
function leaf(law: unknown, given: unknown, path: string, out: Collector): { ok: true; value: FactValue } | { ok: false } {
  if (typeof law === 'string' && DECIMAL.test(law)) {
    const s = typeof given === 'number' && Number.isFinite(given) ? String(given) : given;
    if (typeof s === 'string' && DECIMAL.test(s)) return { ok: true, value: s };
    out.issue(path, `cần số thập phân không âm dạng chuỗi, ví dụ "1.0"; nhận được ${show(given)}`, `expected a non-negative decimal such as "1.0"; got ${show(given)}`);
  } else if (typeof law === 'number') {
    const whole = Number.isInteger(law);
    if (typeof given === 'number' && Number.isFinite(given) && given >= 0 && (!whole || Number.isInteger(given))) return { ok: true, value: given };
    out.issue(path, `cần ${whole ? 'số nguyên' : 'số'} không âm; nhận được ${show(given)}`, `expected a non-negative ${whole ? 'whole number' : 'number'}; got ${show(given)}`);
  } else if (typeof law === 'boolean') {
    if (typeof given === 'boolean') return { ok: true, value: given };
    out.issue(path, `cần true hoặc false; nhận được ${show(given)}`, `expected true or false; got ${show(given)}`);
  } else {
    out.issue(path, 'giá trị này không thay được', 'this value cannot be overridden');
  }
  return { ok: false };
}

/**
 * Merges `given` over the law's `law` value: objects key by key (unknown keys are errors), leaves by kind.
 * A primitive given for a factor (`{ value, citation }`) replaces its value. The nearest citation of a
 * changed value is marked as what-if.
 */
function merge(law: unknown, given: unknown, path: string, traceKey: string, out: Collector, shown = path): unknown {
  if (isFactorLike(law) && !isPlain(given)) {
    const r = leaf(law.value, given, shown, out);
    if (!r.ok) return law;
    out.applied.push({ path, value: r.value, lawValue: law.value as FactValue, traceKey });
    return { ...law, value: r.value, citation: whatIfCitation(law.citation, describeChanges(out.applied.slice(-1))) };
  }
  if (!isObject(law)) {
    const r = leaf(law, given, shown, out);
    if (r.ok) out.applied.push({ path, value: r.value, lawValue: law as FactValue, traceKey });
    return r.ok ? r.value : law;
  }
  if (!isPlain(given)) {
    out.issue(shown, `cần một đối tượng với các khóa ${Object.keys(law).filter((k) => k !== 'citation').join(', ')}`, `expected an object with keys among ${Object.keys(law).filter((k) => k !== 'citation').join(', ')}`);
    return law;
  }
  const result: Node = { ...law };
  const before = out.applied.length;
  for (const [key, value] of Object.entries(given)) {
    const at = `${shown}.${key}`;
    if (key === 'citation') out.issue(at, 'căn cứ pháp lý không thay được; giá trị thay sẽ được ghi là giả định', 'citations cannot be overridden; an overridden value is marked as what-if');
    else if (!Object.prototype.hasOwnProperty.call(law, key)) out.issue(at, `không có tham số này; có: ${Object.keys(law).filter((k) => k !== 'citation').join(', ')}`, `no such parameter; known: ${Object.keys(law).filter((k) => k !== 'citation').join(', ')}`);
    else result[key] = merge(law[key], value, `${path}.${key}`, traceKey, out, at);
  }
  const changes = out.applied.slice(before);
  if (isObject(law.citation) && changes.length > 0) result.citation = whatIfCitation(law.citation as unknown as Citation, describeChanges(changes));
  return result;
}

function describeChanges(changes: readonly AppliedOverride[]): string {
  return changes.map((c) => `${c.path} = ${show(c.value)} (${c.lawValue === null ? 'new row' : `law: ${show(c.lawValue)}`})`).join('; ');
}

/** A dated table: `{ "YYYY-MM-DD": value }` replaces the row starting that day, or adds a row (merged over the row then in force). */
function mergeDated(law: DatedParameter<unknown>, given: unknown, key: string, out: Collector): DatedParameter<unknown> {
  if (!isPlain(given)) {
    out.issue(key, 'cần một đối tượng { "YYYY-MM-DD": giá trị } theo ngày bắt đầu hiệu lực', 'expected an object { "YYYY-MM-DD": value } keyed by the day the row takes effect');
    return law;
  }
  let rows: DatedRow<unknown>[] = [...law.rows];
  for (const [from, value] of Object.entries(given)) {
    const path = `${key}.${from}`;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(from) ? parseIsoDate(from) : null;
    if (!date) {
      out.issue(path, 'khóa phải là ngày bắt đầu hiệu lực YYYY-MM-DD', 'the key must be the day the row takes effect, YYYY-MM-DD');
      continue;
    }
    const existing = rows.find((r) => r.from === from);
    const base = existing ?? valueAt({ ...law, rows }, date) ?? rows[0];
    if (!base) continue;
    const before = out.applied.length;
    const merged = merge(base.value, value, path, key, out);
    const changes = out.applied.slice(before);
    if (changes.length === 0) continue;
    if (!existing) out.applied.splice(before, changes.length, ...changes.map((c) => ({ ...c, lawValue: null })));
    const row: DatedRow<unknown> = { from, value: merged, citation: whatIfCitation(base.citation, describeChanges(out.applied.slice(before))) };
    rows = existing ? rows.map((r) => (r === existing ? row : r)) : [...rows, row].sort((a, b) => a.from.localeCompare(b.from));
  }
  return { ...law, rows };
}

/** Edit distance, for "did you mean" in the message of an unknown name. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

function unknownName(name: string, base: ParameterSet, out: Collector): void {
  const names = [...Object.keys(base), ...Object.values(base).filter(isFactorRecord).flatMap((r) => Object.keys(r))];
  // No parameter name is longer than 100 characters: a longer one is near none (and the distance would be slow).
  const near = name.length > 100 ? undefined : names.filter((n) => distance(name, n) <= 3).sort((a, b) => distance(name, a) - distance(name, b))[0];
  const hint = near ? `; did you mean "${near}"?` : `; a factor name (e.g. severanceRateFirst12) or one of ${Object.keys(base).join(', ')}`;
  const hintVi = near ? `; có phải "${near}"?` : `; tên một hệ số (ví dụ severanceRateFirst12) hoặc một trong ${Object.keys(base).join(', ')}`;
  out.issue(name, `không có tham số này${hintVi}`, `unknown parameter${hint}`);
}

/**
 * Checks what-if overrides against `base` (the law's parameters) and builds the parameter set they give.
 * Unknown names and values of the wrong kind are issues whose path is `options.parameters.<name>…`.
 */
export function parseParameterOverrides(given: unknown, base: ParameterSet = defaultParameters): { ok: true; value: WhatIfParameters } | { ok: false; issues: OverrideIssue[] } {
  const out = new Collector();
  if (!isPlain(given)) {
    out.issue('', 'cần một đối tượng { tên tham số: giá trị }', 'expected an object { parameter name: value }');
    return { ok: false, issues: out.issues };
  }
  const set: Node = { ...(base as unknown as Node) };
  for (const [name, value] of Object.entries(given)) {
    if (Object.prototype.hasOwnProperty.call(base, name)) {
      const law = set[name];
      set[name] = isDated(law) ? mergeDated(law, value, name, out) : merge(law, value, name, isFactorRecord(law) ? '' : name, out);
      continue;
    }
    const owners = Object.keys(base).filter((k) => isFactorRecord(set[k]) && Object.prototype.hasOwnProperty.call(set[k], name));
    if (owners.length === 1) {
      const owner = owners[0]!;
      const record = set[owner] as Node;
      set[owner] = { ...record, [name]: merge(record[name], value, `${owner}.${name}`, '', out, name) };
    } else if (owners.length > 1) {
      out.issue(name, `tên có trong ${owners.join(' và ')}; hãy ghi ${owners.map((o) => `${o}.${name}`).join(' hoặc ')}`, `the name is in ${owners.join(' and ')}; write ${owners.map((o) => `{ "${o}": { "${name}": … } }`).join(' or ')}`);
    } else {
      unknownName(name, base, out);
    }
  }
  if (out.issues.length > 0) return { ok: false, issues: out.issues };
  // A factor is traced by its own name: `factors.x`, so an outcome that never reads it is not marked.
  const applied = out.applied.map((a) => (a.traceKey === '' ? { ...a, traceKey: a.path.split('.').slice(0, 2).join('.') } : a));
  let echo: Record<string, FactValue>;
  try {
    echo = structuredClone(given) as Record<string, FactValue>;
  } catch {
    out.issue('', 'chứa giá trị không sao chép được (symbol, hàm…)', 'holds a value that cannot be copied (a symbol, a function…)');
    return { ok: false, issues: out.issues };
  }
  return { ok: true, value: { given: echo, applied, params: set as unknown as ParameterSet } };
}

/** The parameter set of a what-if run that records which overridden parameters each policy reads. */
class ParameterTrace {
  private readonly watched: ReadonlySet<string>;
  private reads = new Set<string>();
  readonly params: ParameterSet;

  constructor(readonly whatIf: WhatIfParameters) {
    this.watched = new Set(whatIf.applied.map((a) => a.traceKey));
    const traced: Node = {};
    for (const [key, value] of Object.entries(whatIf.params)) {
      const inner = isFactorRecord(value) ? this.tracedRecord(key, value) : value;
      Object.defineProperty(traced, key, { enumerable: true, get: () => (this.read(key), inner) });
    }
    this.params = traced as unknown as ParameterSet;
  }

  private tracedRecord(key: string, record: Node): Node {
    const traced: Node = {};
    for (const [name, value] of Object.entries(record)) {
      Object.defineProperty(traced, name, { enumerable: true, get: () => (this.read(`${key}.${name}`), value) });
    }
    return traced;
  }

  private read(key: string): void {
    if (this.watched.has(key)) this.reads.add(key);
  }

  /** Runs `fn`, returning what it read; reads before the first `during` (building the context) stay in every later set. */
  during<T>(fn: () => T, shared: ReadonlySet<string>): { value: T; reads: Set<string> } {
    const outer = this.reads;
    this.reads = new Set(shared);
    try {
      return { value: fn(), reads: this.reads };
    } finally {
      this.reads = outer;
    }
  }

  takeShared(): Set<string> {
    const shared = this.reads;
    this.reads = new Set();
    return shared;
  }
}

function markOutcome(o: Outcome, used: readonly AppliedOverride[]): Outcome {
  if (used.length === 0) return o;
  const change = describeChanges(used);
  const mark = (c: Citation) => whatIfCitation(c, change);
  return {
    ...o,
    facts: { ...o.facts, whatIfParameters: used.map((u) => u.path) },
    items: o.items.map((i) => ({ ...i, citation: mark(i.citation) })),
    ...(o.refusal ? { refusal: { ...o.refusal, citation: mark(o.refusal.citation) } } : {}),
  };
}

/** A what-if run in progress: the traced parameters, then the policies evaluated and marked. */
export interface WhatIfRun {
  readonly params: ParameterSet;
  /** Evaluates each policy on its own (fresh memo) so that what each outcome read is known, and marks it. */
  evaluate(ctx: CaseContext, policies: readonly ((ctx: CaseContext) => Outcome)[]): Outcome[];
  /** Adds `options.parameters` and the `what-if-parameters` warning. */
  annotate(a: Assessment): Assessment;
}

/** The `what-if-parameters` warning of a run with overrides (`assess`, `assess179`, `schedule179`). */
export function whatIfWarning(whatIf: WhatIfParameters): Warning {
  return {
    code: 'what-if-parameters',
    message: text(
      `Tính với giá trị tham số giả định, không phải giá trị pháp luật quy định: ${describeChanges(whatIf.applied).replaceAll('law:', 'luật:').replaceAll('new row', 'dòng mới')}`,
      `Computed with what-if parameter values, not the values the law fixes: ${describeChanges(whatIf.applied)}`,
    ),
  };
}

export function startWhatIf(whatIf: WhatIfParameters): WhatIfRun {
  const trace = new ParameterTrace(whatIf);
  const warning = whatIfWarning(whatIf);
  return {
    params: trace.params,
    evaluate(ctx, policies) {
      const shared = trace.takeShared();
      return policies.map((evaluate) => {
        const { value, reads } = trace.during(() => evaluate({ ...ctx, memo: {} }), shared);
        return markOutcome(value, whatIf.applied.filter((a) => reads.has(a.traceKey)));
      });
    },
    annotate(a) {
      const warnings = whatIf.applied.length > 0 ? [...a.warnings, warning] : a.warnings;
      return { ...a, options: { ...a.options, parameters: whatIf.given }, warnings };
    },
  };
}

/** "factors.severanceRateFirst12 = 1.0 (law: 0.8)" lines, for tables and reports. */
export function describeOverrides(whatIf: WhatIfParameters): string[] {
  return whatIf.applied.map((a) => describeChanges([a]));
}
