// CSV for Dutch spreadsheet users: semicolon-separated (Excel's default with
// a Dutch locale, where the comma is the decimal separator), quoted per
// RFC 4180, UTF-8 with a byte order mark so accents survive.

export type CsvCell = string | number | null | undefined;

function cell(value: CsvCell): string {
  const text = value === null || value === undefined ? "" : String(value);
  // Formula injection: a cell starting with = + - @ is shown as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}
