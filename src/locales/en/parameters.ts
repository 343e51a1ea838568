import type { parameters as vi } from '../vi/parameters.js';

/** English messages of the parameters area: the same keys and placeholders as vi/parameters.ts. */
export const parameters: { readonly [K in keyof typeof vi]: string } = {
  'parameters.override.ambiguous-name': 'the name is in {owners}; write {write}',
  'parameters.override.and': 'and',
  'parameters.override.expected-a-value': 'expected a value',
  'parameters.override.expected-boolean': 'expected true or false; got {got}',
  'parameters.override.expected-dated-rows': 'expected an object { "YYYY-MM-DD": value } keyed by the day the row takes effect',
  'parameters.override.expected-decimal': 'expected a non-negative decimal such as "1.0"; got {got}',
  'parameters.override.expected-number': 'expected a non-negative number; got {got}',
  'parameters.override.expected-object': 'expected an object { parameter name: value }',
  'parameters.override.expected-object-with-keys': 'expected an object with keys among {keys}',
  'parameters.override.expected-whole-number': 'expected a non-negative whole number; got {got}',
  'parameters.override.fixed-citation': 'citations cannot be overridden; an overridden value is marked as what-if',
  'parameters.override.fixed-value': 'this value cannot be overridden',
  'parameters.override.not-cloneable': 'holds a value that cannot be copied (a symbol, a function…)',
  'parameters.override.or': 'or',
  'parameters.override.row-key-not-a-date': 'the key must be the day the row takes effect, YYYY-MM-DD',
  'parameters.override.series-key-not-a-date': 'the key must be the day the row takes effect, YYYY-MM-DD (or "value")',
  'parameters.override.unknown-key': 'no such parameter; known: {keys}',
  'parameters.override.unknown-name': 'unknown parameter; a factor name (e.g. severanceRateFirst12) or one of {names}',
  'parameters.override.unknown-name.near': 'unknown parameter; did you mean "{near}"?',
  'parameters.warning.what-if-parameters': 'Computed with what-if parameter values, not the values the law fixes: {changes}',
  'parameters.what-if.law': 'law',
  'parameters.what-if.new-row': 'new row',
};
