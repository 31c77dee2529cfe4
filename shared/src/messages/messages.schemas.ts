import { z } from 'zod';
import { attachmentRefSchema } from '../attachments/attachments.schemas';
import { paginated, text, uuid } from '../common/common.schemas';
import { organizationRefSchema } from '../organizations/organizations.schemas';

/** The buyer side is the need's buyer and the centre that posted it; the supplier side one manufacturer. */
export const MESSAGE_SIDES = ['buyer', 'supplier'] as const;
export const messageSideSchema = z.enum(MESSAGE_SIDES);

/** POST /needs/:id/messages. A supplier writes into its own thread; the buyer side names the supplier. */
export const postMessageSchema = z.object({
  body: text(1, 5000),
  supplierOrganizationId: uuid.optional(),
  /**
   * Files the message points to: attachments of the need, or of the supplier's bids on it and their
   * orders (both sides of the thread already read those); upload them there first.
   */
  attachmentIds: z.array(uuid).max(10).optional(),
});
export type PostMessage = z.infer<typeof postMessageSchema>;

export const messageSchema = z.object({
  id: uuid,
  threadId: uuid,
  needId: uuid,
  authorOrganizationId: uuid,
  authorUserId: uuid,
  authorName: z.string(),
  side: messageSideSchema,
  body: z.string(),
  attachments: z.array(attachmentRefSchema),
  createdAt: z.string(),
});
export type Message = z.infer<typeof messageSchema>;

/** One conversation per need and supplier organization. */
export const threadSchema = z.object({
  id: uuid,
  needId: uuid,
  needTitle: z.string(),
  supplierOrganizationId: uuid,
  supplier: organizationRefSchema,
  messageCount: z.number().int(),
  createdAt: z.string(),
  lastMessageAt: z.string(),
});
export type Thread = z.infer<typeof threadSchema>;

export const threadListSchema = z.object({ items: z.array(threadSchema) });
export type ThreadList = z.infer<typeof threadListSchema>;

export const messageListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: z.string().max(500).optional(),
});
export type MessageListQuery = z.infer<typeof messageListQuerySchema>;

/** Oldest first; `nextCursor` continues with later messages. */
export const messagePageSchema = paginated(messageSchema).extend({ thread: threadSchema });
export type MessagePage = z.infer<typeof messagePageSchema>;
