/**
 * Reading the development outbox that `createMailer` writes when no SMTP server is configured:
 * one JSON file per mail, named `<time>-<random>.json`. An id is exactly such a name without
 * `.json`; anything else is refused, so no path can reach outside the folder.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutboxFile } from './mailer.ts';

export interface OutboxMail extends OutboxFile {
  id: string;
}

const ID = /^\d{8}T\d{6}\.\d{3}Z-[0-9a-f]{12}$/;

/** True when `id` is the name of an outbox file without `.json`. */
export function isOutboxId(id: string): boolean {
  return ID.test(id);
}

function parse(id: string, raw: string): OutboxMail | undefined {
  try {
    const data = JSON.parse(raw) as Partial<OutboxFile> | null;
    if (
      !data ||
      typeof data.to !== 'string' ||
      typeof data.subject !== 'string' ||
      typeof data.text !== 'string' ||
      typeof data.from !== 'string' ||
      typeof data.date !== 'string'
    ) {
      return undefined;
    }
    return {
      id,
      to: data.to,
      subject: data.subject,
      text: data.text,
      ...(typeof data.html === 'string' ? { html: data.html } : {}),
      from: data.from,
      date: data.date,
    };
  } catch {
    return undefined;
  }
}

/**
 * One mail, or undefined when there is no such mail. Throws when `id` is not exactly the form of
 * an outbox id (such as `../x`): such an id is never looked up.
 */
export async function readOutboxMail(dir: string, id: string): Promise<OutboxMail | undefined> {
  if (!isOutboxId(id)) throw new Error('Not an outbox mail id.');
  let raw: string;
  try {
    raw = await readFile(path.join(dir, `${id}.json`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parse(id, raw);
}

/** The newest `limit` mails, newest first; an empty list when the folder does not exist yet. */
export async function listOutbox(dir: string, limit = 50): Promise<OutboxMail[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const ids = names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter(isOutboxId)
    .sort()
    .reverse()
    .slice(0, Math.max(0, limit));
  const mails = await Promise.all(ids.map((id) => readOutboxMail(dir, id)));
  return mails.filter((m): m is OutboxMail => m !== undefined);
}
