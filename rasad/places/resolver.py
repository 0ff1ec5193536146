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
from dataclasses import asdict
from typing import Any

from rasad.places.context import Context, is_strong, read_context, read_rif_suffix
from rasad.places.gazetteer import SOURCE_RANK, Entry, Gazetteer
from rasad.places.geo import destination
from rasad.text.matcher import PhraseMatch, PhraseMatcher
from rasad.text.normalise import NormText, normalise, normalise_phrase
from rasad.types import PlaceMention

# Prior for a bare name: a settlement or site before the division named after it (ACLED codes
# «حماة» as the city), a country before its capital («تونس»).
FEATURE_PRIOR = {"country": 1.2, "town": 1.0, "site": 1.0, "area": 0.9, "admin1": 0.55,
                 "admin3": 0.5, "admin2": 0.45}
BASE_PRECISION = {"town": 1, "site": 1, "area": 2, "admin3": 2, "admin2": 2, "admin1": 3, "country": 3}
# Conflict-news prior: the countries this tool is mostly fed.
COUNTRY_PRIOR = {"SY": 0.4, "IQ": 0.3, "YE": 0.3, "LY": 0.3, "LB": 0.3, "PS": 0.3, "SD": 0.2, "SO": 0.2}
_NISBA = {"سوري": "SY", "عراقي": "IQ", "يمني": "YE", "ليبي": "LY", "لبناني": "LB", "فلسطيني": "PS",
          "سوداني": "SD", "صومالي": "SO", "مصري": "EG", "اردني": "JO", "سعودي": "SA", "تونسي": "TN"}
_NISBA_RE = re.compile(r"(?<!\w)(?:و|ف|ب|ل)?ال(" + "|".join(_NISBA) + r")(?:ه|ين|ون|يه)?(?!\w)")
RIF_OFFSET_KM = 20.0  # «ريف حماة الشمالي»: a point this far from the city toward that side
_DIR_EN = {0.0: "Northern", 45.0: "North-eastern", 90.0: "Eastern", 135.0: "South-eastern",
           180.0: "Southern", 225.0: "South-western", 270.0: "Western", 315.0: "North-western"}


class _Hit:
    __slots__ = ("match", "ctx", "cands", "choice")

    def __init__(self, match: PhraseMatch[list[str]], ctx: Context, cands: list[Entry]) -> None:
        self.match, self.ctx, self.cands = match, ctx, cands
        self.choice: Entry | None = None


class Resolver:
    """Holds the gazetteer and its automaton; `find()` is the per-article call."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.matcher: PhraseMatcher[str] = PhraseMatcher(suffixes=("",), allow_article=False)
        for key in gaz.keys:
            self.matcher.add(key, key)
        self._admin1_keys: dict[str, set[str]] = {}
        for i, ent in enumerate(gaz.entries):
            if ent.feature == "admin1" and ent.admin1:
                self._admin1_keys.setdefault(ent.admin1, set()).update(
                    k for k in (normalise_phrase(n) for n in ent.names) if k)
        self._capital_of: dict[str, bool] = {}
        for ent in gaz.entries:
            if ent.feature == "town" and ent.admin1:
                keys = {normalise_phrase(n) for n in ent.names}
                if keys & self._admin1_keys.get(ent.admin1, set()):
                    self._capital_of[ent.id] = True
        self.matcher.find_all(normalise("تهيئة"))  # build the automaton now, not on the first article

    # -- candidates ---------------------------------------------------------------------------
    def _candidates(self, key: str, ctx: Context) -> list[Entry]:
        ents = [self.gaz.entries[i] for i in self.gaz.keys.get(key, ())]
        if ctx.kind == "admin1":
            adm = [e for e in ents if e.feature == "admin1"]
            if adm:
                return adm
        elif ctx.kind == "admin3":
            adm = [e for e in ents if e.feature == "admin3"]
            if adm:
                return adm
        elif ctx.kind == "town" or ctx.rif or ctx.distance_km is not None:
            towns = [e for e in ents if e.feature in ("town", "site", "area")]
            if towns:
                return towns
        return ents

    @staticmethod
    def _evidence(cands: list[Entry], ctx: Context) -> tuple[dict[str, int], dict[str, int], tuple[float, float] | None]:
        """What one name says about the article: its country, its governorate, a point."""
        ccs = {e.country for e in cands}
        adm = {e.admin1 for e in cands}
        c = {next(iter(ccs)): 1} if len(ccs) == 1 else {}
        a = {next(iter(adm)): 2 if ctx.rif or ctx.kind == "admin1" else 1} if len(adm) == 1 and None not in adm else {}
        e0 = cands[0]
        pt = (e0.lat, e0.lon) if len(cands) == 1 and e0.feature in ("town", "site") and e0.lat is not None else None
        return c, a, pt

    @staticmethod
    def _nisba_countries(text: str) -> Counter[str]:
        """«اليمنية», «الليبي», «العراقيين»: nationality adjectives as weak country evidence."""
        found: Counter[str] = Counter()
        for m in _NISBA_RE.finditer(text):
            found[_NISBA[m.group(1)]] += 1
        return Counter({k: min(v, 3) * 0.5 for k, v in found.items()})

    def _score(self, e: Entry, hint: str | None, countries: Counter[str], admins: Counter[str],
               anchors: list[tuple[float, float]], own: tuple[dict[str, int], dict[str, int], Any]) -> float:
        """Prior (feature, source, region, population) plus what the rest of the article says."""
        s = FEATURE_PRIOR.get(e.feature, 0.5) + SOURCE_RANK.get(e.source, 0.0) + COUNTRY_PRIOR.get(e.country, 0.0)
        if e.feature == "town" and self._capital_of.get(e.id):
            s += 0.5  # the town a governorate is named after: far more often meant
        if e.population:
            s += 0.12 * math.log10(e.population + 1)
        if hint and e.country == hint:
            s += 1.5
        own_c, own_a = own[0], own[1]
        total = sum(countries.values()) - sum(own_c.values())
        if total > 0:
            s += 1.2 * (countries[e.country] - own_c.get(e.country, 0)) / total
        if e.admin1:
            n = admins[e.admin1] - own_a.get(e.admin1, 0)
            if n > 0:
                s += 0.8 + 0.1 * min(n, 5)
        if e.lat is not None and anchors:
            k = math.cos(math.radians(e.lat))
            d2 = min((e.lat - la) ** 2 + ((e.lon - lo) * k) ** 2 for la, lo in anchors) * 111.2 ** 2
            s += 0.8 if d2 < 900 else 0.4 if d2 < 10000 else 0.0
        return s

    # -- the article --------------------------------------------------------------------------
    def find(self, norm: NormText, country_hint: str | None = None) -> list[PlaceMention]:
        """Places in `norm`, in text order, non-overlapping, spans into the original text."""
        hits: list[_Hit] = []
        text = norm.text
        for m in self.matcher.find(norm):
            key = m.payload[0]
            ctx = read_context(text, m.norm_start, m.norm_end, m.prefix)
            if key.startswith("ريف "):
                read_rif_suffix(text, ctx)
            elif hits and hits[-1].ctx.rif_dual and not ctx.cued and m.prefix.startswith("و") and (
                    text[hits[-1].match.norm_end:m.norm_start - len(m.prefix)].strip() == ""):
                ctx.rif, ctx.cued = True, True
                read_rif_suffix(text, ctx)
            if key in self.gaz.cue_keys and not ctx.cued:
                continue
            if key in self.gaz.strong_keys and not is_strong(ctx):
                continue
            cands = self._candidates(key, ctx)
            if cands:
                hits.append(_Hit(m, ctx, cands))
        if not hits:
            return []
        # Pass 1: what the unambiguous names say about the article's countries and governorates;
        # pass 2 chooses; pass 3 chooses again with every other name's choice as evidence.
        nisba = self._nisba_countries(text)
        evidence = [self._evidence(h.cands, h.ctx) for h in hits]
        if all(len(h.cands) == 1 for h in hits):
            for h in hits:
                h.choice = h.cands[0]
        for _ in range(2):
            if all(h.choice is not None and len(h.cands) == 1 for h in hits):
                break
            countries: Counter[str] = Counter(nisba)
            admins: Counter[str] = Counter()
            for ccs, adm, _pt in evidence:
                countries.update(ccs)
                admins.update(adm)
            if country_hint:
                countries[country_hint] += 2
            anchors = list({pt for (_, _, pt) in evidence if pt is not None})
            for h, own in zip(hits, evidence):
                if len(h.cands) == 1:
                    h.choice = h.cands[0]
                    continue
                pts = [p for p in anchors if p != own[2]]
                h.choice = max(h.cands, key=lambda e: self._score(e, country_hint, countries, admins, pts, own))
            evidence = [self._evidence([h.choice], h.ctx) for h in hits]  # type: ignore[list-item]
        out: list[PlaceMention] = []
        last_end = 0
        for h in hits:
            pm = self._mention(norm, h, last_end)
            out.append(pm)
            last_end = pm.end
        return out

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
                    lat, lon = destination(lat, lon, ctx.bearing, RIF_OFFSET_KM)
        elif e.feature == "admin1" and e.name_ar.startswith("ريف") and ctx.bearing is not None:
            feature, precision = "area", 2
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


def ascii_name(name: str | None) -> str | None:
    """«Ḩamāh» → «Hamah»: GeoNames' transliteration marks dropped, as ACLED writes names."""
    if not name:
        return name
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("‘", "").replace("’", "'")


def mention_dict(pm: PlaceMention) -> dict[str, Any]:
    return asdict(pm)
