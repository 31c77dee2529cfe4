CREATE TABLE "lot_products" (
	"need_id" uuid PRIMARY KEY NOT NULL,
	"need_version" integer NOT NULL,
	"key_version" integer NOT NULL,
	"product_key" text NOT NULL,
	"product_name" text NOT NULL,
	"line_key" text NOT NULL,
	"line_name" text NOT NULL,
	"product_concepts" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lot_products" ADD CONSTRAINT "lot_products_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "product_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "product_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "lot_bids" ADD COLUMN "line_prices" jsonb;--> statement-breakpoint
DROP INDEX "lots_kind_unit_live_key";--> statement-breakpoint
CREATE UNIQUE INDEX "lots_kind_unit_product_live_key" ON "lots" USING btree ("okpd2_kind","unit","product_key") WHERE "status" IN ('draft', 'published');
