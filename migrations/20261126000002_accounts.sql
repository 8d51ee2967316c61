-- Accounts, sessions and one-time tokens. Everything that belongs to an account references it
-- with `on delete cascade`, so `DELETE /me` removes it all in one statement.
create table users
(
    id             uuid primary key,
    -- Stored lower-cased and trimmed by the server; unique case-insensitively through that.
    email          text        not null unique,
    name           text        not null,
    -- PHC string (argon2id); null for accounts that only sign in with Google.
    password_hash  text,
    email_verified boolean     not null default false,
    -- Google's stable subject id, set on first Google sign-in or when linking by e-mail.
    google_sub     text unique,
    plan_id        text        not null default 'free' references plans (id),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);

-- Refresh tokens: only a SHA-256 of the random token is stored. Each sign-in starts a family;
-- each refresh marks the presented token used and adds its successor to the same family. A used
-- or revoked token presented again means it leaked: the whole family is revoked.
create table refresh_tokens
(
    token_hash bytea primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    family_id  uuid        not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz
);
create index refresh_tokens_family on refresh_tokens (family_id);
create index refresh_tokens_user on refresh_tokens (user_id);

-- One-time tokens sent by e-mail (password reset, e-mail verification), stored hashed.
create table one_time_tokens
(
    token_hash bytea primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    purpose    text        not null check (purpose in ('password_reset', 'email_verify')),
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index one_time_tokens_user on one_time_tokens (user_id);

-- Outgoing e-mail. Written in the same transaction as the token it carries; a sender (SMTP,
-- later) marks rows sent. Tests and `make server` read it directly.
create table email_outbox
(
    id         bigint generated always as identity primary key,
    user_id    uuid        references users (id) on delete cascade,
    to_address text        not null,
    kind       text        not null,
    subject    text        not null,
    body       text        not null,
    created_at timestamptz not null default now(),
    sent_at    timestamptz
);
