ALTER TABLE "organizations" ADD COLUMN "verification_refused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "verification_reason" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "webhook_muted_kinds" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notification_preferences" jsonb DEFAULT '{}'::jsonb NOT NULL;
