-- Returns filed against obligations. A filing holds the editable draft; every submission is an
-- immutable filing_version with its receipt. The idempotency table makes a retried submission
-- return its first result instead of filing twice.
create sequence filing_reference_number;

create table filing (
    id                uuid primary key,
    platform_id       uuid          not null references platform (id),
    obligation_id     uuid          not null references obligation (id),
    template_code     varchar(32)   not null,
    template_version  integer       not null,
    -- The readable part of every accession number: DCR-<reference_year>-<reference_number>-<vv>.
    reference_year    integer       not null,
    reference_number  bigint        not null default nextval('filing_reference_number'),
    status            varchar(16)   not null,
    latest_version    integer       not null default 0,
    -- The open draft (null when none is open): values by field code, as JSON.
    draft_values      jsonb,
    draft_saved_at    timestamptz,
    draft_saved_by    varchar(320),
    created_at        timestamptz   not null,
    version           bigint        not null default 0,
    constraint filing_one_per_obligation unique (obligation_id),
    constraint filing_reference_unique unique (reference_year, reference_number),
    constraint filing_status_known check (status in
        ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'QUERIED', 'ACCEPTED', 'REJECTED')),
    constraint filing_submitted_has_version check (status = 'DRAFT' or latest_version > 0)
);
create index filing_platform_template on filing (platform_id, template_code, created_at);

create table filing_version (
    id                     uuid primary key,
    filing_id              uuid          not null references filing (id),
    platform_id            uuid          not null references platform (id),
    number                 integer       not null,
    accession_number       varchar(32)   not null,
    source                 varchar(16)   not null,
    late                   boolean       not null,
    submitted_at           timestamptz   not null,
    submitted_by           varchar(320)  not null,
    filed_values           jsonb         not null,
    findings               jsonb         not null,
    explanations           jsonb         not null,
    attestor_subject       varchar(64)   not null,
    attestor_username      varchar(320)  not null,
    attestor_name          varchar(320)  not null,
    attestor_role          varchar(64)   not null,
    attestation_statement  text          not null,
    -- Exactly the bytes whose SHA-256 is the receipt's digest (RFC 8785 canonical JSON).
    canonical_payload      text          not null,
    sha256                 varchar(64)   not null,
    constraint filing_version_number_unique unique (filing_id, number),
    constraint filing_version_accession_unique unique (accession_number),
    constraint filing_version_number_positive check (number > 0),
    constraint filing_version_source_known check (source in ('PORTAL', 'API', 'SPREADSHEET'))
);

-- What was filed can never change, by any path: the service never updates these rows, and the
-- database refuses to.
create function filing_version_immutable() returns trigger
    language plpgsql as
$$
begin
    raise exception 'submitted returns are immutable: % on % is not allowed', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger filing_version_no_update_or_delete
    before update or delete on filing_version
    for each row execute function filing_version_immutable();
create trigger filing_version_no_truncate
    before truncate on filing_version
    for each statement execute function filing_version_immutable();

create table submission_idempotency (
    platform_id        uuid          not null references platform (id),
    idempotency_key    varchar(255)  not null,
    -- SHA-256 of the filing id and the canonical request body: a reused key must repeat both.
    request_sha256     varchar(64)   not null,
    filing_version_id  uuid          not null references filing_version (id),
    created_at         timestamptz   not null,
    primary key (platform_id, idempotency_key)
);
