-- Attempts at signing in, signing up and resetting a password, counted in fixed windows per
-- client IP and per e-mail address (server/src/throttle.rs). In the database rather than in each
-- server's memory so that all instances behind the load balancer share one limit. Keys are
-- SHA-256 hashes of scope and value: no address or e-mail is stored in clear. Rows of windows
-- long past are swept by the server.
create table auth_attempts (
    key          bytea       primary key,
    window_start timestamptz not null,
    hits         integer     not null
);
create index auth_attempts_window_start on auth_attempts (window_start);
