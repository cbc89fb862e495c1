#!/usr/bin/env python3
"""Recall of people on Reuters newswire (1987): the Reuters-21578 stories carry <PEOPLE> tags
(lower-case, "reagan", "james-baker") on some stories; a tag counts as found when every word of
it is a word of one of the people `newsdex extract --json` gives the story. A measure of recall
on an outlet and era no rule was written for (precision needs reading: `people` of an index).

    benches/reuters-people.py NEWSDEX_BIN CORPUS_DIR [--missed]

Prints one JSON object: stories with tags, tags, found, recall.
"""
import json
import re
import subprocess
import sys
from pathlib import Path


def tagged_stories(corpus):
    """{record id: [tag, ...]} for the stories with a body and <PEOPLE> tags."""
    tags = {}
    for path in sorted(Path(corpus).glob("*.sgm")):
        text = path.read_text(encoding="latin-1")
        records = re.findall(r"<REUTERS.*?</REUTERS>", text, re.S)
        for i, rec in enumerate(records, 1):
            people = re.search(r"<PEOPLE>(.*?)</PEOPLE>", rec, re.S)
            found = re.findall(r"<D>(.*?)</D>", people.group(1)) if people else []
            if found and "<BODY>" in rec:
                tags[f"{path.resolve()}#{i}"] = found
    return tags


def words(name):
    return set(re.sub(r"[^a-z ]", " ", name.lower().replace("-", " ")).split())


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, corpus = sys.argv[1], sys.argv[2]
    tags = tagged_stories(corpus)
    out = subprocess.run(
        [binary, "extract", "--json", corpus], capture_output=True, text=True, check=True
    ).stdout
    people = {}
    for line in out.splitlines():
        article = json.loads(line)
        people[article["id"]] = [words(p) for p in article.get("people", [])]
    total = found = 0
    for story, story_tags in tags.items():
        for tag in story_tags:
            total += 1
            if any(words(tag) <= p for p in people.get(story, [])):
                found += 1
            elif "--missed" in sys.argv:
                print(f"missed {tag!r} in {story}", file=sys.stderr)
    recall = round(found / total, 3) if total else None
    print(json.dumps({"stories": len(tags), "tags": total, "found": found, "recall": recall}))


if __name__ == "__main__":
    main()
