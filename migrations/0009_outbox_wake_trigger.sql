-- Wakes the outbox relay (LISTEN outbox) when a statement writes outbox rows. NOTIFY is delivered at
-- commit and folded into one per transaction, so writers need no round trip of their own for it.
CREATE FUNCTION outbox_wake() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM inserted) THEN
    PERFORM pg_notify('outbox', '');
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER outbox_wake AFTER INSERT ON outbox REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION outbox_wake();
