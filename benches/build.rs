//! Benchmark: tandem's cost against bare typst, at two project sizes.
//!
//! ```text
//! cargo bench --bench build                # small (20 × 8) and large (200 × 12)
//! cargo bench --bench build -- small       # only the small project
//! BENCH_RUNS=5 cargo bench --bench build   # runs per scenario (default 3)
//! ```
//!
//! For each size it generates a synthetic project (brochure- and
//! flyer-length documents with lists, tables, variables; Latin, Cyrillic,
//! Arabic-script and Ethiopic translations), then times these scenarios with
//! the release binary: cold full build (HTML + PDF), HTML only, no-change
//! rebuild, one translation edited, one German document edited, and
//! `update` of every language with the translation memory. The
//! baseline is bare `typst compile` on exactly the Typst inputs tandem
//! generated, with the same parallelism. It prints min/median/max, the ratio
//! to the baseline, editions per second and tandem's peak memory. Figures
//! are recorded in BENCHMARKS.md; nothing here fails on machine noise.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const LANGS: &[(&str, &str, &str)] = &[
    (
        "uk",
        "Українська",
        "Батьки можуть самі обрати тип школи для своєї дитини",
    ),
    (
        "ar",
        "العربية",
        "يمكن للوالدين اختيار نوع المدرسة لطفلهم بأنفسهم",
    ),
    (
        "prs",
        "دری",
        "والدین می‌توانند خودشان نوع مکتب را برای فرزند خود انتخاب کنند",
    ),
    (
        "tr",
        "Türkçe",
        "Veliler çocukları için okul türünü kendileri seçebilir",
    ),
    (
        "en",
        "English",
        "Parents can choose the type of school for their child themselves",
    ),
    (
        "ru",
        "Русский",
        "Родители могут сами выбрать тип школы для своего ребёнка",
    ),
    ("ti", "ትግርኛ", "ወለዲ ንውላዶም ዓይነት ቤት ትምህርቲ ባዕሎም ክመርጹ ይኽእሉ"),
    (
        "fa",
        "فارسی",
        "والدین می‌توانند خودشان نوع مدرسه را برای فرزندشان انتخاب کنند",
    ),
    (
        "ps",
        "پښتو",
        "مور او پلار کولی شي د خپل ماشوم لپاره د ښوونځي ډول پخپله وټاکي",
    ),
    (
        "ckb",
        "کوردیی ناوەندی",
        "دایک و باوک دەتوانن خۆیان جۆری قوتابخانە بۆ منداڵەکەیان هەڵبژێرن",
    ),
    (
        "kmr",
        "Kurmancî",
        "Dêûbav dikarin bi xwe cureyê dibistanê ji bo zarokê xwe hilbijêrin",
    ),
    (
        "sq",
        "Shqip",
        "Prindërit mund të zgjedhin vetë llojin e shkollës për fëmijën e tyre",
    ),
];

const GERMAN: &str = "Die Eltern können die Schulform für ihr Kind selbst wählen";

struct Size {
    name: &'static str,
    docs: usize,
    langs: usize,
}

fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let tandem = PathBuf::from(env!("CARGO_BIN_EXE_tandem"));
    let typst = std::env::var_os("TANDEM_TYPST")
        .map(PathBuf::from)
        .unwrap_or_else(|| "typst".into());
    let jobs = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    println!(
        "tandem benchmark: {runs} run(s) per scenario, -j {jobs}, typst = {}",
        typst.display()
    );
    for size in [
        Size {
            name: "small",
            docs: 20,
            langs: 8,
        },
        Size {
            name: "large",
            docs: 200,
            langs: 12,
        },
    ] {
        if !filter.is_empty() && !filter.iter().any(|f| f == size.name) {
            continue;
        }
        bench(&size, runs, &tandem, &typst, jobs);
    }
}

fn bench(size: &Size, runs: usize, tandem: &Path, typst: &Path, jobs: usize) {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-{}", size.name));
    let _ = std::fs::remove_dir_all(&root);
    generate(&root, size);
    let editions = size.docs * size.langs;
    println!(
        "\n## {} project: {} documents × {} languages = {editions} editions",
        size.name, size.docs, size.langs
    );

    let run = |args: &[&str]| -> (Duration, u64) {
        let start = Instant::now();
        let status = Command::new(tandem)
            .args(args)
            .arg("--quiet")
            .current_dir(&root)
            .status()
            .expect("tandem runs");
        let elapsed = start.elapsed();
        assert!(status.success(), "tandem {args:?} failed");
        (elapsed, children_max_rss_kib())
    };

    // `update` of every language with the translation memory, first (the
    // peak memory of finished children is then update's own): one
    // document's translations are gone in every language and are filled
    // from the other documents'.
    let (update, update_rss, filled) = update_with_memory(&root, tandem, size);

    // HTML only (cold output). Before any typst process ran, so that the
    // peak memory of finished children is tandem's own.
    let mut html = Vec::new();
    let mut html_rss = 0;
    let cold_start = || {
        let _ = std::fs::remove_dir_all(root.join("output"));
        let _ = std::fs::remove_dir_all(root.join(".tandem"));
    };
    for _ in 0..runs {
        cold_start();
        let (t, rss) = run(&["build", "--format", "html"]);
        html.push(t);
        html_rss = html_rss.max(rss);
    }
    // Cold full build (HTML + PDF).
    let mut cold = Vec::new();
    for _ in 0..runs {
        cold_start();
        cold.push(run(&["build"]).0);
    }
    // The baseline: bare typst on the inputs tandem generated
    // (`.tandem/typst/<doc>/<lang>.json`), as project-absolute paths.
    let inputs: Vec<PathBuf> = walkdir::WalkDir::new(root.join(".tandem/typst"))
        .into_iter()
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.strip_prefix(&root).unwrap().to_path_buf())
        .collect();
    let mut baseline = Vec::new();
    for _ in 0..runs {
        baseline.push(bare_typst(&root, typst, &inputs, jobs));
    }
    run(&["build"]);
    // No change.
    let noop: Vec<Duration> = (0..runs).map(|_| run(&["build"]).0).collect();
    // One translation edited / one German document edited.
    let mut one_translation = Vec::new();
    let mut one_german = Vec::new();
    for i in 0..runs {
        let ftl = root.join(format!("locales/{}/doc000.ftl", LANGS[0].0));
        let text = std::fs::read_to_string(&ftl).unwrap();
        std::fs::write(&ftl, text.replacen("title = ", &format!("title = {i} "), 1)).unwrap();
        one_translation.push(run(&["build"]).0);
        let md = root.join("content/doc001.md");
        let text = std::fs::read_to_string(&md).unwrap();
        std::fs::write(&md, text.replacen("title: ", &format!("title: {i} "), 1)).unwrap();
        one_german.push(run(&["build"]).0);
    }

    let base = median(&baseline);
    println!("| scenario | min | median | max | ratio to bare typst | editions/s |");
    println!("|---|---|---|---|---|---|");
    println!(
        "| bare typst (baseline, {} PDFs) | {} | 1.00 | {:.1} |",
        inputs.len(),
        stats(&baseline),
        inputs.len() as f64 / base.as_secs_f64()
    );
    row("cold build, HTML + PDF", &cold, Some(base), editions);
    row("HTML only", &html, None, editions);
    row("no-change rebuild", &noop, None, editions);
    row("one translation edited", &one_translation, None, editions);
    row("one German document edited", &one_german, None, editions);
    println!("peak memory of tandem (HTML only): {} MiB", html_rss / 1024);
    println!(
        "update of all {} languages with the memory: {:.2} s, peak memory {} MiB, {filled} segments filled",
        size.langs,
        update.as_secs_f64(),
        update_rss / 1024
    );
}

/// Removes doc000's translation in every language and times `tandem update
/// <lang>` for all of them, which fills it from the memory (the other
/// documents' translations of the same German): the time in all, the peak
/// memory of one update and how many segments were filled.
fn update_with_memory(root: &Path, tandem: &Path, size: &Size) -> (Duration, u64, usize) {
    let mut time = Duration::ZERO;
    let mut filled = 0;
    for (code, _, _) in &LANGS[..size.langs] {
        std::fs::remove_file(root.join(format!("locales/{code}/doc000.ftl"))).unwrap();
        let start = Instant::now();
        let out = Command::new(tandem)
            .args(["update", code])
            .current_dir(root)
            .output()
            .expect("tandem runs");
        time += start.elapsed();
        assert!(out.status.success(), "tandem update {code} failed");
        // `update` reports what it filled on stderr, beside its diagnostics.
        let text = String::from_utf8_lossy(&out.stderr);
        filled += text
            .lines()
            .filter(|l| l.trim_start().starts_with("filled "))
            .count();
    }
    (time, children_max_rss_kib(), filled)
}

fn row(name: &str, times: &[Duration], base: Option<Duration>, editions: usize) {
    let ratio = base
        .map(|b| format!("{:.2}", median(times).as_secs_f64() / b.as_secs_f64()))
        .unwrap_or_else(|| "–".into());
    println!(
        "| {name} | {} | {ratio} | {:.0} |",
        stats(times),
        editions as f64 / median(times).as_secs_f64()
    );
}

fn stats(times: &[Duration]) -> String {
    let mut t: Vec<f64> = times.iter().map(|d| d.as_secs_f64()).collect();
    t.sort_by(f64::total_cmp);
    format!(
        "{:.2} s | {:.2} s | {:.2} s",
        t[0],
        t[t.len() / 2],
        t[t.len() - 1]
    )
}

fn median(times: &[Duration]) -> Duration {
    let mut t = times.to_vec();
    t.sort();
    t[t.len() / 2]
}

/// Runs `typst compile` on every input, `jobs` at a time, as tandem does.
fn bare_typst(root: &Path, typst: &Path, inputs: &[PathBuf], jobs: usize) -> Duration {
    let out = root.join("baseline");
    std::fs::create_dir_all(&out).unwrap();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(input) = inputs.get(i) else { break };
                let json: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(root.join(input)).unwrap()).unwrap();
                let layout = json["layout"].as_str().unwrap().to_string();
                let rel = format!("/{}", input.display());
                let status = Command::new(typst)
                    .args(["compile", "--root"])
                    .arg(root)
                    .arg("--input")
                    .arg(format!("edition={rel}"))
                    .arg("--font-path")
                    .arg(root.join("fonts"))
                    .args([
                        "--ignore-system-fonts",
                        "--ignore-embedded-fonts",
                        "--pdf-standard",
                        "ua-1",
                        "--creation-timestamp",
                        "0",
                        "--jobs",
                        "1",
                    ])
                    .arg(root.join(format!("layouts/{layout}/{layout}.typ")))
                    .arg(out.join(format!("{i}.pdf")))
                    .status()
                    .unwrap();
                assert!(status.success());
            });
        }
    });
    start.elapsed()
}

/// Peak resident memory of the largest finished child process so far, in KiB.
fn children_max_rss_kib() -> u64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes into the struct we own.
    if unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) } == 0 {
        usage.ru_maxrss as u64
    } else {
        0
    }
}

fn generate(root: &Path, size: &Size) {
    for part in ["layouts", "fonts"] {
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join(part),
            &root.join(part),
        );
    }
    let mut yaml = String::from("site:\n  title: Benchmark\n  publisher: Landkreis\nlanguages:\n");
    for (code, name, _) in &LANGS[..size.langs] {
        yaml.push_str(&format!("  {code}:\n    name: {name}\n"));
    }
    write(&root.join("tandem.yaml"), &yaml);
    for d in 0..size.docs {
        let flyer = d % 4 == 3;
        let mut md = format!(
            "---\ntitle: Dokument {d}\nsubtitle: Informationen für Eltern\nlayout: {}\ndate: 2026-11-20\nvars:\n  date: 2027-03-04\n  time: \"18:00\"\n  phone: \"04131 26-0\"\n---\n",
            if flyer { "flyer" } else { "brochure" }
        );
        let sections = if flyer { 1 } else { 8 };
        for s in 0..sections {
            md.push_str(&format!("\n## Abschnitt {s} {{#s{s}}}\n\n"));
            for p in 0..if flyer { 2 } else { 4 } {
                md.push_str(&format!("{GERMAN} ({p}). Termin: {{ $date }} um {{ $time }}, Telefon {{ $phone }}. **Wichtig:** Fragen Sie die *Schule*.\n\n"));
            }
            if !flyer {
                md.push_str("- Anmeldebogen\n- Halbjahreszeugnis\n- Nachweis über den Masernschutz\n\n| Schulform | Klassen |\n|---|---|\n| Gymnasium | 5–13 |\n| Oberschule | 5–10 |\n");
            }
        }
        write(&root.join(format!("content/doc{d:03}.md")), &md);
    }
    // Translations: extract the German once, then write each language.
    let status = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .arg("extract")
        .current_dir(root)
        .status()
        .unwrap();
    assert!(status.success());
    for d in 0..size.docs {
        let de = std::fs::read_to_string(root.join(format!("locales/de/doc{d:03}.ftl"))).unwrap();
        for (code, _, sentence) in &LANGS[..size.langs] {
            let mut out = String::new();
            let mut source = String::new();
            for line in de.lines() {
                if line.starts_with('#') || line.is_empty() {
                    continue;
                }
                let Some((id, value)) = line.split_once(" = ") else {
                    continue;
                };
                source.clear();
                source.push_str(value);
                let translated = if value.contains("{ $date }") {
                    format!("{sentence}: {{ $date }}, {{ $time }}, {{ $phone }}. **{sentence}**")
                } else {
                    sentence.to_string()
                };
                out.push_str(&format!("# de: {value}\n{id} = {translated}\n\n"));
            }
            write(&root.join(format!("locales/{code}/doc{d:03}.ftl")), &out);
        }
    }
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
