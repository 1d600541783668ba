-- Peer benchmarks (docs/benchmarks.md).
--
-- 1. Each score records the peer group its return belongs to: the period, and the platform's
--    category and UK-users size band at submission. A later change of the platform's figures moves
--    only its later submissions.
alter table filing_score
    add column period_start date,
    add column category     varchar(16),
    add column size_band    varchar(32);

-- Scores computed before this migration: the period is exact (the obligation's); the category is
-- the platform's as it is now, the best that is known; the size band depends on configuration the
-- database does not have, so they stay in no size-band group. Scores are immutable to everyone
-- else; the owner lifts the trigger for this one backfill only.
alter table filing_score disable trigger filing_score_no_update_or_delete;
update filing_score s
   set period_start = o.period_start,
       category     = p.category
  from filing f
  join obligation o on o.id = f.obligation_id
  join platform p on p.id = f.platform_id
 where f.id = s.filing_id;
alter table filing_score enable trigger filing_score_no_update_or_delete;

alter table filing_score
    alter column period_start set not null,
    alter column category set not null,
    add constraint filing_score_category_known
        check (category in ('CATEGORY_1', 'CATEGORY_2A', 'CATEGORY_2B', 'CORE'));

-- One template, period and peer group is one range of one index; a platform's trend is one range.
create index filing_score_benchmark_category
    on filing_score (template_code, period_start, category);
create index filing_score_benchmark_size_band
    on filing_score (template_code, period_start, size_band);
create index filing_score_platform_trend
    on filing_score (platform_id, template_code, period_start);

-- 2. A peer group's cohort: the score of each filing's latest submitted version in the group.
--
-- Benchmarks compare a platform with its peers, whose rows row-level security hides from it. This
-- function is the one way across: it runs as the owner (security definer, so the policies do not
-- apply) and answers the same rows to everyone with a scope, but names a filing, a version and a
-- platform only to those who may see that platform (regulators and system work; a platform its
-- own). Peers are told apart by an opaque number, valid within one answer, so that a cohort can be
-- counted in platforms. Only indicator values leave, never the inputs they were computed from.
-- With no scope at all it answers nothing, as the policies would.
create function benchmark_cohort(
    p_template_code varchar, p_period_start date, p_category varchar, p_size_band varchar)
    returns table (
        filing_version_id uuid,
        filing_id         uuid,
        platform_id       uuid,
        peer              bigint,
        template_version  integer,
        category          varchar,
        size_band         varchar,
        total             numeric,
        indicator_values  jsonb)
    language plpgsql stable security definer
    set search_path = public, pg_temp
as $$
declare
    cohort text := $q$
        select case when seen.visible then s.filing_version_id end,
               case when seen.visible then s.filing_id end,
               case when seen.visible then s.platform_id end,
               dense_rank() over (order by s.platform_id),
               s.template_version,
               s.category,
               s.size_band,
               s.total,
               coalesce((select jsonb_object_agg(i ->> 'code', i -> 'value')
                           from jsonb_array_elements(s.indicators) i
                          where (i ->> 'scored')::boolean), '{}'::jsonb)
          from filing_score s
         cross join lateral (
               select carefile_sees_all() or s.platform_id = carefile_platform() as visible) seen
         where s.template_code = $1
           and s.period_start = $2
           and not exists (select 1
                             from filing_score later
                            where later.filing_id = s.filing_id
                              and later.version_number > s.version_number)$q$;
begin
    if not (carefile_sees_all() or carefile_platform() is not null) then
        return;
    end if;
    -- Planned for the values given, so that the group's own index range is used.
    if p_category is not null then
        cohort := cohort || ' and s.category = $3';
    end if;
    if p_size_band is not null then
        cohort := cohort || ' and s.size_band = $4';
    end if;
    return query execute cohort using p_template_code, p_period_start, p_category, p_size_band;
end;
$$;
revoke all on function benchmark_cohort(varchar, date, varchar, varchar) from public;
grant execute on function benchmark_cohort(varchar, date, varchar, varchar) to ${app_role};

-- 3. Frozen benchmark snapshots: the regulator's, not a platform's. The computed result, the inputs
--    it was computed from (each scored version and the SHA-256 of its score's canonical JSON) and
--    the SHA-256 of the canonical JSON of both, so that a published league table can be recomputed
--    from exactly those inputs later.
create table benchmark_snapshot (
    id              uuid          primary key,
    template_code   varchar(32)   not null,
    period_start    date          not null,
    category        varchar(16),
    size_band       varchar(32),
    min_cohort      integer       not null,
    cohort_size     integer       not null,
    -- RFC 8785 canonical JSON, as digested.
    result          jsonb         not null,
    inputs          jsonb         not null,
    sha256          varchar(64)   not null,
    created_at      timestamptz   not null,
    created_by      varchar(320)  not null,
    constraint benchmark_snapshot_category_known
        check (category in ('CATEGORY_1', 'CATEGORY_2A', 'CATEGORY_2B', 'CORE')),
    constraint benchmark_snapshot_min_cohort_positive check (min_cohort > 0),
    constraint benchmark_snapshot_cohort_not_negative check (cohort_size >= 0)
);
create index benchmark_snapshot_group on benchmark_snapshot (template_code, period_start, created_at);

create function benchmark_snapshot_immutable() returns trigger
    language plpgsql as
$$
begin
    raise exception 'benchmark snapshots are frozen: % on % is not allowed', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger benchmark_snapshot_no_update_or_delete
    before update or delete on benchmark_snapshot
    for each row execute function benchmark_snapshot_immutable();
create trigger benchmark_snapshot_no_truncate
    before truncate on benchmark_snapshot
    for each statement execute function benchmark_snapshot_immutable();

-- Only regulators (and system work) see or write snapshots; a platform's session sees none.
alter table benchmark_snapshot enable row level security;
create policy benchmark_snapshot_regulator_only on benchmark_snapshot
    using (carefile_sees_all())
    with check (carefile_sees_all());

grant select, insert on benchmark_snapshot to ${app_role};
