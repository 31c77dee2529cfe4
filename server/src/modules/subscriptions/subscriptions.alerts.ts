import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { okpd2Codes, subscriptions } from '../../db/schema';
import { handle } from '../../queue/worker-runtime';
import { type AddressedEvent, notifyMany } from '../notifications/notify';
import { createDigestRepo } from './subscriptions.digest.repo';
import { alertSubscribersJob } from './subscriptions.jobs';

/** A sweep looks back this far, so a missed run (worker down) loses nothing; the dedupe key stops repeats. */
const LOOKBACK_MS = 24 * 3_600_000;
const PER_SUBSCRIPTION = 50;

/**
 * Tells each subscribing organization of the needs and lots published since it subscribed (within the
 * look-back) that fit: at most once per need (or lot) per organization, whatever the number of its
 * subscriptions that fit or of runs, by the notification's dedupe key.
 */
export async function alertSubscribers(db: Db, now: Date): Promise<{ created: number }> {
  const since = new Date(now.getTime() - LOOKBACK_MS);
  const digest = createDigestRepo(db);
  const rows = await db.select().from(subscriptions);
  const events: AddressedEvent[] = [];
  for (const subscription of rows) {
    const window = {
      since: subscription.createdAt > since ? subscription.createdAt : since,
      until: now,
      limit: PER_SUBSCRIPTION,
    };
    const organizationIds = [subscription.organizationId];
    for (const need of await digest.needs(subscription, window)) {
      events.push({
        organizationIds,
        event: {
          kind: 'subscription.need',
          payload: {
            needId: need.id,
            needTitle: need.title,
            okpd2: need.okpd2 ?? '',
            regionCode: need.deliveryRegionCode ?? '',
          },
          dedupeKey: `subscription.need:${need.id}`,
        },
      });
    }
    const lots = await digest.lots(subscription, window);
    const names = await kindNames(
      db,
      lots.map((lot) => lot.okpd2Kind),
    );
    for (const lot of lots) {
      events.push({
        organizationIds,
        event: {
          kind: 'subscription.lot',
          payload: {
            lotId: lot.id,
            okpd2Kind: lot.okpd2Kind,
            okpd2KindName: names.get(lot.okpd2Kind) ?? null,
            unit: lot.unit,
            needsCount: lot.needsCount,
            regionsCount: lot.regionsCount,
          },
          dedupeKey: `subscription.lot:${lot.id}`,
        },
      });
    }
  }
  return { created: events.length === 0 ? 0 : await notifyMany(db, events) };
}

async function kindNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: okpd2Codes.code, name: okpd2Codes.name })
    .from(okpd2Codes)
    .where(inArray(okpd2Codes.code, codes));
  return new Map(rows.map((row) => [row.code, row.name]));
}

export const subscriptionAlertHandlers = ({ db }: { db: Db }) => [
  handle(alertSubscribersJob, () => alertSubscribers(db, new Date())),
];
