import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client';
import { attachments, bids, messageAttachments, orders, users } from '../../db/schema';

export type AttachmentRow = typeof attachments.$inferSelect & { uploadedByName: string };

const columns = {
  id: attachments.id,
  ownerKind: attachments.ownerKind,
  ownerId: attachments.ownerId,
  organizationId: attachments.organizationId,
  uploadedByUserId: attachments.uploadedByUserId,
  name: attachments.name,
  contentType: attachments.contentType,
  size: attachments.size,
  sha256: attachments.sha256,
  documentKind: attachments.documentKind,
  createdAt: attachments.createdAt,
  uploadedByName: users.fullName,
};

export function createAttachmentsRepo(db: DbExecutor) {
  const select = () =>
    db.select(columns).from(attachments).innerJoin(users, eq(users.id, attachments.uploadedByUserId));

  return {
    async findById(id: string): Promise<AttachmentRow | undefined> {
      const [row] = await select().where(eq(attachments.id, id));
      return row;
    },

    /** Oldest first, as they were added. */
    listFor: (ownerKind: string, ownerId: string): Promise<AttachmentRow[]> =>
      select()
        .where(and(eq(attachments.ownerKind, ownerKind), eq(attachments.ownerId, ownerId)))
        .orderBy(asc(attachments.createdAt), asc(attachments.id)),

    byIds: (ids: string[]): Promise<AttachmentRow[]> =>
      ids.length === 0 ? Promise.resolve([]) : select().where(inArray(attachments.id, ids)),

    /** Of `ids`, those of the need, or of the supplier's bids on it and their orders. */
    linkableIn: (ids: string[], needId: string, supplierId: string): Promise<AttachmentRow[]> =>
      ids.length === 0
        ? Promise.resolve([])
        : select().where(
            and(
              inArray(attachments.id, ids),
              sql`(
                (${attachments.ownerKind} = 'need' AND ${attachments.ownerId} = ${needId})
                OR (${attachments.ownerKind} = 'bid' AND EXISTS (
                  SELECT 1 FROM ${bids} WHERE ${bids.id} = ${attachments.ownerId}
                    AND ${bids.needId} = ${needId} AND ${bids.bidderOrganizationId} = ${supplierId}))
                OR (${attachments.ownerKind} = 'order' AND EXISTS (
                  SELECT 1 FROM ${orders} WHERE ${orders.id} = ${attachments.ownerId}
                    AND ${orders.needId} = ${needId} AND ${orders.supplierOrganizationId} = ${supplierId}))
              )`,
            ),
          ),

    async countFor(ownerKind: string, ownerId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(attachments)
        .where(and(eq(attachments.ownerKind, ownerKind), eq(attachments.ownerId, ownerId)));
      return row?.n ?? 0;
    },

    async usesOf(sha256: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(attachments)
        .where(eq(attachments.sha256, sha256));
      return row?.n ?? 0;
    },

    /** Serializes the writers of one key (an owner's count, a content hash) until the transaction ends. */
    async lock(key: string): Promise<void> {
      await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`attachment:${key}`}, 0))`);
    },

    async insert(values: typeof attachments.$inferInsert) {
      const [row] = await db.insert(attachments).values(values).returning();
      return row!;
    },

    async remove(id: string): Promise<void> {
      await db.delete(attachments).where(eq(attachments.id, id));
    },

    async link(messageId: string, attachmentIds: string[]): Promise<void> {
      if (attachmentIds.length === 0) return;
      await db
        .insert(messageAttachments)
        .values(attachmentIds.map((attachmentId) => ({ messageId, attachmentId })))
        .onConflictDoNothing();
    },

    /** The files each message points to, by message id. */
    async ofMessages(messageIds: string[]): Promise<Map<string, AttachmentRow[]>> {
      const byMessage = new Map<string, AttachmentRow[]>();
      if (messageIds.length === 0) return byMessage;
      const rows = await db
        .select({ ...columns, messageId: messageAttachments.messageId })
        .from(messageAttachments)
        .innerJoin(attachments, eq(attachments.id, messageAttachments.attachmentId))
        .innerJoin(users, eq(users.id, attachments.uploadedByUserId))
        .where(inArray(messageAttachments.messageId, messageIds))
        .orderBy(asc(attachments.createdAt), asc(attachments.id));
      for (const { messageId, ...row } of rows) {
        byMessage.set(messageId, [...(byMessage.get(messageId) ?? []), row]);
      }
      return byMessage;
    },
  };
}
export type AttachmentsRepo = ReturnType<typeof createAttachmentsRepo>;
