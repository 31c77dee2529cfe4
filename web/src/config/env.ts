import { z } from 'zod';

const envSchema = z.object({
  /** Where the API lives; same origin by default (the API serves the built client, Vite proxies it in dev). */
  VITE_API_BASE_URL: z
    .string()
    .default('/api/v1')
    .transform((url) => url.replace(/\/+$/, '')),
});

/** The only reader of `import.meta.env` (bulletproof-react: env parsed by zod in one file). */
function parseEnv() {
  const result = envSchema.safeParse(import.meta.env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid client configuration:\n${lines.join('\n')}`);
  }
  return { apiBaseUrl: result.data.VITE_API_BASE_URL };
}

export const env = parseEnv();
