//! The `tandem` command: parses the command line, runs the command and
//! prints what it reports. The pipeline lives in the library (`lib.rs`);
//! this is the only place (with `serve`) that prints.

mod cli;

use clap::Parser;
use cli::{Command, Progress};
use std::process::ExitCode;
use tandem::build::{self, Event, PdfResult};
use tandem::diag::{Diagnostic, Diagnostics, Severity};
use tandem::translate::{self, accept, check, exchange, progress, review, Change};
use tandem::{project, scaffold, serve};

fn main() -> ExitCode {
    tandem::build::typst::launcher_main();
    let cli = cli::Cli::parse();
    let root = &cli.project;
    let result = match &cli.command {
        Command::Build(args) => run_build(root, args),
        Command::Update(args) => {
            translate::update::run_update(root, &args.lang, &args.docs).map(print_files)
        }
        Command::Extract => translate::extract::run_extract(root).map(print_files),
        Command::Init(args) => run_init(&cli, args),
        Command::New(args) => {
            scaffold::new_document(root, args.layout.layout(), &args.name).map(|rel| {
                eprintln!(
                "created {rel}\nnext: edit it, then run `tandem update <lang>` for each language"
            );
                ExitCode::SUCCESS
            })
        }
        Command::Serve(args) => serve::serve(root, args.options()).map(|()| ExitCode::SUCCESS),
        Command::Status(args) => run_status(root, args),
        Command::Check(args) => run_check(root, args),
        Command::Accept(args) => {
            accept::accept(root, &args.selection()).map(|r| print_accepted(&r, args.dry_run))
        }
        Command::Review(args) => review::review(root, &args.lang, &args.selection())
            .map(|r| print_reviewed(&r, args.dry_run)),
        Command::Export(args) => run_export(root, args),
        Command::Import(args) => run_import(root, args),
    };
    result.unwrap_or_else(|d| {
        eprint!("{d}");
        ExitCode::FAILURE
    })
}

fn exit(failed: bool) -> ExitCode {
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_all(diags: &Diagnostics) {
    for d in diags.iter() {
        eprint!("{d}");
    }
}

fn run_build(root: &std::path::Path, args: &cli::BuildArgs) -> Result<ExitCode, Diagnostic> {
    let started = std::time::Instant::now();
    let progress = args.progress();
    let report = build::build(root, &args.options(), &|e| show(progress, &e))?;
    print_all(&report.diagnostics);
    let count =
        |f: fn(&build::Outcome) -> bool| report.editions.iter().filter(|e| f(&e.outcome)).count();
    for e in &report.editions {
        if let build::Outcome::Excluded(why) = &e.outcome {
            eprintln!("left out of the release: {}: {why}", e.key);
        }
    }
    let unchanged = report.editions.iter().filter(|e| e.pdf_unchanged).count();
    eprintln!(
        "{} edition(s) built ({} PDF(s) unchanged), {} left out, {} failed; {} error(s), {} warning(s) in {:.1} s",
        count(|o| matches!(o, build::Outcome::Built)),
        unchanged,
        count(|o| matches!(o, build::Outcome::Excluded(_))),
        count(|o| matches!(o, build::Outcome::Failed)),
        report.diagnostics.count(Severity::Error),
        report.diagnostics.count(Severity::Warning),
        started.elapsed().as_secs_f64()
    );
    Ok(exit(report.failed()))
}

/// Shows a build event on standard error in the chosen style.
fn show(progress: Progress, event: &Event) {
    match (event, progress) {
        (Event::Waiting, _) => {
            eprintln!("waiting for another tandem build of this project to finish …")
        }
        (Event::Planned { total, unchanged }, Progress::Verbose) => {
            eprintln!("{total} edition(s) selected, {unchanged} unchanged")
        }
        (
            Event::Pdf {
                key,
                result,
                done,
                total,
            },
            _,
        ) => {
            let what = match result {
                PdfResult::Typeset => "typeset",
                PdfResult::Unchanged => "unchanged",
                PdfResult::Failed => "FAILED",
            };
            match progress {
                Progress::Quiet => {}
                Progress::Bar => {
                    eprint!("\r\x1b[K[{done}/{total}] PDF {key} {what}");
                    if done == total {
                        eprint!("\r\x1b[K");
                    }
                }
                Progress::Lines if *result == PdfResult::Unchanged => {}
                Progress::Lines | Progress::Verbose => {
                    eprintln!("[{done}/{total}] PDF {key} {what}")
                }
            }
        }
        (Event::Page { key }, Progress::Verbose) => eprintln!("HTML {key}"),
        _ => {}
    }
}

/// Prints what `update` or `extract` did to each file.
fn print_files(report: translate::Report) -> ExitCode {
    print_all(&report.diagnostics);
    for f in &report.files {
        let counts = f.counts.map(|c| {
            let obsolete = if c.obsolete > 0 {
                format!(", {} obsolete", c.obsolete)
            } else {
                String::new()
            };
            format!(
                ": {} translated, {} outdated, {} missing{obsolete}",
                c.translated, c.outdated, c.missing
            )
        });
        let counts = counts.unwrap_or_default();
        match &f.change {
            Change::Created => eprintln!("created {}{counts}", f.path),
            Change::Updated => eprintln!("updated {}{counts}", f.path),
            Change::Unchanged => eprintln!("unchanged {}{counts}", f.path),
            Change::Skipped(why) => eprintln!("skipped {}: {why}", f.path),
            Change::NotUpdated => {
                eprintln!(
                    "not updated: {} has errors; fix them first so that nothing is lost",
                    f.path
                )
            }
        }
        for (id, origin) in &f.filled {
            eprintln!(
                "  filled {id} from the translation memory: {origin} (check it; not reviewed)"
            );
        }
        for (id, origins) in &f.ambiguous {
            eprintln!(
                "  not filled {id}: the memory has different translations of its German: {}",
                origins.join(" | ")
            );
        }
    }
    exit(report.failed())
}

/// Prints what `accept` accepted (or would accept).
fn print_accepted(report: &accept::Report, dry_run: bool) -> ExitCode {
    print_all(&report.diagnostics);
    let (mut accepted, mut kept) = (0, 0);
    for c in &report.changes {
        println!("{} · {} ({})", c.doc, c.id, c.place);
        match &c.before {
            Some(before) => println!(
                "  {}",
                tandem::translate::word_diff::word_diff_text(before, &c.now)
            ),
            None => println!("  now: {}", c.now),
        }
        if !c.accepted.is_empty() {
            let verb = if dry_run {
                "would stay current"
            } else {
                "stay current"
            };
            println!("  {verb} in: {}", c.accepted.join(" "));
        }
        for (lang, why) in &c.kept {
            println!("  not accepted in {lang} (made from other German): {why}");
        }
        accepted += c.accepted.len();
        kept += c.kept.len();
    }
    let changes = report.changes.len();
    if changes == 0 {
        println!("nothing to accept: no translation is outdated in the selection");
    } else if dry_run {
        println!("{changes} changed segment(s): {accepted} translation(s) would be accepted, {kept} not; nothing written (--dry-run)");
    } else {
        println!("{changes} changed segment(s): {accepted} translation(s) accepted, {kept} not");
        for f in &report.written {
            println!("  wrote {f}");
        }
    }
    exit(report.diagnostics.has_errors())
}

/// Prints what `review` signed off (or would), what was reviewed before,
/// and what cannot be signed off.
fn print_reviewed(report: &review::Report, dry_run: bool) -> ExitCode {
    use review::Outcome;
    print_all(&report.diagnostics);
    for item in &report.items {
        match &item.outcome {
            Outcome::Signed => {}
            Outcome::Already { by, at } => {
                println!(
                    "{} · {}: reviewed by {by} on {}",
                    item.doc,
                    item.id,
                    &at[..at.len().min(10)]
                )
            }
            Outcome::Refused(status) => println!(
                "{} · {}: {} — cannot be signed off; translate it first (`tandem status`)",
                item.doc,
                item.id,
                status.as_str()
            ),
        }
    }
    let signed = report.count(|o| *o == Outcome::Signed);
    let already = report.count(|o| matches!(o, Outcome::Already { .. }));
    let refused = report.count(|o| matches!(o, Outcome::Refused(_)));
    let verb = if dry_run {
        "would be signed off"
    } else {
        "signed off"
    };
    println!(
        "{signed} segment(s) {verb} by {}, {already} reviewed before, {refused} not current (outdated or missing){}",
        report.by,
        if dry_run { "; nothing written (--dry-run)" } else { "" }
    );
    for f in &report.written {
        println!("  wrote {f}");
    }
    exit(report.diagnostics.has_errors())
}

fn jobs() -> usize {
    tandem::parallel::cores()
}

fn run_status(root: &std::path::Path, args: &cli::StatusArgs) -> Result<ExitCode, Diagnostic> {
    let project = project::Project::load(root)?;
    let (report, errors) = progress::status(&project, jobs());
    print_all(&errors);
    match args.format {
        cli::StatusFormat::Table => print!("{}", progress::status_table(&report)),
        cli::StatusFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("serializes")
        ),
    }
    Ok(exit(errors.has_errors()))
}

fn run_check(root: &std::path::Path, args: &cli::CheckArgs) -> Result<ExitCode, Diagnostic> {
    let project = project::Project::load(root)?;
    let report = check::check(&project, jobs());
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
    Ok(exit(
        report.errors > 0 || (args.strict && report.warnings > 0),
    ))
}

fn run_init(cli: &cli::Cli, args: &cli::InitArgs) -> Result<ExitCode, Diagnostic> {
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

fn run_export(root: &std::path::Path, args: &cli::ExportArgs) -> Result<ExitCode, Diagnostic> {
    let report = exchange::run_export(
        root,
        &args.lang,
        &args.docs,
        args.format.format(),
        args.out.as_deref(),
    )?;
    print_all(&report.diagnostics);
    for f in &report.files {
        let c = f.counts;
        eprintln!(
            "wrote {}: {} translated, {} outdated, {} missing",
            exchange::shown(root, &f.path),
            c.translated,
            c.outdated,
            c.missing
        );
    }
    if !report.files.is_empty() {
        eprintln!("next: send the files; when they come back, run `tandem import <file>…`");
    }
    Ok(exit(report.diagnostics.has_errors()))
}

fn run_import(root: &std::path::Path, args: &cli::ImportArgs) -> Result<ExitCode, Diagnostic> {
    let results = exchange::run_import(root, &args.files, &args.options())?;
    let mut failed = false;
    for r in &results {
        print_all(&r.diagnostics);
        let c = &r.counts;
        let mut parts = vec![
            format!("{} unchanged", c.unchanged),
            format!("{} empty", c.empty),
        ];
        for (n, what) in [
            (c.conflicts, "conflict(s), kept the repository's text"),
            (c.german_changed, "made from older German, not imported"),
            (c.repository_newer, "newer in the repository"),
            (
                c.signed_off,
                if args.dry_run {
                    "would be signed off as reviewed"
                } else {
                    "signed off as reviewed"
                },
            ),
        ] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        let detail = parts.join(", ");
        if r.failed() {
            failed = true;
            eprintln!(
                "{}: nothing imported (fix the errors above and import again)",
                r.file
            );
        } else if let Some(path) = &r.written {
            eprintln!(
                "{}: {} translation(s) written to {path}; {detail}",
                r.file, c.written
            );
        } else if args.dry_run && (c.written > 0 || c.signed_off > 0) {
            eprintln!(
                "{}: {} translation(s) would be written (dry run); {detail}",
                r.file, c.written
            );
        } else {
            eprintln!("{}: nothing to write; {detail}", r.file);
        }
    }
    Ok(exit(failed))
}
