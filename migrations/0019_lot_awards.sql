DROP INDEX "lots_kind_unit_live_key";--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "bid_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "awarded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "awarded_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "lot_id" uuid;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "lot_bid_id" uuid;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_awarded_by_user_id_users_id_fk" FOREIGN KEY ("awarded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_lot_bid_id_lot_bids_id_fk" FOREIGN KEY ("lot_bid_id") REFERENCES "public"."lot_bids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "orders_lot_bid_need_key" ON "orders" USING btree ("lot_bid_id","need_id");--> statement-breakpoint
CREATE INDEX "orders_lot_idx" ON "orders" USING btree ("lot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lots_kind_unit_live_key" ON "lots" USING btree ("okpd2_kind","unit") WHERE "status" IN ('draft', 'published');--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_source_check" CHECK (("orders"."bid_id" IS NULL) <> ("orders"."lot_bid_id" IS NULL) AND ("orders"."lot_bid_id" IS NULL) = ("orders"."lot_id" IS NULL));