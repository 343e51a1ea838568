import { describe, expect, it } from 'vitest';
import { importGraph } from './import-graph.js';

/**
 * Imports run one way between the layers of src/ (issue #14). Each import of a src/ file by a src/ file is
 * an edge "importer -> imported"; LAYERS says which layers each layer may import. An edge the table forbids
 * fails the test unless it is one of KNOWN_EXCEPTIONS. The list held the edges the code had when the layers were
 * introduced (phase 1 of #14); phase 2 emptied it (the option types and the values the context carries moved into
 * the model, the what-if marking into the engine). It stays empty: a new exception needs its reason here, and a
 * gone one fails the test.
 *
 * Layers, lowest first (ORDER); a layer may import only layers at or below it, never one above:
 *   core          money, calendar dates, citations: depends on nothing
 *   i18n          text in two languages, and the messages by code (src/locales/)
 *   parameters    law as data
 *   schema/enums  the input vocabulary (staff types, groups, routes)
 *   model         the types every layer shares, the case context policies read (with the option types and the
 *                 derived values it carries), outcome constructors
 *   schema        input schemas and validation (produce the model's StaffCase)
 *   rules         shared derivations (salary, retirement age, windows, insurance)
 *   policies      one module per article, its declaration beside it; Decree 179 one per allowance (nd179/)
 *   engine        context building and options (nd179/ too), dispatch, assess, the what-if marking, top-up
 *   check         the payout-list checker (#17): rebuilds rows and calls the engine; no Node, no façade
 *   facade        cli, sheets, testing, io (the file readers), web, src/index.ts: they call the engine, never a policy
 */
const ORDER = ['core', 'i18n', 'parameters', 'schema/enums', 'model', 'schema', 'rules', 'policies', 'engine', 'check', 'facade'] as const;
type Layer = (typeof ORDER)[number];

/** The layers each layer may import (itself included); "type:x" = x only through type-only imports. */
const LAYERS: Record<Layer, readonly string[]> = {
  core: ['core'],
  i18n: ['core', 'i18n'],
  parameters: ['core', 'i18n', 'parameters'],
  'schema/enums': ['core', 'i18n', 'schema/enums'],
  // The model reads core, i18n and the input vocabulary, and the parameter set's type (the context carries it).
  model: ['core', 'i18n', 'schema/enums', 'model', 'type:parameters'],
  schema: ['core', 'i18n', 'parameters', 'schema/enums', 'type:model', 'schema'],
  rules: ['core', 'i18n', 'parameters', 'schema/enums', 'model', 'schema', 'rules'],
  // A policy never imports the engine, not even its types.
  policies: ['core', 'i18n', 'parameters', 'schema/enums', 'model', 'schema', 'rules', 'policies'],
  engine: ['core', 'i18n', 'parameters', 'schema/enums', 'model', 'schema', 'rules', 'policies', 'engine'],
  // The checker reads the parameter tables (the base-salary rows it tries) and calls the engine.
  check: ['core', 'i18n', 'parameters', 'schema/enums', 'model', 'schema', 'rules', 'engine', 'check'],
  // A façade calls the engine (and the checker), never a policy.
  facade: ['core', 'i18n', 'parameters', 'schema/enums', 'model', 'schema', 'rules', 'engine', 'check', 'facade'],
};

/** Edges the table forbids that the code has now ("importer -> imported", paths under src/). */
const KNOWN_EXCEPTIONS: readonly string[] = [
  // none (issue #14, phase 2)
];

const FACADES = new Set(['cli', 'sheets', 'testing', 'web', 'io']);

function layerOf(path: string): Layer {
  if (path === 'index.ts') return 'facade';
  if (path === 'schema/enums.ts') return 'schema/enums';
  // Messages keyed by code (src/locales/) are the i18n layer's data: every layer may read them.
  if (path.startsWith('locales/')) return 'i18n';
  const top = path.split('/')[0]!;
  if (FACADES.has(top)) return 'facade';
  if ((ORDER as readonly string[]).includes(top)) return top as Layer;
  throw new Error(`src/${path}: no layer for src/${top}/; add it to ORDER and LAYERS in tests/architecture/layers.test.ts`);
}

const allows = (importer: Layer, imported: Layer, typeOnly: boolean): boolean =>
  LAYERS[importer].includes(imported) || (typeOnly && LAYERS[importer].includes(`type:${imported}`));

const edges = importGraph();
const forbidden = [...new Set(edges.filter((e) => !allows(layerOf(e.from), layerOf(e.to), e.typeOnly)).map((e) => `${e.from} -> ${e.to}`))].sort();

describe('layers (imports run one way)', () => {
  it('reads the import graph of src/, with edges into every layer', () => {
    expect(edges.length).toBeGreaterThan(300);
    const reached = new Set(edges.map((e) => layerOf(e.to)));
    for (const layer of ORDER.filter((l) => l !== 'facade')) expect(reached.has(layer), layer).toBe(true);
  });

  it('has no forbidden import beyond the known exceptions', () => {
    const known = new Set(KNOWN_EXCEPTIONS);
    expect(forbidden.filter((e) => !known.has(e)), 'imports against the direction table (LAYERS)').toEqual([]);
  });

  it('lists no exception that is gone (remove it from KNOWN_EXCEPTIONS)', () => {
    const now = new Set(forbidden);
    expect(KNOWN_EXCEPTIONS.filter((e) => !now.has(e))).toEqual([]);
  });

  it('the table runs one way: no layer may import a layer above it (so no circle between layers)', () => {
    for (const layer of ORDER) {
      for (const entry of LAYERS[layer]) {
        const target = entry.replace(/^type:/, '') as Layer;
        expect(ORDER.indexOf(target), `${layer} may import ${entry}`).toBeGreaterThanOrEqual(0);
        expect(ORDER.indexOf(target), `${layer} may import ${entry}, which is above it`).toBeLessThanOrEqual(ORDER.indexOf(layer));
      }
    }
  });

  it('states the three rules of #14: no policy -> engine, no façade -> policy, no model -> anything above it', () => {
    expect(allows('policies', 'engine', true)).toBe(false);
    expect(allows('facade', 'policies', false)).toBe(false);
    expect(allows('facade', 'policies', true)).toBe(false);
    for (const up of ['schema', 'rules', 'policies', 'engine', 'facade'] as const) expect(allows('model', up, true), up).toBe(false);
    expect(allows('model', 'parameters', false)).toBe(false);
  });
});
