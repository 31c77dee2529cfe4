CREATE TABLE "lot_bids" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"bidder_organization_id" uuid NOT NULL,
	"unit_price" numeric(17, 2) NOT NULL,
	"quantity" numeric(18, 3) NOT NULL,
	"lead_time_days" integer NOT NULL,
	"valid_until" date NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lot_needs" (
	"lot_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	CONSTRAINT "lot_needs_lot_id_need_id_pk" PRIMARY KEY("lot_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "lot_rebuilds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trigger" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"requested_by_user_id" uuid,
	"stats" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "lots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"okpd2_kind" text NOT NULL,
	"unit" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"needs_count" integer NOT NULL,
	"total_quantity" numeric(21, 3) NOT NULL,
	"total_value" numeric(24, 2) NOT NULL,
	"priced_needs_count" integer NOT NULL,
	"regions_count" integer NOT NULL,
	"region_codes" char(2)[] NOT NULL,
	"buyers_count" integer NOT NULL,
	"earliest_needed_by" date NOT NULL,
	"matched_capacity" numeric(21, 3) NOT NULL,
	"capabilities_count" integer NOT NULL,
	"coverage" numeric(10, 4) NOT NULL,
	"published_at" timestamp with time zone,
	"published_by_user_id" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"operator" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"max_amount" numeric(17, 2),
	"okpd2_prefixes" text[] DEFAULT '{}' NOT NULL,
	"region_codes" char(2)[] DEFAULT '{}' NOT NULL,
	"url" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lot_bids" ADD CONSTRAINT "lot_bids_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_bids" ADD CONSTRAINT "lot_bids_bidder_organization_id_organizations_id_fk" FOREIGN KEY ("bidder_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_needs" ADD CONSTRAINT "lot_needs_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_needs" ADD CONSTRAINT "lot_needs_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_rebuilds" ADD CONSTRAINT "lot_rebuilds_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_published_by_user_id_users_id_fk" FOREIGN KEY ("published_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lot_bids_lot_idx" ON "lot_bids" USING btree ("lot_id","created_at");--> statement-breakpoint
CREATE INDEX "lot_bids_bidder_idx" ON "lot_bids" USING btree ("bidder_organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lot_bids_lot_bidder_live_key" ON "lot_bids" USING btree ("lot_id","bidder_organization_id") WHERE "status" = 'submitted';--> statement-breakpoint
CREATE INDEX "lot_needs_need_idx" ON "lot_needs" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "lot_rebuilds_created_idx" ON "lot_rebuilds" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lots_kind_unit_live_key" ON "lots" USING btree ("okpd2_kind","unit") WHERE "status" <> 'archived';--> statement-breakpoint
CREATE INDEX "lots_status_updated_idx" ON "lots" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "lots_region_codes_idx" ON "lots" USING gin ("region_codes");--> statement-breakpoint
CREATE INDEX "support_measures_active_idx" ON "support_measures" USING btree ("active","name");