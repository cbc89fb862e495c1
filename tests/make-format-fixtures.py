#!/usr/bin/env python3
"""Write the binary and CRLF fixtures of fixtures/formats/ and tests/malformed/ (run from the
repository root). The articles are fiction written for newsdex."""
import gzip, io, os

def warc_record(kind, uri, payload, n):
    head = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012d}>",
        "WARC-Date: 2025-01-14T09:00:00Z",
    ]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    ctype = {"warcinfo": "application/warc-fields", "request": "application/http; msgtype=request",
             "response": "application/http; msgtype=response"}[kind]
    head += [f"Content-Type: {ctype}", f"Content-Length: {len(payload)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + payload + b"\r\n\r\n"

def http(ctype, body):
    return (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body

PAGE1 = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Night ferry crew rescue kayaker off Skarra - Coast Wire</title>
<meta property="og:site_name" content="Coast Wire">
<meta name="author" content="Callum Reid">
<meta property="article:published_time" content="2025-01-13T22:40:00Z">
</head><body><nav><a href="/">Home</a> <a href="/islands">Islands</a></nav>
<article><h1>Night ferry crew rescue kayaker off Skarra</h1>
<p>The crew of the night ferry to Skarra pulled a kayaker from the water on Monday evening after spotting his head torch a mile off the harbour.</p>
<p>\u201cWe saw a small light going up and down where no light should be,\u201d said captain Morag Lindqvist. \u201cHe was cold but he was talking.\u201d</p>
<p>The kayaker, a visitor from the mainland, was taken to the island clinic and released the next morning. The coastguard thanked the crew.</p>
</article><aside class="related"><a href="/x">More island news</a></aside></body></html>"""

PAGE2 = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Skarra school wins national robotics prize</title>
<link rel="canonical" href="https://islandnews.example/skarra-robotics">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Skarra school wins national robotics prize","datePublished":"2025-01-10","author":{"@type":"Person","name":"Fiona Stroud"}}</script>
</head><body>
<div class="story"><h1>Skarra school wins national robotics prize</h1>
<p>Eleven pupils from Skarra's only school beat forty teams from the cities to win the national robotics prize in Glasgow on Friday.</p>
<p>\u201cThey built a robot that can sort shells from stones on the beach,\u201d said their teacher, Angus Tolmie. \u201cIt started as a joke and ended as a trophy.\u201d</p>
<p>The pupils will spend the prize money on a new workshop for the school.</p>
</div></body></html>"""

def crawl():
    out = io.BytesIO()
    recs = [
        warc_record("warcinfo", None, b"software: newsdex fixture writer\r\nformat: WARC File Format 1.0\r\n", 1),
        warc_record("request", "https://coastwire.example/ferry-rescue", b"GET /ferry-rescue HTTP/1.1\r\nHost: coastwire.example\r\n\r\n", 2),
        warc_record("response", "https://coastwire.example/ferry-rescue", http("text/html; charset=utf-8", PAGE1.encode()), 3),
        warc_record("response", "https://coastwire.example/logo.png", http("image/png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), 4),
        warc_record("response", "https://islandnews.example/skarra-robotics", http("text/html", PAGE2.encode()), 5),
    ]
    # One gzip member per record, as Common Crawl writes them.
    for r in recs:
        out.write(gzip.compress(r, mtime=0))
    return out.getvalue(), b"".join(recs)

gz, plain = crawl()
open("fixtures/formats/island-news-crawl.warc.gz", "wb").write(gz)
# A plain WARC whose last record is cut short.
open("tests/malformed/truncated.warc", "wb").write(plain[: len(plain) - 300])
# A .html.gz that is not gzip inside.
open("tests/malformed/corrupt.html.gz", "wb").write(b"\x1f\x8b\x08\x00" + b"not really compressed")
