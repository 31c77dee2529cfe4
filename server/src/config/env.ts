import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const DEV_JWT_SECRET = 'zamena-development-secret-change-me-0123456789';

const envSchema = z.object({
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/zamena'),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  CORS_ORIGIN: z.string().default('http://localhost:5173'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_JWT_SECRET),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).default(30),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default('Zamena <noreply@zamena.local>'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(10).optional(),
  WEB_DIST_DIR: z.string().optional(),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  /**
   * Jobs the matching queue's worker holds at once. Its batchers bound the database work (two
   * transactions of need runs, up to 32 runs each, and two capability runs); held jobs fill the batches.
   */
  MATCHING_CONCURRENCY: z.coerce.number().int().min(1).max(1024).default(64),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(500),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/)
    .default('zamena'),
  TRUST_PROXY: booleanFlag.default(false),
  /** Development and tests only: lets webhooks go to this machine and private networks (SSRF guard off). */
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: booleanFlag.default(false),
  /** A critical open need without a match or a bid this many days after publication is a bottleneck. */
  BOTTLENECK_AFTER_DAYS: z.coerce.number().int().min(0).max(3650).default(14),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment once; a wrong value is reported as a readable list. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export class EnvError extends Error {}

/** For entry points: parse, or print what is wrong and exit 1. */
export function loadEnvOrExit(): Env {
  try {
    const env = parseEnv();
    if (env.JWT_SECRET === DEV_JWT_SECRET && !env.PUBLIC_URL.startsWith('http://localhost')) {
      console.warn('JWT_SECRET is the development default: set your own before exposing Zamena.');
    }
    return env;
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
