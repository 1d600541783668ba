-- Queries: threads between the regulator's analysts and a platform about one return, optionally
-- about some of its fields, with a due date (a calendar date in the regulator's time zone). A query
-- is OPEN while the platform owes an answer, ANSWERED once it replied or amended, CLOSED when the
-- analyst closed it (docs/review-queries.md). Its messages are append-only.
create table review_query (
    id                uuid          primary key,
    filing_id         uuid          not null references filing (id),
    platform_id       uuid          not null references platform (id),
    -- The return's latest submitted version when the query was raised.
    version_number    integer       not null,
    subject           varchar(200)  not null,
    -- Codes of fields of the return's template the query is about; empty for the whole return.
    field_codes       text[]        not null default '{}',
    due_date          date          not null,
    status            varchar(16)   not null,
    raised_by         varchar(320)  not null,
    raised_at         timestamptz   not null,
    closed_by         varchar(320),
    closed_at         timestamptz,
    -- When the thread last moved (raised, a message, closed): the inbox lists newest first.
    last_activity_at  timestamptz   not null,
    version           bigint        not null default 0,
    constraint review_query_status_known check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    constraint review_query_version_number_positive check (version_number > 0),
    constraint review_query_closed_when_closed check (
        (status = 'CLOSED') = (closed_at is not null) and (closed_at is null) = (closed_by is null))
);
create index review_query_filing on review_query (filing_id, raised_at);
create index review_query_platform_activity on review_query (platform_id, last_activity_at desc);
create index review_query_activity on review_query (last_activity_at desc);

create table review_query_message (
    id               uuid           primary key,
    query_id         uuid           not null references review_query (id),
    platform_id      uuid           not null references platform (id),
    -- 1, 2, … in the order written: the thread's order, even for messages of one instant.
    number           integer        not null,
    author_username  varchar(320)   not null,
    side             varchar(16)    not null,
    body             varchar(4000)  not null,
    sent_at          timestamptz    not null,
    constraint review_query_message_number_unique unique (query_id, number),
    constraint review_query_message_number_positive check (number > 0),
    constraint review_query_message_side_known check (side in ('REGULATOR', 'PLATFORM'))
);

-- What was said stays said: the service never changes a message, and the database refuses to.
create function review_query_message_immutable() returns trigger
    language plpgsql as
$$
begin
    raise exception 'query messages are append-only: % on % is not allowed', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger review_query_message_no_update_or_delete
    before update or delete on review_query_message
    for each row execute function review_query_message_immutable();
create trigger review_query_message_no_truncate
    before truncate on review_query_message
    for each statement execute function review_query_message_immutable();

alter table review_query enable row level security;
create policy review_query_in_scope on review_query
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

alter table review_query_message enable row level security;
create policy review_query_message_in_scope on review_query_message
    using (carefile_sees_all() or platform_id = carefile_platform())
    with check (carefile_sees_all() or platform_id = carefile_platform());

grant select, insert, update on review_query to ${app_role};
grant select, insert on review_query_message to ${app_role};
