-- The tamper-evident audit log (org.bidbench.sales.core.audit.SqlAuditStore.SCHEMA, kept equal to it).
-- Rows are only ever inserted; the chain's hashes and signatures show any change made anyway.
CREATE TABLE audit_log (
    seq            bigint      PRIMARY KEY CHECK (seq > 0),
    at             timestamptz NOT NULL,
    actor          text        NOT NULL,
    key_id         text        NOT NULL,
    action         text        NOT NULL,
    opportunity_id text,
    subject        text,
    details        text        NOT NULL,
    previous_hash  bytea       NOT NULL,
    signature      bytea       NOT NULL
);
CREATE INDEX audit_log_opportunity ON audit_log (opportunity_id, seq);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP;
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
GRANT SELECT, INSERT ON audit_log TO bidbench_user;
