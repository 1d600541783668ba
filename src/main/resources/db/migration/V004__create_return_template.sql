-- Published return template versions. A published version is immutable: a change is a new
-- version. The definition is the template document as canonical JSON (RFC 8785); its SHA-256 is
-- kept beside it. Title, period, due offset and categories are copies of the definition's, for
-- queries.
create table return_template_version (
    id                uuid primary key,
    code              varchar(32)    not null,
    version           integer        not null,
    title             varchar(200)   not null,
    period_type       varchar(16)    not null,
    due_offset_days   integer        not null,
    categories        varchar(16)[]  not null,
    definition        jsonb          not null,
    definition_sha256 varchar(64)    not null,
    published_at      timestamptz    not null,
    published_by      varchar(320)   not null,
    source            varchar(8)     not null,
    constraint return_template_version_unique unique (code, version),
    constraint return_template_version_positive check (version > 0),
    constraint return_template_version_code_format check (code ~ '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$'),
    constraint return_template_version_period_known
        check (period_type in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    constraint return_template_version_due_offset check (due_offset_days between 0 and 366),
    constraint return_template_version_categories check (cardinality(categories) > 0),
    constraint return_template_version_digest check (definition_sha256 ~ '^[0-9a-f]{64}$'),
    constraint return_template_version_source_known check (source in ('file', 'api'))
);

create function return_template_version_immutable() returns trigger
    language plpgsql as
$$
begin
    raise exception 'published return template versions are immutable: % on % is not allowed',
        tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger return_template_version_no_update_or_delete
    before update or delete on return_template_version
    for each row execute function return_template_version_immutable();
create trigger return_template_version_no_truncate
    before truncate on return_template_version
    for each statement execute function return_template_version_immutable();
