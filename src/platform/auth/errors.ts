/** Errors use cases throw for states HTTP answers with 409 and 423. No Fastify import. */

/** The request conflicts with what is stored (HTTP 409). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** A one-time link that is unknown, used or expired (HTTP 410 on pages, 400 in the API). */
export class InvalidLinkError extends Error {
  override name = 'InvalidLinkError';
  constructor(message = 'Deze link is niet (meer) geldig. Vraag een nieuwe aan.') {
    super(message);
  }
}

/** An account locked after too many failed logins (HTTP 423). */
export class LockedError extends Error {
  override name = 'LockedError';
}
