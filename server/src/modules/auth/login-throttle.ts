import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { TooManyRequestsError } from '../../lib/errors';

type Options = {
  /** A fail-fast connection: with Redis down, sign-in goes on unthrottled rather than stopping. */
  redis: Pick<Redis, 'multi' | 'del'>;
  /** Namespace of the keys (QUEUE_PREFIX), so test apps do not share counters. */
  prefix: string;
  perAccount: number;
  perAddress: number;
  windowSeconds: number;
  log: Pick<Logger, 'warn'>;
};

/**
 * Counts failed sign-ins in Redis, per account (one e-mail from any address: guessing one password)
 * and per address (one address across e-mails: password spraying), each in a window that starts at
 * its first failure. At the limit every attempt, a right password too, answers 429 until the window
 * ends. Unknown e-mails count like known ones, so the answers tell nothing about who is registered.
 */
export function createLoginThrottle({ redis, prefix, perAccount, perAddress, windowSeconds, log }: Options) {
  const accountKey = (email: string) => `${prefix}:login-failures:account:${email}`;
  const addressKey = (address: string) => `${prefix}:login-failures:address:${address}`;

  async function attempt<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      log.warn({ err: error }, `login throttle could not ${what}; going on without it`);
      return undefined;
    }
  }

  return {
    /** Throws 429 (with the seconds until the window ends) while either counter is at its limit. */
    async assertAllowed(email: string, address: string): Promise<void> {
      const replies = await attempt('read its counters', () =>
        redis
          .multi()
          .get(accountKey(email))
          .ttl(accountKey(email))
          .get(addressKey(address))
          .ttl(addressKey(address))
          .exec(),
      );
      if (!replies) return;
      const [account, accountTtl, fromAddress, addressTtl] = replies.map(([, value]) => Number(value ?? 0));
      if (account! >= perAccount) {
        throw new TooManyRequestsError(
          'account_throttled',
          'Too many failed sign-ins to this account: wait before trying again, or reset the password',
          Math.max(1, accountTtl!),
        );
      }
      if (fromAddress! >= perAddress) {
        throw new TooManyRequestsError(
          'address_throttled',
          'Too many failed sign-ins from this address: wait before trying again',
          Math.max(1, addressTtl!),
        );
      }
    },

    async recordFailure(email: string, address: string): Promise<void> {
      await attempt('count a failure', () =>
        redis
          .multi()
          .incr(accountKey(email))
          .expire(accountKey(email), windowSeconds, 'NX')
          .incr(addressKey(address))
          .expire(addressKey(address), windowSeconds, 'NX')
          .exec(),
      );
    },

    /** The account's own count starts again; the address's does not (a sprayer may own one account). */
    async recordSuccess(email: string): Promise<void> {
      await attempt('clear a count', () => redis.del(accountKey(email)));
    },
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
