/** The fact keys: each once, each with a label, unit and description; the age-suffixed keys. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FACT_KEYS, isFactKey, STATLINE_FACTS } from './facts.ts';

describe('FACT_KEYS', () => {
  test('every key once, with a Dutch label, a unit and a description', () => {
    const keys = FACT_KEYS.map((f) => f.key);
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(keys.length, 10 + STATLINE_FACTS.length * 2);
    for (const f of FACT_KEYS) {
      assert.ok(f.label.length > 0 && f.description.length > 0, f.key);
      assert.ok(['count', 'percent', 'class', 'per km2'].includes(f.unit), f.key);
      assert.match(f.key, /^[a-z0-9_]+$/);
    }
  });

  test('the StatLine health indicators exist per age group, as published', () => {
    for (const base of [
      'difficulty_making_ends_meet',
      'limited_by_health',
      'high_risk_anxiety_depression',
      'control_over_life',
      'carer',
      'good_health',
    ]) {
      assert.ok(isFactKey(`${base}_18plus`), base);
      assert.ok(isFactKey(`${base}_65plus`), base);
      assert.equal(isFactKey(base), false);
    }
    const control = FACT_KEYS.find((f) => f.key === 'control_over_life_65plus');
    assert.equal(control?.label, 'Matig tot veel regie over eigen leven (65+)');
    assert.equal(isFactKey('moderate_low_control_18plus'), false);
  });
});
