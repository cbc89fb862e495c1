"""Tests of the Spark job's own logic, without Spark: the listing, names of files on the tasks'
disks, telling newsdex's records and problems apart, batching, and a batch with a file newsdex
fails on. The job itself runs on Spark in tests/spark.rs.

    python3 -m unittest discover -s examples/spark

NEWSDEX_BIN names the newsdex binary for the tests that run it (else they are skipped).
"""

import gzip
import json
import os
import subprocess
import sys
import tempfile
import unittest
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import newsdex_spark as job  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Listing(unittest.TestCase):
    def test_entries(self):
        cases = [
            (["a.warc.gz", "", "  # comment", " /data/b.txt "], None, ["a.warc.gz", "/data/b.txt"]),
            (["crawl-data/x.warc.gz", "s3a://b/y.warc.gz", "/abs/z.txt"], "s3a://commoncrawl/",
             ["s3a://commoncrawl/crawl-data/x.warc.gz", "s3a://b/y.warc.gz", "/abs/z.txt"]),
        ]
        for lines, base, want in cases:
            self.assertEqual(job.read_listing(lines, base), want, (lines, base))


class Names(unittest.TestCase):
    def test_source_of(self):
        cases = [
            ("file:/data/a%20b.txt", "/data/a b.txt"),
            ("file:///data/x.warc.gz", "/data/x.warc.gz"),
            ("hdfs://nn:8020/news/a.json", "hdfs://nn:8020/news/a.json"),
            ("s3a://bucket/a%20b.txt", "s3a://bucket/a%20b.txt"),
            ("/plain/path.txt", "/plain/path.txt"),
        ]
        for spark_path, want in cases:
            self.assertEqual(job.source_of(spark_path), want, spark_path)

    def test_local_name_keeps_what_tells_the_format(self):
        cases = [
            ("file:/d/Page.HTML.gz", "Page.HTML.gz"),
            ("file:/d/a%20b%22c.txt", "a_b_c.txt"),
            ("s3a://b/.hidden.txt", ".hidden.txt"),
            ("hdfs://nn/d/caf%C3%A9.md", "caf_.md"),
            ("file:/", "file"),
        ]
        for spark_path, want in cases:
            self.assertEqual(job.local_name(spark_path), want, spark_path)


class Output(unittest.TestCase):
    def test_records_are_told_by_version_and_file(self):
        batch = "/tmp/newsdex-batch-x"
        lines = [
            '{"newsdex":1,"kind":"article","id":"/tmp/newsdex-batch-x/000002-a.txt",'
            '"source":"/tmp/newsdex-batch-x/000002-a.txt","record":null}',
            '{"newsdex":1,"kind":"quote","article":"/tmp/newsdex-batch-x/000010-b.jsonl#3",'
            '"index":0,"source":"/tmp/newsdex-batch-x/000010-b.jsonl","record":3}',
        ]
        got = job.split_records("\n".join(lines) + "\n", batch)
        self.assertEqual([(k, n) for k, n, _ in got], [("article", 2), ("quote", 10)])
        bad = [
            ('{"newsdex":2,"kind":"article","source":"/tmp/newsdex-batch-x/000001-a.txt"}',
             "format version 2"),
            ('{"title":"x"}', "no record"),
            ('{"newsdex":1,"kind":"article","source":"/elsewhere/000001-a.txt"}',
             "not a file of the batch"),
        ]
        for line, want in bad:
            with self.assertRaises(ValueError, msg=line) as caught:
                job.split_records(line, batch)
            self.assertIn(want, str(caught.exception), line)

    def test_problems(self):
        batch = "/tmp/b"
        names = {0: "x.jsonl", 1: "y.warc", 2: "z.html"}
        stderr = "\n".join([
            "newsdex: /tmp/b/000000-x.jsonl:2: record has no text (none of the fields a, b)",
            "newsdex: /tmp/b/000001-y.warc: WARC record 5: Unexpected end of body.",
            "newsdex: /tmp/b/000002-z.html: skipped: no article text",
            "newsdex: something else",
        ])
        want = [
            (0, 2, "failed", "record has no text (none of the fields a, b)"),
            (1, None, "failed", "WARC record 5: Unexpected end of body."),
            (2, None, "skipped", "no article text"),
        ]
        self.assertEqual(job.parse_problems(stderr, batch, names), (want, ["newsdex: something else"]))


class Batching(unittest.TestCase):
    def test_batches_hold_files_and_bytes(self):
        rows = [SimpleNamespace(path=f"file:/d/{i}.txt", mtime_ms=0, content=b"x" * size)
                for i, size in enumerate([10, 10, 10, 50, 5, 5])]
        config = job.TaskConfig(binary="newsdex", batch_files=3, batch_bytes=40)
        got = [[f.spark_path[-5:] for f in b] for b in job.batches(rows, config)]
        self.assertEqual(got, [["0.txt", "1.txt", "2.txt"], ["3.txt"], ["4.txt", "5.txt"]])


def archive(copies):
    """A gzipped web archive of `copies` times the fixture's records (a gzip member each), and
    the same archive inflated."""
    with open(os.path.join(REPO, "fixtures/formats/island-news-crawl.warc.gz"), "rb") as f:
        one = f.read()
    gz = one * copies
    return gz, gzip.decompress(gz)


def archive_members():
    """The gzip members of the fixture archive, one record each."""
    with open(os.path.join(REPO, "fixtures/formats/island-news-crawl.warc.gz"), "rb") as f:
        data = f.read()
    return [bytes(data[s:e]) for _, s, e in job.warc_pieces(memoryview(data), 1)]


class Pieces(unittest.TestCase):
    def test_archives_are_cut_at_records(self):
        for gz in (True, False):
            data = archive(8)[0 if gz else 1]
            pieces = job.warc_pieces(memoryview(data), 1000)
            self.assertGreater(len(pieces), 4, gz)
            self.assertEqual(pieces[0][:2], (0, 0), gz)
            self.assertEqual(pieces[-1][2], len(data), gz)
            for (before, _, end), (next_before, start, _) in zip(pieces, pieces[1:]):
                self.assertEqual(end, start, gz)
                self.assertGreater(next_before, before, gz)
            # each piece starts a record, and together they hold the archive's 40 records
            total = 0
            for _, start, end in pieces:
                piece = data[start:end]
                text = gzip.decompress(piece) if gz else piece
                self.assertTrue(text.startswith(b"WARC/1.0\r\n"), gz)
                total += job._records_in(text)
            self.assertEqual(total, 40, gz)
            self.assertEqual(job.warc_pieces(memoryview(data), 1 << 30), [(0, 0, len(data))])

    def test_what_cannot_be_parsed_is_the_last_piece(self):
        with open(os.path.join(REPO, "tests/malformed/truncated.warc"), "rb") as f:
            data = f.read()
        pieces = job.warc_pieces(memoryview(data), 100)
        self.assertEqual([b for b, _, _ in pieces], [0, 1, 2, 3, 4])
        self.assertEqual(pieces[-1][2], len(data))


@unittest.skipUnless(os.environ.get("NEWSDEX_BIN"), "NEWSDEX_BIN names no newsdex binary")
class Batch(unittest.TestCase):
    """A batch through the real binary: records, problems, a crash run file by file."""

    def files(self, *paths):
        out = []
        for p in paths:
            with open(os.path.join(REPO, p), "rb") as f:
                out.append(job.File(f"file:{os.path.join(REPO, p)}", 1_700_000_000_000, f.read()))
        return out

    def test_records_and_failures_of_a_batch(self):
        config = job.TaskConfig(binary=os.environ["NEWSDEX_BIN"])
        files = self.files("fixtures/formats/island-news-crawl.warc.gz",
                           "tests/malformed/bad-records.jsonl", "fixtures/not-an-article.png",
                           "fixtures/okafor-siblings-bakery-feud.txt")
        rows = job.extract_batch(config.binary, files, config)
        kinds = {}
        for kind, source, _, _, _, _ in rows:
            kinds.setdefault(os.path.basename(source), []).append(kind)
        self.assertEqual(kinds["island-news-crawl.warc.gz"].count("article"), 2)
        self.assertEqual(kinds["bad-records.jsonl"].count("failed"), 2)
        self.assertIn("article", kinds["bad-records.jsonl"])
        self.assertEqual(kinds["not-an-article.png"], ["skipped"])
        self.assertIn("quote", kinds["okafor-siblings-bakery-feud.txt"])

    def test_an_archive_read_in_pieces_gives_its_own_record_numbers(self):
        data = archive(8)[0]
        config = job.TaskConfig(binary=os.environ["NEWSDEX_BIN"])

        def records(piece_bytes):
            config.warc_piece_bytes = piece_bytes
            row = SimpleNamespace(path="file:/d/crawl.warc.gz", mtime_ms=0, content=data)
            out = []
            for batch in job.batches([row], config):
                for kind, _, _, _, before, line in job.extract_batch(config.binary, batch, config):
                    r = json.loads(line)
                    out.append((kind, r["record"] + (before or 0), r.get("headline")))
            return out

        whole, pieces = records(1 << 30), records(1000)
        self.assertEqual(len([r for r in whole if r[0] == "article"]), 16)
        self.assertEqual(pieces, whole)

    def test_an_archive_without_pages_is_skipped_once_whatever_its_pieces(self):
        first_two = b"".join(archive_members()[:2])  # warcinfo and request: no page
        config = job.TaskConfig(binary="local://" + os.environ["NEWSDEX_BIN"], warc_piece_bytes=300)
        rows = [SimpleNamespace(path=f"file:/d/{name}.warc.gz", mtime_ms=0, content=content)
                for name, content in [("empty", first_two * 4), ("pages", archive(4)[0])]]
        got = list(job.extract_partition(rows, config))
        skipped = [(k, s, json.loads(j)["reason"]) for k, s, _, _, _, j in got
                   if k not in ("article", "quote")]
        self.assertEqual(skipped, [("skipped", "/d/empty.warc.gz", "no HTML responses in the archive")])
        self.assertEqual(len([r for r in got if r[0] == "article"]), 8)

    def test_a_file_that_crashes_newsdex_is_a_failure_of_its_own(self):
        # A stand-in binary that dies on one file of the batch, else runs newsdex.
        with tempfile.TemporaryDirectory() as d:
            fake = os.path.join(d, "newsdex")
            with open(fake, "w") as f:
                f.write("#!/bin/sh\nfor a; do case \"$(ls \"$a\" 2>/dev/null)\" in "
                        "*poison*) kill -9 $$;; esac; done\n"
                        f"exec {os.environ['NEWSDEX_BIN']} \"$@\"\n")
            os.chmod(fake, 0o755)
            files = self.files("fixtures/okafor-siblings-bakery-feud.txt")
            files.append(job.File("file:/d/poison.txt", None, b"Poison\n\nText."))
            rows = job.extract_batch(fake, files, job.TaskConfig(binary=fake))
            failed = [(s, j) for k, s, _, _, _, j in rows if k == "failed"]
            self.assertEqual(len(failed), 1, rows)
            self.assertEqual(failed[0][0], "/d/poison.txt")
            self.assertIn("killed by signal 9", failed[0][1])
            self.assertIn("article", [k for k, *_ in rows])


if __name__ == "__main__":
    unittest.main()
