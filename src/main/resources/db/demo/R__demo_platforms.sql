-- Demo platforms for the local run and the tests (a repeatable migration, so it always runs
-- after the schema). Their ids are the platform_id attributes of the demo users and service
-- accounts in config/keycloak/carefile-realm.json. Their categories follow from their figures
-- under the default thresholds (PlatformCategoryConfig). A re-run refreshes the profile but
-- keeps the status, which the demo may have changed.
insert into platform (id, slug, legal_name, trading_name, company_number, country, service_kinds,
                      service_features, uk_monthly_active_users, revenue_amount, revenue_currency,
                      revenue_year_end, category, status, created_at)
values ('6f1c2a8e-4b1d-4c55-9a0e-0d5a1b7c9e01', 'northwind-social', 'Northwind Social Ltd',
        'Northwind', '09876543', 'GB', '{USER_TO_USER}',
        '{CONTENT_RECOMMENDER,RESHARING,DIRECT_MESSAGING}', 40000000, 2450000000.00, 'GBP',
        '2025-12-31', 'CATEGORY_1', 'ACTIVE', '2026-01-05T09:00:00Z'),
       ('9b3e7d42-1f6a-4e8b-8c2d-5a4f3e2d1c02', 'brightsearch', 'Bright Search Ltd',
        'BrightSearch', '11223344', 'GB', '{SEARCH}', '{}', 12000000, 380000000.00, 'GBP',
        '2026-03-31', 'CATEGORY_2A', 'ACTIVE', '2026-01-05T09:00:00Z')
on conflict (id) do update
    set legal_name              = excluded.legal_name,
        trading_name            = excluded.trading_name,
        company_number          = excluded.company_number,
        country                 = excluded.country,
        service_kinds           = excluded.service_kinds,
        service_features        = excluded.service_features,
        uk_monthly_active_users = excluded.uk_monthly_active_users,
        revenue_amount          = excluded.revenue_amount,
        revenue_currency        = excluded.revenue_currency,
        revenue_year_end        = excluded.revenue_year_end,
        category                = excluded.category;
