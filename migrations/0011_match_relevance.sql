CREATE TABLE "capability_match_profiles" (
	"capability_id" uuid PRIMARY KEY NOT NULL,
	"capability_version" integer NOT NULL,
	"profile_version" integer NOT NULL,
	"terms" text[] NOT NULL,
	"title_terms" text[] NOT NULL,
	"profile" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capability_term_stats" (
	"term" text PRIMARY KEY NOT NULL,
	"capabilities" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_match_states" (
	"need_id" uuid PRIMARY KEY NOT NULL,
	"need_version" integer NOT NULL,
	"profile_version" integer NOT NULL,
	"title_terms" text[] NOT NULL,
	"profile" jsonb NOT NULL,
	"matched_version" integer,
	"matched_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "relevance" numeric(5, 4) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "notified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "supplier_verdict" text;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "supplier_verdict_note" text;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "supplier_verdict_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "supplier_verdict_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "capability_match_profiles" ADD CONSTRAINT "capability_match_profiles_capability_id_capabilities_id_fk" FOREIGN KEY ("capability_id") REFERENCES "public"."capabilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_match_states" ADD CONSTRAINT "need_match_states_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "capability_match_profiles_title_terms_idx" ON "capability_match_profiles" USING gin ("title_terms");--> statement-breakpoint
CREATE INDEX "need_match_states_title_terms_idx" ON "need_match_states" USING gin ("title_terms");--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_supplier_verdict_by_user_id_users_id_fk" FOREIGN KEY ("supplier_verdict_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- capability_term_stats: in how many capability profiles each term occurs, and under the empty term how
-- many profiles there are (the rarity of a need's terms, relevance.ts). Kept by statement triggers on
-- capability_match_profiles; deltas are applied in term order, so concurrent writers never deadlock.
CREATE FUNCTION capability_term_stats_apply(delta jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO capability_term_stats AS s (term, capabilities)
  SELECT key, value::int FROM jsonb_each_text(delta) ORDER BY key
  ON CONFLICT (term) DO UPDATE SET capabilities = s.capabilities + excluded.capabilities
$$;
--> statement-breakpoint
CREATE FUNCTION capability_term_stats_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM capability_term_stats_apply(coalesce(jsonb_object_agg(term, n), '{}'))
  FROM (SELECT term, count(*) AS n
          FROM (SELECT unnest(terms || ''::text) AS term FROM inserted) t GROUP BY term) d;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION capability_term_stats_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM capability_term_stats_apply(coalesce(jsonb_object_agg(term, n), '{}'))
  FROM (SELECT term, sum(d) AS n
          FROM (SELECT unnest(u.terms) AS term, 1 AS d FROM updated u JOIN previous p USING (capability_id)
                 WHERE u.terms IS DISTINCT FROM p.terms
                UNION ALL
                SELECT unnest(p.terms), -1 FROM updated u JOIN previous p USING (capability_id)
                 WHERE u.terms IS DISTINCT FROM p.terms) t
         GROUP BY term HAVING sum(d) <> 0) d;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION capability_term_stats_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM capability_term_stats_apply(coalesce(jsonb_object_agg(term, -n), '{}'))
  FROM (SELECT term, count(*) AS n
          FROM (SELECT unnest(terms || ''::text) AS term FROM deleted) t GROUP BY term) d;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER capability_term_stats_insert AFTER INSERT ON capability_match_profiles
REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION capability_term_stats_inserted();
--> statement-breakpoint
CREATE TRIGGER capability_term_stats_update AFTER UPDATE ON capability_match_profiles
REFERENCING OLD TABLE AS previous NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION capability_term_stats_updated();
--> statement-breakpoint
CREATE TRIGGER capability_term_stats_delete AFTER DELETE ON capability_match_profiles
REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION capability_term_stats_deleted();
