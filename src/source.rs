//! A source file's identity: which files a path holds (folders walked in a stable order), the
//! key its articles are stored under (its absolute path), the identity `KEY#N` of its Nth
//! record, its stamp (size, modification time, content hash) and whether it changed since it was
//! indexed, and its bytes, read within the size limit.

use std::fs::Metadata;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use crate::problem::Fault;

/// What identifies the version of a file: a file whose stamp is unchanged is not read again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct FileStamp {
    pub size: u64,
    /// Modification time, nanoseconds since the epoch.
    pub mtime: u64,
    /// xxh3 hash of the content (0 until the content is read).
    pub hash: u64,
}

impl FileStamp {
    /// The size and time of a file, its content not yet read.
    fn of(meta: &Metadata) -> FileStamp {
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as u64);
        FileStamp {
            size: meta.len(),
            mtime,
            hash: 0,
        }
    }

    /// Whether a file of this size and time is the version `indexed` stamped, unread: a file
    /// touched but not changed is only known to be the same once its content is hashed
    /// ([`FileStamp::with_content`]).
    pub(crate) fn unchanged_since(&self, indexed: &FileStamp) -> bool {
        self.size == indexed.size && self.mtime == indexed.mtime
    }

    /// The stamp of the file whose content is `bytes`.
    pub(crate) fn with_content(self, bytes: &[u8]) -> FileStamp {
        FileStamp {
            size: bytes.len() as u64,
            hash: xxhash_rust::xxh3::xxh3_64(bytes),
            ..self
        }
    }
}

/// A file found by a walk.
#[derive(Debug, Clone)]
pub(crate) struct SourceFile {
    pub path: PathBuf,
    /// The key its articles are stored under.
    pub key: String,
    /// Its size and time (the content is not read yet).
    pub stamp: FileStamp,
    /// The path was given itself, not found in a folder.
    pub given: bool,
}

/// What a walk meets.
pub(crate) enum Walked {
    File(SourceFile),
    /// A path that cannot be walked or looked at.
    Failed(PathBuf, Fault),
}

/// The key under which a file's articles are stored: its absolute path.
pub(crate) fn file_key(path: &Path) -> String {
    let abs = std::fs::canonicalize(path)
        .unwrap_or_else(|_| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
    abs.to_string_lossy().into_owned()
}

/// The identity of an article: its file's key, plus `#N` for the Nth record of a file of many.
pub(crate) fn record_id(key: &str, position: Option<usize>) -> String {
    match position {
        Some(n) => format!("{key}#{n}"),
        None => key.to_string(),
    }
}

/// The file key of a record identity `KEY#N`, or `None` for an identity without a record number.
pub(crate) fn file_of_record(id: &str) -> Option<&str> {
    let (file, n) = id.rsplit_once('#')?;
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then_some(file)
}

/// Whether the file whose key is `key` is `root` or lies under it (`root` a key too).
pub(crate) fn is_under(key: &str, root: &str) -> bool {
    key == root
        || key
            .strip_prefix(root)
            .is_some_and(|rest| rest.starts_with(std::path::MAIN_SEPARATOR))
}

/// The identity a user means by a path (`show PATH`): the key of its file, or of its record when
/// it is `FILE#N` and no file of that name exists.
pub(crate) fn id_of_argument(path: &Path) -> String {
    let text = path.to_string_lossy();
    if !path.exists() {
        if let Some(file) = file_of_record(&text) {
            let n = &text[file.len() + 1..];
            return format!("{}#{n}", file_key(Path::new(file)));
        }
    }
    file_key(path)
}

/// Which files of the folders given a walk meets, as rg and fd choose them: not the files that
/// `.ignore`, `.gitignore` (in a git repository) and `.git/info/exclude` leave out, unless
/// `no_ignore`; not hidden files and folders (names that start with a dot), unless `hidden`; not
/// those that match an `exclude` glob. A path given itself is always met.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Globs of files and folders to leave out, as in a `.gitignore` file (`README.TXT`,
    /// `drafts/`, `*.md`), matched below each path given.
    pub exclude: Vec<String>,
    /// Read the files ignore files leave out.
    pub no_ignore: bool,
    /// Read hidden files and folders.
    pub hidden: bool,
}

impl Selection {
    /// Why a glob given to `--exclude` is not one, or `None` when it is.
    pub(crate) fn glob_error(glob: &str) -> Option<String> {
        let mut b = ignore::overrides::OverrideBuilder::new("/");
        b.add(&format!("!{glob}"))
            .err()
            .map(|e| format!("invalid glob {glob:?}: {}", glob_reason(&e)))
    }

    /// The overrides that leave out the `exclude` globs below `root`.
    fn overrides(&self, root: &Path) -> Option<ignore::overrides::Override> {
        if self.exclude.is_empty() {
            return None;
        }
        let mut b = ignore::overrides::OverrideBuilder::new(root);
        for glob in &self.exclude {
            // Checked when the command line was read.
            b.add(&format!("!{glob}")).ok()?;
        }
        b.build().ok()
    }
}

/// What is wrong with a glob, without the glob repeated.
fn glob_reason(e: &ignore::Error) -> String {
    match e {
        ignore::Error::Glob { err, .. } => err.clone(),
        e => e.to_string(),
    }
}

/// The files under `root` (itself, when it is a file) that `selection` picks, in a stable order
/// (by name), following symbolic links; or a path that could not be walked, and why.
pub(crate) fn files_under<'a>(
    root: &'a Path,
    selection: &Selection,
) -> impl Iterator<Item = Result<PathBuf, (PathBuf, Fault)>> + 'a {
    let mut builder = ignore::WalkBuilder::new(root);
    let use_ignores = !selection.no_ignore;
    builder
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b))
        .hidden(!selection.hidden)
        .parents(use_ignores)
        .ignore(use_ignores)
        .git_ignore(use_ignores)
        .git_global(use_ignores)
        .git_exclude(use_ignores);
    if let Some(overrides) = selection.overrides(root) {
        builder.overrides(overrides);
    }
    builder.build().filter_map(move |entry| match entry {
        Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => Some(Ok(e.into_path())),
        Ok(_) => None,
        Err(e) => {
            let path = error_path(&e).unwrap_or(root).to_path_buf();
            Some(Err((path, walk_fault(&e))))
        }
    })
}

/// The path a walk's error is about.
fn error_path(e: &ignore::Error) -> Option<&Path> {
    match e {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child),
        _ => None,
    }
}

/// Why a path could not be walked.
fn walk_fault(e: &ignore::Error) -> Fault {
    let mut inner = e;
    while let ignore::Error::WithPath { err, .. }
    | ignore::Error::WithDepth { err, .. }
    | ignore::Error::WithLineNumber { err, .. } = inner
    {
        inner = err;
    }
    match inner {
        ignore::Error::Loop { .. } => Fault::LinkLoop,
        ignore::Error::Io(io) if io.kind() == std::io::ErrorKind::NotFound => Fault::BrokenLink,
        ignore::Error::Io(io) => Fault::Io(io.to_string()),
        other => Fault::Io(other.to_string()),
    }
}

/// Walk `paths` in a stable order, telling `each` about every file met (with its key and stamp)
/// and every path that cannot be walked, until it returns `false`. A file met twice (a file and
/// its folder given, a folder given twice) is told once. Returns how many files were met (a
/// path that does not exist is none).
pub(crate) fn walk(
    paths: &[PathBuf],
    selection: &Selection,
    each: &mut dyn FnMut(Walked) -> bool,
) -> usize {
    let mut files = 0;
    let mut keys = std::collections::HashSet::new();
    for root in paths {
        if std::fs::symlink_metadata(root).is_err() {
            if !each(Walked::Failed(root.clone(), Fault::Missing)) {
                return files;
            }
            continue;
        }
        // Keys are the canonical root joined with the path below it: one canonicalisation per
        // root, not per file.
        let canonical_root = PathBuf::from(file_key(root));
        for file in files_under(root, selection) {
            let walked = match file {
                Ok(path) => {
                    let (key, given) = match path.strip_prefix(root) {
                        Ok(rel) if rel.as_os_str().is_empty() => {
                            (canonical_root.to_string_lossy().into_owned(), true)
                        }
                        Ok(rel) => (
                            canonical_root.join(rel).to_string_lossy().into_owned(),
                            false,
                        ),
                        Err(_) => (file_key(&path), false),
                    };
                    if !keys.insert(key.clone()) {
                        continue;
                    }
                    match std::fs::metadata(&path) {
                        Ok(meta) => Walked::File(SourceFile {
                            stamp: FileStamp::of(&meta),
                            path,
                            key,
                            given,
                        }),
                        Err(e) => Walked::Failed(path, e.into()),
                    }
                }
                Err((path, fault)) => Walked::Failed(path, fault),
            };
            files += 1;
            if !each(walked) {
                return files;
            }
        }
    }
    files
}

/// The bytes of a file whose size the walk saw, or why they are not read: a file larger than
/// `limit` is not. One `open` and reads into a buffer of the size seen (`std::fs::read` would
/// ask the system for the size again), stopping one byte past `limit` in case the file grew.
pub(crate) fn read_within(file: &SourceFile, limit: u64) -> Result<Vec<u8>, Fault> {
    use std::io::Read;
    let too_large = Fault::TooLarge { limit };
    if file.stamp.size > limit {
        return Err(too_large);
    }
    let f = std::fs::File::open(&file.path)?;
    let cap = usize::try_from(file.stamp.size.min(limit).saturating_add(1)).unwrap_or(usize::MAX);
    let mut bytes = Vec::with_capacity(cap);
    f.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large);
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_identities() {
        let cases = [
            ("/a/feed.jsonl#3", Some("/a/feed.jsonl")),
            ("/a/feed.jsonl", None),
            ("/a/#notes.txt", None),
            ("/a/feed.jsonl#", None),
            ("/a/feed.jsonl#3x", None),
        ];
        for (input, want) in cases {
            assert_eq!(file_of_record(input), want, "{input:?}");
        }
        assert_eq!(record_id("/a/feed.jsonl", Some(3)), "/a/feed.jsonl#3");
        assert_eq!(record_id("/a/one.txt", None), "/a/one.txt");
    }

    #[test]
    fn walks_give_keys_stamps_and_faults() {
        let dir = tempfile::TempDir::new().expect("temp dir");
        let root = dir.path().canonicalize().expect("canonical");
        std::fs::create_dir(root.join("sub")).expect("mkdir");
        std::fs::write(root.join("sub/b.txt"), "bb").expect("write");
        std::fs::write(root.join("a.txt"), "a").expect("write");
        // The file given after its folder is met once.
        let paths = [root.clone(), root.join("a.txt"), root.join("gone")];
        let mut got = Vec::new();
        let files = walk(&paths, &Selection::default(), &mut |w| {
            got.push(match w {
                Walked::File(f) => format!("{} {} {}", f.key, f.stamp.size, f.given),
                Walked::Failed(p, fault) => format!("{} {fault}", p.display()),
            });
            true
        });
        let r = root.display();
        assert_eq!(
            got,
            [
                format!("{r}/a.txt 1 false"),
                format!("{r}/sub/b.txt 2 false"),
                format!("{r}/gone no such file or directory"),
            ]
        );
        assert_eq!(files, 2);
    }

    #[test]
    fn files_are_read_within_the_limit() {
        let dir = tempfile::TempDir::new().expect("temp dir");
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "12345").expect("write");
        let file = |size| SourceFile {
            path: path.clone(),
            key: String::new(),
            stamp: FileStamp {
                size,
                ..FileStamp::default()
            },
            given: true,
        };
        let cases = [
            (5, 5, Ok(b"12345".to_vec())),
            (5, 4, Err(Fault::TooLarge { limit: 4 })),
            // The file grew since the walk saw it.
            (3, 4, Err(Fault::TooLarge { limit: 4 })),
        ];
        for (size, limit, want) in cases {
            assert_eq!(read_within(&file(size), limit), want, "{size} {limit}");
        }
        let stamp = file(5).stamp.with_content(b"12345");
        assert_eq!(stamp.size, 5);
        assert_ne!(stamp.hash, 0);
        assert!(stamp.unchanged_since(&FileStamp { hash: 1, ..stamp }));
    }
}
