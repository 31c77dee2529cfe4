-- The OKPD2 picker's typo tolerance: word_similarity (`name %> q`) over the classifier's names
-- (server/src/modules/reference/reference.okpd2-ranking.ts). Declared in schema.ts; the 0014 snapshot
-- already holds it, so this migration was generated as a custom one.
CREATE INDEX IF NOT EXISTS "okpd2_codes_name_trgm_idx" ON "okpd2_codes" USING gin ("name" gin_trgm_ops);
