-- Background exports (docs/exports.md): a spreadsheet too large to answer at once is written by a
-- one-off job and kept here, so that any replica can report its progress and serve its file.
-- A job belongs to whoever asked for it: its platform (none for a regulator, whose jobs only
-- those who see every platform reach) and, checked by the service, its subject.
create table export_job (
    id              uuid          primary key,
    platform_id     uuid          references platform (id),
    requester_sees_all boolean    not null,
    requested_by    varchar(255)  not null,
    requester_name  varchar(255)  not null,
    source          varchar(64)   not null,
    title           varchar(255)  not null,
    filters         jsonb         not null,
    state           varchar(16)   not null
                    check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED')),
    rows_total      bigint        not null check (rows_total >= 0),
    rows_done       bigint        not null default 0 check (rows_done >= 0),
    file_name       varchar(255)  not null,
    -- The workbook once written; emptied when the job expires.
    content         bytea,
    requested_at    timestamptz   not null,
    finished_at     timestamptz,
    expires_at      timestamptz   not null,
    version         bigint        not null default 0,
    check (requester_sees_all or platform_id is not null),
    check ((state = 'DONE') = (content is not null))
);

create index export_job_expiry on export_job (expires_at) where state <> 'EXPIRED';

alter table export_job enable row level security;
create policy export_job_in_scope on export_job
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

grant select, insert, update on export_job to ${app_role};
