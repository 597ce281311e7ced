-- Group roles: bidbench_user may read and write the store; bidbench_cost may also read and write
-- costs and margins. One group per role of the sales model (EmployeeRole); a person is a login
-- role that is a member of one of them (see bidbench_add_user). Roles belong to the whole
-- server, so they are created only when missing.
DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['bidbench_user', 'bidbench_cost', 'bidbench_sales_lead', 'bidbench_technical_lead',
            'bidbench_commercial_lead', 'bidbench_finance', 'bidbench_project_manager', 'bidbench_sales_manager',
            'bidbench_executive'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END $$;

GRANT bidbench_user TO bidbench_sales_lead, bidbench_technical_lead, bidbench_commercial_lead, bidbench_finance,
    bidbench_project_manager, bidbench_sales_manager, bidbench_executive;
-- Who sees what things cost and the margins on them: those who set prices and approve them.
GRANT bidbench_cost TO bidbench_commercial_lead, bidbench_finance, bidbench_sales_manager, bidbench_executive;

REVOKE ALL ON store_record, store_field, store_cost_field FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO bidbench_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON store_record, store_field TO bidbench_user;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO bidbench_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON store_cost_field TO bidbench_cost;
