/** Send a rendered HTML document. */
import type { FastifyReply } from 'fastify';

export function html(reply: FastifyReply, body: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(body);
}
