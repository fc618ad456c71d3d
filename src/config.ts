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
  };
}
