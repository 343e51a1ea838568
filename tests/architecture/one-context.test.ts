import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CaseContext, EngineContext, Nd179Context } from '../../src/model/context.js';
import type { Nd179Case } from '../../src/model/nd179-case.js';
import type { AssessOptions, EngineOptions, Nd179Options, ResolvedNd179Options, ResolvedOptions } from '../../src/model/options.js';
import type { StaffCase } from '../../src/model/staff-case.js';
import { buildContext } from '../../src/engine/context.js';
import { buildNd179Context } from '../../src/engine/nd179/context.js';

/**
 * One context (issue #14): every decree's context is an `EngineContext` of the model (case, options in force,
 * parameter set, warnings), every decree's options an `EngineOptions` (the what-if values), and building a
 * context or resolving options is the engine's job, never a policy's.
 */
const root = resolve(import.meta.dirname, '../..');

describe('one context', () => {
  it('the context of Decrees 177/178/154 and that of Decree 179 both extend EngineContext, built by the engine', () => {
    expectTypeOf<CaseContext>().toExtend<EngineContext<StaffCase, ResolvedOptions>>();
    expectTypeOf<Nd179Context>().toExtend<EngineContext<Nd179Case, ResolvedNd179Options>>();
    expectTypeOf(buildContext).returns.toEqualTypeOf<CaseContext>();
    expectTypeOf(buildNd179Context).returns.toEqualTypeOf<Nd179Context>();
  });

  it('both option families extend EngineOptions (the what-if values, one syntax)', () => {
    expectTypeOf<AssessOptions>().toExtend<EngineOptions>();
    expectTypeOf<Nd179Options>().toExtend<EngineOptions>();
    expectTypeOf<AssessOptions['parameters']>().toEqualTypeOf<EngineOptions['parameters']>();
    expectTypeOf<Nd179Options['parameters']>().toEqualTypeOf<EngineOptions['parameters']>();
  });

  it('no policy module builds a context or resolves options', () => {
    const files = (readdirSync(join(root, 'src/policies'), { recursive: true }) as string[]).filter((p) => p.endsWith('.ts'));
    const found = files.flatMap((p) => {
      const source = readFileSync(join(root, 'src/policies', p), 'utf8');
      return [...source.matchAll(/export (?:function|const) ((?:build\w*Context|resolve\w*Options|echo\w*Options|\w*Parameters)\b)/g)].map((m) => `${p}: ${m[1]}`);
    });
    expect(found).toEqual([]);
  });
});
