/**
 * Random tokens and their stored form. A token (session, invitation, reset link) is shown to its
 * holder once; the database keeps only its SHA-256, so a copy of the database opens nothing.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A token as it may arrive in a URL or cookie: base64url of 32 bytes. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
