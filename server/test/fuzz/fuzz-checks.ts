import type { LightMyRequestResponse } from 'fastify';
import { problemSchema } from '@zamena/shared/common/common.schemas';

/**
 * Text that only an internal error puts in an answer: stack frames, source paths, SQL and driver
 * messages. The generated inputs contain none of these (schema-arbitraries.ts), so an answer that does
 * has leaked something.
 */
const LEAKS: RegExp[] = [
  /\n\s+at \S.*:\d+:\d+/,
  /\bat (?:async )?[\w.<>]+ \((?:file:|node:|\/)/,
  /node_modules/,
  /\/(?:work|home|app|usr|srv|opt)\/[\w./-]+\.(?:ts|js|mjs)\b/,
  /\bserver\/src\//,
  /Failed query|DrizzleQueryError|DatabaseError|QueryFailedError/,
  /\b(?:SELECT|INSERT INTO|DELETE FROM)\s+["\w]/,
  /\bUPDATE\s+"\w+"\s+SET\b/,
  /syntax error at or near|violates (?:unique|foreign key|check|not-null) constraint/,
  /(?:relation|column) "[^"]+" does not exist|invalid input syntax for type/,
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT/,
];

const TEXTUAL = /json|text|html|csv|xml/;

/** Why an answer is not acceptable (a 5xx, a non-problem error, a leak), or null. */
export function answerFault(response: LightMyRequestResponse): string | null {
  if (response.statusCode >= 500) return `answered ${response.statusCode}: ${response.body.slice(0, 300)}`;
  const type = String(response.headers['content-type'] ?? '');
  if (response.statusCode >= 400) {
    if (!type.startsWith('application/problem+json')) {
      return `answered ${response.statusCode} as ${type || 'no content type'}, not a problem document: ${response.body.slice(0, 300)}`;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      return `answered a problem document that is not JSON: ${response.body.slice(0, 300)}`;
    }
    const problem = problemSchema.safeParse(parsed);
    if (!problem.success || problem.data.status !== response.statusCode) {
      return `answered ${response.statusCode} with a malformed problem document: ${response.body.slice(0, 300)}`;
    }
  }
  if (TEXTUAL.test(type)) {
    const leak = LEAKS.find((pattern) => pattern.test(response.body));
    if (leak) return `leaked an internal (${leak}): ${response.body.slice(0, 500)}`;
  }
  return null;
}
