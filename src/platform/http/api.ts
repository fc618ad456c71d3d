/**
 * The JSON API contract: every route declares its zod schemas once (path, query, JSON body,
 * response). The same schemas validate the request, type the handler and generate the OpenAPI
 * 3.1 document; a body schema becomes the operation's `requestBody`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ValidationError } from './problem.ts';

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface ApiRoute<
  P extends AnyObject,
  Q extends AnyObject,
  R extends z.ZodType,
  B extends z.ZodType = z.ZodUndefined,
> {
  method: 'GET' | 'POST';
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
  /** Error statuses this route may answer besides 400/429/500. */
  errors?: number[];
  handler: (input: {
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
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
        schema: { response: { 200: serializerSchema(route.response) } },
        handler: async (request: FastifyRequest, reply: FastifyReply) => {
          const params = parse('path', route.params, request.params);
          const query = parse('query', route.query, request.query);
          const body = parseBody(route.body, request.body);
          const result = await route.handler({ params, query, body });
          reply.type('application/json; charset=utf-8');
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
      const responses: Record<string, unknown> = {
        '200': {
          description: 'OK',
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
      for (const status of route.errors ?? []) {
        responses[String(status)] = {
          description: status === 404 ? 'Not found' : 'Error',
          content: { 'application/problem+json': { schema: problemRef } },
        };
      }
      paths[route.path] ??= {};
      paths[route.path]![route.method.toLowerCase()] = {
        operationId: route.operationId,
        summary: route.summary,
        tags: [route.tag],
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
