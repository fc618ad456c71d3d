/**
 * The one typed configuration of Omzien, read from the environment and validated at start.
 * Names are neutral (no framework prefixes) so they outlive any framework.
 */
import { z } from 'zod';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder for the embedded database and uploads. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** A PostgreSQL connection string; when absent the embedded PostgreSQL (PGlite) is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'moet beginnen met postgres:// of postgresql://')
    .optional(),
  /** The public address of this installation, used in links that leave the page. */
  BASE_URL: z.url().optional(),
  LOG_LEVEL: LogLevel.default('info'),
  /** Requests per minute per client address; 0 switches the limit off (benchmarks only). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Trust X-Forwarded-For from a reverse proxy in front (only set when there is one). */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /**
   * The public self-check (Eenzaamheidsmeter). `off` where its use is not covered by the
   * scale's terms; the measurement in follow-up stays. Per municipality once municipalities exist.
   */
  PUBLIC_SELF_CHECK: z.enum(['on', 'off']).default('on'),
  /** `production` turns demo mode off and refuses demo accounts and settings. */
  NODE_ENV: z.enum(['production', 'development', 'test']).default('development'),
  /** Demo content (municipality Groningen with a demo user per role); default on outside production. */
  OMZIEN_DEMO: z.enum(['on', 'off']).optional(),
  /** SMTP server for e-mail, e.g. smtp://user:pass@mail.example.nl:587. Without it (development
   * only) mails go to DATA_DIR/outbox and /dev/outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'moet beginnen met smtp:// of smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Omzien <no-reply@omzien.localhost>'),
  /** A session ends after this many minutes without a request … */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** … and this many hours after login, whatever happens. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  /** Failed logins in a row before an account is locked for LOGIN_LOCK_MINUTES. */
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Login attempts per minute per client address (on top of the lock-out per account). */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  /**
   * The key that seals stored secrets (second-factor seeds, identity-provider client secrets);
   * at least 32 characters, kept outside the database. Required in production. Changing it makes
   * the sealed secrets unreadable: people then need their second factor cleared by an admin.
   */
  SECRET_KEY: z.string().min(32, 'moet minstens 32 tekens lang zijn').optional(),
  /** A folder of open data files (RIVM, CBS, PDOK) to import once at start. */
  OMZIEN_OPEN_DATA_DIR: z.string().min(1).optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  logLevel: z.infer<typeof LogLevel>;
  rateLimitPerMinute: number;
  trustProxy: boolean;
  publicSelfCheck: boolean;
  production: boolean;
  demo: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  session: { idleMinutes: number; absoluteHours: number };
  login: { maxAttempts: number; lockMinutes: number; ratePerMinute: number };
  openDataDir: string | undefined;
  secretKey: string | undefined;
};

/** Thrown when the environment does not hold a valid configuration; its message is for people. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Read and validate the configuration. Empty variables count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(config)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration (environment variables):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  if (production && c.OMZIEN_DEMO === 'on') {
    throw new ConfigError(
      'Invalid configuration (environment variables):\n  - OMZIEN_DEMO: demo mode is not allowed when NODE_ENV=production',
    );
  }
  if (production && !c.SMTP_URL) {
    throw new ConfigError(
      'Invalid configuration (environment variables):\n  - SMTP_URL: required when NODE_ENV=production (invitations and password resets are e-mailed)',
    );
  }
  if (production && !c.SECRET_KEY) {
    throw new ConfigError(
      'Invalid configuration (environment variables):\n  - SECRET_KEY: required when NODE_ENV=production (at least 32 random characters, e.g. `openssl rand -base64 48`)',
    );
  }
  if (production && c.BASE_URL && !c.BASE_URL.startsWith('https://')) {
    throw new ConfigError(
      'Invalid configuration (environment variables):\n  - BASE_URL: must start with https:// when NODE_ENV=production',
    );
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    baseUrl: (c.BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    logLevel: c.LOG_LEVEL,
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    trustProxy: c.TRUST_PROXY === 'true',
    publicSelfCheck: c.PUBLIC_SELF_CHECK === 'on',
    production,
    demo: c.OMZIEN_DEMO ? c.OMZIEN_DEMO === 'on' : !production,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    session: { idleMinutes: c.SESSION_IDLE_MINUTES, absoluteHours: c.SESSION_ABSOLUTE_HOURS },
    login: {
      maxAttempts: c.LOGIN_MAX_ATTEMPTS,
      lockMinutes: c.LOGIN_LOCK_MINUTES,
      ratePerMinute: c.LOGIN_RATE_LIMIT_PER_MINUTE,
    },
    openDataDir: c.OMZIEN_OPEN_DATA_DIR,
    secretKey: c.SECRET_KEY,
  };
}
