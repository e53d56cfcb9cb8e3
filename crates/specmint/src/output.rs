//! Generated file sets: written atomically (temp dir, then swap) or compared for `--check`.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// Files of one output directory, keyed by `/`-separated relative path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileSet {
    files: BTreeMap<String, String>,
    /// Rust files already in their final form, which rustfmt is not run on.
    formatted: std::collections::BTreeSet<String>,
}

impl FileSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, path: &str, contents: String) {
        self.formatted.remove(path);
        self.files.insert(path.to_string(), contents);
    }

    /// Adds a Rust file that is already formatted as rustfmt would leave it.
    pub fn insert_formatted(&mut self, path: &str, contents: String) {
        self.files.insert(path.to_string(), contents);
        self.formatted.insert(path.to_string());
    }

    /// Adds every file of `other`, keeping whether each was added as already formatted.
    pub fn extend(&mut self, other: FileSet) {
        for (path, contents) in other.files {
            if other.formatted.contains(&path) {
                self.formatted.insert(path.clone());
            } else {
                self.formatted.remove(&path);
            }
            self.files.insert(path, contents);
        }
    }

    /// Files made from `items` on all cores, one `(path, contents)` per item, in a set of their
    /// own. The set is the same whatever the order they were made in; when items fail, one of
    /// their errors is returned.
    pub fn par_build<T: Sync>(
        items: &[T],
        make: impl Fn(&T) -> Result<(String, String), String> + Sync + Send,
    ) -> Result<FileSet, String> {
        use rayon::prelude::*;
        let made: Vec<(String, String)> = items.par_iter().map(make).collect::<Result<_, _>>()?;
        let mut files = FileSet::new();
        for (path, contents) in made {
            files.insert(&path, contents);
        }
        Ok(files)
    }

    /// Whether the file at `path` was added as already formatted.
    pub fn is_formatted(&self, path: &str) -> bool {
        self.formatted.contains(path)
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Total number of lines over all files (a last line without a line break counts too),
    /// counted on all cores.
    pub fn lines(&self) -> usize {
        use rayon::prelude::*;
        let texts: Vec<&String> = self.files.values().collect();
        texts
            .par_iter()
            .map(|text| {
                let breaks = text.bytes().filter(|&b| b == b'\n').count();
                breaks + usize::from(!text.is_empty() && !text.ends_with('\n'))
            })
            .sum()
    }
}

/// One way a directory on disk differs from what would be generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    Missing(PathBuf),
    Changed {
        path: PathBuf,
        diff: String,
    },
    Extra(PathBuf),
    /// A staging folder that a killed run left beside the output.
    Leftover(PathBuf),
}

impl std::fmt::Display for Stale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stale::Missing(p) => write!(f, "missing: {}", p.display()),
            Stale::Changed { path, .. } => write!(f, "changed: {}", path.display()),
            Stale::Extra(p) => write!(f, "no longer generated: {}", p.display()),
            Stale::Leftover(p) => write!(
                f,
                "left by an interrupted run (the next `specmint generate` removes it): {}",
                p.display()
            ),
        }
    }
}

/// Every file below `dir`, as `/`-separated relative paths. Build output (`target/`) is skipped.
fn existing_files(dir: &Path) -> io::Result<BTreeMap<String, PathBuf>> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                if entry.file_name() != "target" {
                    stack.push(path);
                }
            } else if let Ok(rel) = path.strip_prefix(dir) {
                let key = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.insert(key, path);
            }
        }
    }
    Ok(out)
}

/// Compares `dir` with `files`; an empty result means it is up to date.
pub fn compare(dir: &Path, files: &FileSet) -> io::Result<Vec<Stale>> {
    let existing = existing_files(dir)?;
    let mut stale = Vec::new();
    for (rel, wanted) in files.iter() {
        let path = dir.join(rel);
        match existing.get(rel) {
            None => stale.push(Stale::Missing(path)),
            Some(p) => {
                let actual = std::fs::read(p)?;
                if actual != wanted.as_bytes() {
                    let actual = String::from_utf8_lossy(&actual);
                    let diff = similar::TextDiff::from_lines(actual.as_ref(), wanted)
                        .unified_diff()
                        .context_radius(2)
                        .header(
                            &format!("{} (on disk)", path.display()),
                            &format!("{} (generated)", path.display()),
                        )
                        .to_string();
                    stale.push(Stale::Changed { path, diff });
                }
            }
        }
    }
    for (rel, path) in existing {
        if files.get(&rel).is_none() {
            stale.push(Stale::Extra(path));
        }
    }
    stale.extend(leftovers(dir)?.into_iter().map(Stale::Leftover));
    Ok(stale)
}

/// Staging folders are named `<prefix><output folder name>-<random>` beside the output folder.
const NEW_PREFIX: &str = ".specmint-new-";
const OLD_PREFIX: &str = ".specmint-old-";

fn parent_of(dir: &Path) -> PathBuf {
    match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The staging folders that killed runs left beside `dir` (beside any output folder that
/// shares its parent), sorted.
pub fn leftovers(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let entries = match std::fs::read_dir(parent_of(dir)) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with(NEW_PREFIX) || name.starts_with(OLD_PREFIX)
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    Ok(found)
}

/// Removes what killed runs left beside `dir`. A run killed between moving the old output
/// aside and moving the new one in left the old one in `.specmint-old-<name>-*/previous`: it is
/// put back first, when nothing has taken its place.
fn clear_leftovers(dir: &Path) -> io::Result<()> {
    let parent = parent_of(dir);
    for path in leftovers(dir)? {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let owner = name
            .strip_prefix(OLD_PREFIX)
            .and_then(|rest| rest.rsplit_once('-'))
            .map(|(owner, _)| parent.join(owner));
        let previous = path.join("previous");
        if let Some(owner) = owner {
            if !owner.exists() && previous.is_dir() {
                std::fs::rename(&previous, &owner)?;
            }
        }
        std::fs::remove_dir_all(&path)?;
    }
    Ok(())
}

/// The name of an output folder, for its staging folders' names.
fn folder_name(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_string())
}

/// Writes `sets` (output directory → files) so that each directory ends up holding exactly its
/// files. Everything is written to temporary directories first; only when all are complete are
/// they swapped in, so a failure leaves the previous output intact.
///
/// A file the previous output already holds with the same contents is hard-linked into the
/// new directory rather than written again: it keeps its modification time, so cargo does
/// not rebuild a crate that a re-run left unchanged, and no new file is created for it.
pub fn write_all(sets: &[(PathBuf, &FileSet)]) -> io::Result<()> {
    use rayon::prelude::*;
    // What killed runs left goes first, before this run stages anything beside it.
    for (dir, _) in sets {
        std::fs::create_dir_all(parent_of(dir))?;
        clear_leftovers(dir)?;
    }
    let mut staged = Vec::new();
    for (dir, files) in sets {
        let parent = dir
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let temp = tempfile::Builder::new()
            .prefix(&format!("{NEW_PREFIX}{}-", folder_name(dir)))
            .tempdir_in(&parent)?;
        // Every directory once, before the files; then the files on all cores: creating
        // thousands of files is mostly the kernel's work, which runs on the calling thread.
        let folders: std::collections::BTreeSet<&str> = files
            .iter()
            .filter_map(|(rel, _)| rel.rsplit_once('/').map(|(folder, _)| folder))
            .collect();
        for folder in folders {
            std::fs::create_dir_all(temp.path().join(folder))?;
        }
        let entries: Vec<(&str, &str)> = files.iter().collect();
        entries.par_iter().try_for_each(|(rel, contents)| {
            let path = temp.path().join(rel);
            let old = dir.join(rel);
            let unchanged = std::fs::read(&old).is_ok_and(|text| text == contents.as_bytes());
            // A file system without hard links gets a copy written instead.
            if unchanged && std::fs::hard_link(&old, &path).is_ok() {
                return Ok(());
            }
            std::fs::write(&path, contents)
        })?;
        staged.push((dir.clone(), temp));
    }
    for (dir, temp) in staged {
        swap_in(&dir, temp)?;
    }
    Ok(())
}

/// Replaces `dir` with the staged directory. A `target/` inside the old directory is kept.
fn swap_in(dir: &Path, staged: tempfile::TempDir) -> io::Result<()> {
    let parent = dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    if dir.exists() {
        let old = tempfile::Builder::new()
            .prefix(&format!("{OLD_PREFIX}{}-", folder_name(dir)))
            .tempdir_in(&parent)?;
        let old_path = old.path().join("previous");
        std::fs::rename(dir, &old_path)?;
        let target = old_path.join("target");
        if target.is_dir() {
            std::fs::rename(&target, staged.path().join("target"))?;
        }
        std::fs::rename(staged.keep(), dir)?;
        drop(old);
    } else {
        std::fs::rename(staged.keep(), dir)?;
    }
    Ok(())
}

/// Writes one file atomically: to a temporary file next to it, then renamed over it. A file
/// that already holds `text` is left untouched.
pub fn write_file(path: &Path, text: &str) -> io::Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    io::Write::write_all(&mut temp, text.as_bytes())?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A value as a generated JSON file holds it: pretty-printed, ending in a newline.
pub fn pretty_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_replaces_and_compare_sees_changes() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("out");
        let mut first = FileSet::new();
        first.insert("a.txt", "one\n".into());
        first.insert("sub/b.txt", "two\n".into());
        write_all(&[(dir.clone(), &first)]).unwrap();
        assert!(compare(&dir, &first).unwrap().is_empty());

        let mut second = FileSet::new();
        second.insert("a.txt", "uno\n".into());
        let stale = compare(&dir, &second).unwrap();
        assert_eq!(stale.len(), 2, "{stale:?}");
        write_all(&[(dir.clone(), &second)]).unwrap();
        assert!(compare(&dir, &second).unwrap().is_empty());
        assert!(!dir.join("sub/b.txt").exists());
        // No temporary directories are left behind.
        let leftovers: Vec<_> = std::fs::read_dir(root.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
    }

    #[test]
    fn a_rewrite_keeps_unchanged_files_as_they_were() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("out");
        let mut first = FileSet::new();
        first.insert("same.rs", "fn same() {}\n".into());
        first.insert("changed.rs", "fn before() {}\n".into());
        write_all(&[(dir.clone(), &first)]).unwrap();
        // Both files look a day old, as after a build.
        let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(86_400);
        for name in ["same.rs", "changed.rs"] {
            let file = std::fs::File::options()
                .write(true)
                .open(dir.join(name))
                .unwrap();
            file.set_modified(day_ago).unwrap();
        }

        let mut second = FileSet::new();
        second.insert("same.rs", "fn same() {}\n".into());
        second.insert("changed.rs", "fn after() {}\n".into());
        write_all(&[(dir.clone(), &second)]).unwrap();
        assert!(compare(&dir, &second).unwrap().is_empty());
        let modified = |name: &str| {
            std::fs::metadata(dir.join(name))
                .unwrap()
                .modified()
                .unwrap()
        };
        assert_eq!(modified("same.rs"), day_ago);
        assert!(modified("changed.rs") > day_ago);
    }

    #[test]
    fn extend_keeps_whether_each_file_is_formatted() {
        let mut files = FileSet::new();
        files.insert_formatted("a.rs", "a".into());
        files.insert_formatted("b.rs", "b".into());
        let mut other = FileSet::new();
        other.insert("a.rs", "a2".into());
        other.insert_formatted("c.rs", "c".into());
        files.extend(other);
        assert_eq!(files.get("a.rs"), Some("a2"));
        assert!(!files.is_formatted("a.rs"));
        assert!(files.is_formatted("b.rs"));
        assert!(files.is_formatted("c.rs"));
        assert_eq!(files.len(), 3);
    }

    #[test]
    fn par_build_makes_one_file_per_item_or_keeps_an_error() {
        let items: Vec<usize> = (0..500).collect();
        let files =
            FileSet::par_build(&items, |i| Ok((format!("f{i:03}.txt"), i.to_string()))).unwrap();
        assert_eq!(files.len(), 500);
        assert_eq!(files.get("f042.txt"), Some("42"));
        let paths: Vec<&str> = files.iter().map(|(p, _)| p).collect();
        assert!(paths.windows(2).all(|w| w[0] < w[1]));
        let failed = FileSet::par_build(&items, |i| {
            if *i == 321 {
                Err("item 321 failed".to_string())
            } else {
                Ok((format!("f{i}"), String::new()))
            }
        });
        assert_eq!(failed, Err("item 321 failed".to_string()));
    }

    #[test]
    fn write_all_writes_nested_folders() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("out");
        let mut files = FileSet::new();
        for i in 0..50 {
            files.insert(&format!("d{}/e{}/f{i}.txt", i % 3, i % 5), format!("{i}\n"));
        }
        files.insert("top.txt", "top\n".into());
        write_all(&[(dir.clone(), &files)]).unwrap();
        assert!(compare(&dir, &files).unwrap().is_empty());
        assert_eq!(
            std::fs::read_to_string(dir.join("d1/e2/f7.txt")).unwrap(),
            "7\n"
        );
    }

    #[test]
    fn output_moved_aside_by_a_killed_run_is_put_back_before_the_next_write() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("client");
        // A run killed between its two renames: the old output moved aside, the new one
        // staged, nothing at `client`.
        let aside = root.path().join(".specmint-old-client-AbC123/previous");
        std::fs::create_dir_all(&aside).unwrap();
        std::fs::write(aside.join("kept.txt"), "same\n").unwrap();
        std::fs::create_dir_all(root.path().join(".specmint-new-client-XyZ789")).unwrap();
        let mut files = FileSet::new();
        files.insert("kept.txt", "same\n".into());
        assert_eq!(
            compare(&dir, &files).unwrap().len(),
            3,
            "missing file, two leftovers"
        );
        clear_leftovers(&dir).unwrap();
        assert!(leftovers(&dir).unwrap().is_empty());
        assert_eq!(
            std::fs::read_to_string(dir.join("kept.txt")).unwrap(),
            "same\n"
        );
        write_all(&[(dir.clone(), &files)]).unwrap();
        assert!(compare(&dir, &files).unwrap().is_empty());
    }

    #[test]
    fn lines_count_a_last_line_without_a_break() {
        let mut files = FileSet::new();
        files.insert("a", "one\ntwo\n".into());
        files.insert("b", "one\ntwo".into());
        files.insert("c", String::new());
        files.insert("d", "\n\n".into());
        let by_std: usize = files.iter().map(|(_, text)| text.lines().count()).sum();
        assert_eq!(files.lines(), 6);
        assert_eq!(files.lines(), by_std);
    }
}
