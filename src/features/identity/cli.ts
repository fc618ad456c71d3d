/**
 * Operator commands for accounts and the audit trail, run on the server with the app's
 * configuration:
 *   omzien create-municipality --code GM0014 --name Groningen --slug groningen
 *   omzien create-admin --email a@gemeente.nl --name "A. Beheer" [--municipality groningen]
 *   omzien verify-audit
 * create-admin never takes a password on the command line (shell history): it prints a one-time
 * link where the person chooses a password and sets up the second factor.
 */
import { type CliIo, type Command, EXIT, UsageError } from '../../cli/command.ts';
import { loadConfig } from '../../config.ts';
import { type Db, migrate, openDatabase } from '../../platform/db/database.ts';
import { recordAuditEvent } from '../audit/record-event.ts';
import { verifyAuditChain } from '../audit/verify-chain.ts';
import { INVITATION_DAYS } from './invite-person.ts';
import { createMunicipality } from './municipalities.ts';
import { findMunicipality, normaliseEmail } from './repo.ts';
import { CreateMunicipalityBody, Email } from './schema.ts';
import { hashToken, newToken } from './secrets.ts';

/** `--key value` pairs; anything else is a usage error. */
export function parseFlags(args: string[], allowed: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]!;
    const value = args[i + 1];
    if (!key.startsWith('--') || !allowed.includes(key.slice(2)))
      throw new UsageError(`Unknown argument "${key}".`);
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${key} needs a value.`);
    out[key.slice(2)] = value;
  }
  return out;
}

async function withDatabase<T>(
  io: CliIo,
  work: (db: Db, baseUrl: string) => Promise<T>,
): Promise<T> {
  const config = loadConfig(io.env);
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(handle.db);
    return await work(handle.db, config.baseUrl);
  } finally {
    await handle.close();
  }
}

export const createMunicipalityCommand: Command = {
  name: 'create-municipality',
  summary: 'add a municipality (tenant) by its CBS code, name and short address',
  usage: `Usage: omzien create-municipality --code <CBS code, e.g. GM0014> --name <name> --slug <slug>

  --code   the CBS municipality code, e.g. GM0014
  --name   the name, e.g. Groningen
  --slug   the short address used in links, e.g. groningen (lower case, digits, dashes)

Exit: 0 created, 1 a municipality with this code or slug exists, 64 wrong arguments.`,
  async run(args, io) {
    const flags = parseFlags(args, ['code', 'name', 'slug']);
    const parsed = CreateMunicipalityBody.safeParse(flags);
    if (!parsed.success) {
      throw new UsageError(
        parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'),
      );
    }
    return withDatabase(io, async (db) => {
      const row = await createMunicipality(db, parsed.data, null);
      io.out(`Created municipality ${row.name} (${row.code}), address /${row.slug}.`);
      return EXIT.ok;
    });
  },
};

export const createAdminCommand: Command = {
  name: 'create-admin',
  summary: 'create an administrator and print a one-time link to choose a password',
  usage: `Usage: omzien create-admin --email <address> --name <name> [--municipality <code or slug>]

Without --municipality the person becomes a platform administrator (manages municipalities).
With it, the person becomes admin (beheerder) of that municipality. The command prints a link,
valid ${INVITATION_DAYS} days and usable once, where the person chooses a password; the second factor
is set up right after the first login.

Exit: 0 created, 1 the e-mail address already has an account, 64 wrong arguments.`,
  async run(args, io) {
    parseCreateAdmin(args);
    return withDatabase(io, (db, baseUrl) => createAdminInDb(db, baseUrl, args, io));
  },
};

function parseCreateAdmin(args: string[]) {
  const flags = parseFlags(args, ['email', 'name', 'municipality']);
  const email = Email.safeParse(flags.email ?? '');
  if (!email.success) throw new UsageError('--email: give a valid e-mail address.');
  const name = (flags.name ?? '').trim();
  if (!name || name.length > 200)
    throw new UsageError('--name: give a name (at most 200 characters).');
  return { email: email.data, name, municipality: flags.municipality };
}

/** The work of create-admin on an open database (the command, and tests on an in-memory database). */
export async function createAdminInDb(
  db: Db,
  baseUrl: string,
  args: string[],
  io: CliIo,
): Promise<number> {
  const flags = parseCreateAdmin(args);
  const address = normaliseEmail(flags.email);
  const exists = await db
    .selectFrom('people')
    .select('id')
    .where('email', '=', address)
    .executeTakeFirst();
  if (exists) {
    io.err(`${address} already has an account.`);
    return EXIT.failed;
  }
  const municipality = flags.municipality
    ? await findMunicipality(db, flags.municipality)
    : undefined;
  if (flags.municipality && !municipality) {
    io.err(
      `No municipality "${flags.municipality}". Create it first with omzien create-municipality.`,
    );
    return EXIT.failed;
  }
  const token = newToken();
  await db.transaction().execute(async (trx) => {
    const person = await trx
      .insertInto('people')
      .values({
        email: address,
        name: flags.name,
        status: 'invited',
        platform_admin: !municipality,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (municipality) {
      await trx
        .insertInto('memberships')
        .values({ person_id: person.id, municipality_id: municipality.id, role: 'admin' })
        .execute();
    }
    await trx
      .insertInto('one_time_tokens')
      .values({
        token_hash: hashToken(token),
        purpose: 'invitation',
        person_id: person.id,
        municipality_id: municipality?.id ?? null,
        role: municipality ? 'admin' : null,
        expires_at: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      })
      .execute();
    await recordAuditEvent(trx, {
      type: municipality ? 'person.invited' : 'platform-admin.created',
      municipalityId: municipality?.id ?? null,
      entityType: 'person',
      entityId: person.id,
      fields: ['email', 'name'],
      detail: { via: 'cli', role: municipality ? 'admin' : 'platform-admin' },
    });
  });
  io.out(
    municipality
      ? `Created ${address} as admin of ${municipality.name}.`
      : `Created ${address} as platform administrator.`,
  );
  io.out(`Give this link to the person (valid ${INVITATION_DAYS} days, once):`);
  io.out(`${baseUrl}/uitnodiging/${token}`);
  return EXIT.ok;
}

export const verifyAuditCommand: Command = {
  name: 'verify-audit',
  summary: "check the audit trail's hash chain and report the first break",
  usage: `Usage: omzien verify-audit

Recomputes the hash of every audit event in order and checks that each links to the one before.

Exit: 0 the chain is whole, 1 it is broken (the first broken event is named).`,
  async run(args, io) {
    if (args.length > 0) throw new UsageError(`Unknown argument "${args[0]}".`);
    return withDatabase(io, async (db) => {
      const report = await verifyAuditChain(db);
      if (report.ok) {
        io.out(`The audit trail is whole: ${report.checked} events checked.`);
        return EXIT.ok;
      }
      const b = report.firstBreak!;
      io.err(
        `The audit trail is BROKEN at event ${b.seq} (id ${b.id}): ${
          b.reason === 'content-changed'
            ? 'its content no longer matches its hash (the row was changed)'
            : 'it does not link to the event before it (an event was removed or inserted)'
        }. ${report.checked} events before it are intact.`,
      );
      return EXIT.failed;
    });
  },
};
