-- Demo platforms for the local run and the tests (a repeatable migration, so it always runs
-- after the schema). Their ids are the platform_id attributes of the demo users and service
-- accounts in config/keycloak/carefile-realm.json.
insert into platform (id, slug, legal_name, trading_name, status, created_at)
values ('6f1c2a8e-4b1d-4c55-9a0e-0d5a1b7c9e01', 'northwind-social', 'Northwind Social Ltd',
        'Northwind', 'ACTIVE', '2026-01-05T09:00:00Z'),
       ('9b3e7d42-1f6a-4e8b-8c2d-5a4f3e2d1c02', 'brightsearch', 'Bright Search Ltd',
        'BrightSearch', 'ACTIVE', '2026-01-05T09:00:00Z')
on conflict (id) do nothing;
