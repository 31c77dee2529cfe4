CREATE TABLE "need_search_terms" (
	"need_id" uuid NOT NULL,
	"lexeme" text NOT NULL,
	"rank" numeric(8, 6) NOT NULL,
	CONSTRAINT "need_search_terms_need_id_lexeme_pk" PRIMARY KEY("need_id","lexeme")
);
--> statement-breakpoint
CREATE INDEX "need_search_terms_ranked_idx" ON "need_search_terms" USING btree ("lexeme","rank" DESC NULLS FIRST,"need_id" DESC NULLS FIRST);--> statement-breakpoint
-- A need's rows: each lexeme of its search vector with 1 + ts_rank of that lexeme alone (quoted as a
-- tsquery, so it is taken as it is, punctuation and all).
CREATE FUNCTION need_search_term_rank(search tsvector, lexeme text) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN round((1 + ts_rank(search, ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery))::numeric, 6);
--> statement-breakpoint
CREATE FUNCTION need_search_terms_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO need_search_terms (need_id, lexeme, rank)
  SELECT n.id, t.lexeme, need_search_term_rank(n.search, t.lexeme) FROM inserted n, unnest(n.search) t;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION need_search_terms_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Most updates (status, version) leave the words alone: only needs whose vector changed are redone.
  DELETE FROM need_search_terms t USING updated n JOIN previous o ON o.id = n.id
  WHERE t.need_id = n.id AND n.search IS DISTINCT FROM o.search;
  INSERT INTO need_search_terms (need_id, lexeme, rank)
  SELECT n.id, t.lexeme, need_search_term_rank(n.search, t.lexeme)
  FROM updated n JOIN previous o ON o.id = n.id, unnest(n.search) t
  WHERE n.search IS DISTINCT FROM o.search;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION need_search_terms_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM need_search_terms t USING deleted d WHERE t.need_id = d.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER needs_search_terms_insert AFTER INSERT ON needs
REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION need_search_terms_inserted();
--> statement-breakpoint
CREATE TRIGGER needs_search_terms_update AFTER UPDATE ON needs
REFERENCING OLD TABLE AS previous NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION need_search_terms_updated();
--> statement-breakpoint
CREATE TRIGGER needs_search_terms_delete AFTER DELETE ON needs
REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION need_search_terms_deleted();
--> statement-breakpoint
INSERT INTO need_search_terms (need_id, lexeme, rank)
SELECT n.id, t.lexeme, need_search_term_rank(n.search, t.lexeme) FROM needs n, unnest(n.search) t;
