import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envFields = z.object({
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/zamena'),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  CORS_ORIGIN: z.string().default('http://localhost:5173'),
  /**
   * Signs access tokens and feedback links. Unset: the API and the worker share a random secret made on
   * first start and kept in the database (server_secrets); there is no public default.
   */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).default(30),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Failed sign-ins for one e-mail, from any address, within the window before it answers 429. */
  LOGIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  /** Failed sign-ins from one address, across e-mails (password spraying), within the window. */
  LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /**
   * How long a user's session state (exists, enabled, session version, role) is reused between
   * requests: logout, removal or disabling reach the other API processes within this time. 0: no cache.
   */
  SESSION_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  /** API calls per minute from one address without a valid access token (pages and static files are free). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /**
   * API calls per minute of one signed-in user, from any address. Unset: twice RATE_LIMIT_PER_MINUTE
   * (1,200), so signing in never lowers anyone's budget.
   */
  RATE_LIMIT_PER_USER_PER_MINUTE: z.coerce.number().int().min(1).optional(),
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
  /**
   * Imports the worker runs at once. Each holds its file's rows in memory and parses on the process
   * that matches too: one at a time keeps memory bounded and matching responsive.
   */
  IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** Data rows one import takes (an export holds up to 50,000 needs and imports back); more: refused. */
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  /** What an XLSX file may inflate to (bytes): an upload of 300 KB can unpack to gigabytes. */
  IMPORT_MAX_UNPACKED_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(1024 * 1024 * 1024)
    .default(50 * 1024 * 1024),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(500),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/)
    .default('zamena'),
  TRUST_PROXY: booleanFlag.default(false),
  /** Development and tests only: lets webhooks go to this machine and private networks (SSRF guard off). */
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: booleanFlag.default(false),
  /**
   * Largest request body the API parses (bytes). JSON payloads here are a few kilobytes; the import
   * uploads (multipart) have their own limit (imports.routes.ts).
   */
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(256 * 1024),
  /** Bearer token Prometheus sends to GET /api/v1/metrics; unset, the route does not exist (404). */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** A critical open need without a match or a bid this many days after publication is a bottleneck. */
  BOTTLENECK_AFTER_DAYS: z.coerce.number().int().min(0).max(3650).default(14),
  /** Where attachments are kept on disk (relative to the working directory) when no S3 bucket is set. */
  ATTACHMENTS_DIR: z.string().default('./data/attachments'),
  /** Largest attachment (bytes); a larger upload answers 413 attachment_too_large. */
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  /** Attachments one need, capability, bid or order holds; one more answers 409 too_many_attachments. */
  ATTACHMENT_MAX_PER_OBJECT: z.coerce.number().int().min(1).max(1000).default(20),
  /** S3-compatible storage (MinIO, a cloud bucket) for attachments: set the bucket and the keys. */
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
});

const S3_REQUIRED = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

const envSchema = envFields
  .superRefine((env, context) => {
    // Half an S3 configuration would silently fall back to the disk: name what is missing instead.
    const given = S3_REQUIRED.filter((name) => env[name] !== undefined);
    if (given.length === 0 && env.S3_ENDPOINT === undefined) return;
    for (const name of S3_REQUIRED.filter((n) => env[n] === undefined)) {
      context.addIssue({ code: 'custom', path: [name], message: 'required when S3 storage is configured' });
    }
  })
  .transform((env) => ({
    ...env,
    RATE_LIMIT_PER_USER_PER_MINUTE: env.RATE_LIMIT_PER_USER_PER_MINUTE ?? env.RATE_LIMIT_PER_MINUTE * 2,
    S3:
      env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? {
            endpoint: env.S3_ENDPOINT,
            bucket: env.S3_BUCKET,
            region: env.S3_REGION,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          }
        : undefined,
  }));

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
    return parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
