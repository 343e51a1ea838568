// The CSV record splitter moved to the format-neutral input layer (src/io/grid/), which the web page shares.
export { CsvRecordSplitter, CsvSyntaxError, type CsvRecord } from '../../io/grid/csv-records.js';
