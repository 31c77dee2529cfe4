import { z } from 'zod';
import { uuid } from '../common/common.schemas';

/** The objects files attach to (DESIGN.md §5 "Documents"); messages point to their thread's files. */
export const ATTACHMENT_OWNER_KINDS = ['need', 'capability', 'bid', 'order'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

/** The path segment of each owner kind: POST /{needs|capabilities|bids|orders}/:id/attachments. */
export const ATTACHMENT_OWNER_PATHS = {
  need: 'needs',
  capability: 'capabilities',
  bid: 'bids',
  order: 'orders',
} as const satisfies Record<AttachmentOwnerKind, string>;

/** An order's papers: contract, invoice, УПД (universal transfer document), ТТН (waybill), other. */
export const ORDER_DOCUMENT_KINDS = ['contract', 'invoice', 'upd', 'ttn', 'other'] as const;
export const orderDocumentKindSchema = z.enum(ORDER_DOCUMENT_KINDS);
export type OrderDocumentKind = z.infer<typeof orderDocumentKindSchema>;

/** The multipart form's text field next to the file (orders only; default `other`). */
export const uploadAttachmentQuerySchema = z.object({ documentKind: orderDocumentKindSchema.optional() });

/** What POST answers (201) and what a message carries. */
export const attachmentRefSchema = z.object({
  id: uuid,
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

export const attachmentSchema = attachmentRefSchema.extend({
  ownerKind: z.enum(ATTACHMENT_OWNER_KINDS),
  ownerId: uuid,
  organizationId: uuid,
  uploadedByName: z.string(),
  documentKind: orderDocumentKindSchema.nullable(),
  /** The caller's organization uploaded it, so it may delete it. */
  canDelete: z.boolean(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentListSchema = z.object({
  items: z.array(attachmentSchema),
  /** Whether the caller may attach more here (its side of the object, and the count limit not reached). */
  canUpload: z.boolean(),
  maxBytes: z.number().int(),
  maxCount: z.number().int(),
});
export type AttachmentList = z.infer<typeof attachmentListSchema>;

/** Extensions the server accepts (it checks the content too); the file picker offers these. */
export const ATTACHMENT_EXTENSIONS = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'dwg',
  'dxf',
  'step',
  'stp',
  'igs',
  'iges',
  'docx',
  'xlsx',
  'txt',
] as const;
