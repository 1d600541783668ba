-- What each platform must file, per template and period. The unique key makes generation
-- idempotent, also when several replicas generate the same period at once.
create table obligation (
    id               uuid primary key,
    platform_id      uuid         not null references platform (id),
    template_code    varchar(32)  not null,
    template_version integer      not null,
    period_start     date         not null,
    period_end       date         not null,
    due_date         date         not null,
    status           varchar(16)  not null,
    waiver_reason    varchar(1000),
    waived_by        varchar(320),
    waived_at        timestamptz,
    created_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint obligation_once_per_period unique (platform_id, template_code, period_start),
    constraint obligation_period_ordered check (period_start <= period_end),
    constraint obligation_due_after_period check (due_date >= period_end),
    constraint obligation_status_known check (status in ('OPEN', 'FULFILLED', 'OVERDUE', 'WAIVED')),
    constraint obligation_waiver_has_reason check (status <> 'WAIVED' or waiver_reason is not null)
);
create index obligation_due on obligation (status, due_date);
create index obligation_platform_due on obligation (platform_id, due_date);
