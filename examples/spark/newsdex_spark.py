#!/usr/bin/env python3
"""newsdex on Apache Spark: extract the articles of many files (text, pages, JSON exports, web
archives) on a cluster, and write them as Parquet tables and as newsdex records.

In the style of Common Crawl's cc-pyspark jobs: the input is a text file listing the paths or URIs
of article files or WARC files, one a line (anything Spark's file systems read: local paths,
file://, hdfs://, s3a://, gs://, abfs://; folders are read recursively). Spark reads the files and
hands each task its share; the task writes them to its local disk and runs the newsdex binary,
shipped to the executors with the job, on them in batches (`newsdex extract --json --quotes`, one
process per batch). The job writes, under OUTPUT:

  articles/   Parquet, one row per article, partitioned by month of publication
  quotes/     Parquet, one row per quote, partitioned by month of publication
  failures/   Parquet, one row per file (or record of a file) that failed or was skipped, and why
  records/    newsdex article records (JSON Lines, gzip): `newsdex ingest OUTPUT/records` indexes
              them without extracting again
  summary/    one JSON object: what was read, what came out, how long it took

Article ids are the articles' sources and record numbers (`SOURCE#N`), so a task that Spark runs
again gives the same rows, and a job run again on the same input writes the same tables
(each table is replaced). See README.md beside this file.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

#: The version of newsdex's record format this job reads (src/record.schema.json).
RECORD_VERSION = 1

LOG = logging.getLogger("newsdex_spark")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# ---------------------------------------------------------------------------------------------
# Pure functions (no Spark): what the tasks and the driver compute, tested without a cluster.
# ---------------------------------------------------------------------------------------------


def read_listing(lines, base=None):
    """The paths of a listing: one a line, blank lines and `#` comments left out, a relative
    entry prefixed with `base` (as cc-pyspark's --input_base_url)."""
    paths = []
    for line in lines:
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if base and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", entry) and not entry.startswith("/"):
            entry = base.rstrip("/") + "/" + entry
        paths.append(entry)
    return paths


def source_of(spark_path):
    """An article's source as records name it: the local path for a file of the local file
    system (`file:/a%20b` is `/a b`), the URI as Spark names it for any other."""
    parts = urlsplit(spark_path)
    if parts.scheme == "file":
        return unquote(parts.path)
    if parts.scheme == "":
        return spark_path
    return spark_path


def local_name(spark_path):
    """The name a file gets on the task's disk: its own name, with characters other than
    letters, digits, `.`, `-` and `_` replaced, so that newsdex tells its format (by extension)
    as it would the original, and the name never needs escaping."""
    name = unquote(urlsplit(spark_path).path.rstrip("/").rsplit("/", 1)[-1]) or "file"
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)


#: The start of every line newsdex writes: its version and kind (serde writes the keys in order).
_HEAD = re.compile(r'^\{"newsdex":(\d+),"kind":"([a-z]+)"')
_SOURCE = re.compile(r'"source":"([^"\\]*)"')
_FILE = re.compile(r"/(\d{6})-[A-Za-z0-9._-]*$")


def split_records(stdout, batch_dir):
    """The records newsdex printed for a batch: (kind, file number, line) for each, the file
    number read from the record's source (`BATCH/000012-name`)."""
    out = []
    for line in stdout.splitlines():
        if not line.strip():
            continue
        head = _HEAD.match(line)
        if head is None:
            raise ValueError(f"newsdex printed a line that is no record: {line[:120]!r}")
        version, kind = int(head.group(1)), head.group(2)
        if version != RECORD_VERSION:
            raise ValueError(
                f"newsdex writes records of format version {version}; this job reads "
                f"version {RECORD_VERSION}: use the job of the same newsdex release"
            )
        source = _SOURCE.search(line)
        number = _FILE.search(source.group(1)) if source else None
        if number is None or not source.group(1).startswith(batch_dir):
            raise ValueError(f"a record whose source is not a file of the batch: {line[:160]!r}")
        out.append((kind, int(number.group(1)), line))
    return out


def parse_problems(stderr, batch_dir, names):
    """The problems newsdex told on stderr for a batch, as (file number, line or None, status,
    reason), status "failed" or "skipped"; lines about no file of the batch are returned apart.
    `names` maps each file number to its name in the batch."""
    problems, other = [], []
    prefix = f"newsdex: {batch_dir}/"
    for text in stderr.splitlines():
        if not text.startswith(prefix):
            if text.strip():
                other.append(text)
            continue
        rest = text[len(prefix):]
        number = rest[:6]
        if not number.isdigit() or int(number) not in names:
            other.append(text)
            continue
        n = int(number)
        rest = rest[7 + len(names[n]):]  # past "000012-name"
        line_no = re.match(r"^:(\d+): (.*)$", rest)
        if line_no:
            problems.append((n, int(line_no.group(1)), "failed", line_no.group(2)))
        elif rest.startswith(": skipped: "):
            problems.append((n, None, "skipped", rest[len(": skipped: "):]))
        elif rest.startswith(": "):
            problems.append((n, None, "failed", rest[2:]))
        else:
            other.append(text)
    return problems, other


# ---------------------------------------------------------------------------------------------
# The task: run newsdex on a share of the files.
# ---------------------------------------------------------------------------------------------


@dataclass
class TaskConfig:
    """What every task needs to know, shipped with the job."""

    binary: str
    temp_dir: str | None = None
    batch_files: int = 500
    batch_bytes: int = 64 << 20
    timeout: float = 600.0
    max_file_size: int = 1 << 30
    warc_piece_bytes: int = 64 << 20


@dataclass
class File:
    """A file of the input, as Spark read it."""

    spark_path: str
    mtime_ms: int | None
    content: bytes
    #: For a piece of a web archive cut at record boundaries (see `warc_pieces`): how many
    #: records of the archive come before it. None for a whole file.
    records_before: int | None = None
    #: The last piece of an archive (or a whole file).
    last: bool = True


@dataclass
class Ran:
    """What a newsdex run over a batch gave."""

    records: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    other: list = field(default_factory=list)


def newsdex_binary(config):
    """The path of the newsdex binary on this executor: a file shipped with the job (found
    through SparkFiles), or a path on the executors' own disk (`local:///opt/newsdex`)."""
    if config.binary.startswith("local://"):
        return config.binary[len("local://"):]
    from pyspark import SparkFiles

    path = SparkFiles.get(os.path.basename(urlsplit(config.binary).path) or config.binary)
    if not os.path.exists(path) and os.path.exists(os.path.basename(path)):
        path = os.path.abspath(os.path.basename(path))  # shipped into the working folder (YARN)
    if not os.access(path, os.X_OK):
        try:
            os.chmod(path, 0o755)
        except OSError:  # a read-only copy: make one that may run
            runnable = os.path.join(tempfile.mkdtemp(prefix="newsdex-bin-", dir=config.temp_dir),
                                    "newsdex")
            shutil.copyfile(path, runnable)
            os.chmod(runnable, 0o755)
            path = runnable
    return path


def run_newsdex(binary, files, config):
    """Run newsdex over `files`, written to a batch folder of the task's disk as
    `000012-NAME` (one folder, few file system operations); raise subprocess errors (crash,
    time-out) to the caller."""
    batch_dir = tempfile.mkdtemp(prefix="newsdex-batch-", dir=config.temp_dir)
    try:
        names = {}
        for n, f in enumerate(files):
            names[n] = local_name(f.spark_path)
            with open(os.path.join(batch_dir, f"{n:06d}-{names[n]}"), "wb") as out:
                out.write(f.content)
        # The folder's real path, as newsdex names the records' sources.
        real_dir = os.path.realpath(batch_dir)
        # One thread: a task has one core, and Spark runs tasks side by side.
        proc = subprocess.run(
            [binary, "extract", "--json", "--quotes", "--jobs", "1",
             "--max-file-size", str(config.max_file_size), batch_dir],
            capture_output=True,
            timeout=config.timeout,
            check=False,
        )
        # 0: articles found, 1: none, 2: some files failed (told on stderr).
        if proc.returncode not in (0, 1, 2):
            raise subprocess.CalledProcessError(proc.returncode, binary, proc.stdout, proc.stderr)
        stderr = proc.stderr.decode("utf-8", "replace")
        problems, other = parse_problems(stderr, batch_dir, names)
        ran = Ran(split_records(proc.stdout.decode("utf-8"), real_dir), problems, other)
        if proc.returncode == 2 and not ran.problems:
            raise subprocess.CalledProcessError(proc.returncode, binary, proc.stdout, proc.stderr)
        return ran
    finally:
        shutil.rmtree(batch_dir, ignore_errors=True)


def crash_reason(error):
    """A failed run of newsdex, in words."""
    if isinstance(error, subprocess.TimeoutExpired):
        return f"newsdex took longer than {error.timeout:.0f} s (--timeout) on this file"
    code = error.returncode
    tail = (error.stderr or b"").decode("utf-8", "replace").strip().splitlines()[-1:]
    what = f"killed by signal {-code}" if code < 0 else f"exit status {code}"
    return f"newsdex failed ({what}){': ' + tail[0] if tail else ''}"


def extract_batch(binary, files, config):
    """Rows of the batch: (kind, source, spark path, mtime in ms, JSON) for each record and each
    problem. A batch whose run crashes or times out is run again file by file, so that one
    poisonous file is listed as a failure and the others are read."""
    rows = []
    # A hidden file is no article, as newsdex's own walk has it.
    hidden = [f for f in files if local_name(f.spark_path).startswith(".")]
    for f in hidden:
        rows.append(problem_row(f, None, "skipped", "not an article format"))
    files = [f for f in files if not local_name(f.spark_path).startswith(".")]
    if not files:
        return rows
    try:
        runs = [(files, run_newsdex(binary, files, config))]
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        if len(files) == 1:
            runs = [(files, error)]
        else:
            LOG.warning("newsdex failed on a batch of %d files (%s); running them one by one",
                        len(files), crash_reason(error))
            runs = []
            for f in files:
                try:
                    runs.append(([f], run_newsdex(binary, [f], config)))
                except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
                    runs.append(([f], e))
    for batch, ran in runs:
        if not isinstance(ran, Ran):
            f = batch[0]
            rows.append(problem_row(f, None, "failed", crash_reason(ran)))
            continue
        for line in ran.other:
            LOG.warning("newsdex: %s", line)
        told = set()
        for n, line, status, reason in ran.problems:
            told.add(n)
            # A piece of an archive without articles says nothing of the archive (below).
            piece = status == "skipped" and batch[n].records_before is not None
            rows.append(problem_row(batch[n], line, status, reason, piece))
        seen = set()
        for kind, n, line in ran.records:
            f = batch[n]
            seen.add(n)
            rows.append((kind, source_of(f.spark_path), f.spark_path, f.mtime_ms,
                         f.records_before, line))
        for n, f in enumerate(batch):
            if n not in seen and n not in told:
                # A folder's file that is no article format: newsdex reads it no further.
                rows.append(problem_row(f, None, "skipped", "not an article format",
                                        f.records_before is not None))
    return rows


def whole_archives(rows_of_batches):
    """The rows of the batches, with the skips of an archive's pieces made one skip of the
    archive when none of its pieces held an article, and dropped when one did."""
    had_articles, skip = {}, {}
    for files, rows in rows_of_batches:
        for row in rows:
            kind, path = row[0], row[2]
            if kind == "piece-skipped":
                skip.setdefault(path, row)
                continue
            if kind == "article":
                had_articles[path] = True
            yield row
        for f in files:
            if f.records_before is not None and f.last:
                row = skip.pop(f.spark_path, None)
                if row is not None and not had_articles.pop(f.spark_path, False):
                    yield ("skipped",) + row[1:]
                had_articles.pop(f.spark_path, None)


def problem_row(f, line, status, reason, piece=False):
    """The row of a file (or record) that failed or was skipped (of kind "piece-skipped" for a
    piece of an archive, see `whole_archives`); a web archive's record named in the reason is
    numbered in the whole archive, not in the piece newsdex read."""
    if f.records_before:
        reason = re.sub(r"^WARC record (\d+)",
                        lambda m: f"WARC record {int(m.group(1)) + f.records_before}", reason)
    problem = {"line": line, "status": status, "reason": reason}
    kind = "piece-skipped" if piece else status
    return (kind, source_of(f.spark_path), f.spark_path, f.mtime_ms, None, json.dumps(problem))


def batches(rows, config):
    """Group a task's files into batches of at most `batch_files` files and about
    `batch_bytes` bytes (a larger file is a batch of its own)."""
    batch, size = [], 0
    for row in rows:
        for f in pieces_of(File(row.path, row.mtime_ms, row.content or b""), config):
            if batch and (len(batch) >= config.batch_files
                          or size + len(f.content) > config.batch_bytes):
                yield batch
                batch, size = [], 0
            batch.append(f)
            size += len(f.content)
    if batch:
        yield batch


def pieces_of(f, config):
    """A file as newsdex reads it: whole, or, for a web archive larger than `warc_piece_bytes`,
    in pieces cut at record boundaries (newsdex reads a file whole, and inflates at most 1 GiB
    of it)."""
    name = local_name(f.spark_path).lower()
    if len(f.content) <= config.warc_piece_bytes or not name.endswith((".warc", ".warc.gz")):
        yield f
        return
    view = memoryview(f.content)
    cuts = warc_pieces(view, config.warc_piece_bytes)
    for n, (before, start, end) in enumerate(cuts):
        yield File(f.spark_path, f.mtime_ms, view[start:end], before, n == len(cuts) - 1)


def _records_in(data):
    """How many whole WARC records `data` holds, or None when it is not a series of whole
    records (each: a header block, Content-Length bytes, blank lines)."""
    n, pos = 0, 0
    while pos < len(data):
        if data[pos:pos + 5] != b"WARC/":
            return None
        head_end = data.find(b"\r\n\r\n", pos)
        if head_end < 0:
            return None
        length = re.search(rb"(?im)^content-length:[ \t]*(\d+)", data[pos:head_end])
        if length is None:
            return None
        pos = head_end + 4 + int(length.group(1))
        if pos > len(data):
            return None
        while pos < len(data) and data[pos] in b"\r\n":
            pos += 1
        n += 1
    return n


def warc_pieces(data, piece_bytes):
    """Where to cut a web archive into pieces of about `piece_bytes`: (records before the
    piece, start, end) of each. A gzipped archive is cut between gzip members (Common Crawl's
    hold a record each), a plain one between records. From the first member or record that
    cannot be told apart, the rest is one piece, for newsdex to read and report."""
    pieces, start, records, before = [], 0, 0, 0
    pos = 0
    gzipped = bytes(data[:2]) == b"\x1f\x8b"
    block = 1 << 16
    while pos < len(data):
        if gzipped:
            d = zlib.decompressobj(31)
            out, at = [], pos
            try:
                while not d.eof and at < len(data):
                    out.append(d.decompress(data[at:at + block]))
                    at = min(at + block, len(data))
            except zlib.error:
                break
            if not d.eof:
                break
            end = at - len(d.unused_data)
            count = _records_in(b"".join(out))
        else:
            head_end = bytes(data[pos:pos + 65536]).find(b"\r\n\r\n")
            length = re.search(rb"(?im)^content-length:[ \t]*(\d+)",
                               bytes(data[pos:pos + max(head_end, 0)]))
            if not bytes(data[pos:pos + 5]) == b"WARC/" or head_end < 0 or length is None:
                break
            end = pos + head_end + 4 + int(length.group(1))
            while end < len(data) and data[end] in b"\r\n":
                end += 1
            count = 1 if end <= len(data) else None
        if count is None:
            break
        pos, records = end, records + count
        if pos - start >= piece_bytes:
            pieces.append((before, start, pos))
            start, before = pos, records
    if start < len(data):
        pieces.append((before, start, len(data)))
    return pieces


def extract_partition(rows, config):
    """The task: every file of its share through newsdex, in batches."""
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    binary = newsdex_binary(config)
    yield from whole_archives((batch, extract_batch(binary, batch, config))
                              for batch in batches(rows, config))


# ---------------------------------------------------------------------------------------------
# The driver.
# ---------------------------------------------------------------------------------------------


#: The keys of each kind of record, in the order newsdex writes them (the record format:
#: src/record.schema.json), and of the job's own rows.
ARTICLE_KEYS = ("newsdex kind id source record path stamp url headline body outlet authors "
                "published people mentions quotes things").split()
QUOTE_KEYS = ("newsdex kind article index source record url headline outlet authors published "
              "text speaker person start end context").split()
PROBLEM_KEYS = ["line", "status", "reason"]
RAW_KEYS = ["kind", "source", "spark_path", "mtime_ms", "records_before", "json"]


def spark_types():
    """The schemas of the records newsdex writes and of the job's own rows, as Spark types:
    (article, quote, problem, raw)."""
    from pyspark.sql import types as T

    def struct(keys, types):
        return T.StructType([T.StructField(k, types[k]) for k in keys])

    text, number, strings = T.StringType(), T.LongType(), T.ArrayType(T.StringType())
    types = {k: text for k in ARTICLE_KEYS + QUOTE_KEYS + PROBLEM_KEYS + RAW_KEYS}
    types.update({k: number for k in
                  ("newsdex", "record", "index", "start", "end", "line", "mtime_ms",
                   "records_before", "size")})
    types.update(authors=strings, people=strings, forms=strings, things=strings)
    types["stamp"] = struct(["size", "mtime", "hash"], {**types, "mtime": text, "hash": text})
    person = struct(["name", "mentions", "quotes", "forms"],
                    {**types, "name": text, "mentions": number, "quotes": number})
    types["mentions"] = T.ArrayType(person)
    types["quotes"] = T.ArrayType(struct(["text", "speaker", "person", "start", "end"], types))
    return (struct(ARTICLE_KEYS, types), struct(QUOTE_KEYS, types),
            struct(PROBLEM_KEYS, types), struct(RAW_KEYS, types))


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="newsdex_spark.py",
        description="Extract articles with newsdex on Spark: Parquet tables of articles, quotes "
        "and failures, and newsdex records that `newsdex ingest` reads without extracting again.",
    )
    p.add_argument("input", help="text file listing the paths or URIs of article files, WARC "
                   "files or folders of them, one a line (any file system Spark reads; .gz too)")
    p.add_argument("output", help="folder (path or URI) for the tables: OUTPUT/articles, "
                   "OUTPUT/quotes, OUTPUT/failures, OUTPUT/records, OUTPUT/summary")
    p.add_argument("--newsdex", default="newsdex", metavar="PATH",
                   help="the newsdex binary, shipped to the executors (a local path or any URI "
                   "Spark fetches); local:///PATH for a binary already on every executor "
                   "[default: newsdex, as shipped with spark-submit --files]")
    p.add_argument("--input-base-url", metavar="URL",
                   help="prefix of the listing's relative entries (e.g. s3a://commoncrawl/)")
    p.add_argument("--input-partitions", type=int, default=0, metavar="N",
                   help="about how many tasks read the input [default: 4 per core of the "
                   "cluster's default parallelism]")
    p.add_argument("--output-partitions", type=int, default=0, metavar="N",
                   help="shuffle the rows into N partitions by month before writing (fewer, "
                   "larger files) [default: each task writes its own rows, no shuffle]")
    p.add_argument("--records-per-file", type=int, default=20000, metavar="N",
                   help="most records in one file of OUTPUT/records [default: 20000]")
    p.add_argument("--records-compression", choices=["gzip", "none"], default="gzip",
                   help="compression of OUTPUT/records (gzip takes about a third of the job's "
                   "time on short articles; newsdex reads both) [default: gzip]")
    p.add_argument("--batch-files", type=int, default=500, metavar="N",
                   help="most files per newsdex process [default: 500]")
    p.add_argument("--batch-bytes", type=int, default=64 << 20, metavar="BYTES",
                   help="about how many bytes of files per newsdex process [default: 64 MiB]")
    p.add_argument("--max-file-size", type=int, default=1 << 30, metavar="BYTES",
                   help="files larger than this are not read, and listed as failures "
                   "[default: 1 GiB; Spark reads no file over 2 GiB]")
    p.add_argument("--warc-piece-bytes", type=int, default=64 << 20, metavar="BYTES",
                   help="web archives larger than this are cut at record boundaries into pieces "
                   "about this large, each read by newsdex apart (record numbers stay the "
                   "archive's) [default: 64 MiB]")
    p.add_argument("--timeout", type=float, default=600.0, metavar="SECONDS",
                   help="longest run of newsdex on one batch; a batch that takes longer is run "
                   "file by file, and a file that takes longer alone is a failure [default: 600]")
    p.add_argument("--local-temp-dir", metavar="DIR",
                   help="where tasks write their files for newsdex [default: the system's]")
    p.add_argument("--mode", choices=["overwrite", "error"], default="overwrite",
                   help="what to do when OUTPUT's tables exist: replace them (a re-run gives "
                   "the same tables) or stop [default: overwrite]")
    p.add_argument("--log-level", default="INFO", help="driver log level [default: INFO]")
    return p.parse_args(argv)


def missing_paths(spark, paths):
    """The paths (or globs) that match no file, asked of Spark's file systems in parallel."""
    from concurrent.futures import ThreadPoolExecutor

    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()

    def missing(p):
        path = jvm.org.apache.hadoop.fs.Path(p)
        try:
            found = path.getFileSystem(conf).globStatus(path)
        except Exception as e:  # an unknown scheme, no access, ...
            return (p, str(e).splitlines()[0][:300])
        return (p, "no such file or directory") if not found else None

    with ThreadPoolExecutor(max_workers=32) as pool:
        return [m for m in pool.map(missing, paths) if m]


def read_files(spark, paths):
    """The files of the listed paths (folders recursively) as Spark reads them: path, time,
    length and content; and the listed paths that match nothing, with their reasons."""
    from pyspark.errors import AnalysisException

    def load(ps):
        return (spark.read.format("binaryFile")
                .option("recursiveFileLookup", "true")
                .load(ps))

    try:
        return load(paths), []
    except AnalysisException as e:
        if "PATH_NOT_FOUND" not in str(e) and "Path does not exist" not in str(e):
            raise
    gone = missing_paths(spark, paths)
    if not gone:
        raise RuntimeError("Spark says a listed path does not exist, but each of them exists")
    for p, reason in gone[:20]:
        LOG.warning("%s: %s", p, reason)
    if len(gone) > 20:
        LOG.warning("... and %d more listed paths that match no file", len(gone) - 20)
    left = [p for p in paths if p not in {g for g, _ in gone}]
    return (load(left) if left else None), gone


def unread_row(spark, spark_path, max_file_size):
    """The failure row of a file Spark listed but gave no row of: empty (newsdex skips empty
    files too) or larger than the limit, by its length as the file system tells it."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(spark_path)
    try:
        length = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()) \
            .getFileStatus(path).getLen()
    except Exception as e:
        length, reason = None, str(e).splitlines()[0][:300]
    if length == 0:
        status, reason = "skipped", "empty file"
    elif length is not None and length > max_file_size:
        status, reason = "failed", (f"file of {length} bytes is larger than the limit of "
                                    f"{max_file_size} bytes (--max-file-size)")
    elif length is not None:
        status, reason = "failed", "Spark listed the file but read nothing of it"
    problem = json.dumps({"line": None, "status": status, "reason": reason})
    return (status, source_of(spark_path), spark_path, None, None, problem)


def ship_binary(sc, binary):
    """Ship the newsdex binary to the executors (unless it is there already: `local://`, or
    among the files of `spark-submit --files`); the name tasks know it by."""
    if binary.startswith("local://"):
        return binary
    name = os.path.basename(urlsplit(binary).path) or binary
    shipped = ",".join(sc.getConf().get(k, "") for k in ("spark.files", "spark.yarn.dist.files"))
    if any(os.path.basename(urlsplit(f).path) == name for f in shipped.split(",") if f):
        LOG.info("newsdex: %s, shipped with --files", name)
        return name
    if "://" not in binary and not os.path.exists(binary):
        found = shutil.which(binary)
        if found is None:
            raise SystemExit(f"newsdex_spark.py: no newsdex binary at {binary!r}: give its path "
                             "with --newsdex, or ship it with spark-submit --files")
        binary = found
    sc.addFile(binary)
    LOG.info("newsdex: %s, shipped to the executors", binary)
    return name


def main(argv=None):
    args = parse_args(argv if argv is not None else sys.argv[1:])
    logging.basicConfig(level=getattr(logging, args.log_level.upper(), logging.INFO),
                        format=LOG_FORMAT)
    logging.getLogger("py4j").setLevel(logging.WARNING)
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    started = time.time()
    spark = (SparkSession.builder.appName("newsdex-extract")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    # Seconds of each stage of the job, for its summary.
    seconds = {"start": round(time.time() - started, 1)}

    def done(stage, since):
        seconds[stage] = round(time.time() - since, 1)
        return seconds[stage]
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    article_t, quote_t, problem_t, raw_t = spark_types()

    listing = [r.value for r in spark.read.text(args.input).collect()]
    paths = read_listing(listing, args.input_base_url)
    if not paths:
        LOG.error("%s lists no paths", args.input)
        return 2
    LOG.info("%d paths listed in %s", len(paths), args.input)

    args.newsdex = ship_binary(sc, args.newsdex)
    config = TaskConfig(
        binary=args.newsdex,
        temp_dir=args.local_temp_dir,
        batch_files=args.batch_files,
        batch_bytes=args.batch_bytes,
        timeout=args.timeout,
        max_file_size=args.max_file_size,
        warc_piece_bytes=args.warc_piece_bytes,
    )

    parallelism = sc.defaultParallelism
    if not sc.getConf().contains("spark.sql.shuffle.partitions"):
        # The shuffles (failures sorted, unread files found) are small: Spark's 200 partitions
        # are mostly empty tasks on a small cluster.
        spark.conf.set("spark.sql.shuffle.partitions", str(max(8, 2 * parallelism)))
    partitions = args.input_partitions or 4 * parallelism
    spark.conf.set("spark.sql.files.maxPartitionNum", str(partitions))
    # A file costs its reading and a process's share of work, not the 4 MiB Spark assumes for
    # column files: small article files are packed many to a task.
    spark.conf.set("spark.sql.files.openCostInBytes", str(64 << 10))

    files, gone = read_files(spark, paths)
    raw = None
    if files is not None:
        # Files over the limit are left out by the scan itself (their content is never read);
        # they are found below among the files listed that gave no row.
        readable = (files.where(F.col("length") <= args.max_file_size)
                    .select("path", F.unix_millis("modificationTime").alias("mtime_ms"),
                            "content"))
        LOG.info("reading in about %d tasks (default parallelism %d)", partitions, parallelism)
        raw_rdd = readable.rdd.mapPartitions(lambda rows: extract_partition(rows, config))
        raw = spark.createDataFrame(raw_rdd, raw_t)
    extra = spark.createDataFrame(
        [("failed", source_of(p), p, None, None,
          json.dumps({"line": None, "status": "failed", "reason": reason})) for p, reason in gone],
        raw_t)
    raw = raw.unionByName(extra) if raw is not None else extra
    raw = raw.persist(StorageLevel.MEMORY_AND_DISK)

    mode = args.mode
    out = args.output.rstrip("/")
    # A record's number in its file: newsdex's, plus the records before the piece newsdex read
    # of a large web archive.
    record = F.col("r.record") + F.coalesce(F.col("records_before"), F.lit(0))
    id_of = F.concat_ws("#", F.col("source"), record.cast("string"))
    # The month of publication (`2024-03` of `2024-03-05`); null when undated.
    month = F.when(F.col("published").rlike("^[0-9]{4}-[0-9]{2}"), F.substring("published", 1, 7))

    # The extraction runs once, in this first action; its rows are kept for the tables.
    t = time.time()
    counts = {r["kind"]: r["count"] for r in raw.groupBy("kind").count().collect()}
    LOG.info("extraction done in %.1f s: %s", done("extract", t),
             ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    t = time.time()
    # The files listed that gave no row: empty (Spark reads no empty file) or over the limit.
    if files is not None:
        names = [(source_of(f), f) for f in files.inputFiles()]
        listed = spark.createDataFrame(
            sc.parallelize(names, max(parallelism, len(names) // 20000 + 1)),
            "source string, spark_path string")
        read = raw.where(F.col("kind") != "quote").select("source").distinct()
        unread = listed.join(read, "source", "left_anti").collect()
        if unread:
            rows = [unread_row(spark, r.spark_path, args.max_file_size) for r in unread]
            raw = raw.unionByName(spark.createDataFrame(rows, raw_t))
            for r in rows:
                counts[r[0]] = counts.get(r[0], 0) + 1

    failures = (raw.where(F.col("kind").isin("failed", "skipped"))
                .select(F.col("source"), F.col("spark_path").alias("path"),
                        F.from_json("json", problem_t).alias("r"))
                .select("source", "path", "r.line", "r.status", "r.reason")
                .orderBy("source", "line")
                .coalesce(1)
                .persist())
    failures.write.mode(mode).parquet(f"{out}/failures")
    for f in failures.where(F.col("status") == "failed").limit(20).collect():
        LOG.warning("failed: %s%s: %s", f.source, f":{f.line}" if f.line else "", f.reason)
    failures.unpersist()
    LOG.info("failures written to %s/failures in %.1f s", out, done("failures", t))

    def by_month(df):
        if args.output_partitions:
            df = df.repartition(args.output_partitions, "month")
        return df.sortWithinPartitions("month", "id" if "id" in df.columns else "article")

    t = time.time()
    quotes = (raw.where(F.col("kind") == "quote")
              .select("source", "records_before", F.from_json("json", quote_t).alias("r"))
              .select(*[
                  id_of.alias(c) if c == "article"
                  else F.col("source") if c == "source"
                  else record.alias(c) if c == "record"
                  else F.col(f"r.{c}").alias(c)
                  for c in quote_t.fieldNames()])
              .withColumn("published_at", F.to_timestamp("published"))
              .withColumn("month", month))
    by_month(quotes).write.mode(mode).partitionBy("month").parquet(f"{out}/quotes")
    LOG.info("quotes written to %s/quotes in %.1f s", out, done("quotes", t))

    # The article records, kept for both of their outputs (the extraction's rows are no longer
    # needed once they are).
    articles = (raw.where(F.col("kind") == "article")
                .select("source", "spark_path", "mtime_ms", "records_before",
                        F.from_json("json", article_t).alias("r"))
                .select(*[
                    id_of.alias(c) if c == "id"
                    else F.col("source") if c == "source"
                    else record.alias(c) if c == "record"
                    else F.col("spark_path").alias("path") if c == "path"
                    # (the stamp newsdex gives a piece of a file is not the file's)
                    else F.when(F.col("r.stamp").isNotNull()
                                & F.col("records_before").isNull(), F.struct(
                        F.col("r.stamp.size").alias("size"),
                        F.date_format(F.timestamp_millis("mtime_ms"),
                                      "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").alias("mtime"),
                        F.col("r.stamp.hash").alias("hash"))).alias("stamp") if c == "stamp"
                    else F.col(f"r.{c}").alias(c)
                    for c in article_t.fieldNames()])
                .persist(StorageLevel.MEMORY_AND_DISK))
    t = time.time()
    by_month(articles.withColumn("published_at", F.to_timestamp("published"))
             .withColumn("month", month)
             ).write.mode(mode).partitionBy("month").parquet(f"{out}/articles")
    LOG.info("articles written to %s/articles in %.1f s", out, done("articles", t))
    raw.unpersist()
    # The records newsdex ingests, in the order newsdex wrote them (not by month): the records
    # of a file lie together, in the files of one task, to be ingested in one run.
    t = time.time()
    (articles.write.mode(mode)
     .option("ignoreNullFields", "false")
     .option("compression", args.records_compression)
     .option("maxRecordsPerFile", args.records_per_file)
     .json(f"{out}/records"))
    articles.unpersist()
    LOG.info("records written to %s/records in %.1f s", out, done("records", t))

    summary = {
        "newsdex": RECORD_VERSION,
        "input": args.input,
        "paths_listed": len(paths),
        "articles": counts.get("article", 0),
        "quotes": counts.get("quote", 0),
        "failed": counts.get("failed", 0),
        "skipped": counts.get("skipped", 0),
        "seconds": round(time.time() - started, 1),
        "extract_seconds": seconds["extract"],
        "stage_seconds": seconds,
        "default_parallelism": parallelism,
    }
    spark.createDataFrame([json.dumps(summary)], "string").coalesce(1).write.mode(mode).text(
        f"{out}/summary")
    spark.stop()
    LOG.info("%d articles, %d quotes; %d files or records failed, %d skipped (listed in "
             "%s/failures); %.1f s in all", summary["articles"], summary["quotes"],
             summary["failed"], summary["skipped"], out, summary["seconds"])
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
