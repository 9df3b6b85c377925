//! The `tandem` command: parses the command line, runs the command and
//! prints its diagnostics. The pipeline lives in the library (`lib.rs`).

use clap::Parser;
use std::process::ExitCode;
use tandem::{build, check, cli, diag, project, scaffold, serve, translate};

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match &cli.command {
        cli::Command::Build(args) => run_build(&cli, args),
        cli::Command::Update(args) => translate::run_update(&cli.project, &args.lang, &args.docs),
        cli::Command::Extract => translate::run_extract(&cli.project),
        cli::Command::Init(args) => run_init(&cli, args),
        cli::Command::New(args) => {
            scaffold::new_document(&cli.project, args.layout, &args.name).map(|rel| {
                eprintln!("created {rel}\nnext: edit it, then run `tandem update <lang>` for each language");
                ExitCode::SUCCESS
            })
        }
        cli::Command::Serve(args) => serve::serve(&cli.project, args.port, args.build.options()).map(|()| ExitCode::SUCCESS),
        cli::Command::Status(args) => run_status(&cli, args),
        cli::Command::Check(args) => run_check(&cli, args),
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
    let unchanged = report.editions.iter().filter(|e| e.pdf_unchanged).count();
    eprintln!(
        "{} edition(s) built ({} PDF(s) unchanged), {} left out, {} failed; {} error(s), {} warning(s) in {:.1} s",
        count(|o| matches!(o, build::Outcome::Built)),
        unchanged,
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

fn run_status(cli: &cli::Cli, args: &cli::StatusArgs) -> Result<ExitCode, diag::Diagnostic> {
    let project = project::Project::load(&cli.project)?;
    for d in project.diagnostics.iter() {
        eprint!("{d}");
    }
    let report = check::status(&project);
    match args.format {
        cli::StatusFormat::Table => print!("{}", check::status_table(&report)),
        cli::StatusFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("serializes")
        ),
    }
    Ok(ExitCode::SUCCESS)
}

fn run_check(cli: &cli::Cli, args: &cli::CheckArgs) -> Result<ExitCode, diag::Diagnostic> {
    let project = project::Project::load(&cli.project)?;
    let report = check::check(&project);
    match args.format {
        cli::CheckFormat::Human => {
            for d in report.diagnostics.iter() {
                print!("{d}");
            }
            println!("{} error(s), {} warning(s)", report.errors, report.warnings);
        }
        cli::CheckFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("serializes")
        ),
    }
    let failed = report.errors > 0 || (args.strict && report.warnings > 0);
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn run_init(cli: &cli::Cli, args: &cli::InitArgs) -> Result<ExitCode, diag::Diagnostic> {
    let dir = args.dir.clone().unwrap_or_else(|| cli.project.clone());
    let written = scaffold::init(&dir)?;
    eprintln!(
        "created a tandem project in {} ({} files)",
        dir.display(),
        written.len()
    );
    let cd = if dir == std::path::Path::new(".") {
        String::new()
    } else {
        format!("  cd {}\n", dir.display())
    };
    eprintln!(
        "next steps:\n{cd}  tandem build              build HTML and PDF into output/ (open output/index.html)\n  \
         tandem new flyer NAME     start another document\n  \
         tandem update ar          start the Arabic translation (locales/ar/*.ftl)\n  \
         tandem check              check the translations"
    );
    Ok(ExitCode::SUCCESS)
}
