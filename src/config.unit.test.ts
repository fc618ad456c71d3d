import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  test('has defaults for everything', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.dataDir, './data');
    assert.equal(c.databaseUrl, undefined);
    assert.equal(c.baseUrl, 'http://localhost:3000');
    assert.equal(c.logLevel, 'info');
  });

  test('reads and converts the environment; empty values count as unset', () => {
    const c = loadConfig({
      PORT: '8080',
      DATA_DIR: '/var/omzien',
      DATABASE_URL: 'postgres://u@db/omzien',
      BASE_URL: 'https://omzien.example.nl/',
      LOG_LEVEL: 'warn',
      HOST: '',
    });
    assert.equal(c.port, 8080);
    assert.equal(c.dataDir, '/var/omzien');
    assert.equal(c.databaseUrl, 'postgres://u@db/omzien');
    assert.equal(c.baseUrl, 'https://omzien.example.nl');
    assert.equal(c.host, '127.0.0.1');
  });

  test('fails with a readable message naming every bad variable', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /PORT/);
        assert.match(error.message, /DATABASE_URL: moet beginnen met postgres:\/\//);
        assert.match(error.message, /LOG_LEVEL/);
        return true;
      },
    );
  });
});
