-- The public register (docs/register.md): a confirmation decision an enforcement officer published,
-- with the summary written for the public and the platform's public name as it was then; and the
-- only reads of the register, which anyone may make without signing in.

-- One publication per case, never changed: what was published stays as it was published. Whether
-- an appeal later set the decision aside is read from the case itself.
create table enforcement_publication (
    id              uuid           primary key,
    case_id         uuid           not null references enforcement_case (id),
    platform_id     uuid           not null references platform (id),
    summary         varchar(4000)  not null,
    -- The trading name, or the legal name where it has none, when the decision was published.
    platform_name   varchar(200)   not null,
    published_by    varchar(255)   not null,
    published_at    timestamptz    not null,
    constraint enforcement_publication_once unique (case_id)
);
create index enforcement_publication_by_published on enforcement_publication (published_at desc, id);

create trigger enforcement_publication_append_only
    before update or delete on enforcement_publication
    for each row execute function enforcement_record_append_only();
create trigger enforcement_publication_no_truncate
    before truncate on enforcement_publication
    for each statement execute function enforcement_record_append_only();

alter table enforcement_publication enable row level security;
create policy enforcement_publication_in_scope on enforcement_publication
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());
grant select, insert on enforcement_publication to ${app_role};

-- The register's reads. Row-level security hides every platform's rows from a session without a
-- scope, which is what the public has; these functions (security definer, owned by the schema's
-- owner) are the one way past it, and each answers published decisions or figures over platforms
-- only: a case is reachable here only through its publication.
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
        total             bigint)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select c.reference_year, c.reference_number, p.platform_name, c.closed_at, p.published_at,
           p.summary,
           (select count(*) from enforcement_requirement r where r.case_id = c.id),
           c.appeal_status,
           count(*) over ()
      from enforcement_publication p
      join enforcement_case c on c.id = p.case_id
     where c.stage = 'CONFIRMATION_DECISION'
     order by p.published_at desc, p.id
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
        total             bigint)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select c.reference_year, c.reference_number, p.platform_name, c.closed_at, p.published_at,
           p.summary,
           (select count(*) from enforcement_requirement r where r.case_id = c.id),
           c.appeal_status,
           1::bigint
      from enforcement_publication p
      join enforcement_case c on c.id = p.case_id
     where c.stage = 'CONFIRMATION_DECISION'
       and c.reference_year = p_reference_year
       and c.reference_number = p_reference_number
$$;

-- Per template, period and category (the platform's category now), over the obligations that were
-- due before p_today and not waived: how many platforms, returns due, filed, filed late (the first
-- submission), and, over each return's latest submitted version, the scored platforms, the median
-- total and the count in each band that counts. Counts over platforms only; the application
-- withholds every figure of a cohort below its k (RegisterStatisticsPolicy).
create function register_return_statistics(p_today date)
    returns table (
        template_code     varchar,
        period_start      date,
        period_end        date,
        category          varchar,
        platforms         bigint,
        returns_due       bigint,
        returns_filed     bigint,
        filed_late        bigint,
        scored_platforms  bigint,
        median_total      numeric,
        green             bigint,
        amber             bigint,
        red               bigint)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    with due as (
        select o.template_code, o.period_start, o.period_end, pl.category, o.platform_id,
               f.id as filing_id,
               f.latest_version > 0 as filed,
               (select v.late from filing_version v
                 where v.filing_id = f.id and v.number = 1) as late_first,
               (select s.total from filing_score s
                 where s.filing_id = f.id and s.version_number = f.latest_version) as total,
               -- The band that counts: an analyst's override that counts for the version
               -- (docs/scoring.md), else the computed band.
               coalesce(
                   (select o.band from score_override o
                     where o.filing_id = f.id and o.version_number = f.latest_version
                       and o.state in ('ACTIVE', 'AWAITING_RECONFIRMATION', 'CARRIED_FORWARD')),
                   (select s.band from filing_score s
                     where s.filing_id = f.id and s.version_number = f.latest_version)) as band
          from obligation o
          join platform pl on pl.id = o.platform_id
          left join filing f on f.obligation_id = o.id
         where o.status <> 'WAIVED'
           and o.due_date < p_today)
    select template_code, period_start, max(period_end), category,
           count(distinct platform_id),
           count(*),
           count(*) filter (where filed),
           count(*) filter (where filed and late_first),
           count(distinct platform_id) filter (where total is not null),
           percentile_cont(0.5) within group (order by total)::numeric,
           count(*) filter (where band = 'GREEN'),
           count(*) filter (where band = 'AMBER'),
           count(*) filter (where band = 'RED')
      from due
     group by template_code, period_start, category
     order by period_start desc, template_code, category
$$;

-- Per year a case was opened (Europe/London) and the platform's category now: the platforms with a
-- case opened, cases opened, confirmed, closed without action, and decisions published.
create function register_enforcement_statistics()
    returns table (
        opened_year        integer,
        category           varchar,
        platforms          bigint,
        cases_opened       bigint,
        confirmed          bigint,
        closed_no_action   bigint,
        published          bigint)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select extract(year from c.opened_at at time zone 'Europe/London')::integer as opened_year,
           pl.category,
           count(distinct c.platform_id),
           count(*),
           count(*) filter (where c.stage = 'CONFIRMATION_DECISION'),
           count(*) filter (where c.stage = 'CLOSED_NO_ACTION'),
           count(p.id)
      from enforcement_case c
      join platform pl on pl.id = c.platform_id
      left join enforcement_publication p on p.case_id = c.id
     group by 1, pl.category
     order by 1 desc, pl.category
$$;

revoke all on function register_decisions(integer, integer) from public;
revoke all on function register_decision(integer, bigint) from public;
revoke all on function register_return_statistics(date) from public;
revoke all on function register_enforcement_statistics() from public;
grant execute on function register_decisions(integer, integer) to ${app_role};
grant execute on function register_decision(integer, bigint) to ${app_role};
grant execute on function register_return_statistics(date) to ${app_role};
grant execute on function register_enforcement_statistics() to ${app_role};
