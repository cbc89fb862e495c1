#!/usr/bin/env python3
"""Rebuild intl_first_names.txt: given names of every locale of the MIT-licensed Faker package
(pip install faker==40.63.0), Latin script, lower case, accents folded, with a gender tag.

Left out: Faker's generic `en` and Icelandic locales (invented words such as "Sky", "True",
"Rio"), names the US Census list already has, and names that are common English or place words
(listed in `non_names.txt`, `places.txt`, `nationalities.txt`, `org_words.txt` here)."""
import importlib, os, re, sys, unicodedata

import faker.providers.person as P

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(name):
    return {l.split("\t")[0].strip() for l in open(os.path.join(HERE, name)) if l.strip() and not l.startswith("#")}


skip = set()
for f in ("first_names.txt", "non_names.txt", "places.txt", "nationalities.txt", "org_words.txt", "titles.txt"):
    skip |= words(f)
base = os.path.dirname(P.__file__)
male, female = {}, {}
for loc in sorted(os.listdir(base)):
    if loc.startswith("__") or loc in ("en", "is_IS") or not os.path.isdir(os.path.join(base, loc)):
        continue
    prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
    for attr, into in (("first_names_male", male), ("first_names_female", female), ("first_names", None)):
        v = getattr(prov, attr, ())
        names = v.keys() if isinstance(v, dict) else v if isinstance(v, (list, tuple, set)) else ()
        for n in names:
            if not isinstance(n, str) or not re.fullmatch(r"[A-Za-zÀ-ɏ'\-]{2,}", n):
                continue
            k = fold(n)
            if into is not None:
                into[k] = into.get(k, 0) + 1
            else:
                male.setdefault(k, 0)
out = []
for k in sorted(set(male) | set(female)):
    if k in skip:
        continue
    m, f = male.get(k, 0), female.get(k, 0)
    g = "m" if m > f else "f" if f > m else "u"
    out.append(f"{k}\t{g}")
with open(os.path.join(HERE, "intl_first_names.txt"), "w") as fh:
    fh.write("# Given names of all Faker 40.63.0 locales (MIT licence), folded to ASCII; see build_intl_first_names.py.\n")
    fh.write("# name<TAB>gender (m, f, or u)\n")
    fh.write("\n".join(out) + "\n")
print(len(out), file=sys.stderr)
