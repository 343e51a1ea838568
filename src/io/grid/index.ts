// The grid reader: a file → rows of raw cells with the row numbers Excel shows (src/io/grid/grid.ts).
export { cellText, columnLetter, GridSyntaxError, isBlankRow, type BooleanCell, type DateCell, type GridCell, type GridRow, type NumberCell } from './grid.js';
export { csvDelimiters, csvGrid, sniffDelimiter, type CsvDelimiter, type CsvGridOptions } from './csv-grid.js';
export { numberText, xlsxCell, xlsxGridFromBytes, xlsxGridFromStream } from './xlsx-grid.js';
export { formatCount, MAX_CSV_CELLS, MAX_RECORD_CHARS } from './limits.js';
