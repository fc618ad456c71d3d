/** The CSV reader: quotes, commas and line breaks in quotes, CRLF, line numbers. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CsvSyntaxError, parseCsv } from './csv.ts';

describe('parseCsv', () => {
  test('reads plain fields with LF or CRLF, empty fields, no record for a trailing break', () => {
    assert.deepEqual(parseCsv('a,b,c\n1,,3\n'), [
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '', '3'] },
    ]);
    assert.deepEqual(parseCsv('a,b\r\n1,2\r\n,\r\n'), [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['', ''] },
    ]);
    assert.deepEqual(parseCsv('x\r\ny'), [
      { line: 1, fields: ['x'] },
      { line: 2, fields: ['y'] },
    ]);
  });

  test('keeps commas, doubled quotes and line breaks inside quotes, and counts lines', () => {
    const records = parseCsv(
      'id,name\r\n1,"Nuenen, Gerwen en Nederwetten"\r\n2,"say ""hi"""\r\n3,"two\r\nlines"\r\n4,""\r\n',
    );
    assert.deepEqual(records, [
      { line: 1, fields: ['id', 'name'] },
      { line: 2, fields: ['1', 'Nuenen, Gerwen en Nederwetten'] },
      { line: 3, fields: ['2', 'say "hi"'] },
      { line: 4, fields: ['3', 'two\r\nlines'] },
      { line: 6, fields: ['4', ''] },
    ]);
  });

  test('skips a byte-order mark', () => {
    assert.deepEqual(parseCsv('\uFEFFa,b\n'), [{ line: 1, fields: ['a', 'b'] }]);
  });

  test('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    assert.throws(
      () => parseCsv('a\n"open\n'),
      (e: unknown) => e instanceof CsvSyntaxError && e.line === 2 && /never closed/.test(e.reason),
    );
    assert.throws(
      () => parseCsv('a,b\n1,"x"y\n'),
      (e: unknown) =>
        e instanceof CsvSyntaxError && e.line === 2 && /after the closing/.test(e.reason),
    );
    assert.throws(
      () => parseCsv('a,b\n1,x"y\n'),
      (e: unknown) => e instanceof CsvSyntaxError && e.line === 2,
    );
  });
});
