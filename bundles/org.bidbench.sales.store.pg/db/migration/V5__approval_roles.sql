-- Who may give which approval, enforced by the database for every client (the workbench, the
-- command line, psql): the technical review by the technical lead role, the finance cost check by
-- finance or the commercial lead, the discount approval by the sales manager; each other role
-- approves as itself. An approval is a group of store_field rows under
-- '...approvals[NAME]/' (see RecordFields); its 'role' field says whose approval it is.
--
-- The check runs at commit (a deferred constraint trigger) because a save writes an approval's
-- fields in any order within its transaction. The store's owner (and superusers) may write any
-- approval: migrations, imports and restores run as the owner.

-- Whether the current user may give or change an approval of that model role.
CREATE FUNCTION bidbench_may_approve(approval_role text) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
DECLARE
    allowed text[];
    grp text;
BEGIN
    IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'store_field'::regclass), 'MEMBER') THEN
        RETURN true;
    END IF;
    allowed := CASE approval_role
        WHEN 'technical lead' THEN ARRAY['bidbench_technical_lead']
        WHEN 'finance' THEN ARRAY['bidbench_finance', 'bidbench_commercial_lead']
        WHEN 'commercial lead' THEN ARRAY['bidbench_commercial_lead', 'bidbench_finance']
        WHEN 'sales manager' THEN ARRAY['bidbench_sales_manager']
        WHEN 'sales lead' THEN ARRAY['bidbench_sales_lead']
        WHEN 'project manager' THEN ARRAY['bidbench_project_manager']
        WHEN 'executive' THEN ARRAY['bidbench_executive']
        ELSE ARRAY[]::text[] END;
    FOREACH grp IN ARRAY allowed LOOP
        IF pg_has_role(current_user, grp, 'MEMBER') THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END $$;
GRANT EXECUTE ON FUNCTION bidbench_may_approve(text) TO bidbench_user;

CREATE FUNCTION bidbench_check_approval() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    row_kind text;
    row_id text;
    row_path text;
    prefix text;
    approval_role text;
    carried text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_kind := OLD.kind; row_id := OLD.id; row_path := OLD.path;
    ELSE
        row_kind := NEW.kind; row_id := NEW.id; row_path := NEW.path;
    END IF;
    prefix := substring(row_path FROM '^(.*approvals\[[^]]*\]/)[^/]+$');
    IF prefix IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF row_path <> prefix || 'role' OR NOT EXISTS (SELECT FROM store_record WHERE kind = row_kind AND id = row_id) THEN
            -- Removing an approval is judged by its role row; removing a whole record is not an approval change.
            RETURN NULL;
        END IF;
        approval_role := OLD.value;
    ELSE
        SELECT value INTO approval_role FROM store_field WHERE kind = row_kind AND id = row_id AND path = prefix || 'role';
        IF NOT FOUND THEN
            -- The approval was removed again in the same transaction, or never had a role: nothing to approve.
            IF NOT EXISTS (SELECT FROM store_field WHERE kind = row_kind AND id = row_id AND path = row_path) THEN
                RETURN NULL;
            END IF;
            approval_role := '';
        END IF;
        IF TG_OP = 'UPDATE' AND row_path = prefix || 'role' AND NOT bidbench_may_approve(OLD.value) THEN
            approval_role := OLD.value;
        END IF;
    END IF;
    IF bidbench_may_approve(approval_role) THEN
        RETURN NULL;
    END IF;
    -- A new quote revision copies the approvals of lines that did not change ('carriedOver'): whoever
    -- makes the revision may copy an approval that exists on another revision of the same opportunity.
    SELECT value INTO carried FROM store_field WHERE kind = row_kind AND id = row_id AND path = prefix || 'carriedOver';
    IF TG_OP = 'INSERT' AND carried = 'true' AND EXISTS (
            SELECT FROM store_field original_role
            JOIN store_field copy_at ON copy_at.kind = row_kind AND copy_at.id = row_id AND copy_at.path = prefix || 'at'
            JOIN store_field original_at ON original_at.kind = row_kind AND original_at.id = row_id
                AND original_at.path = left(original_role.path, -4) || 'at' AND original_at.value = copy_at.value
            WHERE original_role.kind = row_kind AND original_role.id = row_id AND original_role.path LIKE '%approvals[%]/role'
              AND original_role.path <> prefix || 'role' AND original_role.value = approval_role
              -- each copied field holds the original's value (the covered lines are the new revision's own)
              AND (substr(row_path, length(prefix) + 1) IN ('carriedOver', 'lines') OR EXISTS (
                  SELECT FROM store_field same WHERE same.kind = row_kind AND same.id = row_id
                    AND same.path = left(original_role.path, -4) || substr(row_path, length(prefix) + 1)
                    AND same.value = NEW.value))) THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'only % may give or change a ''%'' approval (% %)',
        CASE approval_role
            WHEN 'technical lead' THEN 'the technical lead role'
            WHEN 'finance' THEN 'the finance or commercial lead role'
            WHEN 'commercial lead' THEN 'the commercial lead or finance role'
            WHEN 'sales manager' THEN 'the sales manager role'
            ELSE 'the ''' || approval_role || ''' role' END,
        approval_role, row_kind || ':' || row_id, prefix
        USING ERRCODE = '42501';
END $$;

CREATE CONSTRAINT TRIGGER store_field_approval_insert AFTER INSERT ON store_field
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.path LIKE '%approvals[%]/%')
    EXECUTE FUNCTION bidbench_check_approval();
CREATE CONSTRAINT TRIGGER store_field_approval_update AFTER UPDATE ON store_field
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.path LIKE '%approvals[%]/%')
    EXECUTE FUNCTION bidbench_check_approval();
CREATE CONSTRAINT TRIGGER store_field_approval_delete AFTER DELETE ON store_field
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.path LIKE '%approvals[%]/role')
    EXECUTE FUNCTION bidbench_check_approval();
