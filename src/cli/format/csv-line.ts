/** One CSV line (RFC 4180): a cell is quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A plain decimal number (amounts, counts, coefficients): a spreadsheet reads it as a number, never a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV Injection"): a cell beginning with `=`, `+`, `-`,
 * `@`, tab or carriage return. Such a cell — an id, a name, an echoed heading or message — gets a single
 * quote in front, so Excel and LibreOffice show it as text, and is quoted. Plain numbers are left as they
 * are (a negative number is not a formula, and amount columns must stay numbers).
 */
function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value) ? `"'${value.replace(/"/g, '""')}"` : '';
}

export function csvCell(value: string): string {
  const safe = neutralised(value);
  if (safe) return safe;
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
