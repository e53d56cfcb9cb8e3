//! `--sweep`: every spec of the directory, generated (client, server and docs) in a process of
//! its own, so that a crash of any kind (a panic, an abort, a stack overflow, a signal) is seen
//! in the exit status rather than taking the runner down, and a hang is stopped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use specmint::diagnostics::Severity;

/// How long one spec may take before it counts as hung.
const HANG: Duration = Duration::from_secs(300);

/// Every spec id of the directory (its path under `api/` without `.json`), sorted.
pub fn all_ids(api: &Path) -> Result<Vec<String>, String> {
    let mut ids = Vec::new();
    let mut dirs = vec![api.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries =
            std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                if let Ok(rest) = path.strip_prefix(api) {
                    let id = rest.with_extension("");
                    ids.push(id.to_string_lossy().replace('\\', "/"));
                }
            }
        }
    }
    ids.sort();
    Ok(ids)
}

/// The child's side: generates one spec into `out` and prints one JSON line saying how it went.
/// Exit 0 when generated, 1 when refused; anything else is a crash.
pub fn one(spec: &Path, out: &Path) -> ExitCode {
    let job = specmint::Job::new(spec, out);
    let report = match specmint::generate(&job) {
        Ok(generated) => {
            let sets: Vec<(PathBuf, &specmint::output::FileSet)> = generated
                .outputs
                .iter()
                .map(|(dir, files)| (dir.clone(), files))
                .collect();
            match specmint::output::write_all(&sets) {
                Ok(()) => json!({"outcome": "generated"}),
                Err(e) => {
                    json!({"outcome": "refused", "kind": "write", "message": e.to_string(), "pointer": ""})
                }
            }
        }
        Err(diags) => match diags.iter().find(|d| d.severity == Severity::Error) {
            Some(d) => json!({
                "outcome": "refused",
                "kind": d.kind,
                "message": d.message,
                "pointer": d.pointer,
                "errors": diags.iter().filter(|d| d.severity == Severity::Error).count(),
            }),
            None => {
                json!({"outcome": "refused", "kind": "none", "message": "refused without an error", "pointer": ""})
            }
        },
    };
    println!("{report}");
    if report["outcome"] == "generated" {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// What became of one spec in the sweep.
struct Outcome {
    id: String,
    /// `generated`, `refused`, `crashed` or `hung`.
    outcome: String,
    kind: String,
    detail: String,
}

fn run_one(api: &Path, id: &str, scratch: &Path) -> Outcome {
    let spec = api.join(format!("{id}.json"));
    let out = scratch.join("out");
    let _ = std::fs::remove_dir_all(&out);
    let stdout_path = scratch.join("stdout");
    let stderr_path = scratch.join("stderr");
    let outcome = |outcome: &str, kind: &str, detail: String| Outcome {
        id: id.to_string(),
        outcome: outcome.to_string(),
        kind: kind.to_string(),
        detail,
    };
    let files = std::fs::File::create(&stdout_path)
        .and_then(|stdout| std::fs::File::create(&stderr_path).map(|stderr| (stdout, stderr)));
    let (stdout, stderr) = match files {
        Ok(files) => files,
        Err(e) => {
            return outcome(
                "crashed",
                "runner",
                format!("cannot create scratch files: {e}"),
            )
        }
    };
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => return outcome("crashed", "runner", format!("cannot find the runner: {e}")),
    };
    let started = Instant::now();
    let child = Command::new(exe)
        .arg("--one")
        .arg(&spec)
        .arg(&out)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => return outcome("crashed", "runner", format!("cannot start: {e}")),
    };
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > HANG => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return outcome("crashed", "runner", format!("cannot wait: {e}")),
        }
    };
    let _ = std::fs::remove_dir_all(&out);
    let Some(status) = status else {
        return outcome("hung", "timeout", format!("still running after {HANG:?}"));
    };
    let report: Value = std::fs::read_to_string(&stdout_path)
        .ok()
        .and_then(|text| serde_json::from_str(text.trim()).ok())
        .unwrap_or(Value::Null);
    let last_words = || {
        let text = std::fs::read_to_string(&stderr_path).unwrap_or_default();
        let lines: Vec<&str> = text.lines().rev().take(3).collect();
        lines.into_iter().rev().collect::<Vec<_>>().join(" | ")
    };
    match status.code() {
        Some(0) if report["outcome"] == "generated" => outcome("generated", "", String::new()),
        Some(1) if report["outcome"] == "refused" => {
            let text = |key: &str| report[key].as_str().unwrap_or_default().to_string();
            outcome(
                "refused",
                &text("kind"),
                format!("{} at {}", text("message"), text("pointer")),
            )
        }
        Some(code) => outcome("crashed", &format!("exit {code}"), last_words()),
        None => {
            #[cfg(unix)]
            let signal = std::os::unix::process::ExitStatusExt::signal(&status).unwrap_or(0);
            #[cfg(not(unix))]
            let signal = 0;
            outcome("crashed", &format!("signal {signal}"), last_words())
        }
    }
}

/// Sweeps every spec with `jobs` at a time; exits non-zero on any crash or hang.
pub fn run(api: &Path, work: &Path, jobs: usize) -> Result<ExitCode, String> {
    let ids = all_ids(api)?;
    std::fs::create_dir_all(work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let scratch = tempfile::Builder::new()
        .prefix("sweep-")
        .tempdir_in(work)
        .map_err(|e| format!("cannot create a scratch folder: {e}"))?;
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let outcomes = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for worker in 0..jobs.max(1) {
            let (ids, next, outcomes) = (&ids, &next, &outcomes);
            let dir = scratch.path().join(worker.to_string());
            scope.spawn(move || {
                let _ = std::fs::create_dir_all(&dir);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(id) = ids.get(i) else { break };
                    let outcome = run_one(api, id, &dir);
                    if outcome.outcome != "generated" {
                        eprintln!(
                            "{}\t{}\t{}\t{}",
                            outcome.outcome, id, outcome.kind, outcome.detail
                        );
                    }
                    if let Ok(mut all) = outcomes.lock() {
                        all.push(outcome);
                    }
                }
            });
        }
    });
    let mut outcomes = outcomes.into_inner().unwrap_or_default();
    outcomes.sort_by(|a, b| a.id.cmp(&b.id));
    let count = |what: &str| outcomes.iter().filter(|o| o.outcome == what).count();
    let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
    for o in outcomes.iter().filter(|o| o.outcome == "refused") {
        *reasons.entry(o.kind.as_str()).or_default() += 1;
    }
    for o in outcomes.iter().filter(|o| o.outcome != "generated") {
        println!("{}\t{}\t{}\t{}", o.outcome, o.id, o.kind, o.detail);
    }
    let (crashed, hung) = (count("crashed"), count("hung"));
    println!(
        "sweep: {} specs, {} generated, {} refused, {crashed} crashed, {hung} hung; {:.0} s",
        outcomes.len(),
        count("generated"),
        count("refused"),
        started.elapsed().as_secs_f64()
    );
    for (kind, n) in &reasons {
        println!("  refused, {kind}: {n}");
    }
    let report: Vec<Value> = outcomes
        .iter()
        .map(|o| json!({"id": o.id, "outcome": o.outcome, "kind": o.kind, "detail": o.detail}))
        .collect();
    let path = work.join("sweep.json");
    std::fs::write(
        &path,
        serde_json::to_string_pretty(&report).unwrap_or_default(),
    )
    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("report: {}", path.display());
    Ok(if crashed == 0 && hung == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
