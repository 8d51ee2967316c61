-- Plans and their limits. `cvimprover-server plans sync plans.toml` keeps these rows in step with
-- the committed plans.toml (prices, display order, Stripe price ids); the four rows seeded here
-- make a fresh database usable before the first sync and keep `users.plan_id` satisfiable.
create table plans
(
    id                  text primary key,
    name                text        not null,
    display_order       int         not null,
    price_monthly_cents int         not null check (price_monthly_cents >= 0),
    currency            text        not null default 'eur',
    -- Stripe price id of the monthly subscription; null for Free and until billing exists.
    stripe_price_id     text unique,
    ai_requests_per_day int         not null check (ai_requests_per_day >= 0),
    documents_synced    int         not null check (documents_synced >= 0),
    -- The general rate of costly requests (AI, sync writes); cheap reads are never counted.
    requests_per_hour   int         not null check (requests_per_hour >= 0),
    updated_at          timestamptz not null default now()
);

insert into plans (id, name, display_order, price_monthly_cents, ai_requests_per_day, documents_synced, requests_per_hour)
values ('free', 'Free', 0, 0, 3, 5, 100),
       ('basic', 'Basic', 1, 499, 20, 50, 300),
       ('pro', 'Pro', 2, 999, 100, 200, 600),
       ('premium', 'Premium', 3, 1999, 1000, 1000, 1200);
