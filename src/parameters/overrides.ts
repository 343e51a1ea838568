import { parseIsoDate } from '../core/calendar.js';
import type { Citation } from '../core/citation.js';
import { text, type Text } from '../i18n/text.js';
import { msg } from '../locales/index.js';
import type { CaseContext } from '../model/context.js';
import type { Assessment, FactValue, Outcome, Warning } from '../model/types.js';
import { valueAt, type DatedParameter, type DatedRow, type Series } from './dated.js';
import { lawTables, registerSource, resolveParameters, type ParameterSet, type ParameterTables } from './parameter-set.js';

/**
 * What-if runs (`options.parameters`): replace any parameter the law fixes for one run, without touching
 * code. `{ "severanceRateFirst12": "1.0" }` replaces a factor (a bare factor name, or `factors.x`,
 * `nd177Factors.x`): the value of every row of its series, so the case reads that value at whatever its version
 * date, with the citation of the row it reads marked as what-if. `{ "severanceRateFirst12": { "2025-10-01": "1.0" } }`
 * replaces the factor's row that starts on that day, or adds one, read by leave date (cases leaving from that
 * day; src/parameters/dated.ts). `{ "baseSalary": { "2025-01-01": "2500000" } }` replaces the row of a dated table
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
  /** The law's tables (`lawTables`) with the overrides applied. */
  readonly params: ParameterTables;
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
/** A record of series (`factors`, `nd177Factors`, `stayingFactors`, `provisions`): its names are factor names. */
const isSeriesRecord = (v: unknown): v is Record<string, Series<unknown>> => isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(isDated);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
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
  issue(path: string, what: Text): void {
    const full = path ? `options.parameters.${path}` : 'options.parameters';
    this.issues.push({ path: full, message: `${full}: ${what.en}`, messages: text(`${full}: ${what.vi}`, `${full}: ${what.en}`) });
  }
}

/** A leaf value of the same kind as the law's: a decimal string for decimals, a whole number for counts, a boolean. */
function leaf(law: unknown, given: unknown, path: string, out: Collector): { ok: true; value: FactValue } | { ok: false } {
  if (typeof law === 'string' && DECIMAL.test(law)) {
    const s = typeof given === 'number' && Number.isFinite(given) ? String(given) : given;
    if (typeof s === 'string' && DECIMAL.test(s)) return { ok: true, value: s };
    out.issue(path, msg('parameters.override.expected-decimal', { got: show(given) }));
  } else if (typeof law === 'number') {
    const whole = Number.isInteger(law);
    if (typeof given === 'number' && Number.isFinite(given) && given >= 0 && (!whole || Number.isInteger(given))) return { ok: true, value: given };
    out.issue(path, msg(whole ? 'parameters.override.expected-whole-number' : 'parameters.override.expected-number', { got: show(given) }));
  } else if (typeof law === 'boolean') {
    if (typeof given === 'boolean') return { ok: true, value: given };
    out.issue(path, msg('parameters.override.expected-boolean', { got: show(given) }));
  } else {
    out.issue(path, msg('parameters.override.fixed-value'));
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
    out.issue(shown, msg('parameters.override.expected-object-with-keys', { keys: Object.keys(law).filter((k) => k !== 'citation').join(', ') }));
    return law;
  }
  const result: Node = { ...law };
  const before = out.applied.length;
  for (const [key, value] of Object.entries(given)) {
    const at = `${shown}.${key}`;
    if (key === 'citation') out.issue(at, msg('parameters.override.fixed-citation'));
    else if (!Object.prototype.hasOwnProperty.call(law, key)) out.issue(at, msg('parameters.override.unknown-key', { keys: Object.keys(law).filter((k) => k !== 'citation').join(', ') }));
    else result[key] = merge(law[key], value, `${path}.${key}`, traceKey, out, at);
  }
  const changes = out.applied.slice(before);
  if (isObject(law.citation) && changes.length > 0) result.citation = whatIfCitation(law.citation as unknown as Citation, describeChanges(changes));
  return result;
}

function describeChanges(changes: readonly AppliedOverride[]): string {
  return changes.map((c) => `${c.path} = ${show(c.value)} (${c.lawValue === null ? 'new row' : `law: ${show(c.lawValue)}`})`).join('; ');
}

/** The changes in both languages: the English words `law` and `new row` of `describeChanges` in Vietnamese. */
function changesText(changes: readonly AppliedOverride[]): Text {
  const en = describeChanges(changes);
  return text(en.replaceAll('law:', `${msg('parameters.what-if.law').vi}:`).replaceAll('new row', msg('parameters.what-if.new-row').vi), en);
}

/** A dated table: `{ "YYYY-MM-DD": value }` replaces the row starting that day, or adds a row (merged over the row then in force). */
function mergeDated(law: DatedParameter<unknown>, given: unknown, key: string, out: Collector): DatedParameter<unknown> {
  if (!isPlain(given)) {
    out.issue(key, msg('parameters.override.expected-dated-rows'));
    return law;
  }
  let rows: DatedRow<unknown>[] = [...law.rows];
  for (const [from, value] of Object.entries(given)) {
    const path = `${key}.${from}`;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(from) ? parseIsoDate(from) : null;
    if (!date) {
      out.issue(path, msg('parameters.override.row-key-not-a-date'));
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

/**
 * A factor's series: a bare value (or `{ "value": v }`) replaces the value of every row, so the case reads it at any
 * version date; `{ "YYYY-MM-DD": v }` replaces the row starting that day or adds one, read by leave date (an
 * amendment from that day). Compared with the law's value now (the last row) in the descriptions.
 */
function mergeSeries(law: Series<unknown>, given: unknown, path: string, shown: string, out: Collector): Series<unknown> {
  const now = law.rows[law.rows.length - 1];
  if (!now) return law;
  if (!isObject(given)) {
    const r = leaf(now.value, given, shown, out);
    if (!r.ok) return law;
    out.applied.push({ path, value: r.value, lawValue: now.value as FactValue, traceKey: '' });
    const change = describeChanges(out.applied.slice(-1));
    return { ...law, rows: law.rows.map((row) => ({ ...row, value: r.value, citation: whatIfCitation(row.citation, change) })) };
  }
  let result = law;
  for (const [key, value] of Object.entries(given)) {
    const at = `${shown}.${key}`;
    if (key === 'citation') out.issue(at, msg('parameters.override.fixed-citation'));
    else if (key === 'value') result = isObject(value) ? (out.issue(at, msg('parameters.override.expected-a-value')), result) : mergeSeries(result, value, `${path}.value`, at, out);
    else if (!DAY.test(key) || !parseIsoDate(key)) out.issue(at, msg('parameters.override.series-key-not-a-date'));
    else result = addSeriesRow(result, key, value, `${path}.${key}`, at, out);
  }
  return result;
}

function addSeriesRow(law: Series<unknown>, from: string, given: unknown, path: string, shown: string, out: Collector): Series<unknown> {
  const existing = law.rows.find((r) => r.from === from);
  const base = existing ?? valueAt(law, parseIsoDate(from)!) ?? law.rows[0];
  if (!base) return law;
  const r = leaf(base.value, given, shown, out);
  if (!r.ok) return law;
  out.applied.push({ path, value: r.value, lawValue: existing ? (existing.value as FactValue) : null, traceKey: '' });
  const citation = whatIfCitation(base.citation, describeChanges(out.applied.slice(-1)));
  const row: DatedRow<unknown> = existing ? { ...existing, value: r.value, citation } : { from, value: r.value, citation, readBy: 'leave-date' };
  const rows = existing ? law.rows.map((x) => (x === existing ? row : x)) : [...law.rows, row].sort((a, b) => a.from.localeCompare(b.from));
  return { ...law, rows };
}

/** A record of series given as an object: each name one series. */
function mergeSeriesRecord(law: Record<string, Series<unknown>>, given: unknown, key: string, out: Collector): Record<string, Series<unknown>> {
  const names = Object.keys(law);
  if (!isObject(given)) {
    out.issue(key, msg('parameters.override.expected-object-with-keys', { keys: names.join(', ') }));
    return law;
  }
  const result = { ...law };
  for (const [name, value] of Object.entries(given)) {
    const at = `${key}.${name}`;
    if (!Object.prototype.hasOwnProperty.call(law, name)) out.issue(at, msg('parameters.override.unknown-key', { keys: names.join(', ') }));
    else result[name] = mergeSeries(law[name]!, value, at, at, out);
  }
  return result;
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

function unknownName(name: string, base: ParameterTables, out: Collector): void {
  const names = [...Object.keys(base), ...Object.values(base).filter(isSeriesRecord).flatMap((r) => Object.keys(r))];
  // No parameter name is longer than 100 characters: a longer one is near none (and the distance would be slow).
  const near = name.length > 100 ? undefined : names.filter((n) => distance(name, n) <= 3).sort((a, b) => distance(name, a) - distance(name, b))[0];
  out.issue(name, near ? msg('parameters.override.unknown-name.near', { near }) : msg('parameters.override.unknown-name', { names: Object.keys(base).join(', ') }));
}

/**
 * Checks what-if overrides against `base` (the law's parameters) and builds the parameter set they give.
 * Unknown names and values of the wrong kind are issues whose path is `options.parameters.<name>…`.
 */
export function parseParameterOverrides(given: unknown, base: ParameterTables = lawTables): { ok: true; value: WhatIfParameters } | { ok: false; issues: OverrideIssue[] } {
  const out = new Collector();
  if (!isPlain(given)) {
    out.issue('', msg('parameters.override.expected-object'));
    return { ok: false, issues: out.issues };
  }
  const set: Node = { ...(base as unknown as Node) };
  for (const [name, value] of Object.entries(given)) {
    if (Object.prototype.hasOwnProperty.call(base, name)) {
      const law = set[name];
      set[name] = isDated(law) ? mergeDated(law, value, name, out) : isSeriesRecord(law) ? mergeSeriesRecord(law, value, name, out) : merge(law, value, name, name, out);
      continue;
    }
    const owners = Object.keys(base).filter((k) => isSeriesRecord(set[k]) && Object.prototype.hasOwnProperty.call(set[k], name));
    if (owners.length === 1) {
      const owner = owners[0]!;
      const record = set[owner] as Record<string, Series<unknown>>;
      set[owner] = { ...record, [name]: mergeSeries(record[name]!, value, `${owner}.${name}`, name, out) };
    } else if (owners.length > 1) {
      const and = msg('parameters.override.and');
      const or = msg('parameters.override.or');
      out.issue(name, msg('parameters.override.ambiguous-name', {
        owners: text(owners.join(` ${and.vi} `), owners.join(` ${and.en} `)),
        write: text(owners.map((o) => `${o}.${name}`).join(` ${or.vi} `), owners.map((o) => `{ "${o}": { "${name}": … } }`).join(` ${or.en} `)),
      }));
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
    out.issue('', msg('parameters.override.not-cloneable'));
    return { ok: false, issues: out.issues };
  }
  return { ok: true, value: { given: echo, applied, params: set as unknown as ParameterTables } };
}

/**
 * The parameter sets of a what-if run, each a view that records which overridden parameters each policy reads.
 * `params` is the tables read as the law stands now; the engine reads them again at each case's version and leave
 * dates (src/engine/context.ts `parametersFor`) and gets the view of that reading from `view`.
 */
class ParameterTrace {
  private readonly watched: ReadonlySet<string>;
  private reads = new Set<string>();
  private readonly views = new WeakMap<ParameterSet, ParameterSet>();
  readonly params: ParameterSet;

  constructor(readonly whatIf: WhatIfParameters) {
    this.watched = new Set(whatIf.applied.map((a) => a.traceKey));
    this.params = this.view(resolveParameters(whatIf.params, null, null));
    registerSource(this.params, { tables: whatIf.params, view: (set) => this.view(set) });
  }

  view(set: ParameterSet): ParameterSet {
    const known = this.views.get(set);
    if (known) return known;
    const traced: Node = {};
    for (const [key, value] of Object.entries(set)) {
      const inner = isFactorRecord(value) ? this.tracedRecord(key, value) : value;
      Object.defineProperty(traced, key, { enumerable: true, get: () => (this.read(key), inner) });
    }
    this.views.set(set, traced as unknown as ParameterSet);
    return traced as unknown as ParameterSet;
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
  /** Evaluates each policy on its own (a copy of the context with nothing evaluated yet) so that what each outcome read is known, and marks it. */
  evaluate(ctx: CaseContext, policies: readonly ((ctx: CaseContext) => Outcome)[]): Outcome[];
  /** Adds `options.parameters` and the `what-if-parameters` warning. */
  annotate(a: Assessment): Assessment;
}

/** The `what-if-parameters` warning of a run with overrides (`assess`, `assess179`, `schedule179`). */
export function whatIfWarning(whatIf: WhatIfParameters): Warning {
  return {
    code: 'what-if-parameters',
    message: msg('parameters.warning.what-if-parameters', { changes: changesText(whatIf.applied) }),
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
        const { value, reads } = trace.during(() => evaluate({ ...ctx, evaluated: {}, remembered: [] }), shared);
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
