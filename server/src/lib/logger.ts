import { DrizzleQueryError } from 'drizzle-orm';
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

/**
 * Credentials and request contents never reach the logs: headers that authenticate, bodies, and any
 * field named like a secret, wherever a log call puts it (one level down as well).
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'body',
  'req.body',
  'payload',
  ...['password', 'token', 'accessToken', 'refreshToken', 'secret'].flatMap((key) => [key, `*.${key}`]),
];

/** Every DrizzleQueryError in a cause chain: its message holds the statement's parameters. */
function queryErrors(error: unknown): DrizzleQueryError[] {
  const found: DrizzleQueryError[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth++) {
    if (current instanceof DrizzleQueryError) found.push(current);
    current = current.cause;
  }
  return found;
}

/**
 * pino's error serializer, less what the failed statement was called with (user text, e-mails,
 * hashes): drizzle writes the parameters into the message and stack, and node-postgres copies row
 * values into `detail` ("Key (email)=(…) already exists"). The SQL text and the SQLSTATE stay.
 */
export function serializeError(error: Error): pino.SerializedError {
  const serialized = pino.stdSerializers.err(error);
  const parameterTexts = queryErrors(error).map((failed) => `\nparams: ${String(failed.params)}`);
  const strip = (text: string) => parameterTexts.reduce((rest, params) => rest.split(params).join(''), text);
  const { params: _params, detail: _detail, ...rest } = serialized;
  return { ...rest, message: strip(serialized.message), stack: strip(serialized.stack) };
}

/** Query parameters that carry credentials: signed e-mail links, the event stream's and dashboard's tokens. */
const SECRET_QUERY = /([?&](?:token|access_token|refresh_token|password)=)[^&#]*/gi;

/** What Fastify logs of a request (its own serializer's fields), with secret query values left out. */
export function serializeRequest(request: {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}) {
  return {
    method: request.method,
    url: request.url.replace(SECRET_QUERY, '$1[redacted]'),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

export const loggerOptions = {
  redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  serializers: { err: serializeError, req: serializeRequest },
} satisfies LoggerOptions;

export const createLogger = (level: string, name: string, destination?: DestinationStream): Logger =>
  pino({ level, name, ...loggerOptions }, destination);
