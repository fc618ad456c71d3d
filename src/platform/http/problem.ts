/**
 * Errors as RFC 9457 problem details (`application/problem+json`). Domain code throws these
 * error classes; the HTTP layer turns them into answers. Nothing here imports Fastify.
 */
import type { z } from 'zod';

export interface InvalidParam {
  /** The field, as a dotted path in its location: `query.limit`, `body.answers.3`. */
  name: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  'invalid-params'?: InvalidParam[];
}

/** A request that failed validation; names each bad field. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly params: InvalidParam[]) {
    super(`Invalid input: ${params.map((p) => p.name).join(', ')}`);
  }

  /** Build from a zod error, prefixing paths with where the value came from. */
  static fromZod(location: string, error: z.ZodError): ValidationError {
    return new ValidationError(
      error.issues.flatMap((issue) => {
        const base = [location, ...issue.path.map(String)];
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({
            name: [...base, key].join('.'),
            reason: location === 'body' ? 'Unknown field' : 'Unknown parameter',
          }));
        }
        return [{ name: base.join('.'), reason: issue.message }];
      }),
    );
  }
}

/** A resource that does not exist. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(readonly what: string) {
    super(`${what} not found`);
  }
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  409: 'Conflict',
  423: 'Locked',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** A problem document for a status; `type` points into our API documentation. */
export function problem(status: number, detail?: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: status === 400 && extra['invalid-params'] ? '/api/v1/problems/validation' : 'about:blank',
    title: titles[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...extra,
  };
}
