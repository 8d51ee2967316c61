//! A few database connections kept outside the pool for the hottest read, `GET /me`.
//!
//! sqlx's pool pings each connection when it is given back (a `Sync` round trip), so every
//! pooled query costs PostgreSQL two wake-ups. `/me` is one indexed single-row select run on
//! every app start and screen refresh; these connections serve it in one round trip.
//!
//! All waiters share one queue (a semaphore) and take whichever connection is free, as in a
//! pool: a queue per connection would stall behind one slow holder.
//!
//! Safety: a connection is reused only after its statement completed. A lease dropped before
//! [`Lease::finish`] (a failed query, a cancelled request) discards its connection, so none is
//! ever left mid-protocol, and a later lease opens a fresh one. Writes and transactions stay on
//! the pool.

use std::sync::{Mutex, PoisonError};

use sqlx::{Connection, PgConnection, PgPool};
use tokio::sync::{Semaphore, SemaphorePermit};

use crate::{Error, Result};

/// The kept connections: at most `count` in use, the idle ones on a stack.
pub struct Readers {
    pool: PgPool,
    permits: Semaphore,
    count: usize,
    idle: Mutex<Vec<PgConnection>>,
}

impl Readers {
    /// Up to `count` connections (at least one) to the database `pool` connects to.
    pub fn new(pool: PgPool, count: usize) -> Self {
        let count = count.max(1);
        Self {
            pool,
            permits: Semaphore::new(count),
            count,
            idle: Mutex::new(Vec::with_capacity(count)),
        }
    }

    /// Opens the connections now, so the first requests under load do not queue behind the
    /// connects; a failure is left for a later lease to retry.
    pub async fn open_all(&self) {
        let open = self.idle().len();
        for _ in open..self.count {
            match PgConnection::connect_with(&self.pool.connect_options()).await {
                Ok(conn) => self.idle().push(conn),
                Err(error) => tracing::warn!(%error, "a read connection did not open"),
            }
        }
    }

    /// A connection of its own for one statement; waits while all are busy.
    pub async fn lease(&self) -> Result<Lease<'_>> {
        let permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| Error::Unavailable)?;
        let idle = self.idle().pop();
        let conn = match idle {
            Some(conn) => conn,
            None => PgConnection::connect_with(&self.pool.connect_options()).await?,
        };
        Ok(Lease {
            readers: self,
            conn: Some(conn),
            finished: false,
            _permit: permit,
        })
    }

    fn idle(&self) -> std::sync::MutexGuard<'_, Vec<PgConnection>> {
        self.idle.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// One leased connection; give it back with [`Lease::finish`] once its statement completed.
pub struct Lease<'a> {
    readers: &'a Readers,
    conn: Option<PgConnection>,
    finished: bool,
    // Dropped after `Drop::drop` has put the connection back, so a waiter finds it idle.
    _permit: SemaphorePermit<'a>,
}

impl Lease<'_> {
    /// The connection.
    pub fn conn(&mut self) -> &mut PgConnection {
        self.conn
            .as_mut()
            .unwrap_or_else(|| unreachable!("a lease holds its connection until dropped"))
    }

    /// The statement completed: the connection may serve the next lease.
    pub fn finish(mut self) {
        self.finished = true;
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        // Unfinished: its protocol state is unknown, so it is closed rather than handed on.
        if let (true, Some(conn)) = (self.finished, self.conn.take()) {
            self.readers.idle().push(conn);
        }
    }
}
