// Source of truth for the database; `npm run db:generate` writes migrations/ from it.
// Keep this file free of relative imports (drizzle-kit cannot resolve them, drizzle-orm#2705).
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  char,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
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
    // The OKPD2 picker's typo tolerance (word_similarity `%>`, reference.okpd2-ranking.ts).
    index('okpd2_codes_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
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
    /** Set when an analyst refused or revoked verification; cleared by a later verification. */
    verificationRefusedAt: timestamp('verification_refused_at', { withTimezone: true }),
    /** The analyst's reason for the last refusal or revocation, shown to the organization. */
    verificationReason: text('verification_reason'),
    /** Notification kinds the owner chose not to receive by webhook (all are sent by default). */
    webhookMutedKinds: text('webhook_muted_kinds')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    clusterType: text('cluster_type'),
    clusterName: text('cluster_name'),
    /** The organization agreed to be named in open data (OCDS export); otherwise it is anonymised. */
    openDataConsent: boolean('open_data_consent').notNull().default(false),
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
    /**
     * Carried in access tokens (`sv`) and compared on every request: raising it ends all of the
     * user's access tokens at once (logout, password change or reset, removal, disabling).
     */
    sessionVersion: integer('session_version').notNull().default(0),
    /** Set by an administrator: the user cannot sign in and their tokens stop working until enabled. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Removed from the organization by an owner: kept for the records, no longer a member. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    /** Channels the user switched off, per notification kind: `{ "bid.revised": { "email": false } }`. */
    notificationPreferences: jsonb('notification_preferences')
      .$type<Record<string, { inApp?: boolean; email?: boolean }>>()
      .notNull()
      .default({}),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), index('users_organization_idx').on(t.organizationId)],
);

/** Secrets the server makes for itself on first start (the access-token key when JWT_SECRET is unset). */
export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});

/** "Forgot password" requests: the link's token is derived from the id by HMAC, only its hash is kept. */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('password_resets_token_hash_key').on(t.tokenHash),
    index('password_resets_user_idx').on(t.userId, t.createdAt),
  ],
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

export const refreshTokenFamilies = pgTable(
  'refresh_token_families',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
  },
  // Ending all of a user's sessions revokes their open families.
  (t) => [
    index('refresh_token_families_user_open_idx')
      .on(t.userId)
      .where(sql`"revoked_at" IS NULL`),
  ],
);

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
    // A draft may lack these five; the needs_complete_unless_draft check requires them elsewhere.
    okpd2: text('okpd2').references(() => okpd2Codes.code),
    tnved: text('tnved'),
    quantity: quantity('quantity'),
    unit: text('unit'),
    targetUnitPrice: money('target_unit_price'),
    neededBy: date('needed_by', { mode: 'string' }),
    deliveryRegionCode: char('delivery_region_code', { length: 2 }).references(() => regions.code),
    replaces: text('replaces'),
    critical: boolean('critical').notNull().default(false),
    /** Several bids may be accepted, up to the quantity (split award). */
    allowSplitAward: boolean('allow_split_award').notNull().default(false),
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
    // Region and OKPD2 prefix together, the exchange's commonest filter (bench: server/bench).
    index('needs_region_okpd2_idx').using('btree', t.deliveryRegionCode, sql`"okpd2" text_pattern_ops`),
    index('needs_buyer_idx').on(t.buyerOrganizationId, t.createdAt),
    index('needs_posted_by_idx').on(t.postedByOrganizationId, t.createdAt),
    index('needs_search_idx').using('gin', t.search),
    index('needs_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    index('needs_replaces_trgm_idx').using('gin', t.replaces.op('gin_trgm_ops')),
    // The expire-needs job scans open needs by date.
    index('needs_open_needed_by_idx')
      .on(t.neededBy)
      .where(sql`"status" = 'open'`),
    check(
      'needs_complete_unless_draft',
      sql`"status" = 'draft' OR ("okpd2" IS NOT NULL AND "quantity" IS NOT NULL AND "unit" IS NOT NULL AND "needed_by" IS NOT NULL AND "delivery_region_code" IS NOT NULL)`,
    ),
  ],
);

/**
 * An ordered inverted index of needs' words: one row per need and lexeme of its `search` vector, with
 * the need's rank for that lexeme alone (1 + ts_rank, as in a search sort key). A one-word search walks
 * (lexeme, rank DESC, need_id DESC) and stops after a page, where the GIN index would hand over every
 * match to be ranked. Kept by statement triggers on needs (migrations/0008), never written by the app.
 */
export const needSearchTerms = pgTable(
  'need_search_terms',
  {
    // No foreign key: the triggers that write these rows also delete them with their need, and a
    // key check per row would double the cost of loading needs.
    needId: uuid('need_id').notNull(),
    lexeme: text('lexeme').notNull(),
    rank: numeric('rank', { precision: 8, scale: 6 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.needId, t.lexeme] }),
    index('need_search_terms_ranked_idx').on(
      t.lexeme,
      t.rank.desc().nullsFirst(),
      t.needId.desc().nullsFirst(),
    ),
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

export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** `needs` | `capabilities` */
    kind: text('kind').notNull(),
    /** `queued` | `running` | `succeeded` | `failed` */
    status: text('status').notNull().default('queued'),
    filename: text('filename').notNull(),
    /** The uploaded file itself: job payloads carry ids only. Cleared once the import finishes. */
    content: bytea('content'),
    totalRows: integer('total_rows'),
    processedRows: integer('processed_rows').notNull().default(0),
    /** Rows written so far by the final transaction (uncommitted until it ends: all or none). */
    writtenRows: integer('written_rows').notNull().default(0),
    importedCount: integer('imported_count').notNull().default(0),
    /** Row-level errors: `[{ row, path, message }]`. */
    errors: jsonb('errors').$type<{ row: number; path: string; message: string }[]>().notNull().default([]),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_organization_idx').on(t.organizationId, t.createdAt)],
);

export const matches = pgTable(
  'matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
    capabilityId: uuid('capability_id')
      .notNull()
      .references(() => capabilities.id),
    manufacturerOrganizationId: uuid('manufacturer_organization_id')
      .notNull()
      .references(() => organizations.id),
    score: numeric('score', { precision: 5, scale: 4 }).notNull(),
    /** `{ classification, text, capacity, leadTime, distance, trust }`, each in [0, 1]. */
    components: jsonb('components').$type<Record<string, number>>().notNull(),
    interregional: boolean('interregional').notNull(),
    distanceKm: integer('distance_km').notNull(),
    /** Need version the match was computed for. */
    needVersion: integer('need_version').notNull(),
    /** Is it the product the need asks for (DESIGN.md §4, step 2); the score adds fit among relevant ones. */
    relevance: numeric('relevance', { precision: 5, scale: 4 }).notNull().default('0'),
    /** A strong match: its manufacturer was alerted. A possible one alerts nobody. */
    notified: boolean('notified').notNull().default(false),
    /** `proposed` | `approved` | `dismissed` */
    status: text('status').notNull().default('proposed'),
    reviewReason: text('review_reason'),
    reviewedByUserId: uuid('reviewed_by_user_id').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** The manufacturer's answer to an alert: `not_our_product`. Like a dismissal, it suppresses the pair. */
    supplierVerdict: text('supplier_verdict'),
    supplierVerdictNote: text('supplier_verdict_note'),
    supplierVerdictAt: timestamp('supplier_verdict_at', { withTimezone: true }),
    supplierVerdictByUserId: uuid('supplier_verdict_by_user_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('matches_need_capability_key').on(t.needId, t.capabilityId),
    index('matches_need_score_idx').on(t.needId, t.score),
    index('matches_capability_idx').on(t.capabilityId, t.score),
    index('matches_manufacturer_idx').on(t.manufacturerOrganizationId, t.createdAt),
    index('matches_status_idx').on(t.status, t.createdAt),
  ],
);

/**
 * What relevance reads of a capability (server/src/modules/matching/relevance/match-profile.ts), kept by
 * the worker's capability runs for the version it read: `terms` (title and description) feed the term
 * statistics (kept by triggers, migrations/0011), `titleTerms` the candidate index (a need's head noun
 * in a capability's title), `profile` the relevance model.
 */
export const capabilityMatchProfiles = pgTable(
  'capability_match_profiles',
  {
    capabilityId: uuid('capability_id')
      .primaryKey()
      .references(() => capabilities.id, { onDelete: 'cascade' }),
    capabilityVersion: integer('capability_version').notNull(),
    profileVersion: integer('profile_version').notNull(),
    terms: text('terms').array().notNull(),
    titleTerms: text('title_terms').array().notNull(),
    profile: jsonb('profile').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('capability_match_profiles_title_terms_idx').using('gin', t.titleTerms)],
);

/** In how many profiled capabilities each term occurs; the row of the empty term counts the profiles. */
export const capabilityTermStats = pgTable('capability_term_stats', {
  term: text('term').primaryKey(),
  capabilities: integer('capabilities').notNull(),
});

/**
 * A need's profile (as for capabilities) and its last matching run: the version matched and when, so
 * "no domestic supplier found" is said only once matching has looked.
 */
export const needMatchStates = pgTable(
  'need_match_states',
  {
    needId: uuid('need_id')
      .primaryKey()
      .references(() => needs.id, { onDelete: 'cascade' }),
    needVersion: integer('need_version').notNull(),
    profileVersion: integer('profile_version').notNull(),
    /** The title's terms: reverse matching finds needs whose title names a capability's head. */
    titleTerms: text('title_terms').array().notNull(),
    profile: jsonb('profile').$type<Record<string, unknown>>().notNull(),
    matchedVersion: integer('matched_version'),
    matchedAt: timestamp('matched_at', { withTimezone: true }),
  },
  (t) => [index('need_match_states_title_terms_idx').using('gin', t.titleTerms)],
);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** One notification per party per event: e.g. `need-found:<needId>:v3`. */
    dedupeKey: text('dedupe_key').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('notifications_user_dedupe_key').on(t.userId, t.dedupeKey),
    index('notifications_user_created_idx').on(t.userId, t.createdAt),
  ],
);

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** One delivery per organization per event. */
    eventKey: text('event_key').notNull(),
    url: text('url').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** `pending` | `delivered` | `failed` */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_org_event_key').on(t.organizationId, t.eventKey),
    index('webhook_deliveries_org_created_idx').on(t.organizationId, t.createdAt),
  ],
);

export const webhookEndpoints = pgTable('webhook_endpoints', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  url: text('url').notNull(),
  /** HMAC-SHA256 key for the `X-Zamena-Signature` header. */
  secret: text('secret').notNull(),
  active: boolean('active').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const bids = pgTable(
  'bids',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
    bidderOrganizationId: uuid('bidder_organization_id')
      .notNull()
      .references(() => organizations.id),
    capabilityId: uuid('capability_id').references(() => capabilities.id),
    unitPrice: money('unit_price').notNull(),
    quantity: quantity('quantity').notNull(),
    leadTimeDays: integer('lead_time_days').notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    comment: text('comment').notNull().default(''),
    // Commercial terms (DESIGN.md §5 "Bid terms"): null on bids made before they existed.
    /** `20` | `10` | `0` | `none` */
    vatRate: text('vat_rate'),
    priceIncludesVat: boolean('price_includes_vat'),
    /** `pickup` | `buyer_site` | `regional_terminal` */
    deliveryBasis: text('delivery_basis'),
    /** For the whole quantity, on the price's VAT footing; null: included in the price (or pick-up). */
    deliveryCost: money('delivery_cost'),
    prepaymentPercent: integer('prepayment_percent'),
    paymentDays: integer('payment_days'),
    warrantyMonths: integer('warranty_months'),
    schedule: jsonb('schedule').$type<{ date: string; quantity: string }[]>(),
    /** Computed by shared/src/bids/bid-price.ts at every write, so PostgreSQL can rank by it. */
    deliveredUnitPrice: money('delivered_unit_price'),
    /** `submitted` | `withdrawn` | `accepted` | `rejected` | `expired` */
    status: text('status').notNull().default('submitted'),
    /** Revision number; earlier revisions are kept in bid_revisions. */
    revision: integer('revision').notNull().default(1),
    decisionReason: text('decision_reason'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bids_need_idx').on(t.needId, t.status),
    index('bids_bidder_idx').on(t.bidderOrganizationId, t.createdAt),
    // One live bid per supplier per need; revisions update it.
    uniqueIndex('bids_need_bidder_live_key')
      .on(t.needId, t.bidderOrganizationId)
      .where(sql`"status" = 'submitted'`),
  ],
);

export const bidRevisions = pgTable(
  'bid_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bidId: uuid('bid_id')
      .notNull()
      .references(() => bids.id),
    revision: integer('revision').notNull(),
    unitPrice: money('unit_price').notNull(),
    quantity: quantity('quantity').notNull(),
    leadTimeDays: integer('lead_time_days').notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    comment: text('comment').notNull().default(''),
    // The revision's commercial terms, as on bids (null on revisions kept before they were recorded).
    vatRate: text('vat_rate'),
    priceIncludesVat: boolean('price_includes_vat'),
    deliveryBasis: text('delivery_basis'),
    deliveryCost: money('delivery_cost'),
    prepaymentPercent: integer('prepayment_percent'),
    paymentDays: integer('payment_days'),
    warrantyMonths: integer('warranty_months'),
    schedule: jsonb('schedule').$type<{ date: string; quantity: string }[]>(),
    deliveredUnitPrice: money('delivered_unit_price'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('bid_revisions_bid_revision_key').on(t.bidId, t.revision)],
);

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
    /** The accepted bid on the need; null for an order made by a lot award (then `lotBidId` is set). */
    bidId: uuid('bid_id').references(() => bids.id),
    /** The lot and its awarded bid, for an order made by a lot award (DESIGN.md §5 "Lots add"). */
    lotId: uuid('lot_id').references(() => lots.id),
    lotBidId: uuid('lot_bid_id').references(() => lotBids.id),
    /** The selection protocol frozen when the bid was accepted (null for lot awards). */
    protocolId: uuid('protocol_id').references((): AnyPgColumn => selectionProtocols.id),
    buyerOrganizationId: uuid('buyer_organization_id')
      .notNull()
      .references(() => organizations.id),
    supplierOrganizationId: uuid('supplier_organization_id')
      .notNull()
      .references(() => organizations.id),
    quantity: quantity('quantity').notNull(),
    unitPrice: money('unit_price').notNull(),
    total: money('total').notNull(),
    /** `confirmed` | `in_production` | `shipped` | `delivered` | `completed` | `cancelled` | `disputed` */
    status: text('status').notNull().default('confirmed'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_bid_key').on(t.bidId),
    // A lot award makes at most one order per (awarded bid, need) share.
    uniqueIndex('orders_lot_bid_need_key').on(t.lotBidId, t.needId),
    index('orders_lot_idx').on(t.lotId),
    check(
      'orders_source_check',
      sql`(${t.bidId} IS NULL) <> (${t.lotBidId} IS NULL) AND (${t.lotBidId} IS NULL) = (${t.lotId} IS NULL)`,
    ),
    index('orders_need_idx').on(t.needId),
    index('orders_buyer_idx').on(t.buyerOrganizationId, t.createdAt),
    index('orders_supplier_idx').on(t.supplierOrganizationId, t.createdAt),
  ],
);

export const orderEvents = pgTable(
  'order_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorOrganizationId: uuid('actor_organization_id').references(() => organizations.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.id)],
);

/** A shipment the supplier recorded against an order; the buyer side accepts what arrived. */
export const orderDeliveries = pgTable(
  'order_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    quantity: quantity('quantity').notNull(),
    shippedAt: date('shipped_at').notNull(),
    note: text('note').notNull().default(''),
    shippedByUserId: uuid('shipped_by_user_id').references(() => users.id),
    /** Null until the buyer side accepts it; then at most `quantity`. */
    acceptedQuantity: quantity('accepted_quantity'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedByUserId: uuid('accepted_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('order_deliveries_order_idx').on(t.orderId, t.createdAt),
    check('order_deliveries_quantity_positive', sql`${t.quantity} > 0`),
    check(
      'order_deliveries_accepted_range',
      sql`${t.acceptedQuantity} IS NULL OR (${t.acceptedQuantity} >= 0 AND ${t.acceptedQuantity} <= ${t.quantity})`,
    ),
  ],
);

/** The buyer's rating of the supplier after a completed order: one per order. */
export const orderRatings = pgTable(
  'order_ratings',
  {
    orderId: uuid('order_id')
      .primaryKey()
      .references(() => orders.id),
    supplierOrganizationId: uuid('supplier_organization_id')
      .notNull()
      .references(() => organizations.id),
    onTime: smallint('on_time').notNull(),
    quality: smallint('quality').notNull(),
    communication: smallint('communication').notNull(),
    comment: text('comment').notNull().default(''),
    ratedByUserId: uuid('rated_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('order_ratings_supplier_idx').on(t.supplierOrganizationId),
    check(
      'order_ratings_range',
      sql`${t.onTime} BETWEEN 1 AND 5 AND ${t.quality} BETWEEN 1 AND 5 AND ${t.communication} BETWEEN 1 AND 5`,
    ),
  ],
);

/** Next protocol number per calendar year (UTC): `2026-000123`; taken in the award's transaction. */
export const selectionProtocolNumbers = pgTable('selection_protocol_numbers', {
  year: integer('year').primaryKey(),
  lastNumber: integer('last_number').notNull(),
});

/**
 * Why a bid won (issue 22): the comparison at the moment of the award, the winner and the reason,
 * frozen in `snapshot` (shared/src/protocols/protocols.schemas.ts) and never changed afterwards.
 */
export const selectionProtocols = pgTable(
  'selection_protocols',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
    winningBidId: uuid('winning_bid_id')
      .notNull()
      .references(() => bids.id),
    orderId: uuid('order_id')
      .notNull()
      .references((): AnyPgColumn => orders.id),
    decidedByUserId: uuid('decided_by_user_id')
      .notNull()
      .references(() => users.id),
    /** The buyer, or the centre that posted the need for it. */
    decidedByOrganizationId: uuid('decided_by_organization_id')
      .notNull()
      .references(() => organizations.id),
    reason: text('reason').notNull().default(''),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    snapshot: jsonb('snapshot').notNull(),
  },
  (t) => [
    uniqueIndex('selection_protocols_number_key').on(t.number),
    uniqueIndex('selection_protocols_order_key').on(t.orderId),
    index('selection_protocols_need_idx').on(t.needId),
  ],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    /** Method and path the key was used for: the same key on another request is refused. */
    scope: text('scope').notNull(),
    responseStatus: integer('response_status').notNull(),
    responseBody: jsonb('response_body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

export const messageThreads = pgTable(
  'message_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
    /** The supplier side of the conversation; the buyer side is the need's buyer and poster. */
    supplierOrganizationId: uuid('supplier_organization_id')
      .notNull()
      .references(() => organizations.id),
    createdAt: createdAt(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('message_threads_need_supplier_key').on(t.needId, t.supplierOrganizationId)],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    authorOrganizationId: uuid('author_organization_id')
      .notNull()
      .references(() => organizations.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('messages_thread_idx').on(t.threadId, t.createdAt)],
);

/**
 * Pooled demand (DESIGN.md §2): open needs of one OKPD2 kind (`25.73.40`) and unit from at least two
 * regions. Rebuilt set-based by the rebuild-lots job; one live (not archived) lot per kind and unit.
 */
export const lots = pgTable(
  'lots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    okpd2Kind: text('okpd2_kind').notNull(),
    unit: text('unit').notNull(),
    /** The product its needs ask for (lot_products): one lot per kind, unit and product. */
    productKey: text('product_key').notNull().default(''),
    productName: text('product_name').notNull().default(''),
    /**
     * `draft` | `published` | `archived` (a published lot whose demand no longer spans two regions) |
     * `awarded` (its bids awarded: orders made; kept as the record of the award).
     */
    status: text('status').notNull().default('draft'),
    awardedAt: timestamp('awarded_at', { withTimezone: true }),
    awardedByUserId: uuid('awarded_by_user_id').references(() => users.id),
    needsCount: integer('needs_count').notNull(),
    totalQuantity: numeric('total_quantity', { precision: 21, scale: 3 }).notNull(),
    /** Sum of quantity × target unit price over the needs that name a price. */
    totalValue: numeric('total_value', { precision: 24, scale: 2 }).notNull(),
    pricedNeedsCount: integer('priced_needs_count').notNull(),
    regionsCount: integer('regions_count').notNull(),
    regionCodes: char('region_codes', { length: 2 }).array().notNull(),
    buyersCount: integer('buyers_count').notNull(),
    earliestNeededBy: date('earliest_needed_by', { mode: 'string' }).notNull(),
    /** Monthly capacity of the distinct active capabilities in the lot's unit that cover the kind or match a need. */
    matchedCapacity: numeric('matched_capacity', { precision: 21, scale: 3 }).notNull(),
    capabilitiesCount: integer('capabilities_count').notNull(),
    /** Matched capacity until the earliest needed-by date over the total quantity (capped at 9999). */
    coverage: numeric('coverage', { precision: 10, scale: 4 }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedByUserId: uuid('published_by_user_id').references(() => users.id),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Awarded lots are a record like archived ones: a new lot may pool the kind's remaining demand.
    uniqueIndex('lots_kind_unit_product_live_key')
      .on(t.okpd2Kind, t.unit, t.productKey)
      .where(sql`"status" IN ('draft', 'published')`),
    index('lots_status_updated_idx').on(t.status, t.updatedAt),
    index('lots_region_codes_idx').using('gin', t.regionCodes),
  ],
);

export const lotNeeds = pgTable(
  'lot_needs',
  {
    lotId: uuid('lot_id')
      .notNull()
      .references(() => lots.id, { onDelete: 'cascade' }),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
  },
  (t) => [primaryKey({ columns: [t.lotId, t.needId] }), index('lot_needs_need_idx').on(t.needId)],
);

/**
 * The product a need asks for as lots read it (server/src/modules/lots/lot-product.ts, from the
 * matching relevance model), written by the lot rebuild for the need's version and the key's reading:
 * needs of one kind and unit pool only when their product keys are equal; the line key (sizes and
 * designations) divides a lot into lines.
 */
export const lotProducts = pgTable('lot_products', {
  needId: uuid('need_id')
    .primaryKey()
    .references(() => needs.id, { onDelete: 'cascade' }),
  needVersion: integer('need_version').notNull(),
  keyVersion: integer('key_version').notNull(),
  productKey: text('product_key').notNull(),
  productName: text('product_name').notNull(),
  lineKey: text('line_key').notNull(),
  lineName: text('line_name').notNull(),
  /** Dictionary concepts that qualify the product (needle, tapered…): a relevant capability names each. */
  productConcepts: text('product_concepts').array().notNull(),
});

/** A manufacturer's offer on a published lot: the whole volume or a share of it. */
export const lotBids = pgTable(
  'lot_bids',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => lots.id),
    bidderOrganizationId: uuid('bidder_organization_id')
      .notNull()
      .references(() => organizations.id),
    unitPrice: money('unit_price').notNull(),
    quantity: quantity('quantity').notNull(),
    leadTimeDays: integer('lead_time_days').notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    comment: text('comment').notNull().default(''),
    /** Per-line prices (`[{ line, unitPrice }]`, decimal strings) when the lot's lines differ in size or grade. */
    linePrices: jsonb('line_prices').$type<{ line: string; unitPrice: string }[]>(),
    // Commercial terms as on need bids (DESIGN.md §5 "Bid terms"): null when not given.
    /** `20` | `10` | `0` | `none` */
    vatRate: text('vat_rate'),
    priceIncludesVat: boolean('price_includes_vat'),
    /** `pickup` | `buyer_site` | `regional_terminal` */
    deliveryBasis: text('delivery_basis'),
    /** For the whole quantity, on the price's VAT footing; null: included in the price (or pick-up). */
    deliveryCost: money('delivery_cost'),
    prepaymentPercent: integer('prepayment_percent'),
    paymentDays: integer('payment_days'),
    warrantyMonths: integer('warranty_months'),
    schedule: jsonb('schedule').$type<{ date: string; quantity: string }[]>(),
    /** Computed by shared/src/bids/bid-price.ts from the (average) unit price, so lists can rank by it. */
    deliveredUnitPrice: money('delivered_unit_price'),
    /** `submitted` | `withdrawn` */
    status: text('status').notNull().default('submitted'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('lot_bids_lot_idx').on(t.lotId, t.createdAt),
    index('lot_bids_bidder_idx').on(t.bidderOrganizationId, t.createdAt),
    uniqueIndex('lot_bids_lot_bidder_live_key')
      .on(t.lotId, t.bidderOrganizationId)
      .where(sql`"status" = 'submitted'`),
  ],
);

/** One run of the lot rebuild (on demand or scheduled), pollable by its id. */
export const lotRebuilds = pgTable(
  'lot_rebuilds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `manual` | `scheduled` */
    trigger: text('trigger').notNull(),
    /** `queued` | `running` | `succeeded` | `failed` */
    status: text('status').notNull().default('queued'),
    requestedByUserId: uuid('requested_by_user_id').references(() => users.id),
    stats: jsonb('stats').$type<Record<string, number>>(),
    error: text('error'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('lot_rebuilds_created_idx').on(t.createdAt)],
);

/** Catalogue of state support measures an administrator maintains; empty scopes mean "all". */
export const supportMeasures = pgTable(
  'support_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    operator: text('operator').notNull(),
    description: text('description').notNull().default(''),
    maxAmount: money('max_amount'),
    /** OKPD2 codes the measure is limited to (a code covers everything under it); empty: all. */
    okpd2Prefixes: text('okpd2_prefixes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Regions the measure is limited to; empty: all. */
    regionCodes: char('region_codes', { length: 2 })
      .array()
      .notNull()
      .default(sql`'{}'`),
    url: text('url'),
    active: boolean('active').notNull().default(true),
    /** `grant` | `subsidy` | `loan` | `tax_benefit` | `special_investment_contract` | `residency_benefit`. */
    type: text('type').notNull().default('subsidy'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('support_measures_active_idx').on(t.active, t.name),
    index('support_measures_type_idx').on(t.type),
    check(
      'support_measures_type_check',
      sql`${t.type} IN ('grant', 'subsidy', 'loan', 'tax_benefit', 'special_investment_contract', 'residency_benefit')`,
    ),
  ],
);

/** Special economic zones, technoparks, industrial parks and clusters (reference data, DESIGN.md §5). */
export const sites = pgTable(
  'sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** `sez` | `technopark` | `industrial_park` | `cluster`. */
    kind: text('kind').notNull(),
    regionCode: char('region_code', { length: 2 })
      .notNull()
      .references(() => regions.code),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /** Specialization: OKPD2 codes (a code covers everything under it). */
    okpd2Prefixes: text('okpd2_prefixes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    benefits: text('benefits').notNull().default(''),
    sourceUrl: text('source_url'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sites_name_key').on(t.name),
    index('sites_region_kind_idx').on(t.regionCode, t.kind),
    check('sites_kind_check', sql`${t.kind} IN ('sez', 'technopark', 'industrial_park', 'cluster')`),
  ],
);

/** An organization's declared residency in a site, verified by the association like the organization. */
export const siteResidencies = pgTable(
  'site_residencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    /** `pending` | `verified` | `refused`. */
    status: text('status').notNull().default('pending'),
    /** The analyst's reason for a refusal, shown to the organization. */
    reason: text('reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('site_residencies_organization_site_key').on(t.organizationId, t.siteId),
    index('site_residencies_pending_idx')
      .on(t.createdAt)
      .where(sql`"status" = 'pending'`),
    check('site_residencies_status_check', sql`${t.status} IN ('pending', 'verified', 'refused')`),
  ],
);

/**
 * Open demand per OKPD2 kind and unit (any number of regions) with the capacity against it, written by
 * the rebuild-lots job next to the lots: the country-wide investment-niche ranking reads it instead of
 * aggregating every open need per request.
 */
export const demandKinds = pgTable(
  'demand_kinds',
  {
    okpd2Kind: text('okpd2_kind').notNull(),
    unit: text('unit').notNull(),
    needsCount: integer('needs_count').notNull(),
    totalQuantity: numeric('total_quantity', { precision: 21, scale: 3 }).notNull(),
    totalValue: numeric('total_value', { precision: 24, scale: 2 }).notNull(),
    /** Quantity of the needs that name a price: total value ÷ this is the average price. */
    pricedQuantity: numeric('priced_quantity', { precision: 21, scale: 3 }).notNull(),
    regionsCount: integer('regions_count').notNull(),
    regionCodes: char('region_codes', { length: 2 }).array().notNull(),
    buyersCount: integer('buyers_count').notNull(),
    earliestNeededBy: date('earliest_needed_by', { mode: 'string' }).notNull(),
    matchedCapacity: numeric('matched_capacity', { precision: 21, scale: 3 }).notNull(),
    capabilitiesCount: integer('capabilities_count').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.okpd2Kind, t.unit] })],
);

/**
 * What an organization follows (DESIGN.md §5 "Subscriptions"): OKPD2 classes, regions or federal
 * districts, and words; saved searches of the needs list too. The member who made it gets its daily
 * digest; every member of the organization sees and edits it.
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    okpd2Prefixes: text('okpd2_prefixes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    regionCodes: char('region_codes', { length: 2 })
      .array()
      .notNull()
      .default(sql`'{}'::char(2)[]`),
    districts: text('districts')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    words: text('words').notNull().default(''),
    /** `daily` | `off`. */
    digest: text('digest').notNull().default('daily'),
    /** Upper bound of the last digest sent: the next one holds what was published after it. */
    lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('subscriptions_organization_idx').on(t.organizationId, t.createdAt),
    // The digest job walks the daily subscriptions by recipient.
    index('subscriptions_daily_user_idx')
      .on(t.userId)
      .where(sql`"digest" = 'daily'`),
  ],
);

/**
 * Files on needs, capabilities, bids and orders (issue 23). The bytes live in object storage under
 * `sha256`; the row keeps the original name. Readable by whoever may read the owner object.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `need` | `capability` | `bid` | `order`. */
    ownerKind: text('owner_kind').notNull(),
    ownerId: uuid('owner_id').notNull(),
    /** The uploader's organization: it alone deletes the file. */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    uploadedByUserId: uuid('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    /** Detected from the content, not the name. */
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    /** Orders' papers: `contract` | `invoice` | `upd` | `ttn` | `other`; null on other owners. */
    documentKind: text('document_kind'),
    createdAt: createdAt(),
  },
  (t) => [
    index('attachments_owner_idx').on(t.ownerKind, t.ownerId, t.createdAt),
    index('attachments_sha256_idx').on(t.sha256),
    check('attachments_owner_kind_check', sql`${t.ownerKind} IN ('need', 'capability', 'bid', 'order')`),
    check(
      'attachments_document_kind_check',
      sql`(${t.ownerKind} = 'order') = (${t.documentKind} IS NOT NULL) AND (${t.documentKind} IS NULL OR ${t.documentKind} IN ('contract', 'invoice', 'upd', 'ttn', 'other'))`,
    ),
    check('attachments_size_check', sql`${t.size} >= 0`),
  ],
);

/** Files a message points to: attachments of its thread's need, the supplier's bids and their orders. */
export const messageAttachments = pgTable(
  'message_attachments',
  {
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => attachments.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.attachmentId] }),
    index('message_attachments_attachment_idx').on(t.attachmentId),
  ],
);
