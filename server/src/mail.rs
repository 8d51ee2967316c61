//! Sending the outbox: a [`Mailer`] (SMTP via lettre in production) and the background task
//! that drains `email_outbox`.
//!
//! Handlers never send mail themselves: they write it to `email_outbox` in the transaction that
//! creates its token ([`crate::auth::one_time`]), so an HTTP request never waits on or fails
//! because of the mail server. When `SMTP_URL` is set, [`spawn_sender`] starts a task (woken by
//! [`crate::AppState::mail_queued`] after such a transaction, else polling) that claims
//! due rows with `for update skip locked` (several server instances never send one mail twice),
//! sends them, and marks them sent; a failed attempt stays in the outbox and is retried with
//! exponential backoff (30 s, 1 min, 2 min, … at most an hour), up to [`MAX_ATTEMPTS`] times.
//! Without `SMTP_URL`, mail stays in the outbox, where tests and `make server` read it.

use std::{fmt, future::Future, sync::Arc, time::Duration};

use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, header::ContentType},
};
use sqlx::PgPool;
use tokio::sync::Notify;

use crate::{Config, Error, Result, config::redact_url};

/// Attempts after which a mail is left alone (its `last_error` says why).
pub const MAX_ATTEMPTS: i32 = 12;

/// Rows claimed per transaction.
const BATCH: i64 = 20;

/// One e-mail from the outbox.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutgoingMail {
    /// Outbox row id.
    pub id: i64,
    /// Recipient address.
    pub to_address: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
}

/// Something that delivers an e-mail; [`SmtpMailer`] in production, fakes in tests.
pub trait Mailer: Send + Sync + 'static {
    /// Delivers `mail`; an error means "try again later".
    fn send(&self, mail: &OutgoingMail) -> impl Future<Output = anyhow::Result<()>> + Send;
}

/// Sends through an SMTP server given by URL (`smtp://`, `smtps://`, with optional
/// `user:password@` and `?tls=required|opportunistic`).
#[derive(Clone)]
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    url_redacted: String,
}

impl SmtpMailer {
    /// A mailer for `url` sending as `from`; fails on a malformed URL or sender.
    pub fn new(url: &str, from: &str) -> Result<Self> {
        let url_redacted = redact_url(url);
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| Error::internal(format!("SMTP_URL {url_redacted}: {e}")))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .map_err(|e| Error::internal(format!("MAIL_FROM {from:?}: {e}")))?;
        Ok(Self {
            transport,
            from,
            url_redacted,
        })
    }

    /// The mailer `config` asks for, if any.
    pub fn from_config(config: &Config) -> Result<Option<Self>> {
        match config.smtp_url.as_deref().map(str::trim) {
            Some(url) if !url.is_empty() => Self::new(url, &config.mail_from).map(Some),
            _ => Ok(None),
        }
    }
}

impl fmt::Debug for SmtpMailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpMailer")
            .field("url", &self.url_redacted)
            .field("from", &self.from.to_string())
            .finish()
    }
}

impl Mailer for SmtpMailer {
    async fn send(&self, mail: &OutgoingMail) -> anyhow::Result<()> {
        let message = Message::builder()
            .from(self.from.clone())
            .to(mail.to_address.parse()?)
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())?;
        self.transport.send(message).await?;
        Ok(())
    }
}

/// Sends the mail that is due, one batch per transaction, until none is left; returns how many
/// were sent. Rows stay locked while they are sent, so a concurrent sender skips them.
pub async fn deliver_due(db: &PgPool, mailer: &impl Mailer) -> Result<usize> {
    let mut sent = 0;
    loop {
        let mut tx = db.begin().await?;
        let due: Vec<OutgoingMail> = sqlx::query_as(
            "select id, to_address, subject, body from email_outbox
             where sent_at is null and next_attempt_at <= now() and attempts < $1
             order by id limit $2
             for update skip locked",
        )
        .bind(MAX_ATTEMPTS)
        .bind(BATCH)
        .fetch_all(&mut *tx)
        .await?;
        let claimed = due.len();
        for mail in due {
            match mailer.send(&mail).await {
                Ok(()) => {
                    sqlx::query(
                        "update email_outbox
                         set sent_at = now(), attempts = attempts + 1, last_error = null
                         where id = $1",
                    )
                    .bind(mail.id)
                    .execute(&mut *tx)
                    .await?;
                    sent += 1;
                    tracing::info!(mail = mail.id, "mail sent");
                }
                Err(error) => {
                    let error = format!("{error:#}");
                    sqlx::query(
                        "update email_outbox
                         set attempts = attempts + 1, last_error = $2,
                             next_attempt_at = now() + least(interval '1 hour',
                                 interval '30 seconds' * power(2, attempts))
                         where id = $1",
                    )
                    .bind(mail.id)
                    .bind(&error)
                    .execute(&mut *tx)
                    .await?;
                    tracing::warn!(mail = mail.id, %error, "mail not sent; will retry");
                }
            }
        }
        tx.commit().await?;
        if claimed < BATCH as usize {
            return Ok(sent);
        }
    }
}

/// Starts the task that sends the outbox at once, then every `poll` and whenever `queued` is
/// notified (a request of this instance queued mail); it runs until the runtime stops. Database
/// or SMTP errors are logged and retried, never fatal.
pub fn spawn_sender(
    db: PgPool,
    mailer: impl Mailer,
    poll: Duration,
    queued: Arc<Notify>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(poll);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticks.tick() => {}
                () = queued.notified() => {}
            }
            if let Err(error) = deliver_due(&db, &mailer).await {
                tracing::warn!(%error, "outbox not drained; will retry");
            }
        }
    })
}
