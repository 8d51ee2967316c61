//! The `cvimprover-server` binary: parses the command line, sets up logging, connects, and
//! hands over to the library. Commands: `serve` (default), `migrate`, `plans sync <plans.toml>`.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use cvimprover_server::{Config, connect, migrate, plans, serve};

/// CV Improver's companion server.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    config: Config,
    /// Log format: `text` for people, `json` for collectors.
    #[arg(long, env = "LOG_FORMAT", default_value = "text", global = true)]
    log_format: String,
}

#[derive(Subcommand)]
enum Command {
    /// Apply pending migrations, then serve the API (the default).
    Serve,
    /// Apply pending migrations and exit.
    Migrate,
    /// Manage plans.
    Plans {
        #[command(subcommand)]
        command: PlansCommand,
    },
}

#[derive(Subcommand)]
enum PlansCommand {
    /// Create and update plans from a TOML file (idempotent).
    Sync {
        /// The plans file, e.g. `server/plans.toml`.
        path: PathBuf,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into());
    let logs = tracing_subscriber::fmt().with_env_filter(filter);
    if cli.log_format == "json" {
        logs.json().init();
    } else {
        logs.init();
    }
    tracing::info!(config = ?cli.config, "starting");
    let db = connect(&cli.config)
        .await
        .context("connecting to DATABASE_URL")?;
    migrate(&db).await.context("applying migrations")?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.config, db).await.context("serving")?,
        Command::Migrate => tracing::info!("migrations applied"),
        Command::Plans {
            command: PlansCommand::Sync { path },
        } => {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            let changed = plans::sync(&db, &plans::parse(&text)?).await?;
            tracing::info!(changed, "plans synced");
        }
    }
    Ok(())
}
