// Source of truth for the database; `npm run db:generate` writes migrations/ from it.
// Keep this file free of relative imports (drizzle-kit cannot resolve them, drizzle-orm#2705).
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  char,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const regions = pgTable('regions', {
  code: char('code', { length: 2 }).primaryKey(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  federalDistrict: text('federal_district').notNull(),
  capital: text('capital').notNull(),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
  timezone: text('timezone').notNull(),
  okato: text('okato'),
});

export const okpd2Codes = pgTable(
  'okpd2_codes',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    parentCode: text('parent_code'),
    level: text('level').notNull(),
    depth: smallint('depth').notNull(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('russian', "code" || ' ' || "name")`),
  },
  (t) => [
    index('okpd2_codes_parent_idx').on(t.parentCode),
    index('okpd2_codes_code_pattern_idx').using('btree', sql`"code" text_pattern_ops`),
    index('okpd2_codes_search_idx').using('gin', t.search),
  ],
);

export const referenceDataVersions = pgTable('reference_data_versions', {
  name: text('name').primaryKey(),
  checksum: text('checksum').notNull(),
  rows: integer('rows').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    inn: text('inn'),
    ogrn: text('ogrn'),
    regionCode: char('region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
    verified: boolean('verified').notNull().default(false),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedByUserId: uuid('verified_by_user_id'),
    clusterType: text('cluster_type'),
    clusterName: text('cluster_name'),
    contacts: jsonb('contacts')
      .$type<{ email?: string; phone?: string; website?: string }>()
      .notNull()
      .default({}),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organizations_inn_key').on(t.inn),
    index('organizations_region_kind_idx').on(t.regionCode, t.kind),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    fullName: text('full_name').notNull(),
    role: text('role').notNull(),
    isAdmin: boolean('is_admin').notNull().default(false),
    language: text('language').notNull().default('ru'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), index('users_organization_idx').on(t.organizationId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    email: text('email').notNull(),
    fullName: text('full_name').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedByUserId: uuid('invited_by_user_id')
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invitations_token_hash_key').on(t.tokenHash),
    index('invitations_org_idx').on(t.organizationId),
  ],
);

export const refreshTokenFamilies = pgTable('refresh_token_families', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  revokedReason: text('revoked_reason'),
});

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => refreshTokenFamilies.id),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    spentAt: timestamp('spent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('refresh_tokens_token_hash_key').on(t.tokenHash),
    index('refresh_tokens_family_idx').on(t.familyId),
  ],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorUserId: uuid('actor_user_id'),
    actorOrganizationId: uuid('actor_organization_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    createdAt: createdAt(),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId, t.createdAt)],
);

export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    queue: text('queue').notNull(),
    topic: text('topic').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    jobId: text('job_id').notNull(),
    /** The job to enqueue; `topic` says what happened. Null on rows written before it existed (topic was the job). */
    jobName: text('job_name'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_unsent_idx')
      .on(t.id)
      .where(sql`"sent_at" IS NULL`),
  ],
);

/**
 * Both text search configurations: `russian` stems Cyrillic words (and Latin ones with the English
 * stemmer), `english` adds its own stems and stop words for English descriptions.
 */
const bilingualTsvector = (weighted: Array<[column: string, weight: 'A' | 'B']>) =>
  sql.raw(
    weighted
      .flatMap(([column, weight]) =>
        ['russian', 'english'].map(
          (config) => `setweight(to_tsvector('${config}', coalesce("${column}", '')), '${weight}')`,
        ),
      )
      .join(' || '),
  );
const quantity = (name: string) => numeric(name, { precision: 18, scale: 3 });
const money = (name: string) => numeric(name, { precision: 17, scale: 2 });

export const needs = pgTable(
  'needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    buyerOrganizationId: uuid('buyer_organization_id')
      .notNull()
      .references(() => organizations.id),
    postedByOrganizationId: uuid('posted_by_organization_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    okpd2: text('okpd2')
      .notNull()
      .references(() => okpd2Codes.code),
    tnved: text('tnved'),
    quantity: quantity('quantity').notNull(),
    unit: text('unit').notNull(),
    targetUnitPrice: money('target_unit_price'),
    neededBy: date('needed_by', { mode: 'string' }).notNull(),
    deliveryRegionCode: char('delivery_region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
    replaces: text('replaces'),
    critical: boolean('critical').notNull().default(false),
    status: text('status').notNull(),
    version: integer('version').notNull().default(1),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        bilingualTsvector([
          ['title', 'A'],
          ['replaces', 'A'],
          ['description', 'B'],
        ]),
      ),
  },
  (t) => [
    index('needs_created_idx').on(t.createdAt, t.id),
    index('needs_status_created_idx').on(t.status, t.createdAt, t.id),
    index('needs_okpd2_pattern_idx').using('btree', sql`"okpd2" text_pattern_ops`),
    index('needs_region_idx').on(t.deliveryRegionCode, t.status),
    index('needs_buyer_idx').on(t.buyerOrganizationId, t.createdAt),
    index('needs_posted_by_idx').on(t.postedByOrganizationId, t.createdAt),
    index('needs_search_idx').using('gin', t.search),
    index('needs_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    index('needs_replaces_trgm_idx').using('gin', t.replaces.op('gin_trgm_ops')),
    // The expire-needs job scans open needs by date.
    index('needs_open_needed_by_idx')
      .on(t.neededBy)
      .where(sql`"status" = 'open'`),
  ],
);

export const capabilities = pgTable(
  'capabilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    manufacturerOrganizationId: uuid('manufacturer_organization_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    okpd2: text('okpd2').array().notNull(),
    /** Every code of `okpd2` with all its ancestors (`28`, `28.1`, `28.15`, …): prefix search by `@>`. */
    okpd2Prefixes: text('okpd2_prefixes').array().notNull(),
    monthlyCapacity: quantity('monthly_capacity').notNull(),
    unit: text('unit').notNull(),
    minOrderQuantity: quantity('min_order_quantity'),
    leadTimeDays: integer('lead_time_days').notNull(),
    /** Empty: all regions. */
    deliveryRegionCodes: char('delivery_region_codes', { length: 2 })
      .array()
      .notNull()
      .default(sql`'{}'`),
    analogues: text('analogues')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** `analogues` joined by newlines, written with them: generated columns cannot call array_to_string (not immutable). */
    analoguesText: text('analogues_text').notNull().default(''),
    pp719RegistryNumber: text('pp719_registry_number'),
    localizationValidUntil: date('localization_valid_until', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        bilingualTsvector([
          ['title', 'A'],
          ['analogues_text', 'A'],
          ['description', 'B'],
        ]),
      ),
  },
  (t) => [
    index('capabilities_created_idx').on(t.createdAt, t.id),
    index('capabilities_manufacturer_idx').on(t.manufacturerOrganizationId, t.createdAt),
    index('capabilities_okpd2_prefixes_idx').using('gin', t.okpd2Prefixes),
    index('capabilities_regions_idx').using('gin', t.deliveryRegionCodes),
    index('capabilities_search_idx').using('gin', t.search),
    index('capabilities_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    index('capabilities_analogues_trgm_idx').using('gin', t.analoguesText.op('gin_trgm_ops')),
  ],
);
