/**
 * Sending mail: through an SMTP server (nodemailer) when SMTP_URL is set, otherwise into a local
 * outbox folder, one JSON file per mail, for development (see `outbox.ts`). No Fastify here.
 * Nothing is logged: the recipient and the body (which may hold an invitation link) are personal
 * or secret, and the errors thrown have every e-mail address in them replaced.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTransport } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  send(mail: Mail): Promise<void>;
  close(): Promise<void>;
}

/** What an outbox file holds. */
export interface OutboxFile {
  to: string;
  subject: string;
  text: string;
  html?: string;
  from: string;
  /** ISO 8601, when the mail was written. */
  date: string;
}

/** Connect, greet, socket inactivity and DNS: each at most this long. */
const TIMEOUT_MS = 10_000;

// One address, no display name: local part, @, a domain with at least one dot. No spaces, no
// angle brackets, no commas or semicolons (so never two addresses), no control characters.
const ADDRESS =
  /^[^\s@<>()[\]\\,;:"\p{Cc}]+@[^\s@<>()[\]\\,;:"\p{Cc}]+\.[^\s@<>()[\]\\,;:"\p{Cc}.]+$/u;

/** True when `value` is one plain e-mail address such as `naam@gemeente.nl`. */
export function isEmailAddress(value: string): boolean {
  if (value.length > 254 || !ADDRESS.test(value)) return false;
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return (
    local.length <= 64 &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    domain.split('.').every((label) => label.length > 0 && label.length <= 63)
  );
}

function checkMail(mail: Mail): void {
  if (typeof mail.to !== 'string' || !isEmailAddress(mail.to)) {
    throw new Error('Mail not sent: "to" is not a valid e-mail address.');
  }
}

/** An error message without any e-mail address in it. */
function redact(message: string): string {
  return message.replace(/[^\s<>()[\]\\,;:"'@]+@[^\s<>()[\]\\,;:"'@]+/g, '<address>');
}

function smtpMailer(smtpUrl: string, from: string): Mailer {
  // The URL's own options (smtps://, ?ignoreTLS=true, ?requireTLS=true,
  // ?tls.rejectUnauthorized=false, ?socketTimeout=…) win over these defaults. Never pooled:
  // one connection per mail, closed afterwards. No logger: nodemailer then logs nothing.
  const transport = createTransport(
    new SMTPTransport({
      url: smtpUrl,
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
      dnsTimeout: TIMEOUT_MS,
      logger: false,
      debug: false,
    }),
  );
  return {
    kind: 'smtp',
    async send(mail) {
      checkMail(mail);
      try {
        await transport.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html !== undefined ? { html: mail.html } : {}),
        });
      } catch (error) {
        const e = error as { message?: unknown; code?: unknown; responseCode?: unknown };
        const failure = new Error(
          `Mail not sent: ${redact(typeof e.message === 'string' ? e.message : String(error))}`,
        ) as Error & { code?: unknown; responseCode?: unknown };
        if (e.code !== undefined) failure.code = e.code;
        if (e.responseCode !== undefined) failure.responseCode = e.responseCode;
        throw failure;
      }
    },
    async close() {
      transport.close();
    },
  };
}

/** `20261130T132439.123Z`: ISO 8601 (basic format), sorts by time, safe in any file name. */
function fileTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '');
}

function outboxMailer(outboxDir: string, from: string): Mailer {
  return {
    kind: 'outbox',
    async send(mail) {
      checkMail(mail);
      const now = new Date();
      const id = `${fileTime(now)}-${randomBytes(6).toString('hex')}`;
      const body: OutboxFile = {
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html !== undefined ? { html: mail.html } : {}),
        from,
        date: now.toISOString(),
      };
      // The mail may hold an invitation link: only the owner may read it.
      await mkdir(outboxDir, { recursive: true, mode: 0o700 });
      const file = path.join(outboxDir, `${id}.json`);
      const partial = `${file}.partial`;
      await writeFile(partial, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
      await rename(partial, file);
    },
    async close() {},
  };
}

/** An SMTP mailer when `smtpUrl` is given, otherwise one that writes into `outboxDir`. */
export function createMailer(options: {
  smtpUrl?: string | undefined;
  from: string;
  outboxDir: string;
}): Mailer {
  return options.smtpUrl
    ? smtpMailer(options.smtpUrl, options.from)
    : outboxMailer(options.outboxDir, options.from);
}
