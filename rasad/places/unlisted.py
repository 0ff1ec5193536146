"""Villages the gazetteer lacks, placed by the area the text names beside them.

«قصفت قوات النظام قرى التح وجرجناز والغدفة في ريف إدلب الجنوبي الشرقي»: the three
villages are not in any open gazetteer with Arabic names, but the text says where they lie.
Each name after a settlement word («قرية», «بلدات», «حي», «مخيم») that no gazetteer entry
covers becomes a place with the admin1 and point of the nearest area named after the list,
at geo-precision 2 (ACLED's "near"), so no village of a list is lost. With no such area in
the sentence nothing is made up: null beats a guess.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from rasad.datafiles import data_path, load_yaml
from rasad.places.geo import haversine_km
from rasad.text.literals import alt
from rasad.text.normalise import TANWEEN, NormText, normalise_phrase
from rasad.text.words import matches_at, spelled_at, spelled_with
from rasad.types import PlaceMention

CONTEXT_REACH = 90  # normalised characters between the end of a list and the area that holds it
AREA_GAP_WORDS = 8  # … and at most this many words between them («الواقعة في ريف», «التابعة لقضاء»)
AREA_AFTER_COMMA_WORDS = 3  # … of which this many after a comma («، جنوب مدينة»)
CONTEXT_BEFORE = 200  # … or between a place told before and the settlement word of the list
MAX_NAME_WORDS = 2


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    raw = load_yaml(data_path("places", "unlisted.yaml"))
    words = sorted({normalise_phrase(w) for w in [*raw["settlement_words"], *raw.get("town_words", [])]},
                   key=len, reverse=True)
    # «قرى (معصر جق، وقرباش)»: the list may sit in brackets.
    lead = re.compile(r"(?<!\w)(?:و|ف|ب|وب|في)?(?:" + alt(words) + r")(?:\s+\(?|\s*\()\s*")
    # A settlement word opens a list of its own; it never starts a name («كلا من بلدات …»).
    stop = frozenset(normalise_phrase(w) for w in raw["not_names"]) | frozenset(words) | _report_words()
    # A list opens on a whole word (a clitic, then a settlement word): the words where it may.
    return lead, stop, spelled_with(("و", "ف", "ب", "وب", "في"), words)


def _report_words() -> frozenset[str]:
    """Single words the other lexicons know as words of a report, never as a village: trigger
    words («مواجهات»), speech and modality cues («أكدت», «تشهد»), weekdays («الاثنين»)."""
    out: set[str] = set()
    triggers = load_yaml(data_path("events", "triggers.yaml"))
    for entry in triggers["triggers"]:
        out.update(str(p) for p in entry.get("phrases", []) if " " not in str(p))
    cues = load_yaml(data_path("events", "cues.yaml"))
    for family, words in cues.items():
        if isinstance(words, list) and family not in ("civilian_words", "measure_units"):
            out.update(str(w) for w in words if " " not in str(w))
    for names in load_yaml(data_path("time", "days.yaml"))["weekdays"].values():
        out.update(str(n) for n in names)
    # Verbs that look like nouns with «ال» («وألقت القبض», «والتقى»): no village follows «و» so.
    out.update(str(w) for w in load_yaml(data_path("events", "context_words.yaml"))["verbs_like_nouns"])
    return frozenset(normalise_phrase(w) for w in out)


# Between two names of a list: a comma, «و» glued to the next name, or both.
_SENTENCE_END = re.compile(r"[.\n؟!]")
_ITEM_SEP = re.compile(r"\s*(?:[،,]?\s*(?:اضافه الي|بالاضافه الي|علاوه علي|فضلا عن)\s+|[،,]\s*(?:و(?=\w))?|و(?=\w))")


# Verb endings no place name has: «اقتادوه», «قالوا», «نقلوهم».
_VERB_ENDING = re.compile(r"(?:وه|وها|وهم|وا)$")
# «، لتلتقي بذلك مع القوات»: «لـ» + an imperfect verb («ليصبح», «لترتفع») names no village.
_PURPOSE_VERB = re.compile(r"^(?:ل|فل|ول)(?:ي|ت)\w{3,}$")
# «على كل من يتحرك»: after «كل من» an imperfect verb is «whoever does», not a list of places.
_IMPERFECT = re.compile(r"^(?:ي|ت|ن)\w{2,}$")
# «حي الدولار والحي رقم 2» (Sirte's quarters): a quarter named by its number, the word «رقم» and all
_NUMBERED_QUARTER = re.compile(r"(?:ال)?(?:حي|مربع|قطاع) رقم \d+(?!\d)")
# «أحياء الميدان»: a lead word that names city quarters (the gazetteer keeps them as «حي X»)
_QUARTERS = re.compile(r"(?:^|\s)(?:و|ب|في)?(?:ال)?(?:احياء|حيي|حي)(?:\s|$)")


@lru_cache(maxsize=1)
def _name_starters() -> frozenset[str]:
    raw = load_yaml(data_path("places", "unlisted.yaml"))
    return frozenset(normalise_phrase(w) for w in raw.get("name_starters", []))


def _bare(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وبلف" else word


def _is_stop(word: str, stop: frozenset[str]) -> bool:
    """A non-name, bare or behind a proclitic («بريف», «وفي»), or a plural verb."""
    # A verb with its plural ending has at least five letters («قتلوه», «ضربوا»); «راوة» folds to
    # «راوه» and is a name.
    # «وادي» is a name's first word, not «و» + «أدى».
    return word in stop or (len(word) > 2 and word[0] in "وبلف" and word[1:] in stop
                            and word not in _name_starters()) \
        or len(word) >= 5 and bool(_VERB_ENDING.search(word) or _PURPOSE_VERB.match(word))


def _ends_cleanly(text: str, pos: int, end: int, stop: frozenset[str], covered: bytearray | None = None) -> bool:
    """Does a name end at `pos` as a list item does: before punctuation, the end, «و», a
    non-name word («في», «بريف») or a known place glued to «ب» («بالإسكندرية»)? A name
    followed by more words is a clause, not an item."""
    k = pos
    while k < end and text[k] == " ":
        k += 1
    if k >= end or text[k] in ".،,؛;:()[]\n":
        return True
    w = _WORD.match(text, k)
    if w is not None and covered is not None and w.group(0)[:1] in "بل" and k + 1 < len(covered) and covered[k + 1]:
        return True
    return w is None or w.group(0).startswith("و") or _is_stop(w.group(0), stop)


_WORD = re.compile(r"\w+")


_CLOSING_QUOTE = re.compile(r"[»”]")  # only marks that close: «"» opens as often


def _cut_list(names: list[tuple[int, int]], norm: NormText, mark: re.Pattern[str],
              cut_at: Callable[[int, int], int], shortest: int) -> list[tuple[int, int]]:
    """`names` up to the first whose original text holds `mark`: that name ends at
    `cut_at(name_start, mark_position)` (normalised) and stays when `shortest` letters or
    more remain; the names after it are dropped."""
    for k, (a, b) in enumerate(names):
        oa, ob = norm.span(a, b)
        found = mark.search(norm.original, oa, ob)
        if found is not None:
            cut = cut_at(a, norm.norm_index(found.start()))
            return names[:k] + ([(a, cut)] if cut - a >= shortest else [])
    return names


def _names_after(text: str, pos: int, end: int, stop: frozenset[str],
                 covered: bytearray | None = None) -> list[tuple[int, int]]:
    """Spans of the list of names that starts at `pos` («التح وجرجناز والغدفة»); a word that
    is «ب» or «ل» glued to a known place («بالقاهرة») ends a name, it is the area that holds it."""
    spans: list[tuple[int, int]] = []
    i = pos
    after_comma = False
    while i < end:
        words: list[tuple[int, int]] = []
        j = i
        numbered = _NUMBERED_QUARTER.match(text, j)
        if numbered is not None and numbered.end() <= end:
            words = [(numbered.start(), numbered.end())]  # «والحي رقم 2»: a quarter named by its number
        while numbered is None and len(words) < MAX_NAME_WORDS:
            m = _WORD.match(text, j)
            if not m or m.end() > end:
                break
            w = m.group(0)
            if _is_stop(w, stop) or (words and w.startswith("و")) or any(ch.isdigit() for ch in w):
                break
            if words and w.startswith(("بال", "لل")) and len(w) > 4:
                break  # «حي بري بالمتاريس»: a preposition glued to the article opens no name's second word
            words.append((m.start(), m.end()))
            j = m.end()
            if j < end and text[j] == " " and j + 1 < end and text[j + 1].isalpha():
                nxt = re.compile(r"\w+").match(text, j + 1)
                held = covered is not None and nxt is not None and nxt.group(0)[:1] in "بل" \
                    and nxt.start() + 1 < len(covered) and covered[nxt.start() + 1]
                if nxt and not held and not _is_stop(nxt.group(0), stop) and not nxt.group(0).startswith("و"):
                    j += 1
                    continue
            break
        if not words:
            break
        if len(words) > 1 and not _ends_cleanly(text, words[-1][1], end, stop, covered):
            words = words[:1]  # «مديرية شدا طالت مزارع …»: the second word begins the clause
        if len(words) == 1 and _bare(text[words[0][0]:words[0][1]]) in _name_starters():
            break  # «عين», «سيدي», «أولاد» alone begin a name, they are none
        if spans and after_comma and not _ends_cleanly(text, words[-1][1], end, stop, covered):
            break  # «… والخرطوم بحري، استجابة لدعوة»: a clause goes on, the list has ended
        # («بلدتا بني بوعياش وتارجيست أشكالاً …»: an item glued by «و» may be followed by the verb's object)
        spans.append((words[0][0], words[-1][1]))
        sep = _ITEM_SEP.match(text, words[-1][1])
        if not sep or sep.end() >= end:
            break
        # «وسط العاصمة» is not «و» + «سط»: the glued word must not be a known non-name.
        glued = re.compile(r"\w+").match(text, sep.end() - 1 if text[sep.end() - 1] == "و" else sep.end())
        if glued and glued.group(0) in stop:  # checked whole: «وسط» must not become «و» + «سط»
            break
        after_comma = "،" in sep.group(0) or "," in sep.group(0)
        i = sep.end()
    return spans


def _before_known(text: str, a: int, b: int, covered: bytearray) -> tuple[int, int]:
    """«رازح بصعدة»: a name whose last word is a known place behind a proclitic ends before it."""
    k = next((i for i in range(a, b) if covered[i]), None)
    if k is not None and k - 1 > a and text[k - 1] in "بول" and text[k - 2] == " ":
        return a, k - 2
    return a, b


def with_unlisted(norm: NormText, known: list[PlaceMention], country: str | None = None) -> list[PlaceMention]:
    """`known` plus the listed villages no gazetteer entry covers, in text order; a known
    name inside a listed village's name is part of it, not a place of its own."""
    extra = find_unlisted(norm, known, country)
    kept = [p for p in known if not any(u.start <= p.start and p.end <= u.end for u in extra)]
    extra += _told_again(norm, [*kept, *extra], extra)
    return sorted([*kept, *extra], key=lambda p: p.start)


# Before a place named again: a preposition, or the clitic «ب» on the name.
_AGAIN_BEFORE = re.compile(r"(?:^|\s)(?:في|من|الي|قرب|داخل|نحو|حي)\s$")


def _told_again(norm: NormText, places: list[PlaceMention], listed: list[PlaceMention]) -> list[PlaceMention]:
    """«خرج المحتجون في أحياء بري والصحافة … وأطلقت قوات الأمن الرصاص على المتظاهرين في بري»:
    a village or quarter the article listed is the same place when named again after a
    preposition (or «ب»), though no settlement word stands before it the second time."""
    text = norm.text
    spans = [(norm.norm_index(p.start), norm.norm_index(p.end)) for p in places]
    out: list[PlaceMention] = []
    seen: set[str] = set()
    for u in listed:
        name = normalise_phrase(u.text)
        if len(name) < 3 or name in seen:
            continue
        seen.add(name)
        for start, end, clitic in spelled_at(text, name, ("ب",)):
            a = start + len(clitic)
            if any(s <= a < e for s, e in spans) or not (clitic or _AGAIN_BEFORE.search(text, max(0, start - 6), start)):
                continue
            oa, ob = norm.span(a, end)
            out.append(replace(u, text=norm.original[oa:ob], start=oa, end=ob))
            spans.append((a, end))
    return out


def find_unlisted(norm: NormText, known: list[PlaceMention], country: str | None = None) -> list[PlaceMention]:
    """Places for the listed villages no Arabic gazetteer key covers: a town GeoNames knows
    only by its Latin name («مدينة جرادة»: Jerada, rasad.places.latin) in the area's country
    (else `country`), or else a place at the area the text names beside the list."""
    from rasad.places import get_resolver

    resolver = get_resolver()
    lead, stop, lead_words = _lexicon()
    text = norm.text
    known_norm = sorted(((norm.norm_index(p.start), norm.norm_index(p.end), p) for p in known), key=lambda k: k[:2])
    known_starts = [k[0] for k in known_norm]
    covered = bytearray(len(text) + 1)  # characters inside a known place
    for s, e, _ in known_norm:
        covered[s:e] = b"\x01" * (e - s)
    out: list[PlaceMention] = []
    for m in matches_at(lead, norm, lead_words):
        stop_at = _SENTENCE_END.search(text, m.end())
        sent_end = stop_at.start() if stop_at else len(text)
        names = _names_after(text, m.end(), sent_end, stop, covered)
        if names and "كل" in m.group(0) and not covered[names[0][0]] \
                and _IMPERFECT.match(text[names[0][0]:names[0][1]].split()[0]):
            continue  # «كل من يرفع هاتفه»: whoever does, no list
        # A name the gazetteer knows is no unlisted village; a longer name that only ends in a
        # known one («أبو صرة» around «صرة») is, and wins over it (see `with_unlisted`).
        names = [_before_known(text, a, b, covered) for a, b in names if not covered[a]]
        # «قريتي أم الكيف وتل شنان، متسبباً بأضرار», «قرية الزيارة غرباً»: no name carries tanween;
        # a word that does is an adverb or a participle, and the name (or the list) ended before it.
        names = _cut_list(names, norm, TANWEEN, lambda a, at: text.rfind(" ", a, at), shortest=1)
        # «تجمعات إرهابيي «جبهة النصرة» فيها»: a name does not run on past a closing quote mark
        # (the normalised text has none), nor does the list.
        names = _cut_list(names, norm, _CLOSING_QUOTE, lambda a, at: at, shortest=3)
        if not names:
            continue
        list_end = names[-1][1]
        while list_end < len(text) and text[list_end] in ") ":
            list_end += 1
        i = bisect.bisect_left(known_starts, list_end)
        area = next((p for s, e, p in known_norm[i:i + 3] if s <= list_end + CONTEXT_REACH and s < sent_end
                     and _holds_list(text[list_end:s])), None)
        if area is None:
            # «قصفت المدفعية قرية الأسدية المجاورة»: with no area after it, the village lies
            # near the place told just before (in its sentence or the one before).
            j = bisect.bisect_left(known_starts, m.start())
            before = [p for s, e, p in known_norm[max(0, j - 3):j] if e <= m.start() and m.start() - e <= CONTEXT_BEFORE
                      and p.feature != "country"]
            # A known village of the same list places its siblings («بلدات حلبا وببنين»).
            siblings = [p for s, e, p in known_norm if m.end() <= s < list_end and p.feature in ("town", "admin3")]
            area = siblings[0] if siblings else before[-1] if before else None
        if area is not None and area.admin1_code is None and area.country is None:
            area = None
        in_country = area.country if area is not None else country
        towns = in_country is not None and not _not_towns().search(m.group(0))
        quarters = _QUARTERS.search(m.group(0)) is not None
        for a, b in names:
            oa, ob = norm.span(a, b)
            city = area if area is not None and area.feature not in ("admin1", "country") else None
            if quarters and (quarter := resolver.quarter_place(norm.original, oa, ob, in_country, city)) is not None:
                out.append(quarter)  # «أحياء الميدان والسليمانية» in Aleppo: the quarters «حي الميدان», «حي السليمانية»
                continue
            town = resolver.latin_place(norm.original, oa, ob, in_country) if towns else None
            if town is not None and area is not None and not _near(town, area):
                town = None  # «أم العرائس من ولاية قفصة» is no «La Marsa» 300 km away
            if town is not None:
                out.append(town)
            elif area is not None and not _town_word().search(m.group(0)):
                out.append(replace(area, text=norm.original[oa:ob], start=oa, end=ob,
                                   name_ar=norm.original[oa:ob], name_en=None, gazetteer_id=None,
                                   geo_precision=2, feature="town"))
    return out


def _holds_list(gap: str) -> bool:
    """Is the area after a list the one that holds it? Only when a short locative phrase
    stands between them («في ريف», «التابعة لقضاء»), not a clause of its own («، احتجاجاً
    على ما وصفوه بالاعتداءات … في الخرطوم», «، وفق مصدر بمستشفى سبها»)."""
    comma = max(gap.rfind("،"), gap.rfind(","))
    return (len(gap.split()) <= AREA_GAP_WORDS and not _CLAUSE_BREAK.search(gap)
            and (comma < 0 or len(gap[comma + 1:].split()) <= AREA_AFTER_COMMA_WORDS))


# A comma and a word glued to «و», or a source named: what follows is another clause.
_CLAUSE_BREAK = re.compile(r"[،,]\s*و\w|(?<!\w)(?:وفق|وفقا|بحسب|حسب|حيث)(?!\w)")


LATIN_NEAR_KM = 60  # a Latin-only town read for a listed name lies this near the town named with it


def _near(town: PlaceMention, area: PlaceMention) -> bool:
    """Does the town lie in the area named with it: in the governorate it names, or near the town?"""
    if area.feature in ("admin1", "country") or town.lat is None or area.lat is None \
            or town.lon is None or area.lon is None:
        return town.admin1_code == area.admin1_code if area.feature != "country" else town.country == area.country
    return haversine_km(town.lat, town.lon, area.lat, area.lon) <= LATIN_NEAR_KM


def _words_pattern(key: str) -> re.Pattern[str]:
    raw = load_yaml(data_path("places", "unlisted.yaml"))
    words = sorted({normalise_phrase(w) for w in raw.get(key, [])}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:و|ف|ب|وب|في)?(?:" + alt(words) + r")(?!\w)")


@lru_cache(maxsize=1)
def _not_towns() -> re.Pattern[str]:
    return _words_pattern("not_towns")


@lru_cache(maxsize=1)
def _town_word() -> re.Pattern[str]:
    return _words_pattern("town_words")


_DUAL_RIF = re.compile(r"^(?:و|ف|ب)?(?:ال)?ريفي\s")
_AND_NEXT = re.compile(r"^\s*و\s*$")


def dual_countryside(norm: NormText, places: list[PlaceMention]) -> list[PlaceMention]:
    """«بريفي إدلب وحلب»: the second name of a dual «ريفي X وY» is Y's countryside too, an
    area of Y's governorate, not the city Y."""
    out = list(places)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if not _DUAL_RIF.match(normalise_phrase(first.text)):
            continue
        if not _AND_NEXT.match(norm.original[first.end:second.start]) or second.feature == "area":
            continue
        out[i + 1] = replace(second, name_ar="ريف " + second.name_ar,
                             name_en=f"{second.admin1 or second.name_en} countryside" if (second.admin1 or second.name_en) else None,
                             geo_precision=2, feature="area", gazetteer_id=None)
    return out
