import type { DigestLotRow, DigestNeedRow, DigestRepo } from './subscriptions.digest.repo';
import type { SubscriptionRow } from './subscriptions.repo';

const DAY_MS = 86_400_000;
/** A subscription's first digest looks this far back (DESIGN.md §5 "Subscriptions"). */
export const FIRST_DIGEST_DAYS = 7;
/** Per subscription and kind: a digest is a summary; the app lists the rest. */
export const DIGEST_ITEMS_LIMIT = 50;

export type DigestSection = {
  subscription: SubscriptionRow;
  since: Date;
  needs: DigestNeedRow[];
  lots: DigestLotRow[];
};

export const digestSince = (subscription: Pick<SubscriptionRow, 'lastDigestAt'>, until: Date) =>
  subscription.lastDigestAt ?? new Date(until.getTime() - FIRST_DIGEST_DAYS * DAY_MS);

/** What the next digest holds for one subscription: new since its last digest, up to `until`. */
export async function digestSection(
  repo: Pick<DigestRepo, 'needs' | 'lots'>,
  subscription: SubscriptionRow,
  until: Date,
): Promise<DigestSection> {
  const window = { since: digestSince(subscription, until), until, limit: DIGEST_ITEMS_LIMIT };
  const [needs, lots] = await Promise.all([
    repo.needs(subscription, window),
    repo.lots(subscription, window),
  ]);
  return { subscription, since: window.since, needs, lots };
}

/**
 * Each need and lot once per e-mail, under the first (oldest) subscription that fits it; sections
 * left empty are dropped.
 */
export function onceEach(sections: DigestSection[]): DigestSection[] {
  const seenNeeds = new Set<string>();
  const seenLots = new Set<string>();
  const firstTime = (seen: Set<string>) => (item: { id: string }) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  };
  return sections
    .map((section) => ({
      ...section,
      needs: section.needs.filter(firstTime(seenNeeds)),
      lots: section.lots.filter(firstTime(seenLots)),
    }))
    .filter((section) => section.needs.length > 0 || section.lots.length > 0);
}
