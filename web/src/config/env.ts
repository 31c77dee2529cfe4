// zod/mini keeps the entry chunk small; the full zod arrives with the first form that needs a shared schema.
import * as z from 'zod/mini';

const envSchema = z.object({
  /** Where the API lives; same origin by default (the API serves the built client, Vite proxies it in dev). */
  VITE_API_BASE_URL: z._default(z.string(), '/api/v1'),
});

/** The only reader of `import.meta.env` (bulletproof-react: env parsed by zod in one file). */
function parseEnv() {
  const result = envSchema.safeParse(import.meta.env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid client configuration:\n${lines.join('\n')}`);
  }
  return { apiBaseUrl: result.data.VITE_API_BASE_URL.replace(/\/+$/, '') };
}

export const env = parseEnv();
