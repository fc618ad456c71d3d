import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contrastRatio } from './contrast.ts';

test('contrast ratios match WCAG examples', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
  assert.equal(contrastRatio('#777777', '#ffffff').toFixed(2), '4.48');
  assert.equal(contrastRatio('#00576b', '#ffffff') > 7, true);
});
