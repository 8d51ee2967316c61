//! The offline ATS check (being built): how a CV matches a job ad, and what to fix.
