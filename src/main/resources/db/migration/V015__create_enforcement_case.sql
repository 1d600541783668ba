-- Enforcement cases (docs/enforcement.md): opened by an officer or by a trigger on a submission or
-- a review decision, moved through CaseLifecycle's stages by enforcement officers, each step kept
-- in the case's own append-only history beside its audit event.

-- The readable part of every case reference: ENF-<reference_year>-<reference_number>.
create sequence enforcement_case_reference_number;

create table enforcement_case (
    id                        uuid          primary key,
    platform_id               uuid          not null references platform (id),
    reference_year            integer       not null,
    reference_number          bigint        not null
        default nextval('enforcement_case_reference_number'),
    stage                     varchar(32)   not null,
    -- What opened it: an officer (OFFICER) or a trigger (RED_SCORE, REJECTED_RETURN).
    trigger_kind              varchar(32)   not null,
    -- The officer's username, or system for a trigger.
    opened_by                 varchar(255)  not null,
    opened_at                 timestamptz   not null,
    opening_reason            varchar(4000) not null,
    -- The provisional notice: its text, when it was issued, and the last day (Europe/London) on
    -- which the platform may make representations.
    notice_text               varchar(20000),
    notice_issued_at          timestamptz,
    representations_deadline  date,
    -- When the case reached CONFIRMATION_DECISION or CLOSED_NO_ACTION.
    closed_at                 timestamptz,
    -- The appeal against a confirmation decision, as an officer recorded it.
    appeal_status             varchar(16),
    appeal_grounds            varchar(4000),
    appeal_lodged_by          varchar(255),
    appeal_lodged_at          timestamptz,
    appeal_outcome_text       varchar(4000),
    appeal_decided_by         varchar(255),
    appeal_decided_at         timestamptz,
    version                   bigint        not null default 0,
    constraint enforcement_case_reference_unique unique (reference_year, reference_number),
    constraint enforcement_case_stage_known check (stage in ('OPEN', 'INVESTIGATION',
        'PROVISIONAL_NOTICE', 'CONFIRMATION_DECISION', 'CLOSED_NO_ACTION')),
    constraint enforcement_case_trigger_known check (trigger_kind in ('OFFICER', 'RED_SCORE',
        'REJECTED_RETURN')),
    constraint enforcement_case_notice_together check (
        (notice_text is null) = (notice_issued_at is null)
        and (notice_text is null) = (representations_deadline is null)),
    constraint enforcement_case_notice_after_investigation check (
        stage not in ('PROVISIONAL_NOTICE', 'CONFIRMATION_DECISION') or notice_text is not null),
    constraint enforcement_case_no_notice_before check (
        stage not in ('OPEN', 'INVESTIGATION') or notice_text is null),
    constraint enforcement_case_closed_when_final check (
        (closed_at is not null) = (stage in ('CONFIRMATION_DECISION', 'CLOSED_NO_ACTION'))),
    constraint enforcement_case_appeal_known check (
        appeal_status is null or appeal_status in ('LODGED', 'UPHELD', 'DISMISSED')),
    constraint enforcement_case_appeal_of_confirmation check (
        appeal_status is null or stage = 'CONFIRMATION_DECISION'),
    constraint enforcement_case_appeal_lodged_together check (
        (appeal_status is null) = (appeal_lodged_at is null)
        and (appeal_lodged_at is null) = (appeal_lodged_by is null)
        and (appeal_lodged_at is null) = (appeal_grounds is null)),
    constraint enforcement_case_appeal_decided_together check (
        (appeal_decided_at is not null) = (appeal_status in ('UPHELD', 'DISMISSED'))
        and (appeal_decided_at is null) = (appeal_decided_by is null)
        and (appeal_decided_at is null) = (appeal_outcome_text is null))
);
-- The list: newest first, optionally one platform's or one stage's.
create index enforcement_case_by_opened on enforcement_case (opened_at desc, id);
create index enforcement_case_by_platform on enforcement_case (platform_id, opened_at desc);
create index enforcement_case_by_stage on enforcement_case (stage, opened_at desc);

-- What a case is about: linked obligations, returns (and the version), rule ids and findings.
-- ground_key names what a trigger would open a case for (EnforcementGrounds.keyOf): while the case
-- is open, no other case may hold a ground of the same key, so a trigger firing again (a second
-- RED amendment, a re-rejection) finds the open case instead of opening another. An officer's own
-- decision has no key. case_open follows the case: it turns false, once, when the case closes.
create table enforcement_case_ground (
    id              uuid          primary key,
    case_id         uuid          not null references enforcement_case (id),
    platform_id     uuid          not null references platform (id),
    position        integer       not null,
    kind            varchar(32)   not null,
    obligation_id   uuid          references obligation (id),
    filing_id       uuid          references filing (id),
    version_number  integer,
    rule_id         varchar(64),
    finding         varchar(4000),
    ground_key      varchar(200),
    case_open       boolean       not null,
    constraint enforcement_case_ground_position_unique unique (case_id, position),
    constraint enforcement_case_ground_kind_known check (kind in ('OVERDUE_OBLIGATION',
        'RED_SCORE', 'REJECTED_RETURN', 'BREACH_RULE', 'OFFICER_DECISION')),
    constraint enforcement_case_ground_obligation check (
        kind <> 'OVERDUE_OBLIGATION' or obligation_id is not null),
    constraint enforcement_case_ground_filing check (
        kind not in ('RED_SCORE', 'REJECTED_RETURN') or filing_id is not null),
    constraint enforcement_case_ground_rule check (kind <> 'BREACH_RULE' or rule_id is not null),
    constraint enforcement_case_ground_finding check (
        kind <> 'OFFICER_DECISION' or finding is not null),
    constraint enforcement_case_ground_version_positive check (
        version_number is null or version_number > 0),
    constraint enforcement_case_ground_keyed check (
        (ground_key is null) = (kind = 'OFFICER_DECISION'))
);
create unique index enforcement_case_ground_open_once on enforcement_case_ground (ground_key)
    where case_open and ground_key is not null;
create index enforcement_case_ground_of_case on enforcement_case_ground (case_id, position);

create function enforcement_case_ground_guarded() returns trigger
    language plpgsql as
$$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'case grounds are never removed: % on % is not allowed',
            tg_op, tg_table_name using errcode = 'insufficient_privilege';
    end if;
    if (new.id, new.case_id, new.platform_id, new.position, new.kind, new.obligation_id,
            new.filing_id, new.version_number, new.rule_id, new.finding, new.ground_key)
        is distinct from
       (old.id, old.case_id, old.platform_id, old.position, old.kind, old.obligation_id,
            old.filing_id, old.version_number, old.rule_id, old.finding, old.ground_key)
        or (old.case_open, new.case_open) not in ((true, false), (true, true), (false, false)) then
        raise exception 'a case ground only closes with its case' using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger enforcement_case_ground_guarded_update_no_delete
    before update or delete on enforcement_case_ground
    for each row execute function enforcement_case_ground_guarded();
create trigger enforcement_case_ground_no_truncate
    before truncate on enforcement_case_ground
    for each statement execute function enforcement_case_ground_guarded();

-- The requirements a confirmation decision imposes: the platform marks each done, an officer
-- verifies it.
create table enforcement_requirement (
    id                 uuid          primary key,
    case_id            uuid          not null references enforcement_case (id),
    platform_id        uuid          not null references platform (id),
    position           integer       not null,
    text               varchar(4000) not null,
    due_date           date          not null,
    status             varchar(16)   not null,
    completed_by       varchar(255),
    completed_at       timestamptz,
    completion_note    varchar(4000),
    verified_by        varchar(255),
    verified_at        timestamptz,
    verification_note  varchar(4000),
    version            bigint        not null default 0,
    constraint enforcement_requirement_position_unique unique (case_id, position),
    constraint enforcement_requirement_status_known check (status in ('OPEN', 'COMPLETED',
        'VERIFIED')),
    constraint enforcement_requirement_completed check (
        (completed_at is not null) = (status in ('COMPLETED', 'VERIFIED'))
        and (completed_at is null) = (completed_by is null)),
    constraint enforcement_requirement_verified check (
        (verified_at is not null) = (status = 'VERIFIED')
        and (verified_at is null) = (verified_by is null))
);
create index enforcement_requirement_of_case on enforcement_requirement (case_id, position);

-- The case's own history: one row per step, with who, when, why and the stages before and after.
create table enforcement_case_event (
    id           uuid           primary key,
    -- The order steps were written in (occurred_at may tie).
    seq          bigint         generated always as identity unique,
    case_id      uuid           not null references enforcement_case (id),
    platform_id  uuid           not null references platform (id),
    occurred_at  timestamptz    not null,
    actor        varchar(255)   not null,
    action       varchar(32)    not null,
    from_stage   varchar(32),
    to_stage     varchar(32)    not null,
    reason       varchar(4000),
    detail       varchar(4000)  not null,
    requirement_id uuid         references enforcement_requirement (id)
);
create index enforcement_case_event_of_case on enforcement_case_event (case_id, seq);

-- Representations the platform made on a provisional notice, and the documents attached to them
-- (their bytes in a table of their own, so that listing them reads no content).
create table enforcement_representation (
    id            uuid            primary key,
    seq           bigint          generated always as identity unique,
    case_id       uuid            not null references enforcement_case (id),
    platform_id   uuid            not null references platform (id),
    text          varchar(20000)  not null,
    submitted_by  varchar(255)    not null,
    submitted_at  timestamptz     not null
);
create index enforcement_representation_of_case on enforcement_representation (case_id, seq);

create table enforcement_representation_document (
    id                 uuid          primary key,
    representation_id  uuid          not null references enforcement_representation (id),
    case_id            uuid          not null references enforcement_case (id),
    platform_id        uuid          not null references platform (id),
    position           integer       not null,
    file_name          varchar(255)  not null,
    content_type       varchar(100)  not null,
    size_bytes         bigint        not null,
    -- SHA-256 of the bytes, hex.
    sha256             varchar(64)   not null,
    constraint enforcement_representation_document_position_unique
        unique (representation_id, position),
    constraint enforcement_representation_document_type_known check (content_type in (
        'application/pdf', 'text/plain', 'image/png', 'image/jpeg',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    constraint enforcement_representation_document_size_positive check (size_bytes > 0),
    constraint enforcement_representation_document_sha256_hex check (sha256 ~ '^[0-9a-f]{64}$')
);
create index enforcement_representation_document_of on enforcement_representation_document
    (representation_id, position);

create table enforcement_document_content (
    document_id  uuid   primary key references enforcement_representation_document (id),
    platform_id  uuid   not null references platform (id),
    content      bytea  not null
);

-- What was recorded stays recorded.
create function enforcement_record_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'enforcement history and representations are append-only: % on % is not allowed',
        tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger enforcement_case_event_append_only
    before update or delete on enforcement_case_event
    for each row execute function enforcement_record_append_only();
create trigger enforcement_case_event_no_truncate
    before truncate on enforcement_case_event
    for each statement execute function enforcement_record_append_only();
create trigger enforcement_representation_append_only
    before update or delete on enforcement_representation
    for each row execute function enforcement_record_append_only();
create trigger enforcement_representation_no_truncate
    before truncate on enforcement_representation
    for each statement execute function enforcement_record_append_only();
create trigger enforcement_representation_document_append_only
    before update or delete on enforcement_representation_document
    for each row execute function enforcement_record_append_only();
create trigger enforcement_representation_document_no_truncate
    before truncate on enforcement_representation_document
    for each statement execute function enforcement_record_append_only();
create trigger enforcement_document_content_append_only
    before update or delete on enforcement_document_content
    for each row execute function enforcement_record_append_only();
create trigger enforcement_document_content_no_truncate
    before truncate on enforcement_document_content
    for each statement execute function enforcement_record_append_only();

alter table enforcement_case enable row level security;
create policy enforcement_case_in_scope on enforcement_case
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());
alter table enforcement_case_ground enable row level security;
create policy enforcement_case_ground_in_scope on enforcement_case_ground
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());
alter table enforcement_requirement enable row level security;
create policy enforcement_requirement_in_scope on enforcement_requirement
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());
alter table enforcement_case_event enable row level security;
create policy enforcement_case_event_in_scope on enforcement_case_event
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());
alter table enforcement_representation enable row level security;
create policy enforcement_representation_in_scope on enforcement_representation
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());
alter table enforcement_representation_document enable row level security;
create policy enforcement_representation_document_in_scope on enforcement_representation_document
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());
alter table enforcement_document_content enable row level security;
create policy enforcement_document_content_in_scope on enforcement_document_content
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

grant select, insert, update on enforcement_case, enforcement_case_ground,
    enforcement_requirement to ${app_role};
grant select, insert on enforcement_case_event, enforcement_representation,
    enforcement_representation_document, enforcement_document_content to ${app_role};
grant usage, select on sequence enforcement_case_reference_number to ${app_role};
