-- Row-level security: the second line of tenant scoping, under the repositories' own scoping.
--
-- The application connects as ${app_role}, a role that is neither superuser nor owner of these
-- tables (PostgreSQL applies no policy to either); Flyway migrates as the owner. Each time the
-- application takes a connection from its pool it sets, in one statement, whose rows the session
-- may see (ScopedConnections):
--   carefile.platform  the caller's platform id, or '' for none
--   carefile.scope     'all' for regulators and system work, else ''
-- With neither set, no platform-owned row is visible or writable: the policies fail closed.

do $$
begin
    if '${app_role}' = current_user then
        raise exception 'the application role % must not be the owner that migrates', '${app_role}';
    end if;
    if exists (select 1 from pg_roles where rolname = '${app_role}' and (rolsuper or rolbypassrls)) then
        raise exception 'the application role % must not be superuser nor bypass row-level security',
            '${app_role}';
    end if;
end;
$$;

create function carefile_platform() returns uuid
    language sql stable
as $$ select nullif(current_setting('carefile.platform', true), '')::uuid $$;

create function carefile_sees_all() returns boolean
    language sql stable
as $$ select coalesce(current_setting('carefile.scope', true), '') = 'all' $$;

-- A platform's own users see only its own row.
alter table platform enable row level security;
create policy platform_in_scope on platform
    using (carefile_sees_all() or id = carefile_platform())
    with check (carefile_sees_all() or id = carefile_platform());

alter table obligation enable row level security;
create policy obligation_in_scope on obligation
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

alter table filing enable row level security;
create policy filing_in_scope on filing
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

alter table filing_version enable row level security;
create policy filing_version_in_scope on filing_version
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

alter table submission_idempotency enable row level security;
create policy submission_idempotency_in_scope on submission_idempotency
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

-- Audit events name their platform where there is one. A platform caller appends and sees only
-- its own platform's events; events of no platform (template publication, system work) belong to
-- the regulator and to system work. The chain links and pending markers hold only ids and hashes,
-- so they stay unscoped: the sequencer and the verifier read them whole.
alter table audit_event enable row level security;
create policy audit_event_in_scope on audit_event
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

-- What the application may do at all; the immutability and append-only triggers still apply to it,
-- and as it owns nothing it cannot disable them.
grant usage on schema public to ${app_role};
grant select, insert, update on platform, obligation, filing to ${app_role};
grant select, insert on filing_version, submission_idempotency to ${app_role};
grant select, insert on return_template_version to ${app_role};
grant select, insert on audit_event, audit_chain_link to ${app_role};
grant select, insert, delete on audit_pending to ${app_role};
grant usage, select on sequence filing_reference_number to ${app_role};
