/**
 * Fastify with everything every feature stands on: security headers (helmet), rate limit, cookies, CSRF,
 * form bodies, static assets, locale per request, and errors that never leak a stack trace.
 */
import path from 'node:path';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { type Actor, ForbiddenError, UnauthorizedError } from '../auth/actor.ts';
import { ConflictError, InvalidLinkError, LockedError } from '../auth/errors.ts';
import { type Locale, resolveLocale } from '../i18n/index.ts';
import { renderErrorPage } from '../ui/error-page.tsx';
import { buildNldsCss } from '../ui/nlds-css.ts';
import { NotFoundError, problem, ValidationError } from './problem.ts';
import { apiSecurityOptions, computeSecurityHeaders, securityOptions } from './security-headers.ts';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    /** The logged-in person, set by the identity feature's hook; null when not logged in. */
    actor: Actor | null;
  }
}

export interface HttpOptions {
  logLevel: string;
  rateLimitPerMinute: number;
  /** Trust X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy: boolean;
  /** Folder with our own static assets (CSS). */
  assetsDir: string;
}

/** A URL with one-time tokens and query values taken out, fit for a log line. */
export function redactUrl(url: string): string {
  const [pathPart, query] = url.split('?', 2);
  const path = pathPart!.replace(/[A-Za-z0-9_-]{32,}/g, '[token]');
  if (!query) return path;
  const keys = query
    .split('&')
    .map((pair) => pair.split('=')[0])
    .filter(Boolean);
  return `${path}?${keys.map((k) => `${k}=…`).join('&')}`;
}

/** True when the client is asking the JSON API (errors then answer problem+json). */
export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

export async function createHttp(options: HttpOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel,
      // No personal data in logs: no client address (the audit trail keeps what is needed) and
      // no one-time tokens (invitation and reset links carry them in the path).
      serializers: {
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          url: redactUrl(req.url),
        }),
      },
      redact: ['req.headers.cookie', 'req.headers.authorization'],
    },
    trustProxy: options.trustProxy,
    bodyLimit: 1024 * 1024,
    // A query string may repeat a key (filters); Fastify then gives an array.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Errors raised before routing (a badly encoded URL, a bad content type) answer like all others.
    frameworkErrors: (error, request, rawReply) => {
      const reply = rawReply as unknown as FastifyReply;
      const status = typeof error.statusCode === 'number' ? error.statusCode : 400;
      if (isApiRequest(request)) {
        return reply
          .code(status)
          .type('application/problem+json')
          .send(problem(status, 'Het adres of het verzoek is ongeldig.'));
      }
      return reply
        .code(status)
        .type('text/html; charset=utf-8')
        .send(renderErrorPage('nl', status, '/'));
    },
  });

  const pageHeaders = computeSecurityHeaders(securityOptions);
  const apiHeaders = computeSecurityHeaders(apiSecurityOptions);
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isApiRequest(request) ? apiHeaders : pageHeaders);
    done();
  });
  if (options.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      max: options.rateLimitPerMinute,
      timeWindow: '1 minute',
      errorResponseBuilder: (_request, context) => ({
        ...problem(429, `Te veel verzoeken; probeer het over ${context.after} opnieuw.`),
        statusCode: 429,
      }),
    });
  }
  await app.register(cookie);
  await app.register(csrf, {
    cookieOpts: { signed: false, httpOnly: true, sameSite: 'strict', path: '/' },
  });
  await app.register(formbody);
  await app.register(fastifyStatic, {
    root: path.resolve(options.assetsDir),
    prefix: '/assets/',
    maxAge: '1h',
  });
  // The NL Design System component CSS, cut to what we use, compressed when the client can.
  const nlds = buildNldsCss();
  app.get('/assets/nlds.css', async (request, reply) => {
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .header('etag', nlds.etag)
      .header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === nlds.etag) return reply.code(304).send();
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      return reply.header('content-encoding', 'gzip').send(nlds.gzip);
    }
    return reply.send(nlds.body);
  });

  app.decorateRequest('locale', 'nl');
  app.decorateRequest('actor', null);
  app.addHook('onRequest', (request, reply, done) => {
    const query = request.query as Record<string, unknown>;
    const asked = typeof query.lang === 'string' ? query.lang : undefined;
    request.locale = resolveLocale(asked, request.cookies.lang);
    if (asked && asked === request.locale && asked !== request.cookies.lang) {
      reply.setCookie('lang', asked, {
        path: '/',
        sameSite: 'lax',
        httpOnly: true,
        maxAge: 60 * 60 * 24 * 365,
      });
    }
    done();
  });

  app.setNotFoundHandler((request, reply) => {
    if (isApiRequest(request)) {
      return reply
        .code(404)
        .type('application/problem+json')
        .send(problem(404, 'Deze bron bestaat niet.', { instance: request.url }));
    }
    return reply
      .code(404)
      .type('text/html; charset=utf-8')
      .send(renderErrorPage(request.locale, 404, request.url));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    let status = 500;
    let body = problem(500, 'Er ging iets mis aan onze kant.');
    if (error instanceof ValidationError) {
      status = 400;
      body = problem(400, 'Een of meer velden zijn ongeldig.', {
        'invalid-params': error.params,
      });
    } else if (error instanceof UnauthorizedError) {
      status = 401;
      body = problem(401, error.message);
      if (!isApiRequest(request) && !request.headers.accept?.includes('json')) {
        const back = encodeURIComponent(request.url);
        return reply.redirect(`/inloggen?terug=${back}`, 303);
      }
    } else if (error instanceof ForbiddenError) {
      status = 403;
      body = problem(403, error.message);
    } else if (error instanceof LockedError) {
      status = 423;
      body = problem(423, error.message);
    } else if (error instanceof ConflictError) {
      status = 409;
      body = problem(409, error.message);
    } else if (error instanceof InvalidLinkError) {
      status = 400;
      body = problem(400, error.message, {
        'invalid-params': [{ name: 'body.token', reason: error.message }],
      });
    } else if (error instanceof NotFoundError) {
      status = 404;
      body = problem(404, `${error.what} bestaat niet.`, { instance: request.url });
    } else if (error.statusCode === 429) {
      status = 429;
      body = problem(429, 'Te veel verzoeken. Probeer het over een minuut opnieuw.');
    } else if (
      typeof error.statusCode === 'number' &&
      error.statusCode >= 400 &&
      error.statusCode < 500
    ) {
      status = error.statusCode;
      const name =
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
        error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'body'
          : undefined;
      body = problem(status, error.message, {
        ...(name && status === 400 ? { 'invalid-params': [{ name, reason: error.message }] } : {}),
      });
    }
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (isApiRequest(request) || request.headers.accept?.includes('json')) {
      return reply.code(status).type('application/problem+json').send(body);
    }
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(renderErrorPage(request.locale, status, request.url));
  });

  return app;
}
