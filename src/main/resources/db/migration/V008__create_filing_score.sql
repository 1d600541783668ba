-- The computed score of each submitted version, stored in the submission's transaction: one row per
-- filing_version, never changed. It records the template version and the SHA-256 of the indicator
-- definitions that produced it, and the band thresholds in force, so a score can be explained and
-- recomputed later exactly as it was.
create table filing_score (
    filing_version_id  uuid          primary key,
    platform_id        uuid          not null references platform (id),
    filing_id          uuid          not null references filing (id),
    version_number     integer       not null,
    template_code      varchar(32)   not null,
    template_version   integer       not null,
    indicators_sha256  varchar(64)   not null,
    -- Null when no indicator could be scored (band NOT_SCORED).
    total              numeric(5, 2),
    band               varchar(16)   not null,
    scored_weight      numeric(12, 4) not null,
    green_from         numeric(5, 2) not null,
    amber_from         numeric(5, 2) not null,
    -- Per indicator, in the template's order: inputs, value, band, points, weight.
    indicators         jsonb         not null,
    computed_at        timestamptz   not null,
    -- Checked at commit: the version and its score are written in one transaction, in whatever
    -- order the ORM flushes them.
    constraint filing_score_version foreign key (filing_version_id)
        references filing_version (id) deferrable initially deferred,
    constraint filing_score_version_unique unique (filing_id, version_number),
    constraint filing_score_band_known check (band in ('GREEN', 'AMBER', 'RED', 'NOT_SCORED')),
    constraint filing_score_total_range check (total between 0 and 100),
    constraint filing_score_total_when_scored check ((total is null) = (band = 'NOT_SCORED'))
);

-- A computed score is as immutable as the version it scores (overrides are separate records).
create trigger filing_score_no_update_or_delete
    before update or delete on filing_score
    for each row execute function filing_version_immutable();
create trigger filing_score_no_truncate
    before truncate on filing_score
    for each statement execute function filing_version_immutable();

alter table filing_score enable row level security;
create policy filing_score_in_scope on filing_score
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

grant select, insert on filing_score to ${app_role};
