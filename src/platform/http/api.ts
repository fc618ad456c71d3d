/**
 * The JSON API contract: every route declares its zod schemas once (path, query, JSON body,
 * response). The same schemas validate the request, type the handler and generate the OpenAPI
 * 3.1 document; a body schema becomes the operation's `requestBody`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type RequestContext, UnauthorizedError } from '../auth/actor.ts';
import { ValidationError } from './problem.ts';

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface ApiRoute<
  P extends AnyObject,
  Q extends AnyObject,
  R extends z.ZodType,
  B extends z.ZodType = z.ZodUndefined,
> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path in OpenAPI form: `/api/v1/interventions/{slug}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  /** The JSON request body (POST). Errors are named `body.<path>`; no schema, no body read. */
  body?: B;
  response: R;
  /** The success status: 200 (default), 201 (created) or 204 (no body; the handler's result is ignored). */
  status?: 200 | 201 | 202 | 204;
  /**
   * `session`: only for a logged-in caller (401 otherwise, before any validation). The handler
   * and its use case check the permission itself (403). Default `public`.
   */
  auth?: 'public' | 'session';
  /** A stricter limit for this route, in requests per minute per client address (logins). */
  rateLimitPerMinute?: number;
  /** Error statuses this route may answer besides 400/429/500 (401/403 follow from `auth`). */
  errors?: number[];
  handler: (input: {
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
    /** The caller and where the request came from. */
    context: RequestContext;
    /** The HTTP exchange, for what only HTTP has (cookies). Routes only; never pass it on. */
    http: { request: FastifyRequest; reply: FastifyReply };
  }) => Promise<z.input<R>>;
}

type RegisteredRoute = ApiRoute<AnyObject, AnyObject, z.ZodType, z.ZodType>;

/** Collects API routes, mounts them on Fastify and writes the OpenAPI document. */
export class ApiRegistry {
  private readonly routes: RegisteredRoute[] = [];

  add<
    P extends AnyObject,
    Q extends AnyObject,
    R extends z.ZodType,
    B extends z.ZodType = z.ZodUndefined,
  >(route: ApiRoute<P, Q, R, B>) {
    this.routes.push(route as unknown as RegisteredRoute);
  }

  mount(app: FastifyInstance): void {
    for (const route of this.routes) {
      app.route({
        method: route.method,
        url: route.path.replace(/\{(\w+)\}/g, ':$1'),
        // The response schema compiles into a serializer: faster than JSON.stringify, and a last
        // guard that only the contract's fields leave the server.
        schema: { response: { [route.status ?? 200]: serializerSchema(route.response) } },
        ...(route.rateLimitPerMinute
          ? { config: { rateLimit: { max: route.rateLimitPerMinute, timeWindow: '1 minute' } } }
          : {}),
        handler: async (request: FastifyRequest, reply: FastifyReply) => {
          const context = contextOf(request);
          if (route.auth === 'session' && !context.actor) throw new UnauthorizedError();
          if (route.body && request.body !== undefined && !isJson(request)) {
            // Only JSON: a cross-site HTML form cannot send it, so no CSRF through the API.
            return reply.code(415).type('application/problem+json').send({
              type: 'about:blank',
              title: 'Unsupported Media Type',
              status: 415,
              detail: 'Stuur de gegevens als JSON (content-type: application/json).',
            });
          }
          const params = parse('path', route.params, request.params);
          const query = parse('query', route.query, request.query);
          const body = parseBody(route.body, request.body);
          const result = await route.handler({
            params,
            query,
            body,
            context,
            http: { request, reply },
          });
          if (route.status === 204) return reply.code(204).send();
          reply.code(route.status ?? 200).type('application/json; charset=utf-8');
          return result;
        },
      });
    }
  }

  /** The OpenAPI 3.1 document for all registered routes. */
  openapi(info: { title: string; version: string; description: string }) {
    const paths: Record<string, Record<string, unknown>> = {};
    const problemRef = { $ref: '#/components/schemas/Problem' };
    for (const route of this.routes) {
      const parameters = [
        ...fieldsOf(route.params).map((p) => ({ ...p, in: 'path', required: true })),
        ...fieldsOf(route.query).map((p) => ({ ...p, in: 'query' })),
      ];
      const status = String(route.status ?? 200);
      const responses: Record<string, unknown> = {
        [status]:
          status === '204'
            ? { description: 'Done; no content' }
            : {
                description: status === '201' ? 'Created' : status === '202' ? 'Accepted' : 'OK',
                content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
              },
        '400': {
          description: 'Invalid input; `invalid-params` names each bad field',
          content: { 'application/problem+json': { schema: problemRef } },
        },
      };
      if (route.body) {
        responses['415'] = {
          description: 'The body is not JSON (send `content-type: application/json`)',
          content: { 'application/problem+json': { schema: problemRef } },
        };
      }
      const errorStatuses = [
        ...(route.auth === 'session' ? [401, 403] : []),
        ...(route.errors ?? []),
      ];
      for (const error of errorStatuses) {
        responses[String(error)] = {
          description: ERROR_DESCRIPTIONS[error] ?? 'Error',
          content: { 'application/problem+json': { schema: problemRef } },
        };
      }
      paths[route.path] ??= {};
      paths[route.path]![route.method.toLowerCase()] = {
        operationId: route.operationId,
        summary: route.summary,
        tags: [route.tag],
        ...(route.auth === 'session' ? { security: [{ session: [] }] } : {}),
        parameters,
        ...(route.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
              },
            }
          : {}),
        responses,
      };
    }
    return {
      openapi: '3.1.0',
      info,
      servers: [{ url: '/' }],
      paths,
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'Set by POST /api/v1/session.',
          },
        },
        schemas: {
          Problem: {
            type: 'object',
            required: ['type', 'title', 'status'],
            properties: {
              type: { type: 'string' },
              title: { type: 'string' },
              status: { type: 'integer' },
              detail: { type: 'string' },
              'invalid-params': {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['name', 'reason'],
                  properties: { name: { type: 'string' }, reason: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    };
  }
}

/** The session cookie's name (also in the OpenAPI document). */
export const SESSION_COOKIE = 'omzien_session';

const ERROR_DESCRIPTIONS: Record<number, string> = {
  401: 'Not logged in',
  403: 'Not allowed for your roles, or the second factor is missing',
  404: 'Not found',
  409: 'Conflict with the current state',
  423: 'Locked',
  429: 'Too many attempts',
  503: 'A service this needs (e-mail) did not answer',
};

function isJson(request: FastifyRequest): boolean {
  return /^application\/(.+\+)?json\b/i.test(request.headers['content-type'] ?? '');
}

/** The caller and origin of a request (the actor is set by the identity hook). */
export function contextOf(request: FastifyRequest): RequestContext {
  return {
    actor: request.actor ?? null,
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
  };
}

function parse<S extends AnyObject>(location: string, schema: S | undefined, value: unknown) {
  if (!schema) return {} as z.output<S>;
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw ValidationError.fromZod(location, result.error);
  return result.data;
}

/** The JSON body: an absent body is validated as `undefined`, so the error names `body`. */
function parseBody<B extends z.ZodType>(schema: B | undefined, value: unknown) {
  if (!schema) return undefined as z.output<B>;
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationError.fromZod('body', result.error);
  return result.data;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return rest;
}

/** The response schema in the JSON Schema dialect Fastify's serializer compiles (draft-07). */
function serializerSchema(schema: z.ZodType) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    target: 'draft-7',
  }) as Record<string, unknown>;
  return rest;
}

function fieldsOf(schema: AnyObject | undefined) {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const s = jsonSchema(field as z.ZodType, 'input');
    const description = (field as z.ZodType).description;
    return {
      name,
      ...(description ? { description } : {}),
      ...(Array.isArray(s.anyOf) || s.type === 'array' ? { style: 'form', explode: true } : {}),
      schema: s,
    };
  });
}

/** A query value that may be given once, repeated, or comma-separated; always an array after. */
export function multi<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item))
    .optional();
}
