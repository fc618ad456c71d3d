import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apiSecurityOptions, computeSecurityHeaders, securityOptions } from './security-headers.ts';

describe('security headers', () => {
  test('are helmet’s, with our content security policy', () => {
    const h = computeSecurityHeaders(securityOptions);
    assert.match(h['content-security-policy'] ?? '', /default-src 'self'/);
    assert.match(h['content-security-policy'] ?? '', /frame-ancestors 'none'/);
    assert.match(h['content-security-policy'] ?? '', /form-action 'self'/);
    assert.equal(h['x-content-type-options'], 'nosniff');
    assert.equal(h['referrer-policy'], 'no-referrer');
    assert.match(h['strict-transport-security'] ?? '', /max-age=\d+/);
    assert.equal(h['x-powered-by'], undefined);
  });

  test('JSON answers get the API set: nothing may load or frame them', () => {
    const h = computeSecurityHeaders(apiSecurityOptions);
    assert.equal(h['content-security-policy'], "default-src 'none';frame-ancestors 'none'");
    assert.equal(h['x-frame-options'], 'DENY');
    assert.equal(h['x-content-type-options'], 'nosniff');
    assert.equal(h['referrer-policy'], 'no-referrer');
    assert.match(h['strict-transport-security'] ?? '', /max-age=\d+/);
    assert.equal(h['x-xss-protection'], undefined);
  });
});

test('log lines carry no one-time tokens and no query values', async () => {
  const { redactUrl } = await import('./server.ts');
  assert.equal(
    redactUrl('/uitnodiging/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ'),
    '/uitnodiging/[token]',
  );
  assert.equal(
    redactUrl('/kennisbank/activiteiten?q=rouw&type=meeting'),
    '/kennisbank/activiteiten?q=…&type=…',
  );
  assert.equal(redactUrl('/healthz'), '/healthz');
});
