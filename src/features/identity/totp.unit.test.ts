import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  base32Decode,
  base32Encode,
  hotp,
  newTotpSecret,
  otpauthUri,
  totpAt,
  verifyTotp,
} from './totp.ts';

// RFC 6238 appendix B (SHA-1): secret "12345678901234567890", 8-digit codes.
const RFC_SECRET = Buffer.from('12345678901234567890');
const vectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

test('HOTP over 30-second steps matches the RFC 6238 test vectors', () => {
  for (const [seconds, code] of vectors) {
    assert.equal(hotp(RFC_SECRET, Math.floor(seconds / 30), 8), code, `at T=${seconds}`);
  }
});

test('base32 round-trips and matches RFC 4648 examples', () => {
  assert.equal(base32Encode(Buffer.from('foobar')), 'MZXW6YTBOI');
  assert.equal(base32Decode('MZXW6YTBOI').toString(), 'foobar');
  const secret = newTotpSecret();
  assert.match(secret, /^[A-Z2-7]{32}$/);
  assert.equal(base32Encode(base32Decode(secret)), secret);
});

test('a code is accepted for now and one step either side, never for a used step', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 30, 12, 0, 10);
  const code = totpAt(secret, now);
  const step = verifyTotp(secret, code, now, null);
  assert.equal(step, Math.floor(now / 30000));
  assert.equal(verifyTotp(secret, totpAt(secret, now - 30000), now, null), step! - 1);
  assert.equal(verifyTotp(secret, totpAt(secret, now + 30000), now, null), step! + 1);
  assert.equal(verifyTotp(secret, totpAt(secret, now - 90000), now, null), null);
  assert.equal(verifyTotp(secret, code, now, step), null, 'replay refused');
  assert.equal(verifyTotp(secret, '12345', now, null), null);
  assert.equal(verifyTotp(secret, 'abcdef', now, null), null);
});

test('the otpauth address names issuer and account', () => {
  const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'a@b.nl', 'Omzien Groningen');
  assert.equal(
    uri,
    'otpauth://totp/Omzien%20Groningen%3Aa%40b.nl?secret=JBSWY3DPEHPK3PXP&issuer=Omzien%20Groningen&algorithm=SHA1&digits=6&period=30',
  );
});
