#!/usr/bin/env python3
"""Rebuild common_words.txt: English words that are never a name, lower case. Source: the SCOWL
word list as Debian ships it (apt-get install wamerican: /usr/share/dict/american-english, SCOWL
size 50; see the notice in README.md). Kept: the entries written only in lower case there, of two
letters or more and letters only ("different", "story", "dead"); left out: every word the list
also writes capitalised (a proper name, "Rose", "Chase", "Man"), and the given names of the
lists here (first_names.txt, intl_first_names.txt, extra_first_names.txt, diminutives.txt), so
that a nickname the lists know ("Chip", "Butch") stays a given name."""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/usr/share/dict/american-english"


def given_names():
    names = set()
    for f in ["first_names.txt", "intl_first_names.txt", "extra_first_names.txt", "diminutives.txt"]:
        for line in open(os.path.join(HERE, f), encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                names.add(line.split("\t")[0].strip())
    return names


def main():
    entries = [w.strip() for w in open(SOURCE, encoding="utf-8", errors="replace")]
    lower = {w for w in entries if re.fullmatch(r"[a-z]{2,}", w)}
    capitalised = {w.lower() for w in entries if re.fullmatch(r"[A-Z][a-z]+", w)}
    words = sorted((lower - capitalised) - given_names())
    with open(os.path.join(HERE, "common_words.txt"), "w", encoding="utf-8") as out:
        out.write("# English words that are never a name: the entries of SCOWL (size 50, Debian's wamerican)\n")
        out.write("# written only in lower case, less the given names of the lists here; see\n")
        out.write("# build_common_words.py and the SCOWL notice in README.md. One word a line, sorted.\n")
        for w in words:
            out.write(w + "\n")
    print(len(words), "words")


if __name__ == "__main__":
    main()
