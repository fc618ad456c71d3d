/**
 * A local SMTP server for tests: 127.0.0.1, a free port, no authentication, no TLS. Every mail it
 * receives is parsed just enough for assertions: envelope sender and recipients, the decoded
 * subject (RFC 2047) and the decoded text/plain part (quoted-printable or base64, also inside
 * multipart/alternative or multipart/mixed), the way nodemailer writes them. Line endings of the
 * decoded text are `\n`.
 */
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope sender (MAIL FROM). */
  from: string;
  /** Envelope recipients (RCPT TO). */
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /** Header fields, lower-case names, unfolded and decoded (the last one wins). */
  headers: Record<string, string>;
  /** The message as received, line endings as sent. */
  raw: string;
}

export interface LocalSmtpServer {
  /** For `createMailer({ smtpUrl })`: `smtp://127.0.0.1:<port>`. */
  url: string;
  messages: ReceivedMail[];
  waitFor(predicate: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

interface Part {
  headers: Record<string, string>;
  /** The body as a binary string: one character per byte, line endings `\n`. */
  body: string;
}

function bytes(binary: string): Buffer {
  return Buffer.from(binary, 'latin1');
}

function decodeCharset(data: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(data);
  } catch {
    return data.toString('utf8');
  }
}

/** RFC 2047 encoded words; adjacent words are joined before decoding (a character may span them). */
export function decodeWords(value: string): string {
  const word = /=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/g;
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  let out = '';
  let last = 0;
  let pending: { charset: string; data: Buffer[] } | undefined;
  const flush = () => {
    if (pending) out += decodeCharset(Buffer.concat(pending.data), pending.charset);
    pending = undefined;
  };
  for (const match of joined.matchAll(word)) {
    const [whole, rawCharset = 'utf-8', encoding = 'Q', text = ''] = match;
    const charset = rawCharset.split('*')[0]!.toLowerCase();
    if (match.index > last) {
      flush();
      out += decodeCharset(bytes(joined.slice(last, match.index)), 'utf-8');
    }
    const data =
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : bytes(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
          );
    if (pending && pending.charset !== charset) flush();
    pending ??= { charset, data: [] };
    pending.data.push(data);
    last = match.index + whole.length;
  }
  flush();
  if (last < joined.length) out += decodeCharset(bytes(joined.slice(last)), 'utf-8');
  return out;
}

function decodeQuotedPrintable(binary: string): Buffer {
  return bytes(
    binary
      .replace(/[ \t]+$/gm, '')
      .replace(/=\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      ),
  );
}

function splitPart(binary: string): Part {
  const end = binary.indexOf('\n\n');
  const head = end === -1 ? binary : binary.slice(0, end);
  const body = end === -1 ? '' : binary.slice(end + 2);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\n(?=[ \t])/g, '').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** `text/plain; charset=utf-8` → type and parameters (lower-case names). */
function contentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const [type = 'text/plain', ...rest] = (value ?? 'text/plain').split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq === -1) continue;
    const name = param.slice(0, eq).trim().toLowerCase();
    params[name] = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { type: type.trim().toLowerCase(), params };
}

function decodeBody(part: Part): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const data =
    encoding === 'base64'
      ? Buffer.from(part.body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(part.body)
        : bytes(part.body);
  const text = decodeCharset(data, contentType(part.headers['content-type']).params.charset);
  return text.replace(/\r\n/g, '\n');
}

function children(part: Part, boundary: string): Part[] {
  const parts: Part[] = [];
  let current: string[] | undefined;
  for (const line of part.body.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}` || trimmed === `--${boundary}--`) {
      if (current) parts.push(splitPart(current.join('\n')));
      if (trimmed.endsWith(`${boundary}--`)) break;
      current = [];
      continue;
    }
    current?.push(line);
  }
  return parts;
}

/** The first text/plain and text/html parts that are not attachments, depth first. */
function findTexts(part: Part, found: { text?: string; html?: string }): void {
  const { type, params } = contentType(part.headers['content-type']);
  if (type.startsWith('multipart/') && params.boundary) {
    for (const child of children(part, params.boundary)) findTexts(child, found);
    return;
  }
  if ((part.headers['content-disposition'] ?? '').toLowerCase().startsWith('attachment')) return;
  if (type === 'text/plain' && found.text === undefined) found.text = decodeBody(part);
  if (type === 'text/html' && found.html === undefined) found.html = decodeBody(part);
}

/** Parse one message as nodemailer writes it. */
export function parseMessage(raw: Buffer): Omit<ReceivedMail, 'from' | 'to'> {
  const binary = raw.toString('latin1');
  const root = splitPart(binary.replace(/\r\n/g, '\n'));
  const found: { text?: string; html?: string } = {};
  findTexts(root, found);
  return {
    subject: root.headers.subject ?? '',
    // A message without a text part: an empty text, so assertions fail clearly.
    text: (found.text ?? '').replace(/\n$/, ''),
    ...(found.html !== undefined ? { html: found.html } : {}),
    headers: root.headers,
    raw: raw.toString('utf8'),
  };
}

export async function startSmtpServer(): Promise<LocalSmtpServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<(m: ReceivedMail) => void>();

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error: Error) => callback(error));
      stream.on('end', () => {
        const envelope = session.envelope;
        const mail: ReceivedMail = {
          from: envelope.mailFrom ? envelope.mailFrom.address : '',
          to: envelope.rcptTo.map((r) => r.address),
          ...parseMessage(Buffer.concat(chunks)),
        };
        messages.push(mail);
        for (const waiter of [...waiters]) waiter(mail);
        callback();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('SMTP server has no port');

  return {
    url: `smtp://127.0.0.1:${address.port}`,
    messages,
    waitFor(predicate, timeoutMs = 5000) {
      const already = messages.find(predicate);
      if (already) return Promise.resolve(already);
      return new Promise<ReceivedMail>((resolve, reject) => {
        const waiter = (m: ReceivedMail) => {
          if (!predicate(m)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(m);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(
            new Error(`No matching mail within ${timeoutMs} ms (${messages.length} received)`),
          );
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
