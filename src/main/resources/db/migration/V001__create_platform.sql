-- Platforms are the tenants: every platform-owned row names one.
create table platform (
    id           uuid primary key,
    slug         varchar(63)  not null,
    legal_name   varchar(200) not null,
    trading_name varchar(200),
    status       varchar(16)  not null,
    created_at   timestamptz  not null,
    version      bigint       not null default 0,
    constraint platform_slug_unique unique (slug),
    constraint platform_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint platform_status_known check (status in ('ACTIVE', 'SUSPENDED', 'EXITED'))
);
