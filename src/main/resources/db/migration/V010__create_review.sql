-- The regulator's review of submitted returns (docs/review.md).
--
-- review: one row per submitted return, the queue's row. Written in the transaction of each
-- submission (an amendment updates it and keeps its assignee), of each review step (the status),
-- of each band override, and of each assignment. Its priority is computed by ReviewPriorityPolicy
-- from what the row holds, when the row is written.
create table review (
    filing_id           uuid          primary key references filing (id),
    platform_id         uuid          not null references platform (id),
    template_code       varchar(32)   not null,
    template_version    integer       not null,
    period_start        date          not null,
    -- The platform's category when the latest version was submitted.
    category            varchar(16)   not null,
    latest_version      integer       not null,
    -- When the latest version was submitted: the queue's age counts from here.
    submitted_at        timestamptz   not null,
    -- Whether any version of the return was submitted late.
    late                boolean       not null,
    -- The latest version's WARNING findings, and how many of them were explained.
    warnings            integer       not null,
    explained_warnings  integer       not null,
    -- The rule ids of the latest version's findings, for the ruleId filter (GIN below).
    rule_ids            text[]        not null,
    -- The band that counts: the latest version's computed band, or an analyst's override of it.
    band                varchar(16)   not null,
    band_overridden     boolean       not null,
    -- The version the band is of (an override may be recorded before its version's row).
    band_version        integer       not null,
    total               numeric(5, 2),
    -- The latest version's total of the platform's previous period of this template, and how far
    -- this return's total fell below it (negative when it rose); null when either is unscored.
    previous_total      numeric(5, 2),
    score_drop          numeric(6, 2),
    status              varchar(16)   not null,
    priority            integer       not null,
    -- Why the priority is what it is: [{factor, points, description}], highest first.
    priority_reasons    jsonb         not null,
    -- The analyst the return is allocated to (a Keycloak username), and since when.
    assignee            varchar(255),
    assigned_at         timestamptz,
    version             bigint        not null default 0,
    constraint review_status_known check (status in ('SUBMITTED', 'UNDER_REVIEW', 'QUERIED',
        'ACCEPTED', 'REJECTED')),
    constraint review_band_known check (band in ('GREEN', 'AMBER', 'RED', 'NOT_SCORED')),
    constraint review_category_known check (category in ('CATEGORY_1', 'CATEGORY_2A',
        'CATEGORY_2B', 'CORE')),
    constraint review_version_submitted check (latest_version > 0),
    constraint review_warnings_counted check (explained_warnings between 0 and warnings),
    constraint review_assigned_with_time check ((assignee is null) = (assigned_at is null))
);

-- The queue: returns needing review, highest priority first, oldest first among equals. The
-- default list (open statuses, a literal condition that proves these partial indexes' predicate)
-- reads its first page from this index in order, also when filtered by a column of few values
-- (template, category, band, late); a selective filter has its own index below (docs/review.md,
-- "Indexes", has the plans on 100,000 rows).
create index review_queue on review (priority desc, submitted_at, filing_id)
    where status in ('SUBMITTED', 'UNDER_REVIEW', 'QUERIED');
create index review_queue_by_assignee on review (assignee, priority desc, submitted_at, filing_id)
    where status in ('SUBMITTED', 'UNDER_REVIEW', 'QUERIED');
create index review_queue_by_period on review (period_start, priority desc, submitted_at, filing_id)
    where status in ('SUBMITTED', 'UNDER_REVIEW', 'QUERIED');
-- Any status asked for (the decided ones included).
create index review_by_status on review (status, priority desc, submitted_at, filing_id);
create index review_rule_ids on review using gin (rule_ids);
-- A platform's periods of a template: the previous period's total.
create index review_by_platform_period on review (platform_id, template_code, period_start);

alter table review enable row level security;
create policy review_in_scope on review
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

-- Decisions and the review's history are records of what was done: never changed.
create function review_record_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'review decisions and history are append-only: % on % is not allowed',
        tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

-- review_decision: each decision taken on a return, with who took it, when, and the version of
-- the return it decided.
create table review_decision (
    id                  uuid          primary key,
    -- The order decisions were written in (decided_at may tie).
    seq                 bigint        generated always as identity unique,
    filing_id           uuid          not null references review (filing_id),
    platform_id         uuid          not null references platform (id),
    version_number      integer       not null,
    outcome             varchar(32)   not null,
    from_status         varchar(16)   not null,
    to_status           varchar(16)   not null,
    -- [{text, fields}] for ACCEPT_WITH_FINDINGS, else [].
    findings            jsonb         not null,
    -- [{code, label}] for REJECT (the label as configured when decided), else [].
    reasons             jsonb         not null,
    text                varchar(4000),
    decided_by          varchar(255)  not null,
    decided_at          timestamptz   not null,
    constraint review_decision_outcome_known check (outcome in ('ACCEPT', 'ACCEPT_WITH_FINDINGS',
        'REJECT')),
    constraint review_decision_version_positive check (version_number > 0)
);
create index review_decision_of_filing on review_decision (filing_id, seq);

-- review_event: the review's own history, one row per step (submission, assignment, release,
-- reassignment, decision, band change).
create table review_event (
    id                  uuid          primary key,
    -- The order steps were written in (occurred_at may tie).
    seq                 bigint        generated always as identity unique,
    filing_id           uuid          not null references review (filing_id),
    platform_id         uuid          not null references platform (id),
    occurred_at         timestamptz   not null,
    actor               varchar(255)  not null,
    action              varchar(32)   not null,
    version_number      integer       not null,
    from_status         varchar(16),
    to_status           varchar(16)   not null,
    assignee            varchar(255),
    previous_assignee   varchar(255),
    decision_id         uuid          references review_decision (id),
    detail              varchar(4000)
);
create index review_event_of_filing on review_event (filing_id, seq);

create trigger review_decision_append_only
    before update or delete on review_decision
    for each row execute function review_record_append_only();
create trigger review_decision_no_truncate
    before truncate on review_decision
    for each statement execute function review_record_append_only();
create trigger review_event_append_only
    before update or delete on review_event
    for each row execute function review_record_append_only();
create trigger review_event_no_truncate
    before truncate on review_event
    for each statement execute function review_record_append_only();

alter table review_decision enable row level security;
create policy review_decision_in_scope on review_decision
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());
alter table review_event enable row level security;
create policy review_event_in_scope on review_event
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

grant select, insert, update on review to ${app_role};
grant select, insert on review_decision, review_event to ${app_role};
