/**
 * CSV for spreadsheets (RFC 4180): comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break, quotes doubled. Text that a spreadsheet would run as a
 * formula (leading =, +, -, @, tab or carriage return) is prefixed with an apostrophe, so a
 * downloaded article cannot execute anything when opened.
 */

/** A column: its header and how to read its value from a row. */
export interface CsvColumn<Row> {
	header: string;
	value: (row: Row) => string | number | boolean | null;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field, quoted and neutralised as needed. */
export function csvField(value: string | number | boolean | null): string {
	if (value === null) return '';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A whole CSV document with a header row, starting with a UTF-8 byte-order mark so that
 * spreadsheet programs read accented letters and curly quotes correctly.
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
	const lines = [columns.map((c) => csvField(c.header)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
	return `\ufeff${lines.join('\r\n')}\r\n`;
}
