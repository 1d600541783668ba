-- The public register publishes a confirmation decision's penalty with it (docs/register.md): its
-- kind and amount, and whether it was withdrawn. Both decision reads now answer from one
-- published-decisions read, so the two cannot drift apart; it is not granted to the application,
-- and runs only as part of the two security-definer reads, as the schema's owner.
drop function register_decisions(integer, integer);
drop function register_decision(integer, bigint);

create function register_published_decisions()
    returns table (
        publication_id    uuid,
        reference_year    integer,
        reference_number  bigint,
        platform_name     varchar,
        decided_at        timestamptz,
        published_at      timestamptz,
        summary           varchar,
        requirements      bigint,
        appeal_status     varchar,
        penalty_kind      varchar,
        penalty_amount    numeric,
        penalty_currency  varchar,
        penalty_withdrawn boolean)
    language sql stable
    set search_path = public, pg_temp
as $$
    select p.id, c.reference_year, c.reference_number, p.platform_name, c.closed_at,
           p.published_at, p.summary,
           (select count(*) from enforcement_requirement r where r.case_id = c.id),
           c.appeal_status,
           pe.kind, pe.amount, pe.currency, pe.status = 'WITHDRAWN'
      from enforcement_publication p
      join enforcement_case c on c.id = p.case_id
      left join penalty pe on pe.case_id = c.id
     where c.stage = 'CONFIRMATION_DECISION'
$$;
revoke all on function register_published_decisions() from public;

create function register_decisions(p_limit integer, p_offset integer)
    returns table (
        reference_year    integer,
        reference_number  bigint,
        platform_name     varchar,
        decided_at        timestamptz,
        published_at      timestamptz,
        summary           varchar,
        requirements      bigint,
        appeal_status     varchar,
        penalty_kind      varchar,
        penalty_amount    numeric,
        penalty_currency  varchar,
        penalty_withdrawn boolean,
        total             bigint)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select d.reference_year, d.reference_number, d.platform_name, d.decided_at, d.published_at,
           d.summary, d.requirements, d.appeal_status, d.penalty_kind, d.penalty_amount,
           d.penalty_currency, d.penalty_withdrawn, count(*) over ()
      from register_published_decisions() d
     order by d.published_at desc, d.publication_id
     limit p_limit offset p_offset
$$;

create function register_decision(p_reference_year integer, p_reference_number bigint)
    returns table (
        reference_year    integer,
        reference_number  bigint,
        platform_name     varchar,
        decided_at        timestamptz,
        published_at      timestamptz,
        summary           varchar,
        requirements      bigint,
        appeal_status     varchar,
        penalty_kind      varchar,
        penalty_amount    numeric,
        penalty_currency  varchar,
        penalty_withdrawn boolean,
        total             bigint)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select d.reference_year, d.reference_number, d.platform_name, d.decided_at, d.published_at,
           d.summary, d.requirements, d.appeal_status, d.penalty_kind, d.penalty_amount,
           d.penalty_currency, d.penalty_withdrawn, 1::bigint
      from register_published_decisions() d
     where d.reference_year = p_reference_year
       and d.reference_number = p_reference_number
$$;

revoke all on function register_decisions(integer, integer) from public;
revoke all on function register_decision(integer, bigint) from public;
grant execute on function register_decisions(integer, integer) to ${app_role};
grant execute on function register_decision(integer, bigint) to ${app_role};
