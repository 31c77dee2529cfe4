CREATE TABLE "selection_protocol_numbers" (
	"year" integer PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_protocols" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"need_id" uuid NOT NULL,
	"winning_bid_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"decided_by_user_id" uuid NOT NULL,
	"decided_by_organization_id" uuid NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "protocol_id" uuid;--> statement-breakpoint
ALTER TABLE "bid_revisions" ADD COLUMN "vat_rate" text;--> statement-breakpoint
ALTER TABLE "bid_revisions" ADD COLUMN "price_includes_vat" boolean;--> statement-breakpoint
ALTER TABLE "bid_revisions" ADD COLUMN "delivery_basis" text;--> statement-breakpoint
ALTER TABLE "bid_revisions" ADD COLUMN "delivery_cost" numeric(17, 2);--> statement-breakpoint
ALTER TABLE "bid_revisions" ADD COLUMN "prepayment_percent" integer;--> statement-breakpoint
ALTER TABLE "bid_revisions" ADD COLUMN "payment_days" integer;--> statement-breakpoint
ALTER TABLE "bid_revisions" ADD COLUMN "warranty_months" integer;--> statement-breakpoint
ALTER TABLE "bid_revisions" ADD COLUMN "schedule" jsonb;--> statement-breakpoint
ALTER TABLE "bid_revisions" ADD COLUMN "delivered_unit_price" numeric(17, 2);--> statement-breakpoint
ALTER TABLE "selection_protocols" ADD CONSTRAINT "selection_protocols_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_protocols" ADD CONSTRAINT "selection_protocols_winning_bid_id_bids_id_fk" FOREIGN KEY ("winning_bid_id") REFERENCES "public"."bids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_protocols" ADD CONSTRAINT "selection_protocols_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_protocols" ADD CONSTRAINT "selection_protocols_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_protocols" ADD CONSTRAINT "selection_protocols_decided_by_organization_id_organizations_id_fk" FOREIGN KEY ("decided_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_protocol_id_selection_protocols_id_fk" FOREIGN KEY ("protocol_id") REFERENCES "public"."selection_protocols"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "selection_protocols_number_key" ON "selection_protocols" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_protocols_order_key" ON "selection_protocols" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "selection_protocols_need_idx" ON "selection_protocols" USING btree ("need_id");
