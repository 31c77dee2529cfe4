import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type {
  Attachment,
  AttachmentList,
  AttachmentOwnerKind,
  AttachmentRef,
  OrderDocumentKind,
} from '@zamena/shared/attachments/attachments.schemas';
import type { Db, DbExecutor } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { AppError, ForbiddenError, NotFoundError } from '../../lib/errors';
import type { ObjectStorage } from '../../storage/object-storage';
import { recordAudit } from '../audit/audit.repo';
import { rematchNeedForFiles } from '../matching/need-files-rematch';
import { toAttachment, toAttachmentAudit, toAttachmentRef } from './attachment.mapper';
import { canAttach, canDeleteAttachment } from './attachments.permissions';
import { type AttachmentRow, createAttachmentsRepo } from './attachments.repo';
import { cleanFileName } from './file-name';
import { checkFileType } from './file-types';

/** Reads an owner object as the caller may (NotFoundError otherwise) and names who may attach to it. */
export type OwnerAccess = (ownerId: string, actor: Actor) => Promise<{ writers: readonly string[] }>;

export type Upload = { filename: string; content: Buffer };
export type Limits = { maxBytes: number; maxCount: number };

type Deps = {
  db: Db;
  storage: ObjectStorage;
  owners: Record<AttachmentOwnerKind, OwnerAccess>;
  limits: Limits;
};

export type Download = { attachment: AttachmentRow; stream: Readable; inline: boolean };

const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export function createAttachmentsService({ db, storage, owners, limits }: Deps) {
  const repo = createAttachmentsRepo(db);

  /** The attachment, if the caller may read the object it belongs to (the object's own rule, DESIGN.md §3). */
  async function readable(id: string, actor: Actor): Promise<AttachmentRow> {
    const row = await repo.findById(id);
    if (!row) throw new NotFoundError('Attachment');
    await owners[row.ownerKind as AttachmentOwnerKind](row.ownerId, actor).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('Attachment') : error;
    });
    return row;
  }

  return {
    limits,

    /**
     * Checked before the body is read: an object the caller may not see answers 404 whatever it sends,
     * one it sees but may not add to, 403.
     */
    async assertCanAttach(ownerKind: AttachmentOwnerKind, ownerId: string, actor: Actor): Promise<void> {
      const { writers } = await owners[ownerKind](ownerId, actor);
      if (!canAttach(actor, writers)) {
        throw new ForbiddenError(
          'not_attachment_party',
          'Only the object’s owner side (both sides of an order) attaches files',
        );
      }
    },

    async list(ownerKind: AttachmentOwnerKind, ownerId: string, actor: Actor): Promise<AttachmentList> {
      const { writers } = await owners[ownerKind](ownerId, actor);
      const rows = await repo.listFor(ownerKind, ownerId);
      return {
        items: rows.map((row) => toAttachment(row, actor)),
        canUpload: canAttach(actor, writers) && rows.length < limits.maxCount,
        maxBytes: limits.maxBytes,
        maxCount: limits.maxCount,
      };
    },

    async upload(
      ownerKind: AttachmentOwnerKind,
      ownerId: string,
      upload: Upload,
      documentKind: OrderDocumentKind | undefined,
      actor: Actor,
    ): Promise<AttachmentRef> {
      await this.assertCanAttach(ownerKind, ownerId, actor);
      if (upload.content.length === 0) throw new AppError(400, 'attachment_empty', 'The file is empty');
      const name = cleanFileName(upload.filename);
      const check = checkFileType(name, upload.content);
      if (!check.ok) throw new AppError(400, check.code, check.message);
      const sha256 = createHash('sha256').update(upload.content).digest('hex');

      return db.transaction(async (tx) => {
        const attachments = createAttachmentsRepo(tx);
        // The count and the bytes of one hash change under locks: no extra file past the limit, and a
        // concurrent delete of the same content cannot remove bytes this row is about to use.
        await attachments.lock(`${ownerKind}:${ownerId}`);
        if ((await attachments.countFor(ownerKind, ownerId)) >= limits.maxCount) {
          throw new AppError(
            400,
            'too_many_attachments',
            `An object holds at most ${limits.maxCount} files; remove one first`,
          );
        }
        await attachments.lock(sha256);
        if (!(await storage.exists(sha256))) await storage.put(sha256, upload.content, upload.content.length);
        const row = await attachments.insert({
          ownerKind,
          ownerId,
          organizationId: actor.organizationId,
          uploadedByUserId: actor.userId,
          name,
          contentType: check.type.contentType,
          size: upload.content.length,
          sha256,
          documentKind: ownerKind === 'order' ? (documentKind ?? 'other') : null,
        });
        await recordAudit(tx, {
          actor,
          action: `${ownerKind}.attachment_added`,
          entityType: ownerKind,
          entityId: ownerId,
          after: toAttachmentAudit(row),
        });
        // A need's file names are part of its matching text.
        if (ownerKind === 'need') await rematchNeedForFiles(tx, ownerId, row.id, 'added');
        return toAttachmentRef(row);
      });
    },

    async get(id: string, actor: Actor): Promise<Attachment> {
      return toAttachment(await readable(id, actor), actor);
    },

    /** The file's bytes for a reader of its object; every download is audited. */
    async download(id: string, actor: Actor): Promise<Download> {
      const attachment = await readable(id, actor);
      const stream = await storage.get(attachment.sha256);
      if (!stream) throw new NotFoundError('Attachment');
      await recordAudit(db, {
        actor,
        action: 'attachment.downloaded',
        entityType: 'attachment',
        entityId: attachment.id,
        after: { ownerKind: attachment.ownerKind, ownerId: attachment.ownerId, sha256: attachment.sha256 },
      });
      return { attachment, stream, inline: INLINE_TYPES.has(attachment.contentType) };
    },

    async remove(id: string, actor: Actor): Promise<void> {
      const attachment = await readable(id, actor);
      if (!canDeleteAttachment(actor, attachment)) throw new NotFoundError('Attachment');
      await db.transaction(async (tx) => {
        const attachments = createAttachmentsRepo(tx);
        await attachments.lock(attachment.sha256);
        await attachments.remove(id);
        await recordAudit(tx, {
          actor,
          action: `${attachment.ownerKind}.attachment_removed`,
          entityType: attachment.ownerKind,
          entityId: attachment.ownerId,
          before: toAttachmentAudit(attachment),
        });
        if (attachment.ownerKind === 'need') await rematchNeedForFiles(tx, attachment.ownerId, id, 'removed');
        // The bytes go with the last row that names them (the same file may be attached elsewhere).
        if ((await attachments.usesOf(attachment.sha256)) === 0) await storage.delete(attachment.sha256);
      });
    },

    /**
     * The files a message in the thread of (need, supplier) may point to: the need's, the supplier's bids'
     * on it and their orders' — files both sides of the thread already read. Others are a field error.
     */
    async assertLinkable(ids: string[], needId: string, supplierId: string): Promise<AttachmentRow[]> {
      const rows = await repo.linkableIn(ids, needId, supplierId);
      const found = new Set(rows.map((row) => row.id));
      const missing = ids.findIndex((id) => !found.has(id));
      if (missing >= 0) {
        throw new AppError(400, 'validation_failed', 'The message is invalid', [
          {
            path: `attachmentIds.${missing}`,
            message: 'must be a file of this need, or of the bids and orders of this conversation',
          },
        ]);
      }
      return rows;
    },

    link: (tx: DbExecutor, messageId: string, ids: string[]) =>
      createAttachmentsRepo(tx).link(messageId, ids),

    /** The files of each message, as references. */
    async ofMessages(messageIds: string[]): Promise<Map<string, AttachmentRef[]>> {
      const byMessage = await repo.ofMessages(messageIds);
      return new Map([...byMessage].map(([id, rows]) => [id, rows.map(toAttachmentRef)]));
    },
  };
}
export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
