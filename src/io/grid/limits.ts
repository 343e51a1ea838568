/**
 * Bounds on one record of the input, so a hostile or broken file costs a bounded amount of memory and
 * ends as an error entry for that record, the records after it still read (docs/cli.md "Limits").
 * A real case is a few hundred characters; these leave room for a thousand times that.
 */

/** The longest JSON Lines line, JSON array element or CSV row, in characters (UTF-16 code units): 1 MiB. */
export const MAX_RECORD_CHARS = 1_048_576;

/** The most cells in one CSV row (the header included): the contract has far fewer fields. */
export const MAX_CSV_CELLS = 1_000;

export const formatCount = (n: number): string => n.toLocaleString('en-US');
