CREATE TABLE "capabilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"manufacturer_organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"okpd2" text[] NOT NULL,
	"okpd2_prefixes" text[] NOT NULL,
	"monthly_capacity" numeric(18, 3) NOT NULL,
	"unit" text NOT NULL,
	"min_order_quantity" numeric(18, 3),
	"lead_time_days" integer NOT NULL,
	"delivery_region_codes" char(2)[] DEFAULT '{}' NOT NULL,
	"analogues" text[] DEFAULT '{}' NOT NULL,
	"analogues_text" text DEFAULT '' NOT NULL,
	"pp719_registry_number" text,
	"localization_valid_until" date,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('russian', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('russian', coalesce("analogues_text", '')), 'A') || setweight(to_tsvector('english', coalesce("analogues_text", '')), 'A') || setweight(to_tsvector('russian', coalesce("description", '')), 'B') || setweight(to_tsvector('english', coalesce("description", '')), 'B')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"buyer_organization_id" uuid NOT NULL,
	"posted_by_organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"okpd2" text NOT NULL,
	"tnved" text,
	"quantity" numeric(18, 3) NOT NULL,
	"unit" text NOT NULL,
	"target_unit_price" numeric(17, 2),
	"needed_by" date NOT NULL,
	"delivery_region_code" char(2) NOT NULL,
	"replaces" text,
	"critical" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('russian', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('russian', coalesce("replaces", '')), 'A') || setweight(to_tsvector('english', coalesce("replaces", '')), 'A') || setweight(to_tsvector('russian', coalesce("description", '')), 'B') || setweight(to_tsvector('english', coalesce("description", '')), 'B')) STORED NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "job_name" text;--> statement-breakpoint
ALTER TABLE "capabilities" ADD CONSTRAINT "capabilities_manufacturer_organization_id_organizations_id_fk" FOREIGN KEY ("manufacturer_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_buyer_organization_id_organizations_id_fk" FOREIGN KEY ("buyer_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_posted_by_organization_id_organizations_id_fk" FOREIGN KEY ("posted_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_okpd2_okpd2_codes_code_fk" FOREIGN KEY ("okpd2") REFERENCES "public"."okpd2_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_delivery_region_code_regions_code_fk" FOREIGN KEY ("delivery_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "capabilities_created_idx" ON "capabilities" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "capabilities_manufacturer_idx" ON "capabilities" USING btree ("manufacturer_organization_id","created_at");--> statement-breakpoint
CREATE INDEX "capabilities_okpd2_prefixes_idx" ON "capabilities" USING gin ("okpd2_prefixes");--> statement-breakpoint
CREATE INDEX "capabilities_regions_idx" ON "capabilities" USING gin ("delivery_region_codes");--> statement-breakpoint
CREATE INDEX "capabilities_search_idx" ON "capabilities" USING gin ("search");--> statement-breakpoint
CREATE INDEX "capabilities_title_trgm_idx" ON "capabilities" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "capabilities_analogues_trgm_idx" ON "capabilities" USING gin ("analogues_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "needs_created_idx" ON "needs" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "needs_status_created_idx" ON "needs" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "needs_okpd2_pattern_idx" ON "needs" USING btree ("okpd2" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "needs_region_idx" ON "needs" USING btree ("delivery_region_code","status");--> statement-breakpoint
CREATE INDEX "needs_buyer_idx" ON "needs" USING btree ("buyer_organization_id","created_at");--> statement-breakpoint
CREATE INDEX "needs_posted_by_idx" ON "needs" USING btree ("posted_by_organization_id","created_at");--> statement-breakpoint
CREATE INDEX "needs_search_idx" ON "needs" USING gin ("search");--> statement-breakpoint
CREATE INDEX "needs_title_trgm_idx" ON "needs" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "needs_replaces_trgm_idx" ON "needs" USING gin ("replaces" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "needs_open_needed_by_idx" ON "needs" USING btree ("needed_by") WHERE "status" = 'open';