import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_SEARCH_WORDS, searchWords } from './search.ts';

describe('searchWords', () => {
  test('keeps letters and digits, lowercased, without duplicates', () => {
    assert.deepEqual(searchWords('Vriendschappen, vriendschappen & 50+ ouderen!'), [
      'vriendschappen',
      '50',
      'ouderen',
    ]);
  });
  test('drops one-letter words and query syntax', () => {
    assert.deepEqual(searchWords("a & b | !c :* 'd'"), []);
    assert.deepEqual(searchWords(undefined), []);
  });
  test('keeps accented Dutch letters', () => {
    assert.deepEqual(searchWords('één-op-één'), ['één', 'op']);
  });
  test('uses at most a fixed number of words', () => {
    assert.equal(searchWords('aa bb cc dd ee ff gg hh ii jj').length, MAX_SEARCH_WORDS);
  });
});
