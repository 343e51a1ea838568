/**
 * Spreadsheet bundles only: zod compiles object parsers with `new Function` unless told not to. Apps
 * Script and the Office runtime are no place for generated code, so the bundles switch the JIT off
 * before any schema is built (schemas read the flag when they are created, at import time: the bundle
 * entries export `JITLESS` first, before anything that builds a schema). Never imported by the library
 * entries, where zod belongs to the host application.
 *
 * An exported value rather than a bare `import './jitless.js'`: the package declares
 * `"sideEffects": false`, and the bundler drops bare imports of such modules.
 */
import { config } from 'zod/mini';

export const JITLESS: boolean = config({ jitless: true }).jitless === true;
