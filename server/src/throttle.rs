//! In-memory throttling of sign-in, sign-up and password-reset attempts, per client IP and per
//! e-mail address, in fixed one-minute windows.
//!
//! In memory on purpose: these limits slow down guessing and mail bombing, they need no
//! durability, and a database round trip per attempt would cost more than the attempt. Several
//! server instances each apply the limit (a proxy's limit belongs in front of them). Plan quotas,
//! which must be exact and durable, live in `quota.rs` instead.

use std::{
    collections::HashMap,
    hash::Hash,
    sync::Mutex,
    time::{Duration, Instant},
};

use crate::{Error, Result};

/// Entries beyond which expired windows are swept out.
const SWEEP_AT: usize = 10_000;

/// A fixed-window counter per key.
pub struct Throttle<K> {
    limit: u32,
    window: Duration,
    windows: Mutex<HashMap<K, (Instant, u32)>>,
}

impl<K: Hash + Eq + Clone> Throttle<K> {
    /// At most `limit` hits per `window` for each key.
    pub fn new(limit: u32, window: Duration) -> Self {
        Self {
            limit,
            window,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a hit for `key`; [`Error::RateLimited`] with the seconds left when over the limit.
    pub fn hit(&self, key: &K) -> Result<()> {
        self.hit_at(key, Instant::now())
    }

    fn hit_at(&self, key: &K, now: Instant) -> Result<()> {
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if windows.len() >= SWEEP_AT {
            windows.retain(|_, (start, _)| now.duration_since(*start) < self.window);
        }
        let entry = windows.entry(key.clone()).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        if entry.1 >= self.limit {
            let left = self.window.saturating_sub(now.duration_since(entry.0));
            return Err(Error::RateLimited {
                retry_after: left.as_secs().max(1),
            });
        }
        entry.1 += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_key_and_resets_after_the_window() {
        let throttle = Throttle::new(2, Duration::from_secs(60));
        let start = Instant::now();
        assert!(throttle.hit_at(&"a", start).is_ok());
        assert!(throttle.hit_at(&"a", start).is_ok());
        match throttle.hit_at(&"a", start + Duration::from_secs(20)) {
            Err(Error::RateLimited { retry_after }) => assert_eq!(retry_after, 40),
            other => panic!("expected a rate limit, got {other:?}"),
        }
        assert!(
            throttle.hit_at(&"b", start).is_ok(),
            "other keys are independent"
        );
        assert!(
            throttle
                .hit_at(&"a", start + Duration::from_secs(61))
                .is_ok()
        );
    }
}
