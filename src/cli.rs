//! Command-line arguments (clap), part of the binary only. One struct per
//! subcommand; doc comments are the `--help` text. The library's options
//! are made from them by the library's own constructors
//! ([`BuildOptions::new`]), which validate them.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use tandem::build::options::{BuildOptions, Requested};

/// tandem publishes bilingual documents: German beside the translation,
/// paragraph by paragraph, as PDF and HTML.
#[derive(Debug, Parser)]
#[command(name = "tandem", version, about, long_about = None)]
pub struct Cli {
    /// The project folder (the one with tandem.yaml).
    #[arg(
        short = 'C',
        long = "project",
        global = true,
        default_value = ".",
        value_name = "DIR"
    )]
    pub project: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the editions (HTML and PDF) and the site index into output/.
    Build(BuildArgs),
    /// Create or update the translation files locales/<LANG>/<doc>.ftl from
    /// the current German: new text appears as untranslated entries, changed
    /// German marks translations outdated, nothing is ever deleted.
    Update(UpdateArgs),
    /// Create a new project (configuration, one sample document per layout,
    /// a translation, layouts and fonts) that builds at once.
    Init(InitArgs),
    /// Create a German document from a layout's starting template.
    New(NewArgs),
    /// Build, serve output/ on 127.0.0.1, rebuild when a file changes and
    /// update the open pages (HTML first, PDFs follow). With --translate,
    /// also the translation workbench: every German segment beside a field
    /// for its translation, saved into locales/<lang>/<doc>.ftl.
    Serve(ServeArgs),
    /// Show how much of every edition is translated, outdated or missing.
    Status(StatusArgs),
    /// Check every translation file for mistakes (syntax, variables, terms,
    /// links and markup, invisible characters, script). Exits non-zero on
    /// errors, and with --strict also on warnings.
    Check(CheckArgs),
    /// Write the German reference files locales/de/<doc>.ftl (the source for
    /// translation platforms such as Weblate or Pontoon).
    Extract,
    /// Declare changes to the German editorial (a typo, a better word): the
    /// translations made from the previous German stay current instead of
    /// becoming outdated. Shows each change and what it accepts; translations
    /// made from other German are never touched.
    Accept(AcceptArgs),
    /// Sign off translations as checked by a second person who reads the
    /// language (four-eyes review): who, when, and the exact translation and
    /// German are kept in the record. Only current translations can be
    /// signed off; a later change of the translation or the German needs a
    /// new review. With `release: { require_review: true }` in tandem.yaml,
    /// `build --release` publishes only reviewed editions.
    Review(ReviewArgs),
    /// Write exchange files for translators outside the repository: XLIFF 1.2
    /// for translation tools (Trados, memoQ, OmegaT, Phrase) or a Word table
    /// (DOCX) for volunteers. One file per document, named
    /// <doc>.de-<LANG>.xlf|docx, into exchange/ in the project (or --out).
    /// Send the files; bring them back with `tandem import`.
    Export(ExportArgs),
    /// Read translated exchange files (XLIFF or DOCX, as written by `export`)
    /// back into locales/<lang>/<doc>.ftl. Every changed unit is checked like
    /// `tandem check`; a file with any error writes nothing. A unit whose
    /// translation changed in the repository since the export is a conflict:
    /// the repository's text is kept and both are shown.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The target language, e.g. `ar`.
    pub lang: String,
    /// Export only this document (repeatable); default: every document
    /// translated into LANG.
    #[arg(long = "doc", value_name = "D")]
    pub docs: Vec<String>,
    /// xliff: XLIFF 1.2 for translation tools; docx: a Word table for
    /// volunteers.
    #[arg(long, value_enum)]
    pub format: ExchangeFormat,
    /// The folder to write into (default: exchange/ in the project; add it
    /// to .gitignore, these files are for sending).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The translated files (.xlf/.xliff or .docx).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Check and report, but write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Refuse files for any other target language.
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
    /// Who checked the units the files mark as reviewed (XLIFF state
    /// signed-off or final, the Word table's "geprüft" box); default: git's
    /// user.name.
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

impl ImportArgs {
    pub fn options(&self) -> tandem::translate::exchange::ImportOptions {
        tandem::translate::exchange::ImportOptions {
            dry_run: self.dry_run,
            only_lang: self.lang.clone(),
            by: self.by.clone(),
        }
    }
}

#[derive(Debug, Args)]
pub struct AcceptArgs {
    /// Accept the changes of this document (repeatable), e.g. `--doc schulwechsel`.
    #[arg(long = "doc", value_name = "D", required_unless_present = "all")]
    pub docs: Vec<String>,
    /// Only these segments of the documents (repeatable), e.g. `--segment schulsystem-5`.
    #[arg(long = "segment", value_name = "ID")]
    pub segments: Vec<String>,
    /// Only these languages (repeatable).
    #[arg(long = "lang", value_name = "L")]
    pub langs: Vec<String>,
    /// Every change of every document.
    #[arg(long, conflicts_with = "docs")]
    pub all: bool,
    /// Show what would be accepted; write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

impl AcceptArgs {
    pub fn selection(&self) -> tandem::translate::accept::Selection {
        tandem::translate::accept::Selection {
            docs: self.docs.clone(),
            segments: self.segments.clone(),
            langs: self.langs.clone(),
            all: self.all,
            dry_run: self.dry_run,
        }
    }
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The language reviewed, e.g. `ar`.
    pub lang: String,
    /// Only this document (repeatable); default: every document in LANG.
    #[arg(long = "doc", value_name = "D")]
    pub docs: Vec<String>,
    /// Only these segments (repeatable), e.g. `--segment anmeldung-1`.
    #[arg(long = "segment", value_name = "ID")]
    pub segments: Vec<String>,
    /// Who reviewed (default: git's user.name).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// Show what would be signed off; write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

impl ReviewArgs {
    pub fn selection(&self) -> tandem::translate::review::Selection {
        tandem::translate::review::Selection {
            docs: self.docs.clone(),
            segments: self.segments.clone(),
            by: self.by.clone(),
            dry_run: self.dry_run,
        }
    }
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The target language, e.g. `uk`.
    pub lang: String,
    /// Update only this document (repeatable).
    #[arg(long = "doc", value_name = "D")]
    pub docs: Vec<String>,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Publish only editions that are completely translated and current
    /// (or above `release.min_coverage` in tandem.yaml); report the others.
    #[arg(long)]
    pub release: bool,

    /// Build only this target language (repeatable), e.g. `--lang uk --lang ar`.
    #[arg(long = "lang", value_name = "L")]
    pub langs: Vec<String>,

    /// Build only this document (repeatable): its path below content/
    /// without `.md`, e.g. `--doc schulwechsel`.
    #[arg(long = "doc", value_name = "D")]
    pub docs: Vec<String>,

    /// Output format (repeatable); default: html and pdf.
    #[arg(long = "format", value_name = "FORMAT", value_enum)]
    pub formats: Vec<FormatArg>,

    /// Build every edition and typeset every PDF, even when nothing changed.
    #[arg(long)]
    pub force: bool,

    /// Print only problems and the summary.
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print a line for every edition and step.
    #[arg(short, long)]
    pub verbose: bool,

    /// Number of PDFs typeset at the same time (default: number of cores).
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
}

impl BuildArgs {
    pub fn options(&self) -> BuildOptions {
        BuildOptions::new(Requested {
            release: self.release,
            langs: self.langs.clone(),
            docs: self.docs.clone(),
            formats: self.formats.iter().map(|f| f.format()).collect(),
            jobs: self.jobs,
            force: self.force,
        })
    }

    /// How to show the build's progress on standard error.
    pub fn progress(&self) -> Progress {
        if self.quiet {
            Progress::Quiet
        } else if self.verbose {
            Progress::Verbose
        } else if std::io::IsTerminal::is_terminal(&std::io::stderr())
            && std::env::var_os("CI").is_none()
        {
            Progress::Bar
        } else {
            Progress::Lines
        }
    }
}

/// How a build shows its progress on standard error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Nothing but problems and the summary.
    Quiet,
    /// A line per PDF (not a terminal, or `CI` is set).
    Lines,
    /// One updating status line (a terminal).
    Bar,
    /// A line per edition and step.
    Verbose,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Output format; the JSON schema is documented in docs/reports.md.
    #[arg(long, value_enum, default_value = "table")]
    pub format: StatusFormat,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Treat warnings as errors (for CI as a publish gate).
    #[arg(long)]
    pub strict: bool,
    /// Output format; the JSON schema is documented in docs/reports.md.
    #[arg(long, value_enum, default_value = "human")]
    pub format: CheckFormat,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create the project in (default: the current folder).
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The layout of the new document.
    #[arg(value_enum)]
    pub layout: LayoutArg,
    /// Its name: the path below content/ without `.md`, e.g. `mieten` or `flyer/mieten`.
    pub name: String,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Port (0: any free port).
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// Address to listen on. The default, 127.0.0.1, is reachable only from
    /// this computer; `0.0.0.0` lets other computers on the network read
    /// the site (the workbench still answers only this computer).
    #[arg(long, default_value = "127.0.0.1", value_name = "IP")]
    pub host: std::net::IpAddr,
    /// Open the translation workbench at /__tandem/translate/: translate in
    /// the browser, beside the German, with a live preview. Saving writes
    /// locales/<lang>/<doc>.ftl (checked like `tandem check`).
    #[arg(long)]
    pub translate: bool,
    #[command(flatten)]
    pub build: BuildArgs,
}

impl ServeArgs {
    pub fn options(&self) -> tandem::serve::ServeOptions {
        tandem::serve::ServeOptions {
            host: self.host,
            port: self.port,
            translate: self.translate,
            build: self.build.options(),
        }
    }
}

/// `--format` of `build` and `serve`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Html,
    Pdf,
}

impl FormatArg {
    fn format(self) -> tandem::build::Format {
        match self {
            FormatArg::Html => tandem::build::Format::Html,
            FormatArg::Pdf => tandem::build::Format::Pdf,
        }
    }
}

/// The layout of `tandem new`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LayoutArg {
    Brochure,
    Newsletter,
    Flyer,
    Notice,
}

impl LayoutArg {
    pub fn layout(self) -> tandem::model::Layout {
        match self {
            LayoutArg::Brochure => tandem::model::Layout::Brochure,
            LayoutArg::Newsletter => tandem::model::Layout::Newsletter,
            LayoutArg::Flyer => tandem::model::Layout::Flyer,
            LayoutArg::Notice => tandem::model::Layout::Notice,
        }
    }
}

/// `--format` of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExchangeFormat {
    /// XLIFF 1.2 for translation tools (Trados, memoQ, OmegaT, Phrase …).
    Xliff,
    /// A Word table (DOCX) for Word and LibreOffice Writer.
    Docx,
    /// TMX 1.4b: every current translation of the language in one
    /// translation memory, for OmegaT, Trados, memoQ, Weblate.
    Tmx,
}

impl ExchangeFormat {
    pub fn format(self) -> tandem::translate::exchange::Format {
        match self {
            ExchangeFormat::Xliff => tandem::translate::exchange::Format::Xliff,
            ExchangeFormat::Docx => tandem::translate::exchange::Format::Docx,
            ExchangeFormat::Tmx => tandem::translate::exchange::Format::Tmx,
        }
    }
}
