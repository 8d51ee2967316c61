//! Password hashing (argon2id, 19 MiB, t=2, p=1, as OWASP recommends) and strength checks.
//!
//! Hashing is CPU- and memory-bound, so it runs on tokio's blocking threads, and a semaphore
//! bounds how many run at once: memory stays under `permits × 19 MiB` however many sign-ins
//! arrive. Unknown e-mails are verified against a dummy hash so that they cost the same time.

use std::sync::Arc;

use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use tokio::sync::Semaphore;

use crate::{Error, Result};

/// Memory per hash in KiB (19 MiB).
const MEMORY_KIB: u32 = 19 * 1024;
/// Passes over the memory.
const ITERATIONS: u32 = 2;
/// Lanes.
const PARALLELISM: u32 = 1;
/// Shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longest password accepted (hashing cost grows with length; nobody types more).
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Hashes and verifies passwords off the async threads, at most `permits` at a time.
#[derive(Clone)]
pub struct Passwords {
    permits: Arc<Semaphore>,
    /// A real hash of a random password, verified against when the e-mail is unknown.
    dummy_hash: Arc<str>,
}

fn argon2() -> Argon2<'static> {
    // The constants are valid argon2 parameters; a failure here is a programming error.
    #[allow(clippy::expect_used)]
    let params =
        Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None).expect("valid argon2 params");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn hash_blocking(password: &str) -> Result<String> {
    argon2()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(Error::internal)
}

impl Passwords {
    /// A hasher allowing `permits` concurrent hashes (0: one per CPU).
    pub fn new(permits: usize) -> Result<Self> {
        let permits = if permits == 0 {
            std::thread::available_parallelism().map_or(2, usize::from)
        } else {
            permits
        };
        let mut random = [0u8; 32];
        getrandom::fill(&mut random).map_err(Error::internal)?;
        let dummy_hash = hash_blocking(&String::from_utf8_lossy(&random))?;
        Ok(Self {
            permits: Arc::new(Semaphore::new(permits)),
            dummy_hash: dummy_hash.into(),
        })
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
        let _permit = self.permits.acquire().await.map_err(Error::internal)?;
        tokio::task::spawn_blocking(work)
            .await
            .map_err(Error::internal)
    }

    /// A PHC string for `password`.
    pub async fn hash(&self, password: &str) -> Result<String> {
        let password = password.to_owned();
        self.run(move || hash_blocking(&password)).await?
    }

    /// Whether `password` matches `hash`; with no hash (unknown account, Google-only account)
    /// the same work is done against the dummy hash and the answer is `false`.
    pub async fn verify(&self, password: &str, hash: Option<&str>) -> Result<bool> {
        let password = password.to_owned();
        let (hash, real) = match hash {
            Some(hash) => (hash.to_owned(), true),
            None => (self.dummy_hash.to_string(), false),
        };
        let matched = self
            .run(move || {
                argon2()
                    .verify_password(password.as_bytes(), hash.as_str())
                    .is_ok()
            })
            .await?;
        Ok(matched && real)
    }
}

/// Rejects passwords that are too short, too long or easy to guess (zxcvbn score below 3),
/// with a message saying how to do better. `hints` are words the password must not lean on
/// (the e-mail and the name).
pub fn check_strength(password: &str, hints: &[&str]) -> Result<()> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(Error::WeakPassword(format!(
            "use at least {MIN_PASSWORD_CHARS} characters"
        )));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(Error::WeakPassword(format!(
            "use at most {MAX_PASSWORD_CHARS} characters"
        )));
    }
    let entropy = zxcvbn::zxcvbn(password, hints);
    if (entropy.score() as u8) < 3 {
        let advice = entropy
            .feedback()
            .and_then(|f| f.warning().map(|w| w.to_string()))
            .unwrap_or_else(|| "add more words or characters".to_owned());
        return Err(Error::WeakPassword(format!(
            "this password is too easy to guess: {advice}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_unknown_accounts_never_match() {
        let passwords = Passwords::new(1).unwrap();
        let hash = passwords
            .hash("correct horse battery staple")
            .await
            .unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(
            passwords
                .verify("correct horse battery staple", Some(&hash))
                .await
                .unwrap()
        );
        assert!(
            !passwords
                .verify("wrong horse battery staple", Some(&hash))
                .await
                .unwrap()
        );
        assert!(!passwords.verify("anything", None).await.unwrap());
    }

    #[test]
    fn strength_rules() {
        for (password, ok) in [
            ("short", false),
            ("password123", false),
            ("jane.doe@example.com", false),
            ("correct horse battery staple", true),
            ("T9#kq!vZ2m@LpW", true),
        ] {
            let result = check_strength(password, &["jane.doe@example.com", "Jane"]);
            assert_eq!(result.is_ok(), ok, "{password}: {result:?}");
        }
    }
}
