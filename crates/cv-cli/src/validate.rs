//! `cvimprover validate`: load a CV and list its errors and warnings.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::{Failure, input};

/// Arguments of `validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The CV: our JSON format or plain JSON Resume; `-` reads standard input.
    cv: PathBuf,
}

pub(crate) fn run(args: &ValidateArgs) -> Result<(), Failure> {
    let cv = input::load(&args.cv)?;
    let issues = cv_core::validate(&cv);
    let errors = input::report(&issues);
    if errors > 0 {
        let noun = if errors == 1 { "error" } else { "errors" };
        return Err(Failure::validation(format!(
            "{} has {errors} {noun}",
            args.cv.display()
        )));
    }
    let warnings = issues.len();
    let _ = writeln!(
        std::io::stderr(),
        "{}: valid ({warnings} warning(s))",
        args.cv.display()
    );
    Ok(())
}
