-- The audit log is append-only: refuse UPDATE and DELETE of audit rows at the
-- database level, whoever connects. (TRUNCATE, used by test resets, is a
-- separate privilege and not affected.) Written by hand: Prisma's schema
-- language has no triggers, and the drift check ignores them.
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
