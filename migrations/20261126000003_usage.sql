-- Durable usage counters, one row per account, limit and window. A reservation is a single
-- `insert … on conflict do update … where used + n <= limit returning used`, so concurrent
-- requests can never exceed a limit. Windows: the UTC day for AI requests, the hour for the
-- general rate, and a fixed epoch window for documents synced (a count that never resets).
create table usage_counters
(
    user_id      uuid        not null references users (id) on delete cascade,
    kind         text        not null check (kind in ('ai_requests', 'documents_synced', 'requests')),
    window_start timestamptz not null,
    used         int         not null check (used >= 0),
    primary key (user_id, kind, window_start)
);
