import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MemoCache } from './cache.ts';

describe('MemoCache', () => {
  test('loads once per key, also for simultaneous misses', async () => {
    const cache = new MemoCache<number>(10);
    let loads = 0;
    const load = async () => {
      loads += 1;
      return 42;
    };
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    assert.equal(a, 42);
    assert.equal(b, 42);
    assert.equal(await cache.get('k', load), 42);
    assert.equal(loads, 1);
  });

  test('forgets a failed load so the next call tries again', async () => {
    const cache = new MemoCache<number>(10);
    await assert.rejects(cache.get('k', async () => Promise.reject(new Error('down'))));
    assert.equal(await cache.get('k', async () => 7), 7);
  });

  test('drops the least recently used entry when full', async () => {
    const cache = new MemoCache<string>(2);
    await cache.get('a', async () => 'a');
    await cache.get('b', async () => 'b');
    await cache.get('a', async () => 'not loaded again');
    await cache.get('c', async () => 'c');
    assert.equal(cache.size, 2);
    assert.equal(await cache.get('a', async () => 'reloaded'), 'a', 'a was used recently');
    assert.equal(await cache.get('b', async () => 'reloaded'), 'reloaded', 'b was dropped');
  });

  test('clear empties it', async () => {
    const cache = new MemoCache<number>(2);
    await cache.get('a', async () => 1);
    cache.clear();
    assert.equal(cache.size, 0);
    assert.equal(await cache.get('a', async () => 2), 2);
  });
});
