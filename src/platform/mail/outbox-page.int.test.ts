import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createHttp } from '../http/server.ts';
import { createMailer } from './mailer.ts';
import { listOutbox } from './outbox.ts';
import { registerDevOutbox } from './outbox-page.tsx';

const assetsDir = fileURLToPath(new URL('../ui/assets', import.meta.url));
const subject = 'Uitnodiging voor Omzien – één klik';
const link = `https://omzien.example.nl/uitnodiging/accepteren?token=${'Zx9_-'.repeat(30)}&a=1&b=2`;

describe('development outbox pages', () => {
  let dir: string;
  let http: FastifyInstance;
  let base: string;
  let id: string;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'omzien-outbox-page-'));
    const mailer = createMailer({ from: 'Omzien <noreply@omzien.example.nl>', outboxDir: dir });
    await mailer.send({
      to: 'coordinator@gemeente.example.nl',
      subject,
      text: `Beste collega,\n\nKlik op deze link:\n${link}\n\n<script>alert(1)</script>`,
    });
    const [mail] = await listOutbox(dir);
    assert.ok(mail);
    id = mail.id;

    http = await createHttp({
      logLevel: 'silent',
      rateLimitPerMinute: 0,
      trustProxy: false,
      assetsDir,
    });
    registerDevOutbox(http, dir);
    await http.listen({ port: 0, host: '127.0.0.1' });
    const address = http.server.address();
    assert.ok(address && typeof address === 'object');
    base = `http://127.0.0.1:${address.port}`;
  });

  after(async () => {
    await http.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists the mail with date, recipient, subject and a link to it', async () => {
    const res = await fetch(`${base}/dev/outbox`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await res.text();
    assert.ok(body.includes(subject), 'subject');
    assert.ok(body.includes('coordinator@gemeente.example.nl'), 'recipient');
    assert.ok(body.includes(`href="/dev/outbox/${id}"`), 'link to the mail');
    assert.match(body, /<time datetime="\d{4}-\d\d-\d\dT/);
    assert.ok(body.includes('alleen in de ontwikkelomgeving'), 'says it is development only');
  });

  it('says so in English too', async () => {
    const body = await (await fetch(`${base}/dev/outbox?lang=en`)).text();
    assert.ok(body.includes('This page exists only in development'));
  });

  it('shows the text with the whole link as copyable text', async () => {
    const res = await fetch(`${base}/dev/outbox/${id}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = await res.text();
    assert.ok(body.includes(subject), 'subject');
    const pre = body.match(/<pre[^>]*>([\s\S]*?)<\/pre>/)?.[1];
    assert.ok(pre, 'a <pre> with the text');
    // Text, not a link: escaped once, so the decoded text holds the link exactly.
    assert.ok(!pre.includes('<a'), 'no anchors in the text');
    assert.ok(pre.includes(link.replace(/&/g, '&amp;')), 'the link, escaped as text');
    assert.ok(pre.includes('&lt;script>') || pre.includes('&lt;script&gt;'), 'markup escaped');
    assert.ok(!body.includes('<script>alert(1)</script>'));
    assert.ok(body.includes('alleen in de ontwikkelomgeving'));
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const bad of [
      '20261130T132439.123Z-0123456789ab',
      'onbekend',
      '..%2F..%2Fetc%2Fpasswd',
      `${id}.json`,
    ]) {
      const res = await fetch(`${base}/dev/outbox/${bad}`);
      assert.equal(res.status, 404, bad);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/, bad);
      const body = await res.text();
      assert.ok(!body.includes(subject), bad);
    }
  });
});
