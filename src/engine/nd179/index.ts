/**
 * Decree 179/2024/NĐ-CP: attracting and employing talented people (docs/decree-179.md).
 *
 * - `assess179(input, options)`: eligibility, the allowances of the group, and each one's monthly amount on a day.
 * - `schedule179(input, { from, to, ...options })`: month-by-month amounts between two calendar dates.
 */
export { assess179, safeAssess179, type Assess179Options, type SafeAssess179Result } from './assess.js';
export { schedule179, safeSchedule179, type Schedule179Options, type SafeSchedule179Result } from './schedule.js';
export * from '../../policies/nd179/index.js';
// For the façades (vnse schedule179 echoes the defaults in its help): the option resolution assess179 uses.
export { echoNd179Options, resolveNd179Options } from './options.js';
