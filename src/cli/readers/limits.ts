// The record limits moved to the format-neutral input layer (src/io/grid/limits.ts).
export { formatCount, MAX_CSV_CELLS, MAX_RECORD_CHARS } from '../../io/grid/limits.js';
