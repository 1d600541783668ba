-- A platform's full profile: registration, the services it provides, the figures its category is
-- derived from, and its qualifying worldwide revenue (the statutory penalty cap is a share of it).
--
-- Only dev databases can hold rows from before this migration (the demo seed: onboarding arrives
-- with it). The defaults fill those rows until the demo seed rewrites them, and are then dropped,
-- so that every new platform states its figures.
alter table platform
    add column company_number          varchar(32),
    add column country                 varchar(2)     not null default 'GB',
    add column service_kinds           varchar(32)[]  not null default '{USER_TO_USER}',
    add column service_features        varchar(32)[]  not null default '{}',
    add column uk_monthly_active_users bigint         not null default 0,
    add column revenue_amount          numeric(19, 2) not null default 0,
    add column revenue_currency        varchar(3)     not null default 'GBP',
    add column revenue_year_end        date           not null default date '2025-12-31',
    add column category                varchar(16)    not null default 'CORE';

alter table platform
    alter column country drop default,
    alter column service_kinds drop default,
    alter column service_features drop default,
    alter column uk_monthly_active_users drop default,
    alter column revenue_amount drop default,
    alter column revenue_currency drop default,
    alter column revenue_year_end drop default,
    alter column category drop default;

alter table platform
    add constraint platform_country_format check (country ~ '^[A-Z]{2}$'),
    add constraint platform_service_kinds_known check (
        cardinality(service_kinds) > 0
        and service_kinds <@ array ['USER_TO_USER', 'SEARCH', 'PORNOGRAPHY_PROVIDER']::varchar[]),
    add constraint platform_service_features_known check (
        service_features <@ array ['CONTENT_RECOMMENDER', 'RESHARING', 'DIRECT_MESSAGING']::varchar[]),
    add constraint platform_users_not_negative check (uk_monthly_active_users >= 0),
    add constraint platform_revenue_not_negative check (revenue_amount >= 0),
    add constraint platform_revenue_currency_format check (revenue_currency ~ '^[A-Z]{3}$'),
    add constraint platform_category_known check (
        category in ('CATEGORY_1', 'CATEGORY_2A', 'CATEGORY_2B', 'CORE'));

-- Obligation generation asks for the active platforms in given categories.
create index platform_status_category on platform (status, category);
