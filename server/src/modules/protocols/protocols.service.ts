import type { ComparedBid } from '@zamena/shared/bids/bids.schemas';
import {
  type Protocol,
  type ProtocolLanguage,
  protocolSnapshotSchema,
} from '@zamena/shared/protocols/protocols.schemas';
import type { Db, DbExecutor } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { NotFoundError } from '../../lib/errors';
import { canSeeProtocol } from './protocols.permissions';
import { renderProtocolPdf } from './protocols.pdf';
import { createProtocolsRepo, type ProtocolRow } from './protocols.repo';
import { buildSnapshot } from './protocols.snapshot';

/** What the acceptance knows when it freezes the protocol (in its own transaction). */
export type Award = {
  needId: string;
  winningBidId: string;
  orderId: string;
  /** The live bids in comparison order, read before the winner was accepted and the rest rejected. */
  compared: ComparedBid[];
  reason: string;
  actor: Actor;
  at: Date;
};

export const toProtocol = (row: ProtocolRow): Protocol => ({
  id: row.id,
  number: row.number,
  needId: row.needId,
  winningBidId: row.winningBidId,
  orderId: row.orderId,
  reason: row.reason,
  decidedAt: row.decidedAt.toISOString(),
  snapshot: protocolSnapshotSchema.parse(row.snapshot),
});

/** Writes a protocol in the award's transaction. */
export async function freezeProtocol(tx: DbExecutor, award: Award): Promise<ProtocolRow> {
  const repo = createProtocolsRepo(tx);
  const need = await repo.needFacts(award.needId);
  const decider = await repo.decider(award.actor.userId);
  if (!need || !decider) throw new Error(`protocol of need ${award.needId}: need or decider missing`);
  const snapshot = buildSnapshot(need, award.compared, award.winningBidId, {
    userId: award.actor.userId,
    fullName: decider.fullName,
    organizationId: award.actor.organizationId,
    organizationName: decider.organizationName,
    forBuyer: award.actor.organizationId !== need.buyer.id,
  });
  return repo.insert({
    number: await repo.nextNumber(award.at.getUTCFullYear()),
    needId: award.needId,
    winningBidId: award.winningBidId,
    orderId: award.orderId,
    decidedByUserId: award.actor.userId,
    decidedByOrganizationId: award.actor.organizationId,
    reason: award.reason,
    decidedAt: award.at,
    snapshot,
  });
}

export function createProtocolsService({ db }: { db: Db }) {
  const repo = createProtocolsRepo(db);

  async function visible(id: string, actor: Actor): Promise<Protocol> {
    const found = await repo.findById(id);
    if (!found || !canSeeProtocol(actor, found)) throw new NotFoundError('Protocol');
    return toProtocol(found.protocol);
  }

  return {
    get: visible,

    async pdf(id: string, language: ProtocolLanguage, actor: Actor) {
      const protocol = await visible(id, actor);
      const region = await repo.region(protocol.snapshot.need.deliveryRegionCode);
      const content = await renderProtocolPdf(protocol, language, region);
      return { filename: `protocol-${protocol.number}.pdf`, content };
    },
  };
}
export type ProtocolsService = ReturnType<typeof createProtocolsService>;
