/**
 * What every feature stands on, over HTTP: health, the OpenAPI document, errors as problem+json,
 * and no 500 for any input.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbLabel, startTestApp, type TestApp } from '../test-support/test-app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(async () => {
  await t.close();
});

interface OpenApi {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters: { name: string; in: string; schema: unknown }[];
        responses: Record<string, unknown>;
      }
    >
  >;
}

describe(`platform (${dbLabel})`, () => {
  test('GET /healthz answers ok once the database is reachable', async () => {
    const res = await t.json<{ status: string }>('/healthz');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { status: 'ok' });
  });

  test('the OpenAPI 3.1 document describes every API route from the zod schemas', async () => {
    const res = await t.json<OpenApi>('/api/v1/openapi.json');
    assert.equal(res.status, 200);
    assert.equal(res.body.openapi, '3.1.0');
    const list = res.body.paths['/api/v1/interventions']?.get;
    assert.ok(list);
    const names = list.parameters.map((p) => p.name);
    for (const n of [
      'q',
      'type',
      'evidence',
      'group',
      'lonelinessType',
      'targetGroup',
      'element',
      'buildingBlock',
      'profile',
      'limit',
      'offset',
    ]) {
      assert.ok(names.includes(n), `parameter ${n}`);
    }
    assert.ok(list.responses['400'], 'documents the 400 problem');
    assert.ok(res.body.paths['/api/v1/interventions/{slug}']?.get?.responses['404']);
    assert.ok(res.body.paths['/api/v1/guide']?.get);
    const operationIds = Object.values(res.body.paths).flatMap((p) =>
      Object.values(p).map((o) => o.operationId),
    );
    assert.equal(new Set(operationIds).size, operationIds.length, 'operationIds are unique');
    // Every documented public GET without path parameters answers 200 (the guide needs its
    // group); every one that needs a session answers 401 without one.
    for (const path of Object.keys(res.body.paths)) {
      const get = res.body.paths[path]?.get as { security?: unknown } | undefined;
      if (path.includes('{') || !get) continue;
      const url = path === '/api/v1/guide' ? `${path}?group=severe` : path;
      const r = await t.get(url);
      assert.equal(r.status, get.security ? 401 : 200, url);
    }
  });

  test('API answers, also errors, carry the API security headers', async () => {
    for (const path of ['/api/v1/groups', '/api/v1/unknown', '/api/v1/interventions?limit=0']) {
      const res = await t.get(path);
      assert.equal(
        res.headers.get('content-security-policy'),
        "default-src 'none';frame-ancestors 'none'",
        path,
      );
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      await res.arrayBuffer();
    }
  });

  test('unknown API resources are 404 problem+json', async () => {
    const res = await t.json<{ status: number; title: string }>('/api/v1/unknown');
    assert.equal(res.status, 404);
    assert.match(res.type, /application\/problem\+json/);
    assert.equal(res.body.title, 'Not Found');
    const post = await t.get('/api/v1/interventions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    assert.ok(post.status === 404 || post.status === 400, String(post.status));
    assert.match(post.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  test('the validation problem type answers with what it means', async () => {
    const bad = await t.json<{ type: string }>('/api/v1/interventions?limit=0');
    const doc = await t.get(bad.body.type);
    assert.equal(doc.status, 200);
    assert.match(await doc.text(), /invalid-params/);
  });

  test('the rate limit answers 429 problem+json with a Dutch explanation', async () => {
    const limited = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i += 1) {
        last = await limited.get('/api/v1/groups');
        statuses.push(last.status);
        if (i < 3) await last.arrayBuffer();
      }
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      assert.match(last?.headers.get('content-type') ?? '', /application\/problem\+json/);
      const body = (await last?.json()) as { status: number; detail: string };
      assert.equal(body.status, 429);
      assert.match(body.detail, /Te veel verzoeken/);
      // A spoofed X-Forwarded-For does not get round the limit unless TRUST_PROXY is set.
      const spoofed = await limited.get('/api/v1/groups', {
        headers: { 'x-forwarded-for': '10.9.8.7' },
      });
      assert.equal(spoofed.status, 429);
      await spoofed.arrayBuffer();
    } finally {
      await limited.close();
    }
  });

  test('no input makes the server answer 500', async () => {
    const nasty = [
      '',
      "'",
      '%00',
      '%27%20or%201%3D1--',
      '<script>alert(1)</script>',
      'a'.repeat(5000),
      '%F0%9F%98%80',
      '\u00e9\u00e8',
      '[]',
      '{}',
      '-1',
      '1e309',
      'NaN',
      'null',
      'vriendschap:*',
      '!!',
      '(',
      '&&',
    ];
    const keys = [
      'q',
      'type',
      'evidence',
      'group',
      'limit',
      'offset',
      'profile',
      'lang',
      'page',
      'lonelinessType',
    ];
    const paths = [
      '/api/v1/interventions',
      '/api/v1/guide',
      '/kennisbank/activiteiten',
      '/wegwijzer',
      '/api/v1/groups',
    ];
    let requests = 0;
    for (const path of paths) {
      for (const key of keys) {
        for (const value of nasty) {
          const res = await t.get(
            `${path}?${key}=${encodeURIComponent(value)}&${key}=${value.replace(/[#&]/g, '')}`,
          );
          requests += 1;
          assert.ok(
            res.status < 500,
            `${path}?${key}=${value.slice(0, 40)} answered ${res.status}`,
          );
          await res.arrayBuffer();
        }
      }
    }
    for (const value of nasty) {
      const seg = encodeURIComponent(value).slice(0, 300) || 'x';
      for (const path of [
        `/api/v1/interventions/${seg}`,
        `/kennisbank/activiteiten/${seg}`,
        `/kennisbank/${seg}/${seg}`,
        `/api/v1/concepts/${seg}/${seg}`,
      ]) {
        const res = await t.get(path);
        requests += 1;
        assert.ok(res.status < 500, `${path} answered ${res.status}`);
        await res.arrayBuffer();
      }
    }
    assert.ok(requests > 900);
  });
});
