//! Plans: reading them, finding the next plan up, and `plans sync` from `plans.toml`.

use cv_protocol::{LimitKind, PlanLimits, UpgradeSuggestion};
use serde::Deserialize;
use sqlx::{FromRow, PgPool};
use uuid::Uuid;

use crate::{Error, Result, quota};

/// A plan as stored.
#[derive(Debug, Clone, FromRow)]
pub struct PlanRow {
    /// Stable id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Monthly price in cents.
    pub price_monthly_cents: i32,
    /// Currency code.
    pub currency: String,
    /// AI requests per day.
    pub ai_requests_per_day: i32,
    /// Documents synced.
    pub documents_synced: i32,
    /// Costly requests per hour.
    pub requests_per_hour: i32,
}

impl PlanRow {
    /// The limits in wire form.
    pub fn limits(&self) -> PlanLimits {
        PlanLimits {
            ai_requests_per_day: self.ai_requests_per_day,
            documents_synced: self.documents_synced,
            requests_per_hour: self.requests_per_hour,
        }
    }
}

/// A plan with its limits, as the quota code needs it.
#[derive(Debug, Clone)]
pub struct CurrentPlan {
    /// Plan id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Its limits.
    pub limits: PlanLimits,
}

macro_rules! plan_columns {
    () => {
        "p.id, p.name, p.price_monthly_cents, p.currency, p.ai_requests_per_day, p.documents_synced, \
         p.requests_per_hour"
    };
}

/// Every plan in display order.
pub async fn list(db: &PgPool) -> Result<Vec<PlanRow>> {
    Ok(sqlx::query_as(concat!(
        "select ",
        plan_columns!(),
        " from plans p order by p.display_order, p.id"
    ))
    .fetch_all(db)
    .await?)
}

/// The plan `user` is on.
pub async fn plan_of(db: &PgPool, user: Uuid) -> Result<CurrentPlan> {
    let row: Option<PlanRow> = sqlx::query_as(concat!(
        "select ",
        plan_columns!(),
        " from users u join plans p on p.id = u.plan_id where u.id = $1"
    ))
    .bind(user)
    .fetch_optional(db)
    .await?;
    let row = row.ok_or(Error::Unauthorized)?;
    Ok(CurrentPlan {
        limits: row.limits(),
        id: row.id,
        name: row.name,
    })
}

/// The first plan after `current` in display order with a higher `kind` limit.
pub async fn upgrade_for(
    db: &PgPool,
    current: &str,
    kind: LimitKind,
) -> Result<Option<UpgradeSuggestion>> {
    let plans = list(db).await?;
    let Some(at) = plans.iter().position(|p| p.id == current) else {
        return Ok(None);
    };
    let current_limit = quota::limit_of(&plans[at].limits(), kind);
    Ok(plans[at + 1..]
        .iter()
        .find(|p| quota::limit_of(&p.limits(), kind) > current_limit)
        .map(|p| quota::suggestion(&p.id, &p.name, kind, quota::limit_of(&p.limits(), kind))))
}

/// One `[[plan]]` of `plans.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanSpec {
    id: String,
    name: String,
    display_order: i32,
    price_monthly_cents: i32,
    currency: String,
    #[serde(default)]
    stripe_price_id: Option<String>,
    ai_requests_per_day: i32,
    documents_synced: i32,
    requests_per_hour: i32,
}

/// The whole `plans.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlansFile {
    plan: Vec<PlanSpec>,
}

/// Parses `plans.toml` text.
pub fn parse(text: &str) -> Result<PlansFile> {
    let file: PlansFile =
        toml::from_str(text).map_err(|e| Error::Validation(format!("plans.toml: {e}")))?;
    if file.plan.is_empty() {
        return Err(Error::Validation("plans.toml: no [[plan]]".to_owned()));
    }
    Ok(file)
}

/// Creates or updates every plan of `file` in one transaction; returns how many rows changed.
/// Plans missing from the file are kept (accounts may still be on them).
pub async fn sync(db: &PgPool, file: &PlansFile) -> Result<u64> {
    let mut tx = db.begin().await?;
    let mut changed = 0;
    for plan in &file.plan {
        changed += sqlx::query(
            "insert into plans (id, name, display_order, price_monthly_cents, currency, stripe_price_id,
                                ai_requests_per_day, documents_synced, requests_per_hour)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             on conflict (id) do update set
                 name = excluded.name, display_order = excluded.display_order,
                 price_monthly_cents = excluded.price_monthly_cents, currency = excluded.currency,
                 stripe_price_id = excluded.stripe_price_id,
                 ai_requests_per_day = excluded.ai_requests_per_day,
                 documents_synced = excluded.documents_synced,
                 requests_per_hour = excluded.requests_per_hour, updated_at = now()
             where (plans.name, plans.display_order, plans.price_monthly_cents, plans.currency,
                    plans.stripe_price_id, plans.ai_requests_per_day, plans.documents_synced,
                    plans.requests_per_hour)
                   is distinct from
                   (excluded.name, excluded.display_order, excluded.price_monthly_cents,
                    excluded.currency, excluded.stripe_price_id, excluded.ai_requests_per_day,
                    excluded.documents_synced, excluded.requests_per_hour)",
        )
        .bind(&plan.id)
        .bind(&plan.name)
        .bind(plan.display_order)
        .bind(plan.price_monthly_cents)
        .bind(&plan.currency)
        .bind(&plan.stripe_price_id)
        .bind(plan.ai_requests_per_day)
        .bind(plan.documents_synced)
        .bind(plan.requests_per_hour)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    }
    tx.commit().await?;
    Ok(changed)
}
