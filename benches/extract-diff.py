#!/usr/bin/env python3
"""What changed between two snapshots of benches/snapshot.sh: per article, the quotes whose text,
speaker or person changed, and the people added or dropped; then the scores side by side. For
reviewing an extraction change by reading every item it moved. Not part of the tests.

    benches/extract-diff.py OLD_DIR NEW_DIR [--sets bbc,polnear] [--people|--quotes]
"""
import argparse
import json
import os
import sys
from pathlib import Path


def load(path):
    """{article key: record} of one set's JSON lines; conll's temporary folders are keyed by name."""
    out = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            d = json.loads(line)
        except json.JSONDecodeError:
            continue
        if d.get("kind", "article") != "article":
            continue
        key = d.get("path", "")
        if "/eval-" in key or key.startswith("/tmp/eval/"):
            key = os.path.basename(key)
        if d.get("record"):
            key += f"#{d['record']}"
        out[key] = d
    return out


def quotes(d):
    return [(q.get("text", ""), q.get("speaker") or "", q.get("person") or "") for q in d.get("quotes", [])]


def short(text, n=90):
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--sets", default="")
    only = ap.add_mutually_exclusive_group()
    only.add_argument("--people", action="store_true", help="people only")
    only.add_argument("--quotes", action="store_true", help="quotes only")
    args = ap.parse_args()
    sets = args.sets.split(",") if args.sets else sorted(p.stem for p in args.new.glob("*.jsonl"))
    totals = {}
    for s in sets:
        old, new = load(args.old / f"{s}.jsonl"), load(args.new / f"{s}.jsonl")
        nq = np = 0
        for key in sorted(set(old) | set(new)):
            a, b = old.get(key, {}), new.get(key, {})
            lines = []
            if not args.people:
                qa, qb = quotes(a), quotes(b)
                if qa != qb:
                    sa, sb = set(qa), set(qb)
                    by_text = {t: (sp, p) for t, sp, p in qa}
                    for t, sp, p in qb:
                        if (t, sp, p) in sa:
                            continue
                        nq += 1
                        if t in by_text:
                            osp, op = by_text[t]
                            lines.append(f"  q {short(t, 70)!r}: {op or osp or '-'} -> {p or sp or '-'}"
                                         f"  [{osp} -> {sp}]" if (op or osp) == (p or sp) else
                                         f"  q {short(t, 70)!r}: {op or osp or '-'} -> {p or sp or '-'}")
                        else:
                            lines.append(f"  + {short(t)!r} ({p or sp or '-'})")
                    texts_b = {t for t, _, _ in qb}
                    for t, sp, p in qa:
                        if (t, sp, p) not in sb and t not in texts_b:
                            nq += 1
                            lines.append(f"  - {short(t)!r} ({p or sp or '-'})")
            if not args.quotes:
                pa, pb = set(a.get("people", [])), set(b.get("people", []))
                if pa != pb:
                    np += len(pa ^ pb)
                    lines.append(f"  people: -{sorted(pa - pb)} +{sorted(pb - pa)}")
            if a.get("authors") != b.get("authors") and not (args.people or args.quotes):
                lines.append(f"  authors: {a.get('authors')} -> {b.get('authors')}")
            if lines:
                print(f"{s}: {key}")
                print("\n".join(lines))
        totals[s] = (nq, np)
    print("\nchanged (quotes, people):", file=sys.stderr)
    for s, (nq, np) in totals.items():
        print(f"  {s}: {nq} quotes, {np} people", file=sys.stderr)
    for s in sets:
        fa, fb = args.old / f"{s}.score.json", args.new / f"{s}.score.json"
        if fa.exists() and fb.exists():
            a, b = json.loads(fa.read_text()), json.loads(fb.read_text())
            moved = [f"{k} {a[k]} -> {b[k]}" for k in b if k not in ("system",) and a.get(k) != b[k]]
            if moved:
                print(f"  {s} scores: " + ", ".join(moved), file=sys.stderr)


if __name__ == "__main__":
    main()
