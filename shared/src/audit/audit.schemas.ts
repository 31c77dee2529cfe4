import { z } from 'zod';
import { isoDateTime, paginated, text, uuid } from '../common/common.schemas';

/** The kinds of object the audit trail records changes of (`entity_type` in the table). */
export const AUDIT_OBJECT_TYPES = [
  'organization',
  'user',
  'invitation',
  'need',
  'capability',
  'match',
  'bid',
  'order',
  'message',
  'import',
  'lot',
  'lot_bid',
  'support_measure',
] as const;
export const auditObjectTypeSchema = z.enum(AUDIT_OBJECT_TYPES);
export type AuditObjectType = z.infer<typeof auditObjectTypeSchema>;

/** An audit page's cursor: the last event's id (events are numbered in the order they were written). */
const auditCursor = z.string().regex(/^\d{1,18}$/, { message: 'is not valid' });

/**
 * `GET /audit` filters: one object (`objectType` with `objectId`), an organization's acts, a user's
 * acts, an action (`need.published`, or a prefix such as `need.`), a period.
 */
export const auditFiltersSchema = z
  .object({
    objectType: auditObjectTypeSchema.optional(),
    objectId: text(1, 100).optional(),
    organizationId: uuid.optional().describe('Changes made by members of this organization'),
    actorUserId: uuid.optional(),
    action: z
      .string()
      .regex(/^[a-z_]+(\.[a-z_]*)?$/, { message: 'is an action such as need.published or need.' })
      .max(60)
      .optional(),
    from: isoDateTime.optional(),
    to: isoDateTime.optional(),
  })
  .refine((filters) => !filters.objectId || filters.objectType, {
    message: 'objectId needs objectType',
    path: ['objectType'],
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: 'must not be after to',
    path: ['from'],
  });
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export const AUDIT_PAGE_SIZES = ['10', '20', '50', '100'] as const;

export const auditQuerySchema = z.intersection(
  auditFiltersSchema,
  z.object({
    cursor: auditCursor.optional(),
    limit: z
      .enum(AUDIT_PAGE_SIZES)
      .default('50')
      .transform((value) => Number(value)),
  }),
);
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export type AuditQueryInput = z.input<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  at: isoDateTime,
  actor: z
    .object({
      userId: z.string().nullable(),
      organizationId: z.string().nullable(),
      name: z.string().nullable(),
      organizationName: z.string().nullable(),
    })
    .nullable(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditPageSchema = paginated(auditEventSchema);
export type AuditPage = z.infer<typeof auditPageSchema>;
