-- The audit trail: events are appended in the writer's transaction; a sequencer later chains
-- them (audit_chain_link) and removes their pending marker. Events and links are append-only.
create table audit_event (
    id           uuid primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(320) not null,
    platform_id  uuid,
    entity_type  varchar(64)  not null,
    entity_id    varchar(128) not null,
    action       varchar(64)  not null,
    state_digest varchar(64)     not null
);
create index audit_event_platform on audit_event (platform_id, occurred_at);
create index audit_event_entity on audit_event (entity_type, entity_id);

create table audit_pending (
    event_id uuid primary key
);

create table audit_chain_link (
    seq        bigint primary key,
    event_id   uuid        not null references audit_event (id),
    prev_hash  varchar(64)    not null,
    hash       varchar(64)    not null,
    chained_at timestamptz not null,
    constraint audit_chain_event_once unique (event_id),
    -- Two links can never extend the same predecessor: the chain cannot fork.
    constraint audit_chain_no_fork unique (prev_hash),
    constraint audit_chain_positive check (seq > 0)
);

create function audit_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the audit trail is append-only: % on % is not allowed', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_append_only();
create trigger audit_chain_link_append_only
    before update or delete on audit_chain_link
    for each row execute function audit_append_only();
create trigger audit_chain_link_no_truncate
    before truncate on audit_chain_link
    for each statement execute function audit_append_only();
