/**
 * The HTTP side of sessions: the hook that turns the session cookie into `request.actor`, and
 * setting and clearing the cookie (HttpOnly, SameSite=Lax, Secure behind https).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Db } from '../../platform/db/database.ts';
import { SESSION_COOKIE } from '../../platform/http/api.ts';
import { resolveSession, type SessionPolicy } from './sessions.ts';

export interface CookiePolicy {
  secure: boolean;
}

export function registerSessionHook(http: FastifyInstance, db: Db, policy: SessionPolicy): void {
  http.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/assets/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await resolveSession(db, token, policy);
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, cookie: CookiePolicy): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookie.secure,
  });
}

export function clearSessionCookie(reply: FastifyReply, cookie: CookiePolicy): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookie.secure,
  });
}
