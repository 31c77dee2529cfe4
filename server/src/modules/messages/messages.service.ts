import type {
  Message,
  MessageListQuery,
  MessagePage,
  PostMessage,
  ThreadList,
} from '@zamena/shared/messages/messages.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { toAttachmentRef } from '../attachments/attachment.mapper';
import type { AttachmentsService } from '../attachments/attachments.service';
import { recordAudit } from '../audit/audit.repo';
import type { NeedsService } from '../needs/needs.service';
import { notifyOrganizations } from '../notifications/notify';
import type { OrganizationsService } from '../organizations/organizations.service';
import { toMessage, toThread } from './message.mapper';
import { canSeeThread, canWriteAsSupplier, isBuyerSide, seesAllThreads } from './messages.permissions';
import { createMessagesRepo, type ThreadRow } from './messages.repo';

type Deps = {
  db: Db;
  needs: Pick<NeedsService, 'get'>;
  organizations: Pick<OrganizationsService, 'findRow'>;
  attachments: Pick<AttachmentsService, 'assertLinkable' | 'link' | 'ofMessages'>;
};

const supplierError = (message: string) =>
  new ValidationError('The message is invalid', [{ path: 'supplierOrganizationId', message }]);

export function createMessagesService({ db, needs, organizations, attachments }: Deps) {
  const repo = createMessagesRepo(db);

  /** Whose thread a message goes to: the buyer side names a supplier, a supplier writes in its own. */
  async function supplierOf(need: Need, input: PostMessage, actor: Actor): Promise<string> {
    if (isBuyerSide(actor, need)) {
      const supplierId = input.supplierOrganizationId;
      if (!supplierId) throw supplierError('name the supplier whose thread you write in');
      const supplier = await organizations.findRow(supplierId);
      if (!supplier || supplier.kind !== 'enterprise' || supplierId === need.buyerOrganizationId) {
        throw supplierError('must be a manufacturing enterprise other than the buyer');
      }
      return supplierId;
    }
    if (!canWriteAsSupplier(actor)) {
      throw new ForbiddenError('not_a_party', 'Only the buyer side and manufacturers write about a need');
    }
    if (input.supplierOrganizationId && input.supplierOrganizationId !== actor.organizationId) {
      throw supplierError('a supplier writes only in its own thread');
    }
    // A supplier opens a conversation while the need is open, or once it holds an order on it (the
    // order page's thread); an existing one goes on afterwards.
    if (
      need.status !== 'open' &&
      !(await repo.findThreadFor(need.id, actor.organizationId)) &&
      !(await repo.suppliesOrderOn(need.id, actor.organizationId))
    ) {
      throw new ConflictError(
        'need_not_open',
        `The need is ${need.status}: new conversations start while it is open`,
      );
    }
    return actor.organizationId;
  }

  async function visibleThread(id: string, actor: Actor): Promise<ThreadRow> {
    const thread = await repo.findThread(id);
    // Another organization's conversation answers as missing, so ids cannot be probed (DESIGN.md §3).
    if (!thread || !canSeeThread(actor, thread)) throw new NotFoundError('Thread');
    return thread;
  }

  return {
    async listThreads(needId: string, actor: Actor): Promise<ThreadList> {
      const need = await needs.get(needId, actor);
      const rows = await repo.threadsForNeed(
        needId,
        seesAllThreads(actor, need) ? undefined : actor.organizationId,
      );
      return { items: rows.map(toThread) };
    },

    async listMessages(threadId: string, query: MessageListQuery, actor: Actor): Promise<MessagePage> {
      const thread = await visibleThread(threadId, actor);
      const after = query.cursor ? decodeCursor(query.cursor, 'date') : undefined;
      const rows = await repo.messages(threadId, query.limit + 1, after);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const files = await attachments.ofMessages(page.map((row) => row.id));
      return {
        thread: toThread(thread),
        items: page.map((row) => toMessage(row, thread, files.get(row.id))),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'date', key: last.sortKey, id: last.id })
            : null,
      };
    },

    /** Writes into the (need, supplier) thread, creating it on the first message; the other side is notified. */
    async post(needId: string, input: PostMessage, actor: Actor): Promise<Message> {
      const need = await needs.get(needId, actor);
      const supplierId = await supplierOf(need, input, actor);
      const attachmentIds = [...new Set(input.attachmentIds ?? [])];
      const files = await attachments.assertLinkable(attachmentIds, needId, supplierId);
      return db.transaction(async (tx) => {
        const messages = createMessagesRepo(tx);
        const threadId = await messages.touchThread(needId, supplierId);
        const row = await messages.insertMessage({
          threadId,
          authorUserId: actor.userId,
          authorOrganizationId: actor.organizationId,
          body: input.body,
        });
        await attachments.link(tx, row.id, attachmentIds);
        const thread = (await messages.findThread(threadId))!;
        await recordAudit(tx, {
          actor,
          action: 'message.posted',
          entityType: 'message',
          entityId: row.id,
          // The text stays in the conversation; the audit keeps where it went.
          after: { threadId, needId, supplierOrganizationId: supplierId, attachmentIds },
        });
        const recipients =
          actor.organizationId === supplierId
            ? [need.buyerOrganizationId, need.postedByOrganizationId]
            : [supplierId];
        await notifyOrganizations(tx, recipients, {
          kind: 'message.received',
          payload: { needId, needTitle: need.title, threadId, messageId: row.id },
          dedupeKey: `message-${row.id}`,
        });
        return toMessage(
          { ...row, authorName: await messages.authorName(actor.userId) },
          thread,
          attachmentIds.map((id) => toAttachmentRef(files.find((file) => file.id === id)!)),
        );
      });
    },
  };
}
export type MessagesService = ReturnType<typeof createMessagesService>;
