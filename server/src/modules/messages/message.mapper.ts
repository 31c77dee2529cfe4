import type { AttachmentRef } from '@zamena/shared/attachments/attachments.schemas';
import type { Message, Thread } from '@zamena/shared/messages/messages.schemas';
import { toOrganizationRef } from '../organizations/organization.mapper';
import type { MessageRow, ThreadRow } from './messages.repo';

export const toThread = (row: ThreadRow): Thread => ({
  id: row.id,
  needId: row.needId,
  needTitle: row.needTitle,
  supplierOrganizationId: row.supplierOrganizationId,
  supplier: toOrganizationRef(row.supplier),
  messageCount: row.messageCount,
  createdAt: row.createdAt.toISOString(),
  lastMessageAt: row.lastMessageAt.toISOString(),
});

export const toMessage = (
  row: Omit<MessageRow, 'sortKey'>,
  thread: ThreadRow,
  attachments: AttachmentRef[] = [],
): Message => ({
  id: row.id,
  threadId: row.threadId,
  needId: thread.needId,
  authorOrganizationId: row.authorOrganizationId,
  authorUserId: row.authorUserId,
  authorName: row.authorName,
  side: row.authorOrganizationId === thread.supplierOrganizationId ? 'supplier' : 'buyer',
  body: row.body,
  attachments,
  createdAt: row.createdAt.toISOString(),
});
