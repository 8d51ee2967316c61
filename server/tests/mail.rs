//! The outbox's SMTP sender against a real (tiny, in-test) SMTP server: the reset mail arrives
//! with its link, exactly once even with two senders racing; a down SMTP server leaves the mail
//! in the outbox for a later attempt while the HTTP request still answers 202.

#![allow(clippy::unwrap_used)] // Test helpers too: a failed unwrap is a failed test.

mod common;

use std::{sync::Arc, time::Duration};

use axum::http::StatusCode;
use common::test_app_with;
use cvimprover_server::mail::{SmtpMailer, deliver_due, spawn_sender};
use serde_json::json;
use sqlx::PgPool;
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
    sync::mpsc,
};

/// A minimal SMTP server on a free local port: accepts every message and hands its DATA (headers
/// and body, dot-unstuffed) to the returned receiver.
async fn smtp_sink() -> (u16, mpsc::UnboundedReceiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut read = BufReader::new(read);
                write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
                let mut line = String::new();
                loop {
                    line.clear();
                    if read.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let command = line.trim_end().to_ascii_uppercase();
                    let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO")
                    {
                        b"250 sink\r\n"
                    } else if command == "DATA" {
                        write
                            .write_all(b"354 end with <CRLF>.<CRLF>\r\n")
                            .await
                            .unwrap();
                        let mut data = String::new();
                        loop {
                            line.clear();
                            if read.read_line(&mut line).await.unwrap() == 0 || line == ".\r\n" {
                                break;
                            }
                            data.push_str(line.strip_prefix('.').unwrap_or(&line));
                        }
                        tx.send(data).unwrap();
                        b"250 queued\r\n"
                    } else if command == "QUIT" {
                        write.write_all(b"221 bye\r\n").await.unwrap();
                        return;
                    } else {
                        b"250 ok\r\n"
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, rx)
}

/// The mail text with quoted-printable soft breaks and `=3D` undone, whichever encoding lettre
/// chose for the body.
fn unfold(data: &str) -> String {
    data.replace("=\r\n", "").replace("=3D", "=")
}

/// A local port nothing listens on.
async fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}

async fn unsent(db: &PgPool) -> i64 {
    sqlx::query_scalar("select count(*) from email_outbox where sent_at is null")
        .fetch_one(db)
        .await
        .unwrap()
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn reset_mail_arrives_by_smtp_exactly_once(db: PgPool) {
    let (port, mut inbox) = smtp_sink().await;
    let app = test_app_with(db.clone(), |config| {
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        config.mail_from = "CV Improver <no-reply@cvimprover.test>".to_owned();
    });
    let mailer = SmtpMailer::from_config(&app.state.config)
        .unwrap()
        .expect("SMTP configured");
    // Two senders, as two server instances would run, polling often; the first is also woken by
    // the app's requests.
    let queued = app.state.mail_queued.clone();
    let senders = [
        spawn_sender(
            db.clone(),
            mailer.clone(),
            Duration::from_millis(20),
            queued,
        ),
        spawn_sender(
            db.clone(),
            mailer.clone(),
            Duration::from_millis(20),
            Arc::default(),
        ),
    ];

    app.register("jane@example.com").await; // queues the verification mail
    let reply = app
        .post(
            "/api/v1/auth/password/forgot",
            None,
            json!({"email": "jane@example.com"}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::ACCEPTED);

    for _ in 0..500 {
        if unsent(&db).await == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(unsent(&db).await, 0, "the outbox is drained");
    // Let any duplicate a racing sender might send arrive, then stop the senders.
    tokio::time::sleep(Duration::from_millis(300)).await;
    for sender in senders {
        sender.abort();
    }
    let mut mails = Vec::new();
    while let Ok(mail) = inbox.try_recv() {
        mails.push(unfold(&mail));
    }
    assert_eq!(
        mails.len(),
        2,
        "the verification and reset mails, once each"
    );
    let resets: Vec<&String> = mails
        .iter()
        .filter(|m| m.contains("Subject: Reset your CV Improver password"))
        .collect();
    assert_eq!(resets.len(), 1, "{mails:#?}");
    let reset = resets[0];
    assert!(reset.contains("To: jane@example.com"), "{reset}");
    assert!(reset.contains("no-reply@cvimprover.test"), "{reset}");
    let link = "http://localhost:1420/reset-password?token=";
    let start = reset.find(link).expect("the reset link") + link.len();
    let token: String = reset[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    assert!(token.len() >= 32, "{token}");

    let attempts: Vec<i32> = sqlx::query_scalar("select attempts from email_outbox")
        .fetch_all(&db)
        .await
        .unwrap();
    assert_eq!(attempts, [1, 1]);

    let done = app
        .post(
            "/api/v1/auth/password/reset",
            None,
            json!({"token": token, "password": "a brand new passphrase 42"}),
        )
        .await;
    assert_eq!(
        done.status,
        StatusCode::NO_CONTENT,
        "the mailed token works"
    );
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn a_down_smtp_server_leaves_the_mail_for_a_retry(db: PgPool) {
    let down = closed_port().await;
    let app = test_app_with(db.clone(), |config| {
        config.smtp_url = Some(format!("smtp://127.0.0.1:{down}"));
    });
    let mailer = SmtpMailer::from_config(&app.state.config).unwrap().unwrap();
    let sender = spawn_sender(
        db.clone(),
        mailer.clone(),
        Duration::from_millis(20),
        app.state.mail_queued.clone(),
    );

    app.register("jane@example.com").await;
    let reply = app
        .post(
            "/api/v1/auth/password/forgot",
            None,
            json!({"email": "jane@example.com"}),
        )
        .await;
    assert_eq!(
        reply.status,
        StatusCode::ACCEPTED,
        "mail trouble never fails the request"
    );

    let failed = "select count(*) from email_outbox
                  where kind = 'password_reset' and sent_at is null and attempts = 1
                    and last_error is not null and next_attempt_at > now()";
    let mut seen = 0_i64;
    for _ in 0..500 {
        seen = sqlx::query_scalar(failed).fetch_one(&db).await.unwrap();
        if seen == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(seen, 1, "the failed mail waits in the outbox, backed off");
    sender.abort();
    assert_eq!(
        deliver_due(&db, &mailer).await.unwrap(),
        0,
        "not retried before its backoff ends"
    );
    let attempts: i32 =
        sqlx::query_scalar("select attempts from email_outbox where kind = 'password_reset'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(attempts, 1);

    // The SMTP server is back and the backoff is over: the retry delivers.
    let (port, mut inbox) = smtp_sink().await;
    let back = SmtpMailer::new(
        &format!("smtp://127.0.0.1:{port}"),
        "no-reply@cvimprover.test",
    )
    .unwrap();
    sqlx::query("update email_outbox set next_attempt_at = now()")
        .execute(&db)
        .await
        .unwrap();
    assert_eq!(deliver_due(&db, &back).await.unwrap(), 2);
    assert_eq!(unsent(&db).await, 0);
    let mut resets = 0;
    while let Ok(mail) = inbox.try_recv() {
        if unfold(&mail).contains("/reset-password?token=") {
            resets += 1;
        }
    }
    assert_eq!(resets, 1);
}

#[test]
fn smtp_credentials_never_print() {
    let mailer = SmtpMailer::new(
        "smtps://mailer:smtp-pass-9@mail.example.com:465",
        "CV Improver <no-reply@example.com>",
    )
    .unwrap();
    let printed = format!("{mailer:?}");
    assert!(!printed.contains("smtp-pass-9"), "{printed}");
    assert!(printed.contains("mail.example.com"), "{printed}");
}

#[sqlx::test(migrator = "cvimprover_server::MIGRATOR")]
async fn a_queued_mail_wakes_the_sender_before_its_next_poll(db: PgPool) {
    let (port, mut inbox) = smtp_sink().await;
    let app = test_app_with(db.clone(), |config| {
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    });
    let mailer = SmtpMailer::from_config(&app.state.config).unwrap().unwrap();
    // An hour between polls: only the wake-up can send the mail within the test.
    let sender = spawn_sender(
        db.clone(),
        mailer,
        Duration::from_secs(3600),
        app.state.mail_queued.clone(),
    );
    tokio::time::sleep(Duration::from_millis(100)).await; // the first, immediate round is over
    app.register("jane@example.com").await;
    let mail = tokio::time::timeout(Duration::from_secs(10), inbox.recv())
        .await
        .expect("sent at once")
        .unwrap();
    assert!(unfold(&mail).contains("/verify-email?token="), "{mail}");
    sender.abort();
}
