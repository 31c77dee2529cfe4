ALTER TABLE "needs" ALTER COLUMN "okpd2" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ALTER COLUMN "quantity" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ALTER COLUMN "unit" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ALTER COLUMN "needed_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ALTER COLUMN "delivery_region_code" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_complete_unless_draft" CHECK ("status" = 'draft' OR ("okpd2" IS NOT NULL AND "quantity" IS NOT NULL AND "unit" IS NOT NULL AND "needed_by" IS NOT NULL AND "delivery_region_code" IS NOT NULL));