import type { DbExecutor } from '../../db/client';
import { AppError } from '../../lib/errors';
import { createIdempotencyRepo } from './idempotency.repo';

/**
 * The Idempotency-Key of a write that claims its key inside its own transaction (a bid acceptance, a
 * lot award), so the key and the write commit or roll back together. `replay` holds the first answer
 * when the key was already used for the same `scope`; the same key on another request is 422.
 * `complete` stores the answer, in the same transaction.
 */
export async function claimTransactionKey(
  tx: DbExecutor,
  userId: string,
  key: string,
  scope: string,
): Promise<{ replay: unknown } | { complete: (body: unknown) => Promise<void> }> {
  const keys = createIdempotencyRepo(tx);
  if (await keys.claim(userId, key, scope)) {
    return { complete: (body) => keys.complete(userId, key, 201, body) };
  }
  const stored = (await keys.find(userId, key))!;
  if (stored.scope !== scope) {
    throw new AppError(
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was used for another request; send a new key for each one',
    );
  }
  return { replay: stored.body };
}
