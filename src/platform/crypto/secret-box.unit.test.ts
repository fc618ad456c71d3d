import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configureSecretBox, DEVELOPMENT_KEY, seal, unseal } from './secret-box.ts';

test('sealed secrets open with the same key only, and do not show the plain text', () => {
  configureSecretBox('a key of the installation, 32+ characters long');
  const sealed = seal('JBSWY3DPEHPK3PXP');
  assert.match(sealed, /^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
  assert.ok(!sealed.includes('JBSWY3DPEHPK3PXP'));
  assert.notEqual(seal('JBSWY3DPEHPK3PXP'), sealed, 'a new IV every time');
  assert.equal(unseal(sealed), 'JBSWY3DPEHPK3PXP');
  const [, iv, tag, body] = sealed.split('.');
  const changed = `v1.${iv}.${tag}.${body!.slice(0, -2)}AA`;
  assert.throws(() => unseal(changed));
  configureSecretBox('another key of another installation, also long');
  assert.throws(() => unseal(sealed), 'another key cannot open it');
  assert.equal(unseal('PLAINTEXTSECRET'), 'PLAINTEXTSECRET', 'stored before sealing: read as is');
  configureSecretBox(DEVELOPMENT_KEY);
});
