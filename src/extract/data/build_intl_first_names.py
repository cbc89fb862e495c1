#!/usr/bin/env python3
"""Rebuild intl_first_names.txt and intl_surnames.txt: the given names and surnames of other
languages, Latin script (or its romanized form), lower case, accents folded, given names with a
gender tag. Sources:
- every locale of the MIT-licensed Faker package (pip install faker==40.63.0), its romanized
  Japanese and Chinese names included;
- the BSD-3-Clause-licensed indian-names package (pip install indian-names==0.3), given names
  and surnames common in India, which Faker's Indian locales (modern baby names, or Devanagari
  script) lack.
Surnames come only from the locales of Africa and Asia. Surnames that are English words once folded ("Bašić" -> "basic") are left out, by the web2 list
of the MIT-licensed english-words package (pip install english-words==2.0.2), which only filters.

Left out: Faker's generic `en` and Icelandic locales (invented words such as "Sky", "True",
"Rio"), names the US Census lists already have, and names that are common English words, place
words (listed in `non_names.txt`, `places.txt`, `nationalities.txt`, `org_words.txt`,
`titles.txt` here), and surnames that are function words or particles (`function_words.txt`,
`name_particles.txt`)."""
import importlib, os, re, sys, unicodedata

import faker.providers.person as P
import indian_names
from english_words import get_english_words_set

HERE = os.path.dirname(os.path.abspath(__file__))
# The countries (and the language `sw`) of Africa and Asia whose Faker locales give surnames.
SURNAME_REGIONS = {
    "IN", "PK", "BD", "NP", "LK", "KE", "NG", "GH", "ZA", "TZ", "UG", "ET", "sw", "ID", "MY",
    "PH", "VN", "TH", "CN", "TW", "JP", "KR", "TR", "AZ", "UZ", "IR", "IL", "AM", "GE", "EG",
    "SA", "AE", "JO", "PS", "DZ", "MA", "TN",
}
LATIN = re.compile(r"[A-Za-zÀ-ɏ'\-]{2,}")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(name):
    return {l.split("\t")[0].strip() for l in open(os.path.join(HERE, name)) if l.strip() and not l.startswith("#")}


def listed(v):
    return v.keys() if isinstance(v, dict) else v if isinstance(v, (list, tuple, set)) else ()


skip = set()
for f in ("non_names.txt", "places.txt", "nationalities.txt", "org_words.txt", "titles.txt"):
    skip |= words(f)
# (surnames are also no function word nor particle: "Can", "De")
skip_surnames = skip | words("function_words.txt") | words("name_particles.txt")
census_given, census_surnames = words("first_names.txt"), words("surnames.txt")
male, female, surnames = {}, {}, set()
# (surnames of two or three letters only from the romanized and Indian lists, where they are
# names: "Li", "Wu", "Jha"; elsewhere they are as often abbreviations or words: "Org", "Eco")
short_surnames = set()


def given(names, into):
    for n in names:
        if not isinstance(n, str) or not LATIN.fullmatch(n.strip()):
            continue
        k = fold(n.strip())
        if into is not None:
            into[k] = into.get(k, 0) + 1
        else:
            male.setdefault(k, 0)


base = os.path.dirname(P.__file__)
for loc in sorted(os.listdir(base)):
    if loc.startswith("__") or loc in ("en", "is_IS") or not os.path.isdir(os.path.join(base, loc)):
        continue
    prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
    for prefix in ("first_names", "first_romanized_names"):
        given(listed(getattr(prov, f"{prefix}_male", ())), male)
        given(listed(getattr(prov, f"{prefix}_female", ())), female)
        given(listed(getattr(prov, prefix, ())), None)
    # (surnames only of the locales of Africa and Asia, whose names the census lists lack: the
    # surnames of European locales are as often places and words of their languages,
    # "Salvador", "Arts", "Oscuro", and a firm's name: "Ericsson")
    if loc.split("_")[-1] not in SURNAME_REGIONS and loc not in SURNAME_REGIONS:
        continue
    for attr in ("last_names", "last_romanized_names"):
        for n in listed(getattr(prov, attr, ())):
            if isinstance(n, str) and LATIN.fullmatch(n.strip()):
                surnames.add(fold(n.strip()))
                if attr == "last_romanized_names":
                    short_surnames.add(fold(n.strip()))

india = os.path.dirname(indian_names.__file__)


def lines(name):
    return [l.strip() for l in open(os.path.join(india, name)) if l.strip() and not l.strip().isdigit()]


given(lines("first.male.names"), male)
given(lines("first.female.names"), female)
surnames |= {fold(n) for n in lines("last.names") if LATIN.fullmatch(n)}
short_surnames |= {fold(n) for n in lines("last.names") if LATIN.fullmatch(n)}

out = []
for k in sorted(set(male) | set(female)):
    if k in skip or k in census_given:
        continue
    m, f = male.get(k, 0), female.get(k, 0)
    g = "m" if m > f else "f" if f > m else "u"
    out.append(f"{k}\t{g}")
with open(os.path.join(HERE, "intl_first_names.txt"), "w") as fh:
    fh.write("# Given names of all Faker 40.63.0 locales (MIT licence) and of indian-names 0.3 (BSD 3-Clause),\n")
    fh.write("# folded to ASCII; see build_intl_first_names.py.\n")
    fh.write("# name<TAB>gender (m, f, or u)\n")
    fh.write("\n".join(out) + "\n")
print(len(out), "given names", file=sys.stderr)

# Surnames that are given names in the census lists are left out ("Ali" is a given name before
# a surname); of two letters, English words are kept ("Li", "Wu").
english = get_english_words_set(["web2"], lower=True)
# Surnames that are as often a word of a famous name of another kind: "Taj Mahal".
NOT_SURNAMES = {"mahal"}
sur = sorted(k for k in surnames if k not in skip_surnames and k not in census_surnames
             and (len(k) >= 4 or k in short_surnames) and k not in census_given
             and not (len(k) > 2 and k in english) and k not in NOT_SURNAMES)
with open(os.path.join(HERE, "intl_surnames.txt"), "w") as fh:
    fh.write("# Surnames of all Faker 40.63.0 locales (MIT licence) and of indian-names 0.3 (BSD 3-Clause),\n")
    fh.write("# folded to ASCII, less those of surnames.txt; see build_intl_first_names.py.\n")
    fh.write("\n".join(sur) + "\n")
print(len(sur), "surnames", file=sys.stderr)
