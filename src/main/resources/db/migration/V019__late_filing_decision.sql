-- Late-filing penalty points (docs/penalties.md): the ledger of the penalty-points job's decisions,
-- one row per late original submission, written once and never changed.

-- The late original submissions (first versions filed after their due date and grace, as
-- filing.LatenessPolicy decided when they were filed), with their template's period type: what
-- the points job decides. security_invoker: the reader's own row-level security applies to the
-- tables beneath, so the view shows a platform caller only its own submissions.
create view late_original_submission with (security_invoker = true) as
select v.id               as filing_version_id,
       v.filing_id        as filing_id,
       v.platform_id      as platform_id,
       v.accession_number as accession_number,
       f.template_code    as template_code,
       t.period_type      as period_type,
       v.submitted_at     as submitted_at
  from filing_version v
  join filing f on f.id = v.filing_id
  join return_template_version t
    on t.code = f.template_code and t.version = f.template_version
 where v.late and v.number = 1;

create table late_filing_decision (
    id                       uuid          primary key,
    platform_id              uuid          not null references platform (id),
    filing_id                uuid          not null references filing (id),
    filing_version_id        uuid          not null references filing_version (id),
    accession_number         varchar(32)   not null,
    template_code            varchar(32)   not null,
    period_type              varchar(16)   not null,
    submitted_at             timestamptz   not null,
    -- The submission's day in the regulator's calendar (Europe/London): the day the point counts from.
    submitted_on             date          not null,
    point_awarded            boolean       not null,
    points_before            integer       not null,
    points_after             integer       not null,
    threshold                integer       not null,
    fixed_penalty_due        boolean       not null,
    fixed_penalty_amount     numeric(19, 2),
    fixed_penalty_currency   varchar(3),
    -- Names the threshold crossing a fixed penalty answers (LateFilingPenaltyKeys): the penalty
    -- record issued for it carries the same key, so it is issued once whatever reruns.
    fixed_penalty_key        varchar(120),
    explanation              varchar(2000) not null,
    decided_at               timestamptz   not null,
    constraint late_filing_decision_one_per_version unique (filing_version_id),
    constraint late_filing_decision_one_per_accession unique (accession_number),
    constraint late_filing_decision_penalty_key_unique unique (fixed_penalty_key),
    constraint late_filing_decision_period_type_known
        check (period_type in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    constraint late_filing_decision_points check (
        points_before >= 0 and points_after >= points_before and threshold > 0
        and points_after = points_before + (case when point_awarded then 1 else 0 end)),
    constraint late_filing_decision_penalty_together check (
        fixed_penalty_due = (fixed_penalty_amount is not null)
        and fixed_penalty_due = (fixed_penalty_currency is not null)
        and fixed_penalty_due = (fixed_penalty_key is not null)),
    constraint late_filing_decision_penalty_positive check (
        fixed_penalty_amount is null or fixed_penalty_amount > 0)
);
-- A platform's decisions in the order the job made them (its standing replays them), and pages.
create index late_filing_decision_by_platform
    on late_filing_decision (platform_id, submitted_at, accession_number);

create function late_filing_decision_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'late-filing decisions are never changed: % on % is not allowed',
        tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger late_filing_decision_no_update_or_delete
    before update or delete on late_filing_decision
    for each row execute function late_filing_decision_append_only();
create trigger late_filing_decision_no_truncate
    before truncate on late_filing_decision
    for each statement execute function late_filing_decision_append_only();

alter table late_filing_decision enable row level security;
create policy late_filing_decision_in_scope on late_filing_decision
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

grant select, insert on late_filing_decision to ${app_role};
grant select on late_original_submission to ${app_role};
