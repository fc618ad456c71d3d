import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type LocalSmtpServer, startSmtpServer } from '../../test-support/smtp.ts';
import { createMailer, isEmailAddress } from './mailer.ts';
import { isOutboxId, listOutbox, readOutboxMail } from './outbox.ts';

const subject = 'Uitnodiging voor Omzien – één klik';
const link = `https://omzien.example.nl/uitnodiging/accepteren?token=${'a1B2c3D4e5'.repeat(12)}&gemeente=s-Hertogenbosch&terug=%2Fbeheer%2Fcoalitie%3Fstap%3D3`;
const text = [
  'Beste collega,',
  '',
  'Je bent uitgenodigd voor de coalitie tegen eenzaamheid in ’s-Hertogenbosch. Klik één keer op de link hieronder om mee te doen; de link werkt zeven dagen en maar één keer.',
  '',
  link,
  '',
  'Met vriendelijke groet,',
  'Omzien',
].join('\n');

describe('mailer over SMTP', () => {
  let smtp: LocalSmtpServer;
  before(async () => {
    smtp = await startSmtpServer();
  });
  after(async () => {
    await smtp.close();
  });

  it('delivers a Dutch subject and a long link exactly', async () => {
    const mailer = createMailer({
      smtpUrl: smtp.url,
      from: 'Omzien <noreply@omzien.example.nl>',
      outboxDir: '/nonexistent/never-used',
    });
    assert.equal(mailer.kind, 'smtp');
    await mailer.send({ to: 'coordinator@gemeente.example.nl', subject, text });
    await mailer.close();

    const mail = await smtp.waitFor((m) => m.to.includes('coordinator@gemeente.example.nl'));
    assert.deepEqual(mail.to, ['coordinator@gemeente.example.nl']);
    assert.equal(mail.from, 'noreply@omzien.example.nl');
    assert.equal(mail.subject, subject);
    assert.equal(mail.text, text);
    const links = mail.text.match(/https:\/\/\S+/g);
    assert.deepEqual(links, [link]);
    assert.ok(link.length > 150, 'the link is longer than any mail line');
    // The wire form was encoded, so the test proves decoding and not a pass-through.
    assert.match(mail.raw, /^Subject: =\?UTF-8\?/im);
    assert.ok(!mail.raw.includes(subject));
  });

  it('sends the HTML part beside the text', async () => {
    const mailer = createMailer({
      smtpUrl: smtp.url,
      from: 'noreply@omzien.example.nl',
      outboxDir: '/nonexistent/never-used',
    });
    const html = `<p>Klik: <a href="${link.replace(/&/g, '&amp;')}">één klik</a></p>`;
    await mailer.send({ to: 'tweede@gemeente.example.nl', subject: 'Met HTML', text, html });
    await mailer.close();
    const mail = await smtp.waitFor((m) => m.to.includes('tweede@gemeente.example.nl'));
    assert.equal(mail.subject, 'Met HTML');
    assert.equal(mail.text, text);
    assert.equal(mail.html, html);
    assert.match(mail.headers['content-type'] ?? '', /^multipart\/alternative/);
  });

  it('decodes a mostly non-ASCII text that nodemailer sends as base64', async () => {
    const mailer = createMailer({
      smtpUrl: `${smtp.url}/?ignoreTLS=true`,
      from: 'noreply@omzien.example.nl',
      outboxDir: '/nonexistent/never-used',
    });
    const greek = 'Καλημέρα κόσμε, ένα κλικ. '.repeat(8).trim();
    await mailer.send({ to: 'derde@gemeente.example.nl', subject: 'Ελληνικά één', text: greek });
    await mailer.close();
    const mail = await smtp.waitFor((m) => m.to.includes('derde@gemeente.example.nl'));
    assert.match(mail.raw, /Content-Transfer-Encoding: base64/i);
    assert.equal(mail.subject, 'Ελληνικά één');
    assert.equal(mail.text, greek);
  });

  it('throws on an invalid address and sends nothing', async () => {
    const mailer = createMailer({
      smtpUrl: smtp.url,
      from: 'noreply@omzien.example.nl',
      outboxDir: '/nonexistent',
    });
    const before = smtp.messages.length;
    for (const to of [
      'geen-adres',
      'a@b',
      'twee@a.nl, drie@b.nl',
      'Naam <naam@a.nl>',
      'x@a.nl\r\nBcc: y@b.nl',
      '',
    ]) {
      await assert.rejects(
        mailer.send({ to, subject: 's', text: 't' }),
        /not a valid e-mail address/,
        to,
      );
    }
    await mailer.close();
    assert.equal(smtp.messages.length, before);
  });

  it('reports a failed send without the recipient in the message', async () => {
    const mailer = createMailer({
      // Nothing listens on port 1.
      smtpUrl: 'smtp://127.0.0.1:1',
      from: 'noreply@omzien.example.nl',
      outboxDir: '/nonexistent',
    });
    await assert.rejects(
      mailer.send({ to: 'geheim@gemeente.example.nl', subject: 's', text: 't' }),
      (error: Error) => {
        assert.match(error.message, /^Mail not sent/);
        assert.ok(!error.message.includes('geheim'));
        return true;
      },
    );
    await mailer.close();
  });
});

describe('mailer into the outbox', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'omzien-outbox-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one JSON file per mail that listOutbox and readOutboxMail return', async () => {
    const outboxDir = path.join(dir, 'nested', 'outbox');
    const mailer = createMailer({ from: 'noreply@omzien.example.nl', outboxDir });
    assert.equal(mailer.kind, 'outbox');
    await mailer.send({ to: 'eerste@gemeente.example.nl', subject: 'Eerste', text: 'een' });
    await new Promise((r) => setTimeout(r, 5));
    await mailer.send({ to: 'coordinator@gemeente.example.nl', subject, text, html: '<p>x</p>' });
    await mailer.close();

    const files = await readdir(outboxDir);
    assert.equal(files.length, 2);
    for (const f of files) assert.match(f, /^\d{8}T\d{6}\.\d{3}Z-[0-9a-f]{12}\.json$/);
    assert.equal((await stat(path.join(outboxDir, files[0]!))).mode & 0o777, 0o600);

    const list = await listOutbox(outboxDir);
    assert.deepEqual(
      list.map((m) => m.subject),
      [subject, 'Eerste'],
      'newest first',
    );
    const newest = list[0]!;
    assert.ok(isOutboxId(newest.id));
    assert.equal(newest.to, 'coordinator@gemeente.example.nl');
    assert.equal(newest.from, 'noreply@omzien.example.nl');
    assert.ok(!Number.isNaN(Date.parse(newest.date)));

    const read = await readOutboxMail(outboxDir, newest.id);
    assert.deepEqual(read, newest);
    assert.equal(read?.text, text);
    assert.equal(read?.html, '<p>x</p>');
    const onDisk = JSON.parse(await readFile(path.join(outboxDir, `${newest.id}.json`), 'utf8'));
    assert.deepEqual(Object.keys(onDisk).sort(), ['date', 'from', 'html', 'subject', 'text', 'to']);

    assert.deepEqual(
      (await listOutbox(outboxDir, 1)).map((m) => m.subject),
      [subject],
    );
  });

  it('throws on an invalid address and writes nothing', async () => {
    const outboxDir = path.join(dir, 'invalid');
    const mailer = createMailer({ from: 'noreply@omzien.example.nl', outboxDir });
    await assert.rejects(
      mailer.send({ to: 'niet geldig', subject: 's', text: 't' }),
      /not a valid e-mail address/,
    );
    assert.deepEqual(await listOutbox(outboxDir), []);
  });

  it('refuses ids that are not outbox file names', async () => {
    for (const id of [
      '../x',
      '..',
      '../../etc/passwd',
      '20261130T132439.123Z-0123456789ab/../x',
      '20261130T132439.123Z-0123456789ab.json',
      '',
    ]) {
      await assert.rejects(readOutboxMail(dir, id), /Not an outbox mail id/, id);
    }
    assert.equal(await readOutboxMail(dir, '20261130T132439.123Z-0123456789ab'), undefined);
  });

  it('an outbox folder that does not exist yet is empty', async () => {
    assert.deepEqual(await listOutbox(path.join(dir, 'missing')), []);
  });
});

describe('isEmailAddress', () => {
  it('accepts plain addresses and refuses the rest', () => {
    for (const ok of ['a@b.nl', 'voor.naam+tag@sub.gemeente.example.nl', 'x_y-z@a-b.org']) {
      assert.ok(isEmailAddress(ok), ok);
    }
    for (const bad of ['a@b', '@b.nl', 'a@.nl', 'a..b@c.nl', 'a b@c.nl', 'a@b.nl.', 'a@@b.nl']) {
      assert.ok(!isEmailAddress(bad), bad);
    }
  });
});
