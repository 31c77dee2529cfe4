CREATE TABLE "sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" char(2) NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"okpd2_prefixes" text[] DEFAULT '{}'::text[] NOT NULL,
	"benefits" text DEFAULT '' NOT NULL,
	"source_url" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sites_kind_check" CHECK ("sites"."kind" IN ('sez', 'technopark', 'industrial_park', 'cluster'))
);
--> statement-breakpoint
CREATE TABLE "site_residencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"decided_at" timestamp with time zone,
	"decided_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_residencies_status_check" CHECK ("site_residencies"."status" IN ('pending', 'verified', 'refused'))
);
--> statement-breakpoint
ALTER TABLE "support_measures" ADD COLUMN "type" text DEFAULT 'subsidy' NOT NULL;--> statement-breakpoint
ALTER TABLE "support_measures" ADD CONSTRAINT "support_measures_type_check" CHECK ("support_measures"."type" IN ('grant', 'subsidy', 'loan', 'tax_benefit', 'special_investment_contract', 'residency_benefit'));--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_residencies" ADD CONSTRAINT "site_residencies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_residencies" ADD CONSTRAINT "site_residencies_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_residencies" ADD CONSTRAINT "site_residencies_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sites_name_key" ON "sites" USING btree ("name");--> statement-breakpoint
CREATE INDEX "sites_region_kind_idx" ON "sites" USING btree ("region_code","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "site_residencies_organization_site_key" ON "site_residencies" USING btree ("organization_id","site_id");--> statement-breakpoint
CREATE INDEX "site_residencies_pending_idx" ON "site_residencies" USING btree ("created_at") WHERE "status" = 'pending';--> statement-breakpoint
CREATE INDEX "support_measures_type_idx" ON "support_measures" USING btree ("type");--> statement-breakpoint
-- The seeded federal measures (0005) get their real type and scope: the Ministry of Industry's
-- components subsidy (Government Decree 1649) and the IDF components loans are for machine-building
-- and electronics components; IDF development loans and SPIC are for manufacturing (section C: classes 10–33).
UPDATE "support_measures" SET "type" = 'subsidy', "okpd2_prefixes" = '{26,27,28,29,30}'
	WHERE "name" = 'Субсидии на разработку комплектующих изделий' AND "operator" = 'Минпромторг России';--> statement-breakpoint
UPDATE "support_measures" SET "type" = 'loan', "okpd2_prefixes" = '{10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33}'
	WHERE "name" = '«Проекты развития»' AND "operator" = 'Фонд развития промышленности';--> statement-breakpoint
UPDATE "support_measures" SET "type" = 'loan', "okpd2_prefixes" = '{26,27,28,29,30}'
	WHERE "name" = '«Комплектующие изделия»' AND "operator" = 'Фонд развития промышленности';--> statement-breakpoint
UPDATE "support_measures" SET "type" = 'special_investment_contract', "okpd2_prefixes" = '{10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33}'
	WHERE "name" = 'Специальный инвестиционный контракт (СПИК)' AND "operator" = 'Минпромторг России';--> statement-breakpoint
-- Residents of the special economic zones (Federal Law 116-FZ): only in the regions of the seeded zones.
INSERT INTO "support_measures" ("name", "operator", "description", "type", "region_codes", "url") VALUES
	('Льготы резидентам особых экономических зон', 'Минэкономразвития России',
	 'Режим ОЭЗ (Федеральный закон от 22.07.2005 № 116-ФЗ): пониженные ставки налога на прибыль, освобождение от налогов на имущество и землю по законам субъектов, таможенная процедура свободной таможенной зоны.',
	 'residency_benefit', '{16,48,63,60,66,77,50,78,70}',
	 'https://www.economy.gov.ru/material/directions/regionalnoe_razvitie/instrumenty_razvitiya_territoriy/osobye_ekonomicheskie_zony/');
