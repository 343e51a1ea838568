import { readNumberText } from '../io/roster/index.js';
import { allFields, type FieldSpec } from './fields.js';

/** What the form holds: each field's text as typed, by contract path; empty fields are absent. */
export type FormValues = Readonly<Record<string, string>>;

/**
 * The form's text → a contract case. Numbers are read as the roster reader reads a cell an officer typed
 * (src/io/roster/values.ts, decision E23): "4,65" and "4.65" are 4.65, "15.356.250" is 15356250; "1.234", where
 * one separator stands before exactly three digits, could be either and is refused (`ambiguous`), never
 * guessed. A month count that is a plain integer becomes a number (the schema wants an integer). Anything else
 * goes to the library's validator as typed and is refused there with the field's own message. Coefficients,
 * percents and amounts stay decimal strings (the contract accepts them; no float is made).
 */
export function caseFromValues(values: FormValues): Record<string, unknown> {
  return readForm(values).input;
}

/** The case, and the fields whose number could be read two ways (the page shows them as errors). */
export function readForm(values: FormValues): { input: Record<string, unknown>; ambiguous: string[] } {
  const ambiguous: string[] = [];
  const out: Record<string, unknown> = {};
  for (const f of allFields) {
    const raw = values[f.path];
    if (raw === undefined || raw.trim() === '') continue;
    const text = raw.trim();
    let value: unknown = valueOf(f, text);
    if (f.kind === 'decimal' || f.kind === 'vnd') {
      const read = readNumberText(text);
      if (read.ok) value = read.text;
      else if (read.ambiguous !== undefined) ambiguous.push(f.path);
    }
    const [group, leaf] = splitPath(f.path);
    if (leaf === undefined) out[group] = value;
    else ((out[group] ??= {}) as Record<string, unknown>)[leaf] = value;
  }
  return { input: out, ambiguous };
}

/** `salary.coefficient` → ["salary", "coefficient"]; a field of the case itself → [name]. */
function splitPath(path: string): [string, string?] {
  const dot = path.indexOf('.');
  return dot < 0 ? [path] : [path.slice(0, dot), path.slice(dot + 1)];
}

function valueOf(f: FieldSpec, text: string): unknown {
  if (f.kind === 'months' && /^\d{1,4}$/.test(text)) return Number(text);
  // A yes/no select holds "true" or "false"; anything else (a hand-edited link) goes to the validator as typed.
  if (f.kind === 'yes-no' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** A case (as in a golden file) → the form's text, for tests and for the link. */
export function valuesFromCase(c: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of allFields) {
    const [group, leaf] = splitPath(f.path);
    const v = leaf === undefined ? c[group] : (c[group] as Record<string, unknown> | undefined)?.[leaf];
    if (v !== undefined && v !== null) out[f.path] = String(v);
  }
  return out;
}

/**
 * The shareable link: the form's values after the "#", never in the query, so a browser sends none of it to
 * any server (the fragment is not part of an HTTP request). `lang` and the what-if `parameters` ride along.
 */
export function fragmentFromValues(values: FormValues, extra: Readonly<Record<string, string>> = {}): string {
  const params = new URLSearchParams();
  params.set('v', '1');
  for (const f of allFields) {
    const v = values[f.path];
    if (v !== undefined && v.trim() !== '') params.set(f.path, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v !== '') params.set(k, v);
  return params.toString();
}

export function valuesFromFragment(fragment: string): { values: Record<string, string>; extra: Record<string, string> } {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const known = new Set(allFields.map((f) => f.path));
  const values: Record<string, string> = {};
  const extra: Record<string, string> = {};
  for (const [k, v] of params) {
    if (k === 'v') continue;
    if (known.has(k)) values[k] = v;
    else extra[k] = v;
  }
  return { values, extra };
}
