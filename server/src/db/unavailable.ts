/** Socket errors of a connection that broke or could not be made. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
/** What node-postgres says when the server went away mid-query or could not be reached in time. */
const PG_CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable/;

/**
 * Whether an error means PostgreSQL is unreachable (down, restarting, refusing connections), which
 * the API answers with 503 and Retry-After rather than 500: the client's request was fine. SQLSTATE
 * class 08 is a connection exception; 57P01–57P03 are shutdown and "cannot connect now". Drizzle
 * wraps driver errors, so the causes are followed a few levels down.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || /^08|^57P0[123]$/.test(code))) return true;
    if (PG_CONNECTION_MESSAGES.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}
