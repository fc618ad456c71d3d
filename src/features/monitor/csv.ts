/**
 * A small RFC 4180 CSV reader: comma-separated, fields optionally in double quotes (a quote
 * inside is doubled, commas and line breaks inside are kept), records end in CRLF or LF. Each
 * record carries the line its first field is on, so an importer can name the line of a bad value.
 */

export interface CsvRecord {
  /** The 1-based line of the file this record starts on. */
  line: number;
  fields: string[];
}

/** A file that is not CSV at all (unclosed quote, text after a closing quote). */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** Parse CSV text into records. A trailing line break does not make an empty record. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        let out = '';
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new CsvSyntaxError(quoteLine, 'a quoted field is never closed');
          const part = text.slice(i, q);
          line += countLineBreaks(part);
          out += part;
          if (text[q + 1] === '"') {
            out += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        const next = text[i];
        if (i < n && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(line, 'text after the closing quote of a field');
        }
        value = out;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break; // , \n \r
          j++;
        }
        value = text.slice(i, j);
        if (value.includes('"')) throw new CsvSyntaxError(line, 'a quote inside an unquoted field');
        i = j;
      }
      fields.push(value);
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    // End of record: CRLF, LF, a lone CR, or the end of the text.
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    records.push({ line: start, fields });
  }
  return records;
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 10) count++;
    else if (c === 13 && s.charCodeAt(k + 1) !== 10) count++;
  }
  return count;
}
