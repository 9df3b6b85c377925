//! `serve`'s builder and watcher: file changes (found by `notify`, debounced)
//! and saves from the workbench become builds, and every finished build
//! step is pushed to the open pages as a server-sent event ([`Hub`]).
//!
//! One builder thread runs one build at a time. A save asks for its edition
//! only ([`Job::Edition`]): its HTML first, then its PDF; a changed file asks
//! for everything ([`Job::All`]): all HTML first, then the PDFs (only those
//! whose inputs changed are typeset). Jobs that arrive during a build are
//! merged into the next one.

use crate::build::{build, BuildOptions, Format, Outcome};
use crate::diag::{Code, Diagnostic};
use crate::model::EditionKey;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Lines for the terminal (`serve` prints them).
pub type Log = Arc<dyn Fn(String) + Send + Sync>;

/// What to build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    All,
    Edition(EditionKey),
}

/// The open event streams and the result of the last build.
pub struct Hub {
    inner: Mutex<HubState>,
    max_clients: usize,
}

#[derive(Default)]
struct HubState {
    /// Increases with every finished build step.
    generation: u64,
    /// Rendered diagnostics of the last build step when it had errors.
    errors: String,
    clients: Vec<(SyncSender<Arc<str>>, Arc<()>)>,
}

/// An open event stream: events arrive on `events` while this is alive.
pub struct Subscription {
    pub events: Receiver<Arc<str>>,
    _alive: Arc<()>,
}

impl Hub {
    pub fn new(max_clients: usize) -> Hub {
        Hub {
            inner: Mutex::new(HubState::default()),
            max_clients,
        }
    }

    /// A new event stream, or `None` when `max_clients` are open.
    pub fn subscribe(&self) -> Option<Subscription> {
        let mut s = self.inner.lock().expect("hub lock");
        s.clients.retain(|(_, alive)| Arc::strong_count(alive) > 1);
        if s.clients.len() >= self.max_clients {
            return None;
        }
        let (tx, rx) = std::sync::mpsc::sync_channel(64);
        let alive = Arc::new(());
        s.clients.push((tx, Arc::clone(&alive)));
        Some(Subscription {
            events: rx,
            _alive: alive,
        })
    }

    /// Sends an event to every open stream (a stream too slow to take it
    /// is closed).
    pub fn publish(&self, event: &str, data: &serde_json::Value) {
        let message: Arc<str> = format!("event: {event}\ndata: {data}\n\n").into();
        let mut s = self.inner.lock().expect("hub lock");
        s.clients.retain(|(tx, alive)| {
            Arc::strong_count(alive) > 1
                && !matches!(
                    tx.try_send(Arc::clone(&message)),
                    Err(TrySendError::Full(_) | TrySendError::Disconnected(_))
                )
        });
    }

    /// The generation and errors of the last build step.
    pub fn state(&self) -> (u64, String) {
        let s = self.inner.lock().expect("hub lock");
        (s.generation, s.errors.clone())
    }

    fn finished(&self, errors: String) -> u64 {
        let mut s = self.inner.lock().expect("hub lock");
        s.generation += 1;
        s.errors = errors;
        s.generation
    }
}

/// Starts the builder thread; send it [`Job`]s.
pub fn builder(root: &Path, opts: BuildOptions, hub: Arc<Hub>, log: Log) -> Sender<Job> {
    let (tx, rx) = std::sync::mpsc::channel::<Job>();
    let root = root.to_path_buf();
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut all = false;
            let mut editions = BTreeSet::new();
            for job in std::iter::once(first).chain(rx.try_iter()) {
                match job {
                    Job::All => all = true,
                    Job::Edition(key) => {
                        editions.insert(key);
                    }
                }
            }
            for key in &editions {
                run_steps(&root, &opts, Some(key), &hub, &log);
            }
            if all {
                run_steps(&root, &opts, None, &hub, &log);
            }
        }
    });
    tx
}

/// HTML first (fast), then PDFs; an event after each.
pub fn run_steps(
    root: &Path,
    opts: &BuildOptions,
    only: Option<&EditionKey>,
    hub: &Hub,
    log: &Log,
) {
    let mut base = opts.clone();
    if let Some(key) = only {
        base.docs = vec![key.doc.clone()];
        base.langs = vec![key.lang.clone()];
    }
    let mut steps = vec![(Format::Html, base.clone())];
    if opts.wants(Format::Pdf) {
        steps.push((Format::Pdf, base.clone()));
    }
    for (format, mut step) in steps {
        step.formats = vec![format];
        let started = Instant::now();
        let (errors, built) = match build(root, &step, &|_| {}) {
            Ok(report) => {
                let mut text = String::new();
                for d in report.diagnostics.iter().filter(|d| d.is_error()) {
                    text.push_str(&d.to_string());
                }
                let built: Vec<String> = report
                    .editions
                    .iter()
                    .filter(|e| matches!(e.outcome, Outcome::Built))
                    .map(|e| e.key.to_string())
                    .collect();
                (text, built)
            }
            Err(d) => (d.to_string(), Vec::new()),
        };
        let millis = started.elapsed().as_secs_f64() * 1000.0;
        let what = match format {
            Format::Html => "HTML",
            Format::Pdf => "PDF",
        };
        let scope = only.map_or(String::new(), |k| format!(" of {k}"));
        if !errors.is_empty() {
            log(errors.clone());
        }
        log(format!(
            "{what}{scope}: {} edition(s) in {millis:.0} ms{}",
            built.len(),
            if errors.is_empty() {
                ""
            } else {
                ", with errors (shown in the page)"
            }
        ));
        let generation = hub.finished(errors.clone());
        let edition = only.map(|k| serde_json::json!({ "doc": k.doc, "lang": k.lang }));
        hub.publish(
            "build",
            &serde_json::json!({
                "generation": generation,
                "stage": what.to_lowercase(),
                "edition": edition,
                "errors": errors,
                "millis": millis.round(),
            }),
        );
    }
}

/// The folders and file whose changes start a build.
const WATCHED: [&str; 4] = ["content", "locales", "layouts", "fonts"];

/// Watches the project's sources; a change publishes a `changed` event
/// (with the project-relative paths, and the digests of translation files)
/// and asks for a build of everything.
/// Keep the returned value: watching stops when it is dropped.
///
/// Events are debounced here (a build starts `QUIET` after the last
/// change) and only writes, creations, removals and renames count: notify
/// also reports files being opened, which every build does.
pub fn watch(root: &Path, jobs: Sender<Job>, hub: Arc<Hub>) -> Result<impl Sized, Diagnostic> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let fail = |e: notify::Error| {
        Diagnostic::error(Code::Serve, format!("cannot watch the project for changes: {e}"))
            .help("on Linux, raise fs.inotify.max_user_watches, or stop other programs that watch many files")
    };
    let (tx, rx) = std::sync::mpsc::channel::<PathBuf>();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let Ok(event) = res else { return };
        let counts = match event.kind {
            EventKind::Create(_) | EventKind::Remove(_) => true,
            EventKind::Modify(notify::event::ModifyKind::Metadata(_)) => false,
            EventKind::Modify(_) => true,
            EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
        };
        if counts {
            for path in event.paths {
                let _ = tx.send(path);
            }
        }
    })
    .map_err(fail)?;
    watcher
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(fail)?;
    for dir in WATCHED.iter().map(|d| root.join(d)).filter(|d| d.is_dir()) {
        watcher
            .watch(&dir, RecursiveMode::Recursive)
            .map_err(fail)?;
    }
    let base = plain(&std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf()));
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut files = BTreeSet::new();
            files.extend(relevant(&base, &first));
            while let Ok(path) = rx.recv_timeout(QUIET) {
                files.extend(relevant(&base, &path));
            }
            if files.is_empty() {
                continue;
            }
            // With each translation file's digest, so that a workbench page
            // can tell a change by someone else from its own save at once.
            let digests: serde_json::Map<String, serde_json::Value> = files
                .iter()
                .filter(|f| f.ends_with(".ftl"))
                .map(|f| {
                    (
                        f.clone(),
                        crate::fingerprint::file_digest(&base.join(f))
                            .to_string()
                            .into(),
                    )
                })
                .collect();
            hub.publish(
                "changed",
                &serde_json::json!({ "files": files, "digests": digests }),
            );
            if jobs.send(Job::All).is_err() {
                return;
            }
        }
    });
    Ok(watcher)
}

/// How long the sources must be quiet before a build starts.
const QUIET: Duration = Duration::from_millis(40);

/// `path` without `.` components.
fn plain(path: &Path) -> PathBuf {
    path.components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

/// The project-relative path of a changed file that a build reads (not
/// tandem's own temporary files, not editors' backup files).
fn relevant(root: &Path, path: &Path) -> Option<String> {
    let path = plain(path);
    let rel = path.strip_prefix(root).ok()?;
    let rel = rel.to_str()?.replace('\\', "/");
    let name = rel.rsplit('/').next().unwrap_or("");
    let first = rel.split('/').next().unwrap_or("");
    let watched = rel == crate::config::CONFIG_FILE || WATCHED.contains(&first) && rel != first;
    let scratch = name.starts_with(".tandem-tmp")
        || name.starts_with(".#")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx");
    (watched && !scratch).then_some(rel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sources_start_a_build() {
        let root = Path::new("/p");
        let rel = |p: &str| relevant(root, &Path::new("/p/.").join(p));
        assert_eq!(rel("tandem.yaml").as_deref(), Some("tandem.yaml"));
        assert_eq!(rel("locales/ar/x.ftl").as_deref(), Some("locales/ar/x.ftl"));
        assert_eq!(rel("locales/ar/.tandem-tmp-abc"), None);
        assert_eq!(rel("content/.x.md.swp"), None);
        assert_eq!(rel("output/index.html"), None);
        assert_eq!(rel(".tandem/state.json"), None);
        assert_eq!(rel("README.md"), None);
    }

    #[test]
    fn the_hub_caps_its_streams_and_forgets_closed_ones() {
        let hub = Hub::new(2);
        let a = hub.subscribe().unwrap();
        let b = hub.subscribe().unwrap();
        assert!(hub.subscribe().is_none());
        drop(b);
        let c = hub.subscribe().unwrap();
        hub.publish("build", &serde_json::json!({"x": 1}));
        assert_eq!(
            &*a.events.try_recv().unwrap(),
            "event: build\ndata: {\"x\":1}\n\n"
        );
        assert!(c.events.try_recv().is_ok());
    }
}
