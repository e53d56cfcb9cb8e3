//! rustfmt as the formatting stage (`--format rustfmt`): every printed Rust file of a crate is
//! passed through rustfmt, one process per core, with a cache of what it made of each file.

use std::path::{Path, PathBuf};

use crate::output::FileSet;

/// Formats every `.rs` file of the set with rustfmt (one batch per core), so generated
/// code is exactly what `cargo fmt` would leave. prettyplease's layout differs from rustfmt's in
/// places, and generated crates must pass `cargo fmt --check`.
///
/// `previous` is the directory the set was last written to: a file printed exactly as last
/// time, whose copy there is still what rustfmt made of it (see [`FormatCache`]), is taken from
/// there instead of being formatted again. The cache written with the set
/// ([`FormatCache::FILE`]) records every Rust file of it.
///
/// The `RUSTFMT` environment variable names the binary, as for cargo; the default is `rustfmt`
/// from `PATH`. The files are formatted in a temporary directory, so no `rustfmt.toml` of the
/// surrounding project applies and the result does not depend on where the output goes.
pub fn format_crate(files: &mut FileSet, previous: Option<&Path>) -> Result<(), String> {
    let cache = previous.map(FormatCache::load).unwrap_or_default();
    let mut record = FormatCache::default();
    let mut rust_files: Vec<(String, String)> = Vec::new();
    let mut printed_hashes: Vec<String> = Vec::new();
    let mut reused: Vec<(String, String)> = Vec::new();
    for (path, text) in files.iter() {
        if !path.ends_with(".rs") || files.is_formatted(path) {
            continue;
        }
        let printed = FormatCache::hash(text);
        match cache.reuse(path, &printed) {
            Some(formatted) => {
                record.add(path, &printed, &formatted);
                reused.push((path.to_string(), formatted));
            }
            None => {
                rust_files.push((path.to_string(), text.to_string()));
                printed_hashes.push(printed);
            }
        }
    }
    for (path, text) in reused {
        files.insert(&path, text);
    }
    for (i, text) in rustfmt_files(&rust_files)? {
        record.add(&rust_files[i].0, &printed_hashes[i], &text);
        files.insert(&rust_files[i].0, text);
    }
    if !record.entries.is_empty() {
        files.insert(FormatCache::FILE, record.render());
    }
    Ok(())
}

/// What rustfmt made of each Rust file of a crate the last time it was generated, kept with
/// the crate as [`FormatCache::FILE`]: per file, a hash of the text specmint printed and a hash
/// of rustfmt's result. A re-run that prints a file exactly as before, and finds the file on
/// disk still hashing to that result, reuses it instead of running rustfmt again; an edited,
/// missing or differently printed file is formatted anew. rustfmt's stability guarantee (the
/// default style does not change for formatted code) makes the result independent of the
/// rustfmt version, so none is recorded.
#[derive(Debug, Default)]
pub struct FormatCache {
    dir: PathBuf,
    /// Path → (hash as printed, hash as formatted).
    entries: std::collections::BTreeMap<String, (String, String)>,
}

impl FormatCache {
    /// The cache's file name in a crate's directory.
    pub const FILE: &'static str = ".specmint-format";

    /// The cache of the crate at `dir`; empty when there is none or it cannot be read.
    pub fn load(dir: &Path) -> FormatCache {
        let mut cache = FormatCache {
            dir: dir.to_path_buf(),
            entries: Default::default(),
        };
        let Ok(text) = std::fs::read_to_string(dir.join(Self::FILE)) else {
            return cache;
        };
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let mut parts = line.splitn(3, ' ');
            if let (Some(printed), Some(formatted), Some(path)) =
                (parts.next(), parts.next(), parts.next())
            {
                cache.entries.insert(
                    path.to_string(),
                    (printed.to_string(), formatted.to_string()),
                );
            }
        }
        cache
    }

    /// A hex SHA-256 of a file's text.
    pub fn hash(text: &str) -> String {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(text.as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The file's formatted text from the previous output, when `printed` is what it was
    /// printed as then and the copy on disk is still rustfmt's result.
    fn reuse(&self, path: &str, printed: &str) -> Option<String> {
        let (was_printed, was_formatted) = self.entries.get(path)?;
        if was_printed != printed {
            return None;
        }
        let text = std::fs::read_to_string(self.dir.join(path)).ok()?;
        (&Self::hash(&text) == was_formatted).then_some(text)
    }

    fn add(&mut self, path: &str, printed: &str, formatted: &str) {
        self.entries.insert(
            path.to_string(),
            (printed.to_string(), Self::hash(formatted)),
        );
    }

    fn render(&self) -> String {
        let mut out = String::from(
            "# specmint: each Rust file's hash as printed and as formatted by rustfmt, so that a\n\
             # re-run formats only files that changed. Regenerated with the crate.\n",
        );
        for (path, (printed, formatted)) in &self.entries {
            out.push_str(&format!("{printed} {formatted} {path}\n"));
        }
        out
    }
}

/// Formats `rust_files` (path, text), returning each one's index and formatted text.
fn rustfmt_files(rust_files: &[(String, String)]) -> Result<Vec<(usize, String)>, String> {
    if rust_files.is_empty() {
        return Ok(Vec::new());
    }
    // One rustfmt per core, each on a share of the files of about equal size.
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(rust_files.len());
    let mut shares: Vec<(usize, Vec<usize>)> = vec![(0, Vec::new()); workers];
    let mut by_size: Vec<usize> = (0..rust_files.len()).collect();
    by_size.sort_by_key(|&i| std::cmp::Reverse(rust_files[i].1.len()));
    for i in by_size {
        if let Some(lightest) = shares.iter_mut().min_by_key(|(size, _)| *size) {
            lightest.0 += rust_files[i].1.len();
            lightest.1.push(i);
        }
    }
    let formatted: Vec<Result<Vec<(usize, String)>, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .iter()
            .map(|(_, share)| scope.spawn(|| rustfmt_share(rust_files, share)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let mut all = Vec::with_capacity(rust_files.len());
    for share in formatted {
        all.extend(share?);
    }
    Ok(all)
}

/// Formats the files at `share` (indexes into `all`). Files without out-of-line modules are
/// written to a temporary directory and formatted by one rustfmt process; rustfmt would follow
/// a `mod x;` to its file, so the few files declaring modules (`lib.rs`, `apis/mod.rs`) are
/// formatted from standard input instead, where it does not.
fn rustfmt_share(
    all: &[(String, String)],
    share: &[usize],
) -> Result<Vec<(usize, String)>, String> {
    let (roots, leaves): (Vec<usize>, Vec<usize>) =
        share.iter().partition(|&&i| declares_modules(&all[i].1));
    // rustfmt runs in an empty directory, so no configuration of the surroundings applies.
    let dir = tempfile::Builder::new()
        .prefix("specmint-rustfmt-")
        .tempdir_in(scratch_dir())
        .map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    let (joinable, separate): (Vec<usize>, Vec<usize>) =
        leaves.iter().partition(|&&i| joinable(&all[i].1));
    let paths = write_separate(dir.path(), all, &separate)?;
    let marker = format!("// specmint-rustfmt-part-{}-", std::process::id());
    let joined = write_joined(dir.path(), all, &joinable, &marker)?;
    let all_paths: Vec<&PathBuf> = paths.iter().chain(joined.iter().map(|(p, _)| p)).collect();
    // The leaves' process runs while the roots go through standard input one by one.
    let batch = if all_paths.is_empty() {
        None
    } else {
        Some(
            rustfmt_command()
                .args(&all_paths)
                .current_dir(dir.path())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .map_err(|e| format!("cannot run rustfmt: {e}"))?,
        )
    };
    let mut formatted = Vec::with_capacity(share.len());
    let roots_formatted: Result<(), String> = roots.iter().try_for_each(|&i| {
        formatted.push((i, rustfmt_stdin(&all[i].1, &all[i].0, dir.path())?));
        Ok(())
    });
    if let Some(batch) = batch {
        let output = batch
            .wait_with_output()
            .map_err(|e| format!("cannot run rustfmt: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "rustfmt failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
    }
    roots_formatted?;
    formatted.extend(read_separate(&separate, &paths)?);
    formatted.extend(read_joined(&joined, &marker)?);
    Ok(formatted)
}

/// Writes each file of `separate` under its own path in `dir`.
fn write_separate(
    dir: &Path,
    all: &[(String, String)],
    separate: &[usize],
) -> Result<Vec<PathBuf>, String> {
    let mut paths = Vec::with_capacity(separate.len());
    for &i in separate {
        let path = dir.join(&all[i].0);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, &all[i].1)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        paths.push(path);
    }
    Ok(paths)
}

/// Small files are formatted joined into larger ones, each file after a marker line: rustfmt's
/// cost per file is most of what a twenty-line example takes, and it formats top-level items
/// one by one, so each part comes out as it would on its own.
fn write_joined(
    dir: &Path,
    all: &[(String, String)],
    joinable: &[usize],
    marker: &str,
) -> Result<Vec<(PathBuf, Vec<usize>)>, String> {
    let mut joined = Vec::new();
    for group in joinable.chunks(JOINED_FILES) {
        let mut text = String::new();
        for &i in group {
            text.push_str(&format!("{marker}{i}\n"));
            text.push_str(all[i].1.trim_end());
            text.push('\n');
        }
        let path = dir.join(format!("joined-{}.rs", joined.len()));
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        joined.push((path, group.to_vec()));
    }
    Ok(joined)
}

fn read_separate(separate: &[usize], paths: &[PathBuf]) -> Result<Vec<(usize, String)>, String> {
    separate
        .iter()
        .zip(paths)
        .map(|(&i, path)| {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Ok((i, text))
        })
        .collect()
}

/// Cuts the formatted joined files back into their parts, checking that none went missing.
fn read_joined(
    joined: &[(PathBuf, Vec<usize>)],
    marker: &str,
) -> Result<Vec<(usize, String)>, String> {
    let mut formatted = Vec::new();
    for (path, members) in joined {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let parts = split_joined(&text, marker);
        if parts.iter().map(|(i, _)| *i).ne(members.iter().copied()) {
            return Err(format!(
                "internal error: rustfmt did not keep the parts of {} apart",
                path.display()
            ));
        }
        formatted.extend(parts);
    }
    Ok(formatted)
}

/// How many small files are formatted as one.
const JOINED_FILES: usize = 200;

/// Files with fewer lines than this are formatted joined with others.
const JOINABLE_LINES: usize = 200;

/// Whether a file can be formatted joined with others: small, and without inner attributes or
/// inner doc comments, which may only open a file.
fn joinable(text: &str) -> bool {
    text.lines().count() < JOINABLE_LINES
        && !text.lines().any(|line| {
            let line = line.trim_start();
            line.starts_with("#![") || line.starts_with("//!")
        })
}

/// The parts of a joined file, by the index each marker line names, each ending in one newline
/// as rustfmt ends a file.
fn split_joined(text: &str, marker: &str) -> Vec<(usize, String)> {
    let mut parts: Vec<(usize, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        match line
            .strip_prefix(marker)
            .and_then(|rest| rest.trim_end().parse().ok())
        {
            Some(index) => parts.push((index, String::new())),
            None => {
                if let Some((_, part)) = parts.last_mut() {
                    part.push_str(line);
                }
            }
        }
    }
    for (_, part) in &mut parts {
        let end = part.trim_end().len();
        part.truncate(end);
        part.push('\n');
    }
    parts
}

/// Where rustfmt's copies of the files go: a memory-backed directory when the system has one
/// (`$XDG_RUNTIME_DIR`, else `/dev/shm`), as they live for a moment only and creating and
/// deleting thousands of files on a disk file system costs more than formatting them; else the
/// temporary directory.
fn scratch_dir() -> PathBuf {
    let memory_backed = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .into_iter()
        .chain([PathBuf::from("/dev/shm")])
        .find(|dir| {
            std::fs::metadata(dir).is_ok_and(|m| m.is_dir() && !m.permissions().readonly())
        });
    memory_backed.unwrap_or_else(std::env::temp_dir)
}

/// Whether a file declares a module whose body lives in another file (`mod x;`).
fn declares_modules(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim_start();
        let line = line
            .strip_prefix("pub(crate) ")
            .or_else(|| line.strip_prefix("pub "))
            .unwrap_or(line);
        line.strip_prefix("mod ")
            .is_some_and(|rest| rest.trim_end().ends_with(';'))
    })
}

/// rustfmt for Rust 2021, from the `RUSTFMT` environment variable as for cargo, or from `PATH`.
fn rustfmt_command() -> std::process::Command {
    let mut command = std::process::Command::new(rustfmt_binary());
    command.args(["--edition", "2021"]);
    command
}

/// The rustfmt binary, found once per process. `rustfmt` on `PATH` is usually rustup's proxy,
/// which chooses a toolchain on every start; asking rustup once for the binary it would run
/// spares that on each of a run's rustfmt processes. rustup resolves it from a neutral
/// directory, as the processes run in one, so a toolchain file of the surroundings applies to
/// neither.
fn rustfmt_binary() -> &'static std::ffi::OsStr {
    static BINARY: std::sync::OnceLock<std::ffi::OsString> = std::sync::OnceLock::new();
    BINARY.get_or_init(|| {
        if let Some(binary) = std::env::var_os("RUSTFMT") {
            return binary;
        }
        std::process::Command::new("rustup")
            .args(["which", "rustfmt"])
            .current_dir(std::env::temp_dir())
            .stderr(std::process::Stdio::null())
            .output()
            .ok()
            .filter(|out| out.status.success())
            .and_then(|out| String::from_utf8(out.stdout).ok())
            .map(|path| PathBuf::from(path.trim()))
            .filter(|path| path.is_file())
            .map_or_else(|| "rustfmt".into(), std::ffi::OsString::from)
    })
}

/// Formats one file's text through rustfmt's standard input.
fn rustfmt_stdin(text: &str, file: &str, dir: &Path) -> Result<String, String> {
    use std::io::Write;
    let mut child = rustfmt_command()
        .args(["--emit", "stdout"])
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| "cannot write to rustfmt".to_string())?;
    // Written from a thread of its own, so a large file cannot fill both pipes at once.
    let input = text.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    let written = writer
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    if !output.status.success() {
        return Err(format!(
            "rustfmt failed on {file}: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    written.map_err(|e| format!("cannot write {file} to rustfmt: {e}"))?;
    String::from_utf8(output.stdout).map_err(|e| format!("rustfmt wrote invalid UTF-8: {e}"))
}
