-- Penalties (docs/penalties.md): a penalty issued to a platform, by a confirmation decision of an
-- enforcement case or by late-filing points, with the calculator's inputs and steps as they were
-- answered; the payments received against it; and its history of statuses.
create table penalty (
    id                  uuid           primary key,
    platform_id         uuid           not null references platform (id),
    case_id             uuid           references enforcement_case (id),
    kind                varchar(32)    not null,
    amount              numeric(21, 4) not null,
    currency            varchar(3)     not null,
    balance             numeric(21, 4) not null,
    status              varchar(16)    not null,
    -- The last day to pay, in the regulator's calendar (Europe/London).
    due_date            date           not null,
    -- What the calculator was given and what it answered (its steps, the cap), as answered.
    inputs              jsonb          not null,
    calculation         jsonb          not null,
    issued_by           varchar(255)   not null,
    issued_at           timestamptz    not null,
    -- What issued it, for a caller that must issue at most one penalty per key (a points
    -- threshold's crossing); null for a confirmation decision's, which its case keys.
    source_key          varchar(255),
    version             bigint         not null default 0,
    constraint penalty_kind_known check (kind in ('CALCULATED', 'DAILY_RATE',
        'FIXED_LATE_FILING')),
    constraint penalty_status_known check (status in ('ISSUED', 'PART_PAID', 'PAID', 'OVERDUE',
        'APPEALED', 'WITHDRAWN')),
    constraint penalty_amount_positive check (amount > 0),
    constraint penalty_balance_within_amount check (balance >= 0 and balance <= amount),
    constraint penalty_paid_has_no_balance check ((status = 'PAID') = (balance = 0)),
    constraint penalty_source_key_unique unique (source_key)
);
create index penalty_of_platform on penalty (platform_id, issued_at desc);
-- A confirmation decision imposes one penalty.
create unique index penalty_one_per_case on penalty (case_id) where case_id is not null;
create index penalty_due on penalty (due_date) where status in ('ISSUED', 'PART_PAID');

-- A payment received: its reference is unique per penalty, so that a repeated recording of the
-- same payment is recognised.
create table penalty_payment (
    id           uuid           primary key,
    penalty_id   uuid           not null references penalty (id),
    platform_id  uuid           not null references platform (id),
    reference    varchar(64)    not null,
    amount       numeric(21, 4) not null,
    currency     varchar(3)     not null,
    received_on  date           not null,
    recorded_by  varchar(255)   not null,
    recorded_at  timestamptz    not null,
    constraint penalty_payment_reference_unique unique (penalty_id, reference),
    constraint penalty_payment_amount_positive check (amount > 0)
);
create index penalty_payment_of_penalty on penalty_payment (penalty_id, recorded_at);

-- The penalty's own history of statuses: who, when, why, from and to.
create table penalty_event (
    id           uuid          primary key,
    seq          bigint        generated always as identity unique,
    penalty_id   uuid          not null references penalty (id),
    platform_id  uuid          not null references platform (id),
    occurred_at  timestamptz   not null,
    actor        varchar(255)  not null,
    from_status  varchar(16),
    to_status    varchar(16)   not null,
    reason       varchar(4000) not null,
    payment_id   uuid          references penalty_payment (id)
);
create index penalty_event_of_penalty on penalty_event (penalty_id, seq);

-- What was received and what happened stays recorded.
create function penalty_record_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'penalty payments and history are append-only: % on % is not allowed',
        tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger penalty_payment_append_only
    before update or delete on penalty_payment
    for each row execute function penalty_record_append_only();
create trigger penalty_payment_no_truncate
    before truncate on penalty_payment
    for each statement execute function penalty_record_append_only();
create trigger penalty_event_append_only
    before update or delete on penalty_event
    for each row execute function penalty_record_append_only();
create trigger penalty_event_no_truncate
    before truncate on penalty_event
    for each statement execute function penalty_record_append_only();

alter table penalty enable row level security;
create policy penalty_in_scope on penalty
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());
alter table penalty_payment enable row level security;
create policy penalty_payment_in_scope on penalty_payment
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());
alter table penalty_event enable row level security;
create policy penalty_event_in_scope on penalty_event
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

grant select, insert, update on penalty to ${app_role};
grant select, insert on penalty_payment, penalty_event to ${app_role};
