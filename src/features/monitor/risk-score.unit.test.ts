import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { factorStats, MIN_AREAS, type RiskInput, scoreAreas } from './risk-score.ts';

const close = (a: number, b: number, msg?: string) =>
  assert.ok(Math.abs(a - b) < 1e-9, `${msg ?? ''} ${a} ≠ ${b}`);

describe('factorStats', () => {
  test('mean and population sd per factor; factors with fewer than MIN_AREAS values are left out', () => {
    const areas: RiskInput[] = [
      { code: 'A', name: 'A', values: { lonely: 40, limited_by_health: 10 } },
      { code: 'B', name: 'B', values: { lonely: 50, limited_by_health: null } },
      { code: 'C', name: 'C', values: { lonely: 60 } },
    ];
    const stats = factorStats(areas);
    assert.equal(MIN_AREAS, 3);
    assert.deepEqual(
      stats.map((s) => s.factor),
      ['lonely'],
    );
    close(stats[0]!.mean, 50);
    close(stats[0]!.sd, Math.sqrt(200 / 3));
  });
});

describe('scoreAreas', () => {
  test('loneliness only: the score is the z-score, highest first', () => {
    const results = scoreAreas([
      { code: 'A', name: 'A', values: { lonely: 40 } },
      { code: 'B', name: 'B', values: { lonely: 50 } },
      { code: 'C', name: 'C', values: { lonely: 60 } },
    ]);
    const sd = Math.sqrt(200 / 3);
    assert.deepEqual(
      results.map((r) => r.code),
      ['C', 'B', 'A'],
    );
    close(results[0]!.score, 10 / sd);
    close(results[1]!.score, 0);
    close(results[2]!.score, -10 / sd);
    assert.equal(results[0]!.top[0]!.factor, 'lonely');
    assert.equal(results[2]!.top.length, 0, 'a factor that lowers the score is no reason');
  });

  test('weights: loneliness counts double; contributions add up to the score', () => {
    // Two factors with the same spread: lonely (w 2) and difficulty (w 1).
    const areas: RiskInput[] = [
      { code: 'A', name: 'A', values: { lonely: 1, difficulty_making_ends_meet: 3 } },
      { code: 'B', name: 'B', values: { lonely: 2, difficulty_making_ends_meet: 2 } },
      { code: 'C', name: 'C', values: { lonely: 3, difficulty_making_ends_meet: 1 } },
    ];
    const sd = Math.sqrt(2 / 3);
    const [c, b, a] = scoreAreas(areas);
    assert.equal(c!.code, 'C');
    // C: z_lonely = +1/sd, z_difficulty = −1/sd → (2 − 1)/3 / sd
    close(c!.score, 1 / 3 / sd);
    close(a!.score, -1 / 3 / sd);
    close(b!.score, 0);
    for (const r of [a!, b!, c!]) {
      close(
        r.contributions.reduce((s, x) => s + x.contribution, 0),
        r.score,
        r.code,
      );
    }
    assert.deepEqual(
      c!.top.map((t) => t.factor),
      ['lonely'],
    );
    assert.deepEqual(
      a!.top.map((t) => t.factor),
      ['difficulty_making_ends_meet'],
    );
    assert.match(a!.top[0]!.sentence, /moeite met rondkomen dan gemiddeld in de gemeente/);
  });

  test('control over life counts inverted: less control is more risk', () => {
    const results = scoreAreas([
      { code: 'A', name: 'A', values: { control_over_life: 80 } },
      { code: 'B', name: 'B', values: { control_over_life: 90 } },
      { code: 'C', name: 'C', values: { control_over_life: 100 } },
    ]);
    assert.equal(results[0]!.code, 'A');
    assert.ok(results[0]!.score > 0);
    assert.equal(results[0]!.top[0]!.factor, 'control_over_life');
  });

  test('a missing value is left out of that area’s mean, not counted as average', () => {
    const results = scoreAreas([
      { code: 'A', name: 'A', values: { lonely: 40, severely_lonely: 10 } },
      { code: 'B', name: 'B', values: { lonely: 50, severely_lonely: 10 } },
      { code: 'C', name: 'C', values: { lonely: 60, severely_lonely: 10 } },
      { code: 'D', name: 'D', values: { lonely: 60, severely_lonely: null } },
    ]);
    const d = results.find((r) => r.code === 'D')!;
    const c = results.find((r) => r.code === 'C')!;
    assert.equal(d.contributions.length, 1);
    // D has only lonely; C also has severely_lonely with z = 0 (sd 0), which halves its score.
    close(c.score * 2, d.score);
  });

  test('at most three reasons, biggest first; areas with no usable factor are left out', () => {
    const areas: RiskInput[] = [
      {
        code: 'X',
        name: 'X',
        values: {
          lonely: 60,
          severely_lonely: 20,
          difficulty_making_ends_meet: 30,
          limited_by_health: 40,
          high_risk_anxiety_depression: 15,
          control_over_life: 70,
        },
      },
      ...['A', 'B', 'C'].map((code) => ({
        code,
        name: code,
        values: {
          lonely: 45,
          severely_lonely: 10,
          difficulty_making_ends_meet: 10,
          limited_by_health: 30,
          high_risk_anxiety_depression: 5,
          control_over_life: 90,
        },
      })),
      { code: 'E', name: 'E', values: {} },
    ];
    const [x] = scoreAreas(areas);
    assert.equal(x!.code, 'X');
    assert.equal(x!.top.length, 3);
    assert.deepEqual(x!.top.map((t) => t.factor).slice(0, 2), ['lonely', 'severely_lonely']);
    assert.ok(x!.top[0]!.contribution >= x!.top[1]!.contribution);
    assert.equal(
      scoreAreas(areas).find((r) => r.code === 'E'),
      undefined,
    );
  });
});
