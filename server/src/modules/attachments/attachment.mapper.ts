import type {
  Attachment,
  AttachmentRef,
  OrderDocumentKind,
} from '@zamena/shared/attachments/attachments.schemas';
import type { AttachmentOwnerKind } from '@zamena/shared/attachments/attachments.schemas';
import type { Actor } from '../../lib/actor';
import { canDeleteAttachment } from './attachments.permissions';
import type { AttachmentRow } from './attachments.repo';

export const toAttachmentRef = (
  row: Pick<AttachmentRow, 'id' | 'name' | 'contentType' | 'size' | 'sha256'>,
): AttachmentRef => ({
  id: row.id,
  name: row.name,
  contentType: row.contentType,
  size: row.size,
  sha256: row.sha256,
});

export const toAttachment = (row: AttachmentRow, actor: Actor): Attachment => ({
  ...toAttachmentRef(row),
  ownerKind: row.ownerKind as AttachmentOwnerKind,
  ownerId: row.ownerId,
  organizationId: row.organizationId,
  uploadedByName: row.uploadedByName,
  documentKind: row.documentKind as OrderDocumentKind | null,
  canDelete: canDeleteAttachment(actor, row),
  createdAt: row.createdAt.toISOString(),
});

/** What the audit keeps of a file: never its content. */
export const toAttachmentAudit = (
  row: Pick<AttachmentRow, 'id' | 'name' | 'size' | 'sha256' | 'documentKind'>,
) => ({
  attachmentId: row.id,
  name: row.name,
  size: row.size,
  sha256: row.sha256,
  documentKind: row.documentKind,
});
