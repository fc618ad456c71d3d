/**
 * The scoring of the De Jong Gierveld scale. Every answer pattern of the 6-item scale is checked
 * against an oracle written differently (answers as agreement levels, the item lists and cut-offs
 * typed in here, not read from instruments.ts); the 11-item scale by hand-worked cases.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { type Answer, instruments, subscaleDefinitions } from './instruments.ts';
import { type AssessmentScore, scoreAssessment } from './score.ts';

/** Agreement with the statement: ja! = 2 … nee! = -2. */
const agreement: Record<Answer, number> = {
  'yes!': 2,
  yes: 1,
  'more-or-less': 0,
  no: -1,
  'no!': -2,
};
const values: (Answer | null)[] = ['yes!', 'yes', 'more-or-less', 'no', 'no!', null];

/** Negatively worded (emotional) items of the 11-item scale; the others are positive (social). */
const NEGATIVE = [2, 3, 5, 6, 9, 10];
const SHORT = [3, 4, 7, 8, 9, 10];

/** Unfavourable: (half) agreeing with a negative item, not fully agreeing with a positive one. */
function unfavourable(item: number, answer: Answer): boolean {
  return NEGATIVE.includes(item) ? agreement[answer] >= 0 : agreement[answer] <= 0;
}

function oracle6(
  answers: Record<string, Answer | null>,
  threshold: 2 | 3,
  riskFactors: number,
): AssessmentScore {
  let emotional: number | null = 0;
  let social: number | null = 0;
  let total = 0;
  let missing = 0;
  for (const item of SHORT) {
    const answer = answers[String(item)] ?? null;
    const isEmotional = NEGATIVE.includes(item);
    if (answer === null) {
      missing += 1;
      if (isEmotional) emotional = null;
      else social = null;
      continue;
    }
    const point = unfavourable(item, answer) ? 1 : 0;
    total += point;
    if (isEmotional && emotional !== null) emotional += point;
    if (!isEmotional && social !== null) social += point;
  }
  const hasTotal = missing < 2;
  let category: AssessmentScore['category'] = null;
  let group: AssessmentScore['group'] = null;
  if (hasTotal && total < 2) {
    category = 'not-lonely';
    group = riskFactors > 0 ? 'at-risk' : 'not-lonely';
  } else if (hasTotal && total < 5) {
    category = 'moderate';
    group = 'mild-moderate';
  } else if (hasTotal) {
    category = 'severe';
    group = 'severe';
  }
  const expected: AssessmentScore = {
    instrument: 'djg-6',
    total: hasTotal ? total : null,
    category,
    emotional,
    social,
    emotionallyLonely: emotional === null ? null : emotional > threshold - 1,
    sociallyLonely: social === null ? null : social > threshold - 1,
    missing,
    group,
    definition: {
      id: threshold === 2 ? 'rivm-2' : 'at-least-3',
      subscaleThreshold: threshold,
      source: subscaleDefinitions[threshold].source,
    },
  };
  if (!hasTotal)
    expected.reason = `${missing} of 6 items are missing; djg-6 has a total only when at most 1 is missing.`;
  return expected;
}

describe('scoreAssessment, 6-item scale: every answer pattern', () => {
  test('all 6^6 patterns × both thresholds × with and without risk factors match the oracle', () => {
    let checked = 0;
    const completeByTotal = new Map<number, number>();
    for (let n = 0; n < 6 ** 6; n += 1) {
      const answers: Record<string, Answer | null> = {};
      let rest = n;
      for (const item of SHORT) {
        const value = values[rest % 6] ?? null;
        rest = Math.floor(rest / 6);
        // A missing answer is sometimes null, sometimes an absent key: both count as missing.
        if (value !== null || n % 2 === 0) answers[String(item)] = value;
      }
      for (const threshold of [2, 3] as const) {
        for (const riskFactors of [0, 1]) {
          const got = scoreAssessment('djg-6', answers, {
            subscaleThreshold: threshold,
            riskFactors,
          });
          const want = oracle6(answers, threshold, riskFactors);
          if (!isDeepStrictEqual(got, want)) {
            assert.deepEqual(
              got,
              want,
              `pattern ${JSON.stringify(answers)} threshold ${threshold}`,
            );
          }
          checked += 1;
          if (threshold === 2 && riskFactors === 0 && got.missing === 0 && got.total !== null) {
            completeByTotal.set(got.total, (completeByTotal.get(got.total) ?? 0) + 1);
          }
        }
      }
    }
    assert.equal(checked, 46_656 * 4);
    // Three of the five answers are unfavourable on every item, so among the 5^6 complete
    // patterns, C(6,k)·3^k·2^(6−k) have total k.
    const binomial = [1, 6, 15, 20, 15, 6, 1];
    for (let k = 0; k <= 6; k += 1) {
      assert.equal(
        completeByTotal.get(k),
        (binomial[k] ?? 0) * 3 ** k * 2 ** (6 - k),
        `total ${k}`,
      );
    }
  });

  test('without options the threshold is 2 (RIVM) and the group ignores risk', () => {
    const answers = {
      '3': 'yes',
      '9': 'yes',
      '10': 'no',
      '4': 'yes',
      '7': 'yes',
      '8': 'yes',
    } as const;
    assert.deepEqual(scoreAssessment('djg-6', answers), oracle6(answers, 2, 0));
  });
});

/** Answers for the 11-item scale with exactly the given items unfavourable and the others favourable. */
function eleven(
  lonely: number[],
  missing: number[] = [],
  strong = false,
): Record<string, Answer | null> {
  const answers: Record<string, Answer | null> = {};
  for (let item = 1; item <= 11; item += 1) {
    if (missing.includes(item)) {
      answers[String(item)] = null;
      continue;
    }
    const negative = NEGATIVE.includes(item);
    const isLonely = lonely.includes(item);
    if (strong) answers[String(item)] = negative === isLonely ? 'yes!' : 'no!';
    else answers[String(item)] = negative === isLonely ? 'yes' : 'no';
  }
  return answers;
}

describe('scoreAssessment, 11-item scale: hand-worked cases', () => {
  test('all favourable: 0, not lonely', () => {
    const r = scoreAssessment('djg-11', eleven([]));
    assert.deepEqual(
      { ...r, definition: undefined },
      {
        instrument: 'djg-11',
        total: 0,
        category: 'not-lonely',
        emotional: 0,
        social: 0,
        emotionallyLonely: false,
        sociallyLonely: false,
        missing: 0,
        group: 'not-lonely',
        definition: undefined,
      },
    );
    assert.deepEqual(r.definition, {
      id: 'rivm-2',
      subscaleThreshold: 2,
      source: 'RIVM, Verantwoording eenzaamheid (Gezondheidsmonitor)',
    });
  });

  test('all unfavourable: 11, very severe; emotional 6, social 5', () => {
    for (const strong of [false, true]) {
      const r = scoreAssessment('djg-11', eleven([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [], strong));
      assert.equal(r.total, 11);
      assert.equal(r.category, 'very-severe');
      assert.equal(r.emotional, 6);
      assert.equal(r.social, 5);
      assert.equal(r.emotionallyLonely, true);
      assert.equal(r.sociallyLonely, true);
      assert.equal(r.group, 'severe');
      assert.equal(r.reason, undefined);
    }
  });

  test('"min of meer" always counts as lonely, on both kinds of item', () => {
    const all: Record<string, Answer> = {};
    for (let i = 1; i <= 11; i += 1) all[String(i)] = 'more-or-less';
    const r = scoreAssessment('djg-11', all);
    assert.equal(r.total, 11);
    assert.equal(r.emotional, 6);
    assert.equal(r.social, 5);
  });

  test('five-point answers: ja!/ja and nee/nee! score alike', () => {
    assert.deepEqual(
      scoreAssessment('djg-11', eleven([1, 2, 3], [], true)),
      scoreAssessment('djg-11', eleven([1, 2, 3])),
    );
    assert.equal(scoreAssessment('djg-11', eleven([1, 2, 3], [], true)).total, 3);
  });

  test('the category boundaries 2/3, 8/9, 10/11 and the groups', () => {
    const cases: [number[], string, string][] = [
      [[2, 4], 'not-lonely', 'not-lonely'],
      [[2, 4, 6], 'moderate', 'mild-moderate'],
      [[1, 2, 3, 4, 5, 6, 7, 8], 'moderate', 'mild-moderate'],
      [[1, 2, 3, 4, 5, 6, 7, 8, 9], 'severe', 'severe'],
      [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'severe', 'severe'],
      [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 'very-severe', 'severe'],
    ];
    for (const [lonely, category, group] of cases) {
      const r = scoreAssessment('djg-11', eleven(lonely));
      assert.equal(r.total, lonely.length);
      assert.equal(r.category, category, `total ${lonely.length}`);
      assert.equal(r.group, group, `total ${lonely.length}`);
    }
  });

  test('subscales: items 2,3,5,6,9,10 emotional and 1,4,7,8,11 social', () => {
    const r = scoreAssessment('djg-11', eleven([2, 3, 5, 1]));
    assert.equal(r.emotional, 3);
    assert.equal(r.social, 1);
    const s = scoreAssessment('djg-11', eleven([1, 4, 7, 8, 11]));
    assert.equal(s.emotional, 0);
    assert.equal(s.social, 5);
  });

  test('the subscale threshold: 2 (RIVM, default) or 3', () => {
    const answers = eleven([2, 9, 4, 7]);
    const rivm = scoreAssessment('djg-11', answers);
    assert.equal(rivm.emotionallyLonely, true);
    assert.equal(rivm.sociallyLonely, true);
    assert.equal(rivm.definition.id, 'rivm-2');
    const three = scoreAssessment('djg-11', answers, { subscaleThreshold: 3 });
    assert.equal(three.emotionallyLonely, false);
    assert.equal(three.sociallyLonely, false);
    assert.deepEqual(three.definition, {
      id: 'at-least-3',
      subscaleThreshold: 3,
      source: subscaleDefinitions[3].source,
    });
    const one = scoreAssessment('djg-11', eleven([2, 4]), { subscaleThreshold: 2 });
    assert.equal(one.emotionallyLonely, false);
    assert.equal(one.sociallyLonely, false);
    const threeEach = scoreAssessment('djg-11', eleven([2, 3, 5, 1, 4, 7]), {
      subscaleThreshold: 3,
    });
    assert.equal(threeEach.emotionallyLonely, true);
    assert.equal(threeEach.sociallyLonely, true);
  });

  test('two missing: total over the answered items, not extrapolated; subscales with a gap are null', () => {
    const r = scoreAssessment('djg-11', eleven([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [10, 11]));
    assert.equal(r.missing, 2);
    assert.equal(r.total, 9);
    assert.equal(r.category, 'severe');
    assert.equal(r.emotional, null);
    assert.equal(r.social, null);
    assert.equal(r.emotionallyLonely, null);
    assert.equal(r.sociallyLonely, null);
    assert.equal(r.group, 'severe');
    assert.equal(r.reason, undefined);
  });

  test('three missing: no total, no category, no group, and the reason', () => {
    const r = scoreAssessment('djg-11', eleven([1, 2, 3, 4, 5], [9, 10, 11]));
    assert.equal(r.missing, 3);
    assert.equal(r.total, null);
    assert.equal(r.category, null);
    assert.equal(r.group, null);
    assert.equal(r.social, null);
    assert.equal(r.emotional, null);
    assert.match(r.reason ?? '', /3 of 11 items are missing/);
  });

  test('one missing emotional item: emotional null, social still scored', () => {
    const r = scoreAssessment('djg-11', eleven([1, 4, 2], [3]));
    assert.equal(r.missing, 1);
    assert.equal(r.total, 3);
    assert.equal(r.emotional, null);
    assert.equal(r.emotionallyLonely, null);
    assert.equal(r.social, 2);
    assert.equal(r.sociallyLonely, true);
  });

  test('an absent key counts as missing, like null', () => {
    const withNull = eleven([2], [5]);
    const { '5': _five, ...without } = withNull;
    assert.deepEqual(scoreAssessment('djg-11', without), scoreAssessment('djg-11', withNull));
    const none = scoreAssessment('djg-11', {});
    assert.equal(none.missing, 11);
    assert.equal(none.total, null);
  });

  test('risk factors turn not lonely into at risk, and nothing else', () => {
    assert.equal(scoreAssessment('djg-11', eleven([2]), { riskFactors: 1 }).group, 'at-risk');
    assert.equal(scoreAssessment('djg-11', eleven([2]), { riskFactors: 0 }).group, 'not-lonely');
    assert.equal(
      scoreAssessment('djg-11', eleven([2, 3, 4]), { riskFactors: 3 }).group,
      'mild-moderate',
    );
    assert.equal(scoreAssessment('djg-11', {}, { riskFactors: 2 }).group, null);
  });

  test('items and answers the instrument does not have are refused', () => {
    assert.throws(() => scoreAssessment('djg-11', { '12': 'yes' }), RangeError);
    assert.throws(() => scoreAssessment('djg-11', { '03': 'yes' }), RangeError);
    assert.throws(() => scoreAssessment('djg-6', { '1': 'yes' }), RangeError);
    assert.throws(
      () => scoreAssessment('djg-11', { '1': 'maybe' as unknown as Answer }),
      RangeError,
    );
  });
});

describe('scoreAssessment, 6-item scale: boundaries', () => {
  const six = (lonely: number[], missing: number[] = []) => {
    const all = eleven(lonely, missing);
    return Object.fromEntries(SHORT.map((i) => [String(i), all[String(i)] ?? null]));
  };
  test('1/2 and 4/5, and severe is the top category', () => {
    const cases: [number[], string][] = [
      [[], 'not-lonely'],
      [[3], 'not-lonely'],
      [[3, 4], 'moderate'],
      [[3, 4, 7, 8], 'moderate'],
      [[3, 4, 7, 8, 9], 'severe'],
      [[3, 4, 7, 8, 9, 10], 'severe'],
    ];
    for (const [lonely, category] of cases) {
      const r = scoreAssessment('djg-6', six(lonely));
      assert.equal(r.total, lonely.length);
      assert.equal(r.category, category, `total ${lonely.length}`);
    }
  });
  test('one missing gives a total, two do not', () => {
    assert.equal(scoreAssessment('djg-6', six([3, 4], [9])).total, 2);
    const two = scoreAssessment('djg-6', six([3, 4], [9, 7]));
    assert.equal(two.total, null);
    assert.match(two.reason ?? '', /2 of 6 items are missing/);
  });
  test('subscales: 3, 9, 10 emotional and 4, 7, 8 social (0–3 each)', () => {
    const r = scoreAssessment('djg-6', six([3, 9, 10, 4]));
    assert.equal(r.emotional, 3);
    assert.equal(r.social, 1);
    assert.equal(r.emotionallyLonely, true);
    assert.equal(r.sociallyLonely, false);
  });
});

describe('the instrument data', () => {
  test('subscales and polarity follow the wording', () => {
    for (const item of instruments['djg-11'].items) {
      const negative = NEGATIVE.includes(item.number);
      assert.equal(item.subscale, negative ? 'emotional' : 'social', `item ${item.number}`);
      assert.equal(item.polarity, negative ? 'negative' : 'positive', `item ${item.number}`);
    }
    assert.deepEqual(
      instruments['djg-6'].items.map((i) => i.number),
      SHORT,
    );
  });

  test('cut-offs cover every total from 0 to the number of items, without gaps', () => {
    for (const instrument of Object.values(instruments)) {
      let next = 0;
      for (const c of instrument.cutOffs) {
        assert.equal(c.from, next, instrument.id);
        assert.ok(c.to >= c.from);
        next = c.to + 1;
      }
      assert.equal(next, instrument.items.length + 1, instrument.id);
    }
  });

  test('the Dutch wording and the introduction are the Gezondheidsmonitor text', () => {
    const items = instruments['djg-11'].items;
    assert.equal(
      items[0]?.text.nl,
      'Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan',
    );
    assert.equal(items[9]?.text.nl, 'Vaak voel ik me in de steek gelaten');
    assert.equal(
      items[10]?.text.nl,
      'Wanneer ik daar behoefte aan heb, kan ik altijd bij mijn vrienden terecht',
    );
    assert.equal(
      instruments['djg-6'].intro.nl,
      'Wilt u van elk van de volgende uitspraken aangeven in hoeverre die op u, zoals u de laatste tijd bent, van toepassing is?',
    );
    for (const item of items) assert.doesNotMatch(item.text.nl, /[.?]$/);
  });
});
