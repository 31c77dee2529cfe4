import {
  hasCriteria,
  NO_CRITERIA_MESSAGE,
  type CreateSubscription,
  type Subscription,
  type SubscriptionList,
  type SubscriptionPreview,
  type Unsubscribed,
  type UpdateSubscription,
} from '@zamena/shared/subscriptions/subscriptions.schemas';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { AppError, NotFoundError, ValidationError } from '../../lib/errors';
import { digestSection } from './digest-content';
import { toDigestLot, toDigestNeed, toSubscription } from './subscription.mapper';
import { createDigestRepo } from './subscriptions.digest.repo';
import { createSubscriptionsRepo } from './subscriptions.repo';
import type { UnsubscribeTokens } from './unsubscribe-token';

type Deps = { db: Db; unsubscribeTokens: Pick<UnsubscribeTokens, 'verify'>; clock?: () => Date };

/**
 * Any organization's members follow classes, regions and words; an organization's subscriptions are
 * its own (another's is not found, DESIGN.md §3).
 */
export function createSubscriptionsService({ db, unsubscribeTokens, clock = () => new Date() }: Deps) {
  const repo = createSubscriptionsRepo(db);
  const digests = createDigestRepo(db);

  const own = async (id: string, actor: Actor) => {
    const row = await repo.find(id, actor.organizationId);
    if (!row) throw new NotFoundError('Subscription');
    return row;
  };

  return {
    async list(actor: Actor): Promise<SubscriptionList> {
      return { items: (await repo.list(actor.organizationId)).map(toSubscription) };
    },

    async get(id: string, actor: Actor): Promise<Subscription> {
      return toSubscription(await own(id, actor));
    },

    async create(input: CreateSubscription, actor: Actor): Promise<Subscription> {
      const row = await repo.insert({
        ...input,
        organizationId: actor.organizationId,
        userId: actor.userId,
      });
      return toSubscription(row);
    },

    async update(id: string, input: UpdateSubscription, actor: Actor): Promise<Subscription> {
      const current = await own(id, actor);
      if (!hasCriteria({ ...current, ...input }))
        throw new ValidationError('The subscription follows nothing', [
          { path: 'okpd2Prefixes', message: NO_CRITERIA_MESSAGE },
        ]);
      const row = await repo.update(id, actor.organizationId, input);
      if (!row) throw new NotFoundError('Subscription');
      return toSubscription(row);
    },

    async remove(id: string, actor: Actor): Promise<void> {
      if (!(await repo.remove(id, actor.organizationId))) throw new NotFoundError('Subscription');
    },

    /** What the next digest holds for this subscription (the digest job's own query). */
    async preview(id: string, actor: Actor): Promise<SubscriptionPreview> {
      const section = await digestSection(digests, await own(id, actor), clock());
      return {
        since: section.since.toISOString(),
        needs: section.needs.map(toDigestNeed),
        lots: section.lots.map(toDigestLot),
      };
    },

    /** The e-mail's link: the signed token stands for the member, so no sign-in. */
    async unsubscribe(token: string): Promise<Unsubscribed> {
      const id = unsubscribeTokens.verify(token);
      if (!id) throw new AppError(400, 'invalid_link', 'The unsubscribe link is not valid');
      const row = await repo.turnDigestOff(id);
      if (!row) throw new NotFoundError('Subscription');
      return { id: row.id, digest: 'off' };
    },
  };
}
export type SubscriptionsService = ReturnType<typeof createSubscriptionsService>;
