import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeOf, type MeasurementPoint } from './trend.ts';

const p = (
  takenOn: string,
  total: number | null,
  instrument: MeasurementPoint['instrument'] = 'djg-11',
): MeasurementPoint => ({
  id: takenOn,
  takenOn,
  instrument,
  total,
  category: total === null ? null : total >= 9 ? 'severe' : total >= 3 ? 'moderate' : 'not-lonely',
});

test('the change runs from the first to the latest measurement, in date order', () => {
  const change = changeOf([p('2026-06-01', 4), p('2026-01-10', 9), p('2026-03-01', 6)]);
  assert.deepEqual(change, {
    instrument: 'djg-11',
    from: { takenOn: '2026-01-10', total: 9, category: 'severe' },
    to: { takenOn: '2026-06-01', total: 4, category: 'moderate' },
    totalChange: -5,
    direction: 'less-lonely',
    measurements: 3,
  });
});

test('no change with fewer than two scored measurements on the same instrument', () => {
  assert.equal(changeOf([]), null);
  assert.equal(changeOf([p('2026-01-01', 5)]), null);
  assert.equal(
    changeOf([p('2026-01-01', 5), p('2026-02-01', null)]),
    null,
    'a measurement without total does not count',
  );
  assert.equal(
    changeOf([p('2026-01-01', 5, 'djg-6'), p('2026-02-01', 3)]),
    null,
    '6 and 11 items are never mixed',
  );
});

test('the latest instrument decides; worse and same are named', () => {
  const worse = changeOf([
    p('2026-01-01', 1, 'djg-6'),
    p('2026-02-01', 2),
    p('2026-03-01', 3, 'djg-6'),
    p('2026-04-01', 4),
  ]);
  assert.equal(worse?.instrument, 'djg-11');
  assert.equal(worse?.totalChange, 2);
  assert.equal(worse?.direction, 'more-lonely');
  assert.equal(changeOf([p('2026-01-01', 4), p('2026-02-01', 4)])?.direction, 'same');
});
