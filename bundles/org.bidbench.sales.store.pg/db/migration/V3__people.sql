-- Adds a person: a login role with a password (stored as SCRAM-SHA-256, PostgreSQL's default)
-- in the group of their role. A function so that user names and passwords reach the DDL as
-- parameters, quoted by format(), never pasted into SQL text.
CREATE FUNCTION bidbench_add_user(person text, secret text, role text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    grp text := 'bidbench_' || replace(role, ' ', '_');
BEGIN
    IF grp NOT IN ('bidbench_sales_lead', 'bidbench_technical_lead', 'bidbench_commercial_lead', 'bidbench_finance',
            'bidbench_project_manager', 'bidbench_sales_manager', 'bidbench_executive') THEN
        RAISE EXCEPTION 'not a role of the sales model: %', role USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = person) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', person, secret);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', person, secret);
    END IF;
    EXECUTE format('GRANT %I TO %I', grp, person);
END $$;
REVOKE ALL ON FUNCTION bidbench_add_user(text, text, text) FROM PUBLIC;

-- The sales model role(s) of the current user, for the store to tell the UI what it may offer.
CREATE FUNCTION bidbench_my_roles() RETURNS SETOF text
LANGUAGE sql STABLE AS $$
    SELECT replace(substr(rolname, 10), '_', ' ') FROM pg_roles
    WHERE rolname IN ('bidbench_sales_lead', 'bidbench_technical_lead', 'bidbench_commercial_lead', 'bidbench_finance',
            'bidbench_project_manager', 'bidbench_sales_manager', 'bidbench_executive')
      AND pg_has_role(current_user, oid, 'member')
    ORDER BY 1
$$;
GRANT EXECUTE ON FUNCTION bidbench_my_roles() TO bidbench_user;
