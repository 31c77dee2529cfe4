import type { ProblemCode } from '@zamena/shared/common/problem-codes';

/**
 * Codes the pages never word themselves: only a malformed or hand-made request gets them (the client
 * sends JSON it has checked to routes it knows), so the server's own detail is shown instead.
 */
export const UNWORDED_PROBLEM_CODES = [
  'bad_request',
  'invalid_url',
  'uri_too_long',
  'invalid_json',
  'invalid_content_length',
  'payload_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'not_acceptable',
] as const satisfies readonly ProblemCode[];

/** Codes the client makes itself, for calls that never reached the API (lib/api-client.ts). */
type ClientProblemCode = 'network_unreachable';

/**
 * What each locale's `problems` words: every other code of the API, the client's own, and
 * `unexpected` (an error that is no problem document). A code added to the shared list without its
 * text, or a text for a code that does not exist, fails to compile.
 */
export type ProblemTexts = Record<
  Exclude<ProblemCode, (typeof UNWORDED_PROBLEM_CODES)[number]> | ClientProblemCode | 'unexpected',
  string
>;

/** A feature's own wording of some codes (bids, orders); the general `problems` covers the rest. */
export type FeatureProblemTexts = Partial<Record<ProblemCode, string>>;
