CREATE TABLE "demand_kinds" (
	"okpd2_kind" text NOT NULL,
	"unit" text NOT NULL,
	"needs_count" integer NOT NULL,
	"total_quantity" numeric(21, 3) NOT NULL,
	"total_value" numeric(24, 2) NOT NULL,
	"priced_quantity" numeric(21, 3) NOT NULL,
	"regions_count" integer NOT NULL,
	"region_codes" char(2)[] NOT NULL,
	"buyers_count" integer NOT NULL,
	"earliest_needed_by" date NOT NULL,
	"matched_capacity" numeric(21, 3) NOT NULL,
	"capabilities_count" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_kinds_okpd2_kind_unit_pk" PRIMARY KEY("okpd2_kind","unit")
);
