// The roster reader: grid rows → cases, with the headings, values and row accounting of an HR list (docs/spreadsheets.md).
export { readRoster, RosterError, type RosterNotice, type RosterOptions, type RosterRecord, type RowExtra, type RowIssue, type RowSource } from './read-roster.js';
export { extraHeadings, rosterFields, rowNumberHeadings, totalRowWords, type RosterField, type ValueKind } from './fields.js';
export { matchKey } from './normalize.js';
export { readNumberText, type DateOrder } from './values.js';
