import { staffCaseShape } from '../../schema/staff-case.js';

/**
 * How a CSV cell is read for a field, found by looking at the zod schema of the contract, so a field
 * added to the schema is read correctly without touching the CLI.
 */
export type FieldKind =
  | { readonly kind: 'integer' }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'string' }
  | { readonly kind: 'object'; readonly fields: FieldKinds };

export type FieldKinds = ReadonlyMap<string, FieldKind>;

/** The parts of a zod (v4 core) definition we read; anything else counts as text. */
interface SchemaDef {
  readonly type?: string;
  readonly format?: string;
  readonly innerType?: unknown;
  readonly in?: unknown;
  readonly options?: readonly unknown[];
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly getter?: () => unknown;
}

const STRING: FieldKind = { kind: 'string' };
const INTEGER_FORMATS = new Set(['safeint', 'int32', 'uint32', 'int64', 'uint64']);

function defOf(schema: unknown): SchemaDef {
  const zod = schema !== null && typeof schema === 'object' ? (schema as { _zod?: { def?: unknown } })._zod : undefined;
  return zod?.def !== null && typeof zod?.def === 'object' ? (zod.def as SchemaDef) : {};
}

/** The kind of one schema: wrappers (optional, nullable, default…) are looked through. */
export function fieldKindOf(schema: unknown, depth = 0): FieldKind {
  if (depth > 20) return STRING;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'nonoptional': case 'readonly': case 'catch':
      return fieldKindOf(def.innerType, depth + 1);
    case 'pipe':
      return fieldKindOf(def.in, depth + 1);
    case 'lazy':
      return def.getter ? fieldKindOf(def.getter(), depth + 1) : STRING;
    case 'number':
      return def.format !== undefined && INTEGER_FORMATS.has(def.format) ? { kind: 'integer' } : { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'object':
      return { kind: 'object', fields: fieldKindsOf(def.shape ?? {}) };
    case 'union': {
      // A union that accepts text (a decimal as number or string) keeps the cell's text exactly.
      const kinds = (def.options ?? []).map((o) => fieldKindOf(o, depth + 1));
      if (kinds.length > 0 && kinds.every((k) => k.kind === 'integer')) return { kind: 'integer' };
      if (kinds.length > 0 && kinds.every((k) => k.kind === 'integer' || k.kind === 'number')) return { kind: 'number' };
      if (kinds.length > 0 && kinds.every((k) => k.kind === 'boolean')) return { kind: 'boolean' };
      return STRING;
    }
    default:
      return STRING;
  }
}

export function fieldKindsOf(shape: Readonly<Record<string, unknown>>): FieldKinds {
  const kinds = new Map<string, FieldKind>();
  for (const [name, schema] of Object.entries(shape)) kinds.set(name, fieldKindOf(schema));
  return kinds;
}

/** The kinds of every `StaffCase` field, nested objects (salary, retirementAge) included. */
export const staffCaseFieldKinds: FieldKinds = fieldKindsOf(staffCaseShape);
