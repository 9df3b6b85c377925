//! tandem — bilingual publications from German Markdown and Fluent translations.
//!
//! The pipeline (see ARCHITECTURE.md): `parse` → `locales` → `align` →
//! `html` / `pdf`, driven by `build`. This file only dispatches and prints.

mod align;
mod build;
mod cli;
mod config;
mod diag;
mod fonts;
mod ftl;
mod html;
#[allow(dead_code)] // the full formatting API; the build uses part of it
mod intl;
mod locales;
mod markdown;
mod model;
mod output;
mod parse;
mod pdf;
mod project;
mod source;
mod translate;
mod update;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match &cli.command {
        cli::Command::Build(args) => run_build(&cli, args),
        cli::Command::Update(args) => translate::run_update(&cli.project, &args.lang, &args.docs),
        cli::Command::Extract => translate::run_extract(&cli.project),
    };
    match result {
        Ok(code) => code,
        Err(d) => {
            eprint!("{d}");
            ExitCode::FAILURE
        }
    }
}

fn run_build(cli: &cli::Cli, args: &cli::BuildArgs) -> Result<ExitCode, diag::Diagnostic> {
    let started = std::time::Instant::now();
    let report = build::build(&cli.project, &args.options())?;
    for d in report.diagnostics.iter() {
        eprint!("{d}");
    }
    let count =
        |f: fn(&build::Outcome) -> bool| report.editions.iter().filter(|e| f(&e.outcome)).count();
    for e in &report.editions {
        if let build::Outcome::Excluded(why) = &e.outcome {
            eprintln!("left out of the release: {} [{}]: {why}", e.doc, e.lang);
        }
    }
    eprintln!(
        "{} edition(s) built, {} left out, {} failed; {} error(s), {} warning(s) in {:.1} s",
        count(|o| matches!(o, build::Outcome::Built)),
        count(|o| matches!(o, build::Outcome::Excluded(_))),
        count(|o| matches!(o, build::Outcome::Failed)),
        report.diagnostics.count(diag::Severity::Error),
        report.diagnostics.count(diag::Severity::Warning),
        started.elapsed().as_secs_f64()
    );
    Ok(if report.failed() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
