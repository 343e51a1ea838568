// Every Vietnamese message, by area: a Vietnamese reviewer reads every legal sentence here.
import { engine } from './vi/engine.js';
import { schema } from './vi/schema.js';
import { rules } from './vi/rules.js';
import { parameters } from './vi/parameters.js';
import { nd178 } from './vi/nd178.js';
import { nd177 } from './vi/nd177.js';
import { nd179 } from './vi/nd179.js';
import { cli } from './vi/cli.js';
import { sheets } from './vi/sheets.js';
import { testing } from './vi/testing.js';

export const vi = { ...engine, ...schema, ...rules, ...parameters, ...nd178, ...nd177, ...nd179, ...cli, ...sheets, ...testing } as const;
