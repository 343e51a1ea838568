// Every Vietnamese message of the library, by area: a Vietnamese reviewer reads every legal sentence here.
// The façades' own messages (vi/cli.ts, vi/sheets.ts, vi/testing.ts) are joined in src/locales/<façade>.ts.
import { engine } from './vi/engine.js';
import { schema } from './vi/schema.js';
import { rules } from './vi/rules.js';
import { parameters } from './vi/parameters.js';
import { nd178 } from './vi/nd178.js';
import { nd177 } from './vi/nd177.js';
import { nd154 } from './vi/nd154.js';
import { nd179 } from './vi/nd179.js';

export const vi = { ...engine, ...schema, ...rules, ...parameters, ...nd178, ...nd177, ...nd154, ...nd179 } as const;
