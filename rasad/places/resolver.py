"""Find and geocode the places an article names, with ACLED precision and ISO admin1.

One pass of the clitic-aware matcher finds every gazetteer name; `context.read_context`
reads the words around each; a two-pass vote (unambiguous names first, then the rest scored
by country hint, governorates and places named nearby, and population) picks among
same-named places.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, replace
from functools import lru_cache
from typing import Any, Collection

from rasad.places.context import (PREPOSITIONS, TYPE_WORDS, Context, is_strong, opens_dateline, read_context,
                                  read_rif_suffix)
from rasad.places.gazetteer import HAMLET_SOURCES, SOURCE_RANK, Entry, Gazetteer
from rasad.places.countryside import Countryside
from rasad.places.geo import BEARINGS, bearing_deg, bearing_gap, destination, haversine_km
from rasad.places.capitals import bare_capitals
from rasad.places.readings import (country_not_place, ordinary_word, readings, team_name, word_after,
                                   word_before)
from rasad.text.literals import GatedPattern
from rasad.text.matcher import PhraseMatch, PhraseMatcher
from rasad.text.normalise import TANWEEN, NormText, normalise, normalise_phrase
from rasad.text.words import matches_at, spelled_with
from rasad.types import PlaceMention

# Prior for a bare name: a settlement or site before the division named after it (ACLED codes
# «حماة» as the city), a country before its capital («تونس»).
FEATURE_PRIOR = {"country": 1.2, "town": 1.0, "site": 1.0, "area": 0.9, "admin1": 0.55,
                 "admin3": 0.5, "admin2": 0.45}
BASE_PRECISION = {"town": 1, "site": 1, "area": 2, "admin3": 2, "admin2": 2, "admin1": 3, "country": 3}
# Conflict-news prior: the countries this tool is mostly fed.
COUNTRY_PRIOR = {"SY": 0.4, "IQ": 0.3, "YE": 0.3, "LY": 0.3, "LB": 0.3, "PS": 0.3, "SD": 0.2, "SO": 0.2}


def _nisba_table() -> dict[str, str]:
    """Nationality adjective (normalised, masculine singular) → country, from countries.yaml."""
    from rasad.places.data import load_countries

    return {normalise_phrase(n): c.cc for c in load_countries() for n in c.nisba}


_NISBA = _nisba_table()
_NISBA_RE = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?ال(" + "|".join(_NISBA) + r")(?:ه|ين|ون|يه)?(?!\w)")
# Every word it can match (it is a whole word): it is tried only at those.
_NISBA_WORDS = spelled_with(("و", "ف", "ب", "ل"), ("ال" + n + s for n in _NISBA for s in ("", "ه", "ين", "ون", "يه")))
RIF_OFFSET_KM = 20.0  # «ريف حماة الشمالي»: a point this far toward that side when the gazetteer has
# too few villages there to place its countryside (rasad.places.countryside)
_DIR_EN = {0.0: "Northern", 45.0: "North-eastern", 90.0: "Eastern", 135.0: "South-eastern",
           180.0: "Southern", 225.0: "South-western", 270.0: "Western", 315.0: "North-western"}


# Between a place and the place that holds it: «X في محافظة Y», «X بريف Y», «X التابعة لمدينة Y»,
# «X وسط Y», «X بالقاهرة». The holder's own cue words («ريف», «شمال») are already in its span.
_HOLDER_TYPES = "|".join(sorted({*TYPE_WORDS, "اقليم", "عاصمه", "مركز", "ريف", "ضواحي"}, key=len, reverse=True))
_LINK_RE = re.compile(
    r"^[\s،,(]*(?P<w>(?:(?:ال)?(?:واقعه|تابعه|قريبه|واقعتين|تابعتين)\s+(?:ل|ب|في\s+|من\s+)?)?"
    r"(?:(?:في|ضمن|داخل|وسط)\s+)?"
    rf"(?:(?:ب|ل)?(?:ال)?(?:{_HOLDER_TYPES})\s+)?(?:ب)?)\s*$")
_SENTENCE_END = re.compile(r"[.؟?!\n؛]")
# The rest of a list between its first name and the place that holds it («وثعبات والجحملية»),
# and what joins two names of one list.
_LIST_TAIL = re.compile(r"^(?:\s*[،,]?\s*و(?!في\b|ب\S)\S+){1,6}")
_LIST_JOIN = re.compile(r"^\s*[،,]?\s*و?\s*$")
HOLDER_NEAR_KM = 60.0  # a candidate this close to the place named as holding it lies inside
HOLDER_FAR_KM = 120.0  # a known place of the same country this far off is a namesake the gazetteer lacks
PREVIOUS_CITY_REACH = 250  # characters back to the city of the sentences before, when a sentence names none
URBAN_NEAR_KM = 15.0  # a street, square or neighbourhood lies this close to its city
_NAME_WORD = re.compile(r"\w+")


class _Hit:
    __slots__ = ("match", "ctx", "cands", "choice", "holder", "relocate", "drop", "in_kind_list", "quarter")

    def __init__(self, match: PhraseMatch[list[str]], ctx: Context, cands: list[Entry]) -> None:
        self.match, self.ctx, self.cands = match, ctx, cands
        self.choice: Entry | None = None
        self.holder: int | None = None  # index of the hit named as holding this one
        self.relocate: int | None = None  # index of the hit whose point this one takes
        self.drop = False
        # «قرى X وY وZ»: opened by a place word (not a street's), or an item of such a list
        self.in_kind_list = ctx.kind is not None and ctx.urban is None
        self.quarter = False  # «أحياء X وY»: named as a city's quarter, or an item of such a list


# The words that name a city's quarters before a list of them (normalised): «أحياء», «حيي».
QUARTER_WORDS = frozenset({"احياء", "حيي", "الاحياء"})
QUARTER_REACH_KM = 15.0  # a quarter lies this close to the centre of the city named with it
NAMESAKE_CITY = 100_000  # a city this large abroad is meant even alone (see _drop_namesakes_abroad)
LATIN_DOMINANCE = 2  # a Latin-only town is chosen over a rival of its skeleton when twice as populous
LATIN_DOMINANCE_ANYWHERE = 5  # … and, when the article's country is unknown, five times
LATIN_TOWN_ANYWHERE = 10_000  # … and then only a town of this population or more


class Resolver:
    """Holds the gazetteer and its automaton; `find()` is the per-article call."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.matcher: PhraseMatcher[str] = PhraseMatcher(suffixes=("",), allow_article=False)
        self.matcher.add_all(((key, key) for key in gaz.keys), normalised=True)  # keys are matching forms
        self._admin1_keys: dict[str, set[str]] = {}
        for i, ent in enumerate(gaz.entries):
            if ent.feature == "admin1" and ent.admin1:
                self._admin1_keys.setdefault(ent.admin1, set()).update(
                    k for k in (normalise_phrase(n) for n in ent.names) if k)
        # The town a governorate is named after, found through the key index; a governorate name
        # that the index lacks (a stop-listed word: «معسكر», «الوادي») through its towns' names.
        self._capital_of: dict[str, bool] = {}
        with_capital: set[str] = set()  # governorates named after a town of their own
        unindexed: dict[str, set[str]] = {}
        for code, keys in self._admin1_keys.items():
            for k in keys:
                if k not in gaz.keys:
                    unindexed.setdefault(code, set()).add(k)
                for i in gaz.keys.get(k, ()):
                    e = gaz.entries[i]
                    if e.feature == "town" and e.admin1 == code:
                        self._capital_of[e.id] = True
                        with_capital.add(code)
        admin3_countries: set[str] = set()
        for ent in gaz.entries:
            if ent.feature == "admin3":
                admin3_countries.add(ent.country)
            if ent.admin1 in unindexed and ent.feature == "town" and not self._capital_of.get(ent.id):
                if {normalise_phrase(n) for n in ent.names} & unindexed[ent.admin1]:
                    self._capital_of[ent.id] = True
                    with_capital.add(ent.admin1)
        # A governorate no town of its own is named after («صلاح الدين», «الأنبار»): its name means
        # the governorate, over a namesake town elsewhere (Pirmam's «صلاح الدين» near Erbil).
        self._townless_admin1 = set(self._admin1_keys) - with_capital
        self._admin3_countries = frozenset(admin3_countries)
        self._countryside = Countryside(gaz)
        # Each country's capital (countries.yaml), for «العاصمة» told bare: its most populous town of that name.
        from rasad.places.data import load_countries

        self._capitals: dict[str, tuple[Entry, str]] = {}
        for c in load_countries():
            towns = [gaz.entries[i] for i in gaz.keys.get(normalise_phrase(c.capital), ())
                     if gaz.entries[i].country == c.cc and gaz.entries[i].feature == "town"] if c.capital else []
            if towns and c.capital:
                self._capitals[c.cc] = (max(towns, key=lambda e: e.population or 0), c.capital)
        self._country_keys = {k for e in gaz.entries if e.feature == "country"
                               for k in (normalise_phrase(n) for n in e.names) if k}
        self._readings = readings()
        from rasad.places.gazetteer import _function_words

        fw = gaz.function_words or frozenset(_function_words())
        self._not_names = (self._readings.urban_not_names | fw | set(BEARINGS) | PREPOSITIONS
                           | self._readings.urban)
        # «حي X» with an unknown X is rasad.places.unlisted's (it lists neighbourhoods and villages).
        words = "|".join(sorted(self._readings.urban - {"حي", "حيي"}, key=len, reverse=True))
        # Few articles name a street or a square: their words are looked for before the scan.
        self._urban_re = GatedPattern(re.compile(rf"(?<!\w)(?:و|ف)?(?:ب|ل)?({words}) (\w+)"))
        self.matcher.find_all(normalise("تهيئة"))  # build the automaton now, not on the first article

    # -- towns known only by a Latin name ------------------------------------------------------
    def latin_place(self, text: str, start: int, end: int, country: str | None) -> PlaceMention | None:
        """The town GeoNames knows only as «Jerada» for the name «جرادة» at text[start:end],
        in `country` when given; None when no town or no clear one (a rival of the same
        skeleton with half its population or more) answers: null beats a guess."""
        surface = text[start:end]
        e = self.latin_entry(surface, country)
        return None if e is None else self._entry_mention(e, surface, start, end)

    def quarter_place(self, text: str, start: int, end: int, country: str | None,
                      city: PlaceMention | None = None) -> PlaceMention | None:
        """«أحياء الميدان والسليمانية في مدينة حلب»: the city quarter the gazetteer keeps as «حي
        الميدان» for a listed name it knows by no key of its own (a common word: «الميدان»), in
        `country`, the one of `city` when the text names it (Aleppo's, not Damascus's); None when
        no quarter, or more than one and no city, answers."""
        surface = text[start:end]
        quarters = self._quarters(normalise_phrase(surface), country)
        if city is not None and city.lat is not None and city.lon is not None:
            quarters = [e for e in quarters if e.lat is not None and e.lon is not None
                        and haversine_km(e.lat, e.lon, city.lat, city.lon) <= QUARTER_REACH_KM]
        return self._entry_mention(quarters[0], surface, start, end) if len(quarters) == 1 else None

    def _quarters(self, key: str, country: str | None) -> list[Entry]:
        """The city quarters the gazetteer keeps as «حي <key>», in `country` when given."""
        return [self.gaz.entries[i] for i in self.gaz.keys.get("حي " + key, ())
                if not country or self.gaz.entries[i].country == country]

    def _entry_mention(self, e: Entry, surface: str, start: int, end: int) -> PlaceMention:
        """A mention of the town or quarter `e` at text[start:end], its spelling as written."""
        a1 = self.gaz.admin1.get(e.admin1 or "")
        return PlaceMention(
            text=surface, start=start, end=end, name_ar=surface, name_en=ascii_name(e.name_en), country=e.country,
            admin1=a1[0] if a1 else None, admin1_ar=a1[1] if a1 else None, admin1_code=e.admin1,
            lat=None if e.lat is None else round(e.lat, 5), lon=None if e.lon is None else round(e.lon, 5),
            geo_precision=BASE_PRECISION.get("town", 1), gazetteer_id=e.id, feature="town")

    def latin_entry(self, name: str, country: str | None) -> Entry | None:
        """The Latin-only GeoNames town `name` stands for (see latin_place), or None."""
        from rasad.places.latin import arabic_keys

        idx = {i for k in arabic_keys(name) for i in self.gaz.latin.get(k, ())}
        cands = [self.gaz.entries[i] for i in idx]
        if country:
            cands = [e for e in cands if e.country == country]
        if not cands:
            return None
        cands.sort(key=lambda e: -e.population)
        # With no country known, only a town of some size that dwarfs its namesakes abroad.
        dominance, floor = (LATIN_DOMINANCE, 0) if country else (LATIN_DOMINANCE_ANYWHERE, LATIN_TOWN_ANYWHERE)
        if cands[0].population < floor or len(cands) > 1 and cands[1].population * dominance > cands[0].population:
            return None
        return cands[0]

    # -- candidates ---------------------------------------------------------------------------
    def _candidates(self, key: str, ctx: Context) -> list[Entry]:
        ents = [self.gaz.entries[i] for i in self.gaz.keys.get(key, ())]
        if ctx.kind == "district":
            # «قضاء الحويجة», «مديرية صرواح»: Iraq's, Lebanon's or Yemen's districts, never a Syrian hamlet.
            ents = [e for e in ents if e.source != "ocha"]
        if ctx.kind == "admin1":
            adm = [e for e in ents if e.feature == "admin1"]
            if adm:
                return adm
        elif ctx.kind == "admin3":
            # «ناحية ربيعة»: a sub-district, or the town that seats one where the gazetteer keeps
            # no sub-districts (Iraq's nahiyas are their seat towns), never a Syrian one by default.
            adm = [e for e in ents if e.feature == "admin3"
                   or e.feature == "town" and e.country not in self._admin3_countries]
            if adm:
                return adm
        elif ctx.kind == "town" or ctx.rif or ctx.distance_km is not None:
            towns = [e for e in ents if e.feature in ("town", "site", "area")]
            if towns:
                return towns
        return ents

    @staticmethod
    def _evidence(cands: list[Entry], ctx: Context) -> tuple[dict[str, int], dict[str, int], tuple[float, float] | None]:
        """What one name says about the article: its country, its governorate, a point. Hamlets
        of the village lists are heard only when nothing else bears the name: «عكار» says Lebanon
        though an Iraqi hamlet shares it."""
        cands = [e for e in cands if e.source not in HAMLET_SOURCES] or cands
        ccs = {e.country for e in cands}
        adm = {e.admin1 for e in cands}
        c = {next(iter(ccs)): 1} if len(ccs) == 1 else {}
        a = {next(iter(adm)): 2 if ctx.rif or ctx.kind == "admin1" else 1} if len(adm) == 1 and None not in adm else {}
        e0 = cands[0]
        pt = (e0.lat, e0.lon, e0.country) if len(cands) == 1 and e0.feature in ("town", "site") and e0.lat is not None else None
        return c, a, pt

    @staticmethod
    def _nisba_countries(norm: NormText) -> Counter[str]:
        """«اليمنية», «الليبي», «العراقيين»: nationality adjectives as weak country evidence."""
        found: Counter[str] = Counter()
        for m in matches_at(_NISBA_RE, norm, _NISBA_WORDS):
            found[_NISBA[m.group(1)]] += 1
        return Counter({k: min(v, 3) * 0.5 for k, v in found.items()})

    def _score(self, e: Entry, hint: str | None, countries: Counter[str], admins: Counter[str],
               anchors: dict[str, list[tuple[float, float, str]]],
               own: tuple[dict[str, int], dict[str, int], Any], why: list[str] | None = None) -> float:
        """Prior (feature, source, region, population) plus what the rest of the article says;
        `why`, when given, receives each part as «reason +value» (rasad places resolve --explain)."""
        # (reason, what it names, value): the reason is spelled out only when `why` asks for it,
        # not for each of the thousands of candidates scored.
        parts: list[tuple[str, object, float]] = [("feature {}", e.feature, FEATURE_PRIOR.get(e.feature, 0.5)),
                                                  ("source {}", e.source, SOURCE_RANK.get(e.source, 0.0)),
                                                  ("region {}", e.country, COUNTRY_PRIOR.get(e.country, 0.0))]
        if e.feature == "town" and self._capital_of.get(e.id):
            parts.append(("governorate capital", None, 0.5))  # the town a governorate is named after: far more often meant
        elif e.feature == "admin1" and e.admin1 in self._townless_admin1:
            parts.append(("governorate named after no town", None, 0.6))
        if e.population:
            parts.append(("population {}", e.population, 0.12 * math.log10(e.population + 1)))
        if hint and e.country == hint:
            parts.append(("country hint", None, 1.5))
        own_c, own_a = own[0], own[1]
        total = sum(countries.values()) - sum(own_c.values())
        if total > 0:
            parts.append(("other names' countries", None, 1.2 * (countries[e.country] - own_c.get(e.country, 0)) / total))
        if e.admin1:
            n = admins[e.admin1] - own_a.get(e.admin1, 0)
            if n > 0:
                parts.append(("{} named nearby", e.admin1, 0.8 + 0.1 * min(n, 5)))
        pts = anchors.get(e.country) if e.lat is not None else None  # places named in the same country
        if pts:
            k = math.cos(math.radians(e.lat))
            d2 = min(((e.lat - p[0]) ** 2 + ((e.lon - p[1]) * k) ** 2 for p in pts if p != own[2]), default=None)
            d2 = d2 * 111.2 ** 2 if d2 is not None else 1e9
            parts.append(("near other places", None, 0.8 if d2 < 900 else 0.4 if d2 < 10000 else 0.0))
        if why is not None:
            why.extend(f"{r.format(arg)} {v:+.2f}" for r, arg, v in parts if v)
        return sum(v for _, _, v in parts)

    # -- the article --------------------------------------------------------------------------
    def find(self, norm: NormText, country_hint: str | None = None,
             explain: list[dict[str, Any]] | None = None) -> list[PlaceMention]:
        """Places in `norm`, in text order, non-overlapping, spans into the original text.
        `explain`, when given, receives each name's candidates with scores and reasons."""
        hits: list[_Hit] = []
        text = norm.text
        quarter_of: dict[str, list[Entry]] = {}  # names read as a city's quarters, by key
        for m in self.matcher.find(norm):
            key = m.payload[0]
            if m.prefix and len(key) <= 2:
                continue  # «باب» is a word, not «ب» + «إب»: a two-letter name takes no proclitic
            if m.prefix.endswith("س"):
                continue  # the future «س» opens verbs, never a name: «سكنية» is no «كنية»
            if TANWEEN.search(norm.original, m.start, m.end):
                continue  # «أصدرت المحكمة حكماً»: a word written with tanween is no place's name
            ctx = read_context(text, m.norm_start, m.norm_end, m.prefix)
            if key.startswith("ريف "):
                read_rif_suffix(text, ctx)
            elif hits and hits[-1].ctx.rif_dual and not ctx.cued and m.prefix.startswith("و") and (
                    text[hits[-1].match.norm_end:m.norm_start - len(m.prefix)].strip() == ""):
                ctx.rif, ctx.cued = True, True
                read_rif_suffix(text, ctx)
            # «محافظات صعدة وحجة وذمار»: an item of a list of places is a place.
            listed = bool(hits) and m.prefix.startswith("و") and (
                text[hits[-1].match.norm_end:m.norm_start - len(m.prefix)].strip(" ،,") == "")
            if key in self.gaz.cue_keys and not ctx.cued and not listed and not opens_dateline(
                    text, m.norm_start - len(m.prefix), m.norm_end):
                continue
            # The riskiest names stand in a list only one a place word opened: «قرى X وY», not
            # «في شارع سوريا وداهم».
            kind_listed = listed and hits[-1].in_kind_list and not {
                self.gaz.entries[i].country for i in self.gaz.keys.get(key, ())}.isdisjoint(
                e.country for e in hits[-1].cands)  # «محافظة كركوك وقاعدة كي وان»: no Yemeni عزلة
            if key in self.gaz.strong_keys and not is_strong(ctx) and not kind_listed:
                continue
            before = word_before(text, m.norm_start - len(m.prefix))
            if team_name(before, m.prefix):
                continue
            if m.prefix[-1:] in ("ب", "ل", "ك") and before in TYPE_WORDS:
                continue  # «بلدة ببنين»: after a place word the letter is the name's own, no preposition
            if (key in self._readings.not_before or key in self._readings.not_after) and ordinary_word(
                    key, before, word_after(text, m.norm_end)):
                continue
            cands = self._candidates(key, ctx)
            # «أحياء الحمدانية وصلاح الدين والميدان»: a quarter the gazetteer keeps as «حي X» is
            # that quarter, not a town or a governorate of the same name elsewhere.
            quarter = before in QUARTER_WORDS or (listed and hits[-1].quarter)
            # (in the country the article is from when it is known; the same name as another place
            # competes, and the scores decide)
            if quarter and (quarters := self._quarters(key, country_hint)):
                cands = quarter_of[key] = quarters + [e for e in cands if e not in quarters
                                                      and (not country_hint or e.country == country_hint)]
            elif key in quarter_of and ctx.kind in (None, "town") and not ctx.rif:
                cands = quarter_of[key]  # «… ما تسبب باستشهاد 3 مواطنين في الحمدانية»: the quarter told before
            if key in self._country_keys and not ctx.urban and country_not_place(key, before, m.prefix, PREPOSITIONS):
                cands = [e for e in cands if e.feature != "country"]
            elif ctx.bearing is not None and ctx.distance_km is None and ctx.kind is None \
                    and any(e.feature == "country" for e in cands):
                # «جنوب شرقي الجزائر», «شمال الكويت»: a part of the country, not of its capital
                # («على بعد 20 كم جنوب تونس» measures from the city)
                cands = [e for e in cands if e.feature == "country"]
            if cands:
                hits.append(_Hit(m, ctx, cands))
                hits[-1].in_kind_list |= kind_listed
                hits[-1].quarter = quarter
        if not hits:
            return self._capital_mentions(norm, [], country_hint)
        # Pass 1: what the unambiguous names say about the article's countries and governorates;
        # pass 2 chooses; pass 3 chooses again with every other name's choice as evidence.
        nisba = self._nisba_countries(norm)
        evidence = [self._evidence(h.cands, h.ctx) for h in hits]
        if all(len(h.cands) == 1 for h in hits):
            for h in hits:
                h.choice = h.cands[0]
        countries: Counter[str] = Counter()
        admins: Counter[str] = Counter()
        anchors: dict[str, list[tuple[float, float, str]]] = {}
        for _ in range(2):
            if all(h.choice is not None and len(h.cands) == 1 for h in hits):
                break
            countries = Counter(nisba)
            admins = Counter()
            for ccs, adm, _pt in evidence:
                for k, v in ccs.items():
                    countries[k] += v
                for k, v in adm.items():
                    admins[k] += v
            if country_hint:
                countries[country_hint] += 2
            anchors = {}
            for pt in {pt for (_, _, pt) in evidence if pt is not None}:
                anchors.setdefault(pt[2], []).append(pt)
            chosen: dict[tuple[Any, ...], Entry] = {}  # the same name read the same way: one vote
            for h, own in zip(hits, evidence):
                if len(h.cands) == 1:
                    h.choice = h.cands[0]
                    continue
                memo = (id(h.cands[0]), len(h.cands), h.ctx.kind, h.ctx.rif, tuple(own[0].items()),
                        tuple(own[1].items()), own[2])
                if memo in chosen:
                    h.choice = chosen[memo]
                    continue
                h.choice = chosen[memo] = max(
                    h.cands, key=lambda e: self._score(e, country_hint, countries, admins, anchors, own))
            evidence = [self._evidence([h.choice], h.ctx) for h in hits]  # type: ignore[list-item]
        if explain is not None:
            picked = {id(h): h.choice for h in hits}
        self._read_holders(text, hits, country_hint)
        self._drop_hamlets_abroad(hits, nisba, country_hint)
        self._drop_namesakes_abroad(text, hits, nisba, country_hint, self.gaz.cue_keys)
        if explain is not None:
            for h, own in zip(hits, evidence):
                rows = []
                for e in h.cands:
                    why: list[str] = []
                    sc = self._score(e, country_hint, countries, admins, anchors, own, why) if len(h.cands) > 1 else None
                    rows.append({"id": e.id, "name_en": ascii_name(e.name_en), "country": e.country,
                                 "admin1_code": e.admin1, "feature": e.feature, "lat": e.lat, "lon": e.lon,
                                 "score": None if sc is None else round(sc, 3), "why": why or ["only candidate"]})
                rows.sort(key=lambda r: -(r["score"] or 0))
                note = None if picked[id(h)] is h.choice else "the place the text names as holding it decided"
                explain.append({"text": norm.original_slice(h.match.norm_start, h.match.norm_end),
                                "key": h.match.payload[0], "chosen": h.choice.id if h.choice else None,
                                "holder_note": note, "candidates": rows})
        out: list[PlaceMention] = []
        last_end = 0
        for h in hits:
            pm = self._mention(norm, h, last_end)
            out.append(pm)
            last_end = pm.end
        for i, h in enumerate(hits):
            if h.relocate is not None:
                out[i] = self._moved(norm, out[i], h, out[h.relocate], hits[h.relocate])
        keep = [pm for pm, h in zip(out, hits) if not h.drop]
        capitals = self._capital_mentions(norm, keep, country_hint)
        urban = self._unlisted_sites(norm, hits, out, capitals)
        if urban or capitals:
            keep = sorted(keep + urban + capitals, key=lambda p: p.start)
        return keep

    def _capital_mentions(self, norm: NormText, told: list[PlaceMention], hint: str | None) -> list[PlaceMention]:
        """«وفي العاصمة، …»: the capital of the country a nationality adjective names, else of the
        one the article's places (and its dateline's hint) point to, when one leads."""
        if "عاصمه" not in norm.text:
            return []
        votes: Counter[str] = Counter(p.country for p in told if p.country)
        if hint:
            votes[hint] += 2
        top = votes.most_common(2)
        country = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
        spans = [(norm.norm_index(p.start), norm.norm_index(p.end - 1) + 1) for p in told]

        def nisba_of(word: str) -> str | None:
            m = _NISBA_RE.fullmatch(word)
            return _NISBA[m.group(1)] if m else None

        out = []
        for s, e, cc in bare_capitals(norm.text, spans, nisba_of, country, self._readings.capital_qualifiers):
            if cc not in self._capitals:
                continue
            entry, name_ar = self._capitals[cc]
            a, b = norm.span(s, e)
            a1 = self.gaz.admin1.get(entry.admin1 or "")
            out.append(PlaceMention(
                text=norm.original[a:b], start=a, end=b, name_ar=name_ar, name_en=ascii_name(entry.name_en),
                country=entry.country, admin1=a1[0] if a1 else None, admin1_ar=a1[1] if a1 else None,
                admin1_code=entry.admin1, lat=None if entry.lat is None else round(entry.lat, 5),
                lon=None if entry.lon is None else round(entry.lon, 5), geo_precision=1, gazetteer_id=entry.id,
                feature="town"))
        return out

    def _drop_hamlets_abroad(self, hits: list[_Hit], nisba: Counter[str], hint: str | None) -> None:
        """A hamlet of OCHA's lists in an article that points to another country («مدينة جرادة»
        in a Moroccan report) is a namesake: the name is left to the unlisted-place reader; with
        nothing else in the article saying where, a town GeoNames knows by its Latin name only
        (see latin_entry: large, and dwarfing its namesakes) is meant rather than the hamlet."""
        ocha = [h for h in hits if h.choice is not None and h.choice.source in HAMLET_SOURCES]
        if not ocha:
            return
        named = {h.choice.country for h in hits if h.choice is not None and h.choice.source not in HAMLET_SOURCES}
        named |= {c for c, v in nisba.items() if v}
        if hint:
            named.add(hint)
        if named:
            for h in ocha:
                if h.choice.country not in named:  # type: ignore[union-attr]
                    h.drop = True
        else:  # nothing else says where: a town of some size abroad beats a hamlet
            for h in ocha:
                town = self.latin_entry(h.match.payload[0], None)
                if town is not None:
                    h.choice = town

    @staticmethod
    def _drop_namesakes_abroad(text: str, hits: list[_Hit], nisba: Counter[str], hint: str | None,
                               cue_keys: Collection[str] = frozenset()) -> None:
        """«قرب مفرق» in a Lebanese report, «صباح» in a Sudanese one: a town or district that is
        the only name of its country in an article whose other names agree on another country
        is a namesake the gazetteer lacks there; null beats a guess abroad. Countries and their
        first-level divisions named as such, and cities of 100,000 or more, stand."""
        support: Counter[str] = Counter()
        for cc in {(h.choice.country, h.match.payload[0]) for h in hits if h.choice is not None and not h.drop}:
            support[cc[0]] += 1
        for cc, v in nisba.items():
            support[cc] += v
        if hint:
            support[hint] += 2
        if not support:
            return
        home, n = support.most_common(1)[0]
        if n < 2:
            return
        for h in hits:
            e = h.choice
            if e is None or h.drop or e.country == home or support[e.country] > 1 \
                    or h.relocate is not None or h.holder is not None:
                continue  # (a place the text says holds it has placed it already)
            if e.feature in ("country", "admin1") or e.population >= NAMESAKE_CITY or h.ctx.kind == "admin1":
                continue
            if any(c.feature == "admin2" and c.country == e.country for c in h.cands) and h.match.payload[0] not in cue_keys:
                continue  # «في عفرين» under a Turkish dateline: a town that names its district is no gap abroad
            if readings().across_border.search(text, max(0, h.match.norm_start - 30), h.match.norm_start):
                continue  # «صواريخ … باتجاه مستوطنة كريات شمونة»: fire aimed across a border lands abroad
            h.drop = True

    # -- places inside places -----------------------------------------------------------------
    def _linked(self, text: str, x: _Hit, y: _Hit) -> bool:
        """Does the text say that `y` (right after `x`) holds `x`? «أحياء الروضة وثعبات
        والجحملية شرقي مدينة تعز»: the rest of a list may stand between them."""
        gap = text[x.ctx.end:y.ctx.start]
        gap = _LIST_TAIL.sub("", gap, count=1)
        if len(gap) > 40:
            return False
        m = _LINK_RE.match(gap)
        if not m:
            return False
        yc = y.ctx
        return bool(m.group("w").strip()) or yc.rif or yc.bearing is not None or yc.near or yc.kind in (
            "admin1", "admin3", "district")

    @staticmethod
    def _inside(e: Entry, holder: Entry, km: float, urban: bool = False, governorate: bool = False) -> bool:
        """Is `e` inside `holder` (its governorate, or within `km`; a street: within `km`)?
        With `governorate` («بريف اللاذقية»), an OCHA hamlet must lie in the holder's own: the
        next governorate's namesake a few kilometres over the line is not the village meant."""
        if holder.feature == "country" or e.country != holder.country:
            return e.country == holder.country  # a namesake across a border is not inside
        if governorate and e.source in HAMLET_SOURCES and e.admin1 and holder.admin1:
            return e.admin1 == holder.admin1
        if not urban and e.admin1 and e.admin1 == holder.admin1:
            return e.feature != "admin1" or holder.feature == "admin1"
        if e.lat is None or holder.lat is None:
            return bool(e.admin1) and e.admin1 == holder.admin1
        return haversine_km(e.lat, e.lon, holder.lat, holder.lon) <= km

    def _read_holders(self, text: str, hits: list[_Hit], hint: str | None) -> None:
        """«X في محافظة Y», «X جنوب Y», «شارع بغداد وسط دمشق»: Y decides which X is meant.

        A candidate of X inside Y wins; with none, a town or site of X (a village the gazetteer
        only knows elsewhere) takes Y's place and governorate, and a street or square named after
        a country or a distant city takes its city's."""
        for i in range(len(hits) - 2, -1, -1):
            if self._linked(text, hits[i], hits[i + 1]):
                hits[i].holder = i + 1
            elif hits[i + 1].holder is not None and _LIST_JOIN.match(text[hits[i].ctx.end:hits[i + 1].ctx.start]):
                hits[i].holder = hits[i + 1].holder  # «كفرنبل وحاس في ريف إدلب»: the list shares its holder
        for i, h in enumerate(hits):
            urban = h.ctx.urban is not None
            j = h.holder
            if j is None and urban:
                j = self._nearest_city(text, hits, i)
            if j is None:
                if urban and h.choice is not None and (
                        h.choice.feature in ("country", "admin1") or (hint and h.choice.country != hint)):
                    h.drop = True  # «شارع بغداد» with no city in sight: not Baghdad
                continue
            y = hits[j].choice
            x = h.choice
            if y is None or x is None:
                continue
            if not urban and y.source in HAMLET_SOURCES and x.source not in HAMLET_SOURCES and x.country != y.country \
                    and x.feature in ("town", "site"):
                continue  # «العريش شمالي سيناء»: a hamlet abroad that shares the holder's name holds no town
            if urban and h.holder is None and len(h.cands) == 1 and x.admin1 and x.country == y.country \
                    and x.admin1 != y.admin1 and _SENTENCE_END.search(text, hits[j].ctx.end, h.ctx.start):
                continue  # «… في حي مصر الجديدة»: the one quarter of that name, in another governorate than the last sentence's city
            km = URBAN_NEAR_KM if urban else HOLDER_NEAR_KM
            governorate = hits[j].ctx.rif or y.feature == "admin1"
            inside = [e for e in h.cands if self._inside(e, y, km, urban, governorate)]
            if inside:
                if x not in inside:
                    h.choice = max(inside, key=lambda e: (e.feature == x.feature, SOURCE_RANK.get(e.source, 0.0),
                                                          e.population))
                continue
            if y.feature == "country":
                # «مدينة جرادة شرق المغرب»: no candidate in the country named, but a town there
                # GeoNames knows only by its Latin name.
                town = None if urban else self.latin_entry(text[h.match.norm_start:h.match.norm_end], y.country)
                if town is not None:
                    h.choice = town
                continue
            if not urban and x.feature == "area" and hits[j].ctx.bearing is not None and _lies_toward(x, y, hits[j].ctx.bearing):
                # «الواحات البحرية غرب القاهرة»: a known region (an oasis, a valley) that lies where the
                # bearing points, however far (a village of the name far off is still a namesake)
                continue
            if urban or (x.feature in ("town", "site", "area", "admin3", "admin2") and (
                    x.country != y.country or x.lat is None or y.lat is None
                    # OCHA knows thousands of hamlets: one of them beyond the holder's reach
                    # is a namesake of the village meant, not it.
                    or x.source in HAMLET_SOURCES and (governorate or haversine_km(x.lat, x.lon, y.lat, y.lon) > HOLDER_NEAR_KM)
                    or haversine_km(x.lat, x.lon, y.lat, y.lon) > HOLDER_FAR_KM)):
                h.relocate = j

    def _nearest_city(self, text: str, hits: list[_Hit], i: int) -> int | None:
        """The nearest other place of the sentence that can hold a street (not a country)."""
        pos = hits[i].ctx.start
        best, best_d, prev = None, 10 ** 9, None
        for j, o in enumerate(hits):
            if j == i or o.ctx.urban is not None or o.choice is None or o.choice.feature == "country":
                continue
            a, b = (o.ctx.end, pos) if o.ctx.end <= pos else (hits[i].ctx.end, o.ctx.start)
            if a > b:
                continue
            if _SENTENCE_END.search(text, a, b):
                if b == pos and b - a <= PREVIOUS_CITY_REACH and o.choice.feature in ("town", "site"):
                    prev = j  # the last city of the sentences before
                continue
            if b - a < best_d:
                best, best_d = j, b - a
        return best if best is not None else prev

    def _moved(self, norm: NormText, pm: PlaceMention, h: _Hit, to: PlaceMention, y: _Hit) -> PlaceMention:
        """`pm` placed at the place that holds it (ACLED: a village known only by its area)."""
        start = pm.start
        if h.ctx.urban is not None:
            start = min(start, norm.span(h.ctx.urban, h.ctx.urban + 1)[0])
        precise = h.ctx.urban is not None and to.geo_precision == 1 and to.feature in ("town", "site")
        text = norm.original[start:pm.end]
        return replace(to, text=text, start=start, end=pm.end, name_ar=text if h.ctx.urban is not None else pm.name_ar,
                       name_en=None, gazetteer_id=None, geo_precision=1 if precise else max(2, to.geo_precision),
                       feature="site" if h.ctx.urban is not None else "town")

    def _unlisted_sites(self, norm: NormText, hits: list[_Hit], out: list[PlaceMention],
                        capitals: list[PlaceMention] = ()) -> list[PlaceMention]:
        """«دوار المنارة في رام الله», «سوق صابرين بمدينة تعز»: a named street, square or market no
        gazetteer holds, placed at the city the sentence names (nothing without one; «العاصمة»
        told bare is a city named)."""
        text = norm.text
        found: list[PlaceMention] = []
        spans = [(h.match.norm_start - len(h.match.prefix), h.ctx.end) for h in hits]
        # (span, place, usable as a holder) of every place read, the bare capitals with them
        holders = [((s, e), pm, not (h.drop or pm.feature == "country" or h.ctx.urban is not None))
                   for (s, e), pm, h in zip(spans, out, hits)]
        holders += [((norm.norm_index(pm.start), norm.norm_index(pm.end - 1) + 1), pm, True) for pm in capitals]
        for m in self._urban_re.finditer(text):
            a, b = m.start(2), m.end(2)
            if any(s < b and a < e for s, e in spans):
                continue
            name = m.group(2)
            if name in self._not_names or name[:1].isdigit() or (len(name) > 3 and name[0] in "بل" and name[1:3] == "ال"):
                continue
            nxt = _NAME_WORD.match(text, b + 1) if text[b:b + 1] == " " else None
            if nxt and not any(s < nxt.end() and nxt.start() < e for s, e in spans):
                w = nxt.group(0)
                if w not in self._not_names and not w.startswith(("و", "ب", "ل")) and not w[:1].isdigit() \
                        and w not in TYPE_WORDS and w[2:] not in TYPE_WORDS and w.startswith("ال"):
                    b = nxt.end()
            # the city: the nearest place of the sentence that is not a country
            best, best_d, prev = None, 10 ** 9, None
            for (s, e), pm, usable in holders:
                if not usable:
                    continue
                lo, hi = (e, m.start(1)) if e <= m.start(1) else (b, s)
                if lo > hi:
                    continue
                if hi - lo > 80 or _SENTENCE_END.search(text, lo, hi):
                    if hi == m.start(1) and hi - lo <= PREVIOUS_CITY_REACH and pm.feature in ("town", "site"):
                        prev = pm  # the last city of the sentences before
                    continue
                if hi - lo < best_d:
                    best, best_d = pm, hi - lo
            best = best or prev
            if best is None:
                continue
            oa, ob = norm.span(m.start(1), b)
            surface = norm.original[oa:ob]
            precise = best.geo_precision == 1 and best.feature in ("town", "site")
            found.append(replace(best, text=surface, start=oa, end=ob, name_ar=surface, name_en=None,
                                 gazetteer_id=None, geo_precision=1 if precise else max(2, best.geo_precision),
                                 feature="site"))
        return found

    def _mention(self, norm: NormText, h: _Hit, last_end: int) -> PlaceMention:
        e, ctx, m = h.choice, h.ctx, h.match
        assert e is not None
        start, end = norm.span(ctx.start, ctx.end)
        if start < last_end:  # never overlap the previous mention: fall back to the bare name
            start, end = m.start, max(m.end, end)
        surface = norm.original[m.start:m.end]
        name_ar = e.name_ar if e.source != "geonames" else surface
        name_en = ascii_name(e.name_en)
        feature = e.feature
        precision = BASE_PRECISION.get(feature, 2)
        lat, lon = e.lat, e.lon
        if ctx.rif:
            feature, precision = "area", 2
            after = norm.original_slice(m.norm_end, ctx.end).strip() if ctx.end > m.norm_end else ""
            name_ar = f"ريف {name_ar}" + (f" {after}" if after else "")
            if ctx.rif_suffix and not after:  # «الريف الشرقي لدير الزور»
                name_ar = norm.original[start:end]
            a1 = self.gaz.admin1.get(e.admin1 or "")
            base_en = a1[0] if a1 and m.payload[0] in self._admin1_keys.get(e.admin1, ()) else ascii_name(e.name_en)
            name_en = f"{base_en} countryside"
            if ctx.bearing is not None:
                name_en = f"{_DIR_EN.get(ctx.bearing, '')} {name_en}".strip()
                if lat is not None:
                    lat, lon = self._countryside.point(e, ctx.bearing, self._capital_of.get(e.id, False)) \
                        or destination(lat, lon, ctx.bearing, RIF_OFFSET_KM)
        elif e.feature == "admin1" and e.name_ar.startswith("ريف") and ctx.bearing is not None:
            feature, precision = "area", 2
            lat, lon = self._countryside.point(e, ctx.bearing, True) or (lat, lon)
            name_ar = norm.original[start:end]
            name_en = f"{_DIR_EN.get(ctx.bearing, '')} {name_en}".strip()
        elif ctx.distance_km is not None and ctx.bearing is not None and lat is not None:
            lat, lon = destination(lat, lon, ctx.bearing, ctx.distance_km)
            precision = 2
            name_ar = norm.original[start:end].strip("() ")
        elif ctx.near:
            precision = max(2, precision)
        elif ctx.kind == "district":
            precision = max(2, precision)
        code = e.admin1
        a1 = self.gaz.admin1.get(code) if code else None
        return PlaceMention(
            text=norm.original[start:end], start=start, end=end, name_ar=name_ar, name_en=name_en,
            country=e.country, admin1=a1[0] if a1 else None, admin1_ar=a1[1] if a1 else None,
            admin1_code=code, lat=None if lat is None else round(lat, 5), lon=None if lon is None else round(lon, 5),
            geo_precision=precision, gazetteer_id=e.id, feature=feature,
        )


def _lies_toward(x: Entry, y: Entry, bearing: float) -> bool:
    """Does `x` lie, in `y`'s country, within a quarter turn of `bearing` from `y`? Then «X غرب Y»
    names the known X, however far (an oasis 300 km west of the capital), not a namesake."""
    if x.country != y.country or None in (x.lat, x.lon, y.lat, y.lon):
        return False
    return bearing_gap(bearing_deg(y.lat, y.lon, x.lat, x.lon), bearing) <= 45.0  # type: ignore[arg-type]


@lru_cache(maxsize=4096)
@lru_cache(maxsize=8192)
def ascii_name(name: str | None) -> str | None:
    """«Ḩamāh» → «Hamah»: GeoNames' transliteration marks dropped, as ACLED writes names.
    Kept: the same places come back article after article."""
    if not name:
        return name
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("‘", "").replace("’", "'")


def mention_dict(pm: PlaceMention) -> dict[str, Any]:
    return asdict(pm)
