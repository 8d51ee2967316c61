-- Delivery state of outgoing e-mail, for the SMTP sender (server/src/mail.rs). Senders claim
-- due rows with `for update skip locked`, so several server instances never send one mail twice;
-- a failed attempt pushes `next_attempt_at` back (exponential backoff) and keeps the error.
alter table email_outbox
    add column attempts        integer     not null default 0,
    add column next_attempt_at timestamptz not null default now(),
    add column last_error      text;
create index email_outbox_due on email_outbox (next_attempt_at) where sent_at is null;
