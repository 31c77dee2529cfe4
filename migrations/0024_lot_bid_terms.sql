ALTER TABLE "lot_bids" ADD COLUMN "vat_rate" text;--> statement-breakpoint
ALTER TABLE "lot_bids" ADD COLUMN "price_includes_vat" boolean;--> statement-breakpoint
ALTER TABLE "lot_bids" ADD COLUMN "delivery_basis" text;--> statement-breakpoint
ALTER TABLE "lot_bids" ADD COLUMN "delivery_cost" numeric(17, 2);--> statement-breakpoint
ALTER TABLE "lot_bids" ADD COLUMN "prepayment_percent" integer;--> statement-breakpoint
ALTER TABLE "lot_bids" ADD COLUMN "payment_days" integer;--> statement-breakpoint
ALTER TABLE "lot_bids" ADD COLUMN "warranty_months" integer;--> statement-breakpoint
ALTER TABLE "lot_bids" ADD COLUMN "schedule" jsonb;--> statement-breakpoint
ALTER TABLE "lot_bids" ADD COLUMN "delivered_unit_price" numeric(17, 2);
