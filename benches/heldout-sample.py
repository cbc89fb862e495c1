#!/usr/bin/env python3
"""A held-out sample of what newsdex extracts, for judging by hand: with random.seed(SEED), 40
quotes of the web-page sets (AEB and readability together), 40 quotes of the Reuters 1987 wire,
40 `people` entries of the web pages and 40 of Reuters, each drawn uniformly from all such items
of a snapshot (benches/snapshot.sh), written with the paragraphs around it. A judge then reads
each article against news-gold's GUIDELINES.md: is the quote's speaker right, is the entry a
real person. The sets are third-party corpora beside the repo; nothing of them is kept here.
The corpus README (reuters21578/SOURCE.md) is no story and is left out. Not part of the tests.

    benches/heldout-sample.py SNAPSHOT_DIR SEED [OUTFILE]     (default OUTFILE: drawn_SEED.txt)
"""
import json
import os
import random
import re
import sys

SNAP = "."
N = 40


def load(name):
    with open(os.path.join(SNAP, name + ".jsonl"), encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [r for r in rows if not r["path"].endswith("SOURCE.md")]


def paragraphs(body):
    """list of (start, end, text) paragraphs split at blank lines."""
    out = []
    for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", body):
        out.append((m.start(), m.end(), m.group()))
    return out


def quote_context(art, q, before=4, after=1):
    paras = paragraphs(art["body"])
    idx = None
    if q.get("start") is not None:
        for i, (s, e, _) in enumerate(paras):
            if s <= q["start"] < e or (q["start"] < s and idx is None):
                idx = i
                break
    if idx is None:
        key = q["text"][:30]
        for i, (_, _, t) in enumerate(paras):
            if key in t:
                idx = i
                break
    if idx is None:
        return "  [quote location not found in body]"
    lines = []
    for i in range(max(0, idx - before), min(len(paras), idx + after + 1)):
        mark = ">>" if i == idx else "  "
        lines.append(f"  {mark} [p{i}] {paras[i][2]}")
    return "\n".join(lines)


def person_context(art, name, maxparas=4):
    forms = [name]
    for m in art.get("mentions", []):
        if m["name"] == name:
            forms += m.get("forms", [])
    paras = [("headline", art.get("headline") or "")] + [
        (f"p{i}", t) for i, (_, _, t) in enumerate(paragraphs(art["body"]))
    ]
    hits = []
    for label, t in paras:
        if any(f and f in t for f in forms):
            hits.append(f"     [{label}] {t}")
        if len(hits) >= maxparas:
            break
    return "  forms: " + ", ".join(forms) + "\n" + ("\n".join(hits) or "     [name not found in text]")


def draw(seed):
    """returns [(tag, title, [(src, article, item), ...]), ...] and the pool sizes."""
    random.seed(seed)
    web = [("aeb", a) for a in load("aeb")] + [("readability", a) for a in load("readability")]
    reu = [("reuters", a) for a in load("reuters")]

    def qpool(arts):
        return [(src, a, q) for src, a in arts for q in a["quotes"]]

    def ppool(arts):
        return [(src, a, p) for src, a in arts for p in a["people"]]

    draws = [
        ("WQ", "web quotes", random.sample(qpool(web), N)),
        ("RQ", "reuters quotes", random.sample(qpool(reu), N)),
        ("WP", "web people", random.sample(ppool(web), N)),
        ("RP", "reuters people", random.sample(ppool(reu), N)),
    ]
    sizes = (len(qpool(web)), len(qpool(reu)), len(ppool(web)), len(ppool(reu)))
    return draws, sizes


def main():
    global SNAP
    if len(sys.argv) < 3:
        sys.exit("usage: benches/heldout-sample.py SNAPSHOT_DIR SEED [OUTFILE]")
    SNAP = sys.argv[1]
    if not os.path.isfile(os.path.join(SNAP, "reuters.jsonl")):
        sys.exit(f"heldout-sample: no snapshot in {SNAP} (make one with benches/snapshot.sh)")
    seed = int(sys.argv[2])
    out = sys.argv[3] if len(sys.argv) > 3 else f"drawn_{seed}.txt"
    draws, sizes = draw(seed)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(f"# seed {seed}; pools: web quotes {sizes[0]}, reuters quotes {sizes[1]}, "
                 f"web people {sizes[2]}, reuters people {sizes[3]}\n\n")
        for tag, title, items in draws:
            fh.write(f"==================== {title} ====================\n\n")
            for k, (src, art, it) in enumerate(items, 1):
                fh.write(f"--- {tag}{k:02d} [{src}] {art['id']}\n")
                fh.write(f"  headline: {art.get('headline')}\n")
                if tag.endswith("Q"):
                    fh.write(f"  QUOTE: \u00ab{it['text']}\u00bb  (start {it.get('start')}, end {it.get('end')})\n")
                    fh.write(f"  tool speaker: {it.get('speaker')!r}   tool person: {it.get('person')!r}\n")
                    fh.write(quote_context(art, it) + "\n\n")
                else:
                    fh.write(f"  PERSON: {it!r}\n")
                    fh.write(f"  article people: {art['people']}\n")
                    fh.write(person_context(art, it) + "\n\n")
    print(out)


if __name__ == "__main__":
    main()
