//! The Spark job (`examples/spark/newsdex_spark.py`) run for real, in Spark's local mode, over the
//! fixtures, the web archive fixture among them, a file that fails and a path that does not
//! exist. It needs pyspark: `NEWSDEX_SPARK_PYTHON` names the Python of a virtual environment
//! that has it (`.ci/run` makes one in target/spark-venv). Without it the test says so and
//! passes, unless `NEWSDEX_REQUIRE_SPARK=1`, when it fails.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The Python with pyspark, or `None` (after saying why) when the test is to be skipped.
fn spark_python() -> Option<PathBuf> {
    match std::env::var_os("NEWSDEX_SPARK_PYTHON") {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => {
            assert!(
                std::env::var("NEWSDEX_REQUIRE_SPARK").as_deref() != Ok("1"),
                "NEWSDEX_REQUIRE_SPARK=1 but NEWSDEX_SPARK_PYTHON names no Python with pyspark"
            );
            eprintln!(
                "tests/spark.rs: skipped: set NEWSDEX_SPARK_PYTHON to a Python with pyspark \
                 (.ci/run makes target/spark-venv) to run the Spark job"
            );
            None
        }
    }
}

fn repo(path: &str) -> PathBuf {
    std::fs::canonicalize(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("repo path")
}

/// The stdout of a command that must succeed (else its output is the test's failure: a Spark
/// job logs on both).
fn succeeded(cmd: &mut Command) -> String {
    let out = cmd.output().expect("the command runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// `python -c CODE ARGS...`, its stdout.
fn python(python: &Path, code: &str, args: &[&Path]) -> String {
    succeeded(Command::new(python).arg("-c").arg(code).args(args))
}

/// The job's own logic, without Spark (examples/spark/test_newsdex_spark.py).
#[test]
fn the_jobs_python_tests_pass() {
    let Some(py) = spark_python() else { return };
    succeeded(
        Command::new(&py)
            .args(["-m", "unittest", "discover", "-s"])
            .arg(repo("examples/spark"))
            .env("NEWSDEX_BIN", env!("CARGO_BIN_EXE_newsdex")),
    );
}

#[test]
fn spark_job_extracts_what_newsdex_does_and_its_records_index_like_the_files() {
    let Some(py) = spark_python() else { return };
    let work = tempfile::TempDir::new().expect("temp dir");
    let (fixtures, warc) = (repo("fixtures"), repo("tests/malformed/truncated.warc"));
    let missing = work.path().join("no-such-folder");
    let listing = work.path().join("listing.txt");
    std::fs::write(
        &listing,
        format!(
            "# the fixtures, a broken web archive, a path that does not exist\n{}\n{}\n{}\n",
            fixtures.display(),
            warc.display(),
            missing.display()
        ),
    )
    .expect("listing");
    let out_dir = work.path().join("out");
    let submit = py.with_file_name("spark-submit");
    let path = format!(
        "{}:{}",
        py.parent().expect("venv bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    succeeded(
        Command::new(&submit)
            .env("PATH", path)
            .env("PYSPARK_PYTHON", &py)
            .env("PYSPARK_DRIVER_PYTHON", &py)
            .args([
                "--master",
                "local[2]",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.sql.shuffle.partitions=4",
            ])
            .arg(repo("examples/spark/newsdex_spark.py"))
            .args(["--newsdex", env!("CARGO_BIN_EXE_newsdex")])
            .arg(&listing)
            .arg(&out_dir),
    );

    // What `newsdex extract` gives of the same files.
    let extract = common::newsdex(
        &work.path().join("unused"),
        &[
            "extract",
            "--json",
            "--quotes",
            &fixtures.to_string_lossy(),
            &warc.to_string_lossy(),
        ],
    );
    let mut want = (0, 0);
    for line in String::from_utf8_lossy(&extract.stdout).lines() {
        let v: Value = serde_json::from_str(line).expect("a record");
        match v["kind"].as_str() {
            Some("article") => want.0 += 1,
            Some("quote") => want.1 += 1,
            other => panic!("a record of kind {other:?}"),
        }
    }
    assert!(want.0 > 20 && want.1 > 50, "{want:?}");

    // The tables: rows, and the failures with their reasons.
    let tables = python(
        &py,
        "import json, sys, pyarrow.dataset as ds\n\
         t = {n: ds.dataset(sys.argv[1] + '/' + n, format='parquet', partitioning='hive').to_table()\n\
              for n in ('articles', 'quotes', 'failures')}\n\
         print(json.dumps({'articles': t['articles'].num_rows, 'quotes': t['quotes'].num_rows,\n\
             'ids': len(set(t['articles'].column('id').to_pylist())),\n\
             'months': sorted(set(m for m in t['articles'].column('month').to_pylist() if m)),\n\
             'failures': sorted([r['source'], r['status'], r['reason']] for r in t['failures'].to_pylist())}))",
        &[&out_dir],
    );
    let tables: Value = serde_json::from_str(&tables).expect("table figures");
    assert_eq!(
        (tables["articles"].as_u64(), tables["quotes"].as_u64()),
        (Some(want.0), Some(want.1)),
        "{tables}"
    );
    assert_eq!(tables["ids"].as_u64(), Some(want.0), "ids are unique");
    assert!(
        tables["months"].as_array().is_some_and(|m| m.len() > 3),
        "{tables}"
    );
    let failures: Vec<Vec<String>> =
        serde_json::from_value(tables["failures"].clone()).expect("failure rows");
    let reason_of = |source: &Path| {
        failures
            .iter()
            .find(|f| f[0] == source.to_string_lossy())
            .map(|f| (f[1].clone(), f[2].clone()))
    };
    assert_eq!(
        reason_of(&warc),
        Some((
            "failed".into(),
            "WARC record 5: Unexpected end of body.".into()
        )),
        "{failures:?}"
    );
    assert_eq!(
        reason_of(&missing),
        Some(("failed".into(), "no such file or directory".into())),
        "{failures:?}"
    );
    assert_eq!(
        reason_of(&fixtures.join("empty.txt")).map(|f| f.0),
        Some("skipped".into()),
        "{failures:?}"
    );
    assert_eq!(
        reason_of(&fixtures.join("not-an-article.png")).map(|f| f.0),
        Some("skipped".into()),
        "{failures:?}"
    );

    // The job's records, ingested, answer as the files ingested do.
    let (from_records, from_files) = (
        work.path().join("idx-records"),
        work.path().join("idx-files"),
    );
    let ingested = common::newsdex(
        &from_records,
        &["ingest", &out_dir.join("records").to_string_lossy()],
    );
    assert_eq!(
        ingested.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ingested.stderr)
    );
    let ingested = common::newsdex(
        &from_files,
        &[
            "ingest",
            &fixtures.to_string_lossy(),
            &warc.to_string_lossy(),
        ],
    );
    assert_eq!(ingested.status.code(), Some(2), "the broken archive fails");
    let (a, b) = (common::answers(&from_records), common::answers(&from_files));
    for ((query, got), (_, want)) in a.iter().zip(&b) {
        assert!(!want.is_empty(), "{query} finds nothing on the files");
        assert_eq!(got, want, "{query}");
    }
    // Every article alike, but for where the file was read from (Spark names it by its URI,
    // and its times in milliseconds).
    assert_eq!(
        common::exported(&from_records, &[], &["stamp", "path"]),
        common::exported(&from_files, &[], &["stamp", "path"])
    );
}
