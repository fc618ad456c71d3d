/**
 * CSV downloads of the Monitor's tables (RFC 4180: comma-separated, CRLF, double quotes where
 * needed, UTF-8). Numbers use a decimal point so any tool reads them; an empty cell is a figure
 * that is not published. After the data, one empty line and the source lines, so a downloaded
 * file always carries its attribution.
 */

export type Cell = string | number | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? formatNumber(value) : value;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

export function toCsv(
  header: readonly string[],
  rows: readonly Cell[][],
  notes: readonly string[],
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  if (notes.length > 0) {
    lines.push('');
    for (const note of notes) lines.push(csvCell(note));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A safe file name for `content-disposition` (ASCII letters, digits, dash, dot). */
export function csvFileName(...parts: (string | number)[]): string {
  const base = parts
    .map((p) =>
      String(p)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/\+/g, 'plus')
        .replace(/[^A-Za-z0-9.-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase(),
    )
    .filter(Boolean)
    .join('-');
  return `${base || 'omzien'}.csv`;
}
