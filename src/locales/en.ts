// Every English message, by area: the same keys as vi.ts (checked by the type and by tests/locales).
import type { vi } from './vi.js';
import { engine } from './en/engine.js';
import { schema } from './en/schema.js';
import { rules } from './en/rules.js';
import { parameters } from './en/parameters.js';
import { nd178 } from './en/nd178.js';
import { nd177 } from './en/nd177.js';
import { nd154 } from './en/nd154.js';
import { nd179 } from './en/nd179.js';

export const en: { readonly [K in keyof typeof vi]: string } = { ...engine, ...schema, ...rules, ...parameters, ...nd178, ...nd177, ...nd154, ...nd179 };
