/**
 * Secrets the application must read back (TOTP seeds, identity-provider client secrets) are
 * stored sealed with AES-256-GCM under a key that is not in the database (`SECRET_KEY`), so a
 * copy of the database alone opens no account. Sealed text: `v1.<iv>.<tag>.<ciphertext>`
 * (base64url). Text without the `v1.` prefix is read as it is (stored before sealing existed).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const PREFIX = 'v1.';
/** Only outside production, when no SECRET_KEY is set: sealing still works, but is not secret. */
export const DEVELOPMENT_KEY = 'omzien-development-key-not-secret';

let key: Buffer = deriveKey(DEVELOPMENT_KEY);

export function deriveKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'omzien', 'secret-box v1', 32));
}

/** Set once at start from the configuration. */
export function configureSecretBox(secret: string): void {
  key = deriveKey(secret);
}

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${PREFIX}${iv.toString('base64url')}.${tag.toString('base64url')}.${body.toString('base64url')}`;
}

/** The plain text; throws when the text was sealed under another key or was changed. */
export function unseal(stored: string): string {
  if (!stored.startsWith(PREFIX)) return stored;
  const [iv, tag, body] = stored.slice(PREFIX.length).split('.');
  if (!iv || !tag || body === undefined) throw new Error('sealed secret is malformed');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}
